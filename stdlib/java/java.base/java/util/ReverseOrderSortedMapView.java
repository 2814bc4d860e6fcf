package java.util;

/**
 * The live reverse-ordered view that SortedMap.reversed() returns for sorted maps that are not
 * navigable (navigable ones return descendingMap()). Its key set is the reversed view of the
 * base's key set, and everything else follows from the keys.
 */
class ReverseOrderSortedMapView<K, V> extends AbstractMap<K, V> implements SortedMap<K, V> {
    final SortedMap<K, V> base;
    final Comparator<? super K> cmp;

    private ReverseOrderSortedMapView(SortedMap<K, V> map) {
        base = map;
        cmp = Collections.reverseOrder(map.comparator());
    }

    public static <K, V> SortedMap<K, V> of(SortedMap<K, V> map) {
        if (map instanceof ReverseOrderSortedMapView<K, V> rosmv) {
            return rosmv.base;
        } else {
            return new ReverseOrderSortedMapView<>(map);
        }
    }

    public boolean equals(Object o) {
        return base.equals(o);
    }

    public int hashCode() {
        return base.hashCode();
    }

    public int size() {
        return base.size();
    }

    public boolean isEmpty() {
        return base.isEmpty();
    }

    public boolean containsKey(Object key) {
        return base.containsKey(key);
    }

    public boolean containsValue(Object value) {
        return base.containsValue(value);
    }

    public V get(Object key) {
        return base.get(key);
    }

    public V put(K key, V value) {
        return base.put(key, value);
    }

    public V remove(Object key) {
        return base.remove(key);
    }

    public void clear() {
        base.clear();
    }

    public Set<K> keySet() {
        return ReverseOrderSortedSetView.of(keySetOf(base));
    }

    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public Iterator<V> iterator() {
                Iterator<K> keys = keySet().iterator();
                return new Iterator<>() {
                    public boolean hasNext() {
                        return keys.hasNext();
                    }

                    public V next() {
                        return base.get(keys.next());
                    }

                    public void remove() {
                        keys.remove();
                    }
                };
            }

            public int size() {
                return base.size();
            }
        };
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                Iterator<K> keys = keySet().iterator();
                return new Iterator<>() {
                    public boolean hasNext() {
                        return keys.hasNext();
                    }

                    public Map.Entry<K, V> next() {
                        K k = keys.next();
                        return new AbstractMap.SimpleEntry<>(k, base.get(k)) {
                            public V setValue(V v) {
                                super.setValue(v);
                                return base.put(k, v);
                            }
                        };
                    }

                    public void remove() {
                        keys.remove();
                    }
                };
            }

            public int size() {
                return base.size();
            }
        };
    }

    /** The base's keys as a live SortedSet (a SortedMap's keySet() is only typed as a Set). */
    static <K> SortedSet<K> keySetOf(SortedMap<K, ?> map) {
        return map.keySet() instanceof SortedSet<K> sks ? sks : new KeySortedSet<>(map);
    }

    /** A SortedSet view of a SortedMap's keys, built from its sub-map operations. */
    static final class KeySortedSet<K> extends AbstractSet<K> implements SortedSet<K> {
        final SortedMap<K, ?> m;

        KeySortedSet(SortedMap<K, ?> m) {
            this.m = m;
        }

        public Iterator<K> iterator() {
            return m.keySet().iterator();
        }

        public int size() {
            return m.size();
        }

        public boolean contains(Object o) {
            return m.containsKey(o);
        }

        public boolean remove(Object o) {
            if (m.containsKey(o)) {
                m.remove(o);
                return true;
            }
            return false;
        }

        public void clear() {
            m.clear();
        }

        public Comparator<? super K> comparator() {
            return m.comparator();
        }

        public SortedSet<K> subSet(K from, K to) {
            return new KeySortedSet<>(m.subMap(from, to));
        }

        public SortedSet<K> headSet(K to) {
            return new KeySortedSet<>(m.headMap(to));
        }

        public SortedSet<K> tailSet(K from) {
            return new KeySortedSet<>(m.tailMap(from));
        }

        public K first() {
            return m.firstKey();
        }

        public K last() {
            return m.lastKey();
        }
    }

    public SortedMap<K, V> reversed() {
        return base;
    }

    public Comparator<? super K> comparator() {
        return cmp;
    }

    public K firstKey() {
        return base.lastKey();
    }

    public K lastKey() {
        return base.firstKey();
    }

    public SortedMap<K, V> headMap(K to) {
        return new Restricted(null, false, to, true);
    }

    public SortedMap<K, V> tailMap(K from) {
        return new Restricted(from, true, null, false);
    }

    public SortedMap<K, V> subMap(K from, K to) {
        if (cmp.compare(from, to) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        return new Restricted(from, true, to, true);
    }

    /**
     * The mappings of this view whose keys are in [lo, hi) of the reversed order, live: the
     * keys are the matching range of keySet().
     */
    final class Restricted extends AbstractMap<K, V> implements SortedMap<K, V> {
        final K lo;
        final boolean hasLo;
        final K hi;
        final boolean hasHi;
        final SortedSet<K> keys;

        Restricted(K lo, boolean hasLo, K hi, boolean hasHi) {
            this.lo = lo;
            this.hasLo = hasLo;
            this.hi = hi;
            this.hasHi = hasHi;
            SortedSet<K> all = (SortedSet<K>) ReverseOrderSortedMapView.this.keySet();
            if (hasLo && hasHi) {
                keys = all.subSet(lo, hi);
            } else if (hasLo) {
                keys = all.tailSet(lo);
            } else {
                keys = all.headSet(hi);
            }
        }

        boolean inRange(K k) {
            return (!hasLo || cmp.compare(k, lo) >= 0) && (!hasHi || cmp.compare(k, hi) < 0);
        }

        K checkRange(K k) {
            if (!inRange(k)) {
                throw new IllegalArgumentException("key out of range");
            }
            return k;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    Iterator<K> it = keys.iterator();
                    return new Iterator<>() {
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        public Map.Entry<K, V> next() {
                            K k = it.next();
                            return new AbstractMap.SimpleImmutableEntry<>(k, base.get(k));
                        }

                        public void remove() {
                            it.remove();
                        }
                    };
                }

                public int size() {
                    return keys.size();
                }
            };
        }

        public boolean containsKey(Object key) {
            return keys.contains(key);
        }

        public V get(Object key) {
            return keys.contains(key) ? base.get(key) : null;
        }

        public V put(K key, V value) {
            return base.put(checkRange(key), value);
        }

        public V remove(Object key) {
            return keys.contains(key) ? base.remove(key) : null;
        }

        public Comparator<? super K> comparator() {
            return cmp;
        }

        public SortedMap<K, V> subMap(K from, K to) {
            return new Restricted(checkRange(from), true, checkRange(to), true);
        }

        public SortedMap<K, V> headMap(K to) {
            return new Restricted(lo, hasLo, checkRange(to), true);
        }

        public SortedMap<K, V> tailMap(K from) {
            return new Restricted(checkRange(from), true, hi, hasHi);
        }

        public K firstKey() {
            return keys.first();
        }

        public K lastKey() {
            return keys.last();
        }
    }
}
