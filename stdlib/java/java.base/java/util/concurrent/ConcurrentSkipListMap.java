package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A concurrent sorted map. Cortado's version is a red-black tree ({@link TreeMap}) under one
 * lock, not a skip list; what callers see is the JDK's: no null keys or values, atomic
 * {@link ConcurrentMap} operations, weakly consistent iterators (each holds its next entry and
 * finds the following one in the live map, and never throws
 * {@link java.util.ConcurrentModificationException}), immutable snapshot entries, and views (sub-maps, descending map, key sets) backed by the map.
 */
public class ConcurrentSkipListMap<K, V> extends AbstractMap<K, V>
        implements ConcurrentNavigableMap<K, V>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = -8627078645895051609L;

    /** The whole tree (shared by every view). */
    private final TreeMap<K, V> root;
    /** The part of the tree this map or view shows, in its order. */
    private final NavigableMap<K, V> m;
    private final Object lock;

    public ConcurrentSkipListMap() {
        this(new TreeMap<K, V>());
    }

    public ConcurrentSkipListMap(Comparator<? super K> comparator) {
        this(new TreeMap<K, V>(comparator));
    }

    public ConcurrentSkipListMap(Map<? extends K, ? extends V> map) {
        this(new TreeMap<K, V>());
        putAll(map);
    }

    public ConcurrentSkipListMap(SortedMap<K, ? extends V> map) {
        this(new TreeMap<K, V>(map.comparator()));
        putAll(map);
    }

    private ConcurrentSkipListMap(TreeMap<K, V> root) {
        this.root = root;
        this.m = root;
        this.lock = root;
    }

    private ConcurrentSkipListMap(TreeMap<K, V> root, NavigableMap<K, V> view) {
        this.root = root;
        this.m = view;
        this.lock = root;
    }

    private ConcurrentSkipListMap<K, V> view(NavigableMap<K, V> v) {
        return new ConcurrentSkipListMap<K, V>(root, v);
    }

    private static <K, V> Map.Entry<K, V> snapshot(Map.Entry<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<K, V>(e.getKey(), e.getValue());
    }

    private static void checkValue(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
    }

    private static void checkKey(Object key) {
        if (key == null) {
            throw new NullPointerException();
        }
    }

    @Override
    public ConcurrentSkipListMap<K, V> clone() {
        synchronized (lock) {
            ConcurrentSkipListMap<K, V> c = new ConcurrentSkipListMap<K, V>(new TreeMap<K, V>(m.comparator()));
            c.root.putAll(m);
            return c;
        }
    }

    // ------------------------------------------------------------------ Map

    @Override
    public int size() {
        synchronized (lock) {
            return m.size();
        }
    }

    @Override
    public boolean isEmpty() {
        synchronized (lock) {
            return m.isEmpty();
        }
    }

    @Override
    public boolean containsKey(Object key) {
        checkKey(key);
        synchronized (lock) {
            return m.containsKey(key);
        }
    }

    @Override
    public boolean containsValue(Object value) {
        checkValue(value);
        synchronized (lock) {
            return m.containsValue(value);
        }
    }

    @Override
    public V get(Object key) {
        checkKey(key);
        synchronized (lock) {
            return m.get(key);
        }
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    @Override
    public V put(K key, V value) {
        checkKey(key);
        checkValue(value);
        synchronized (lock) {
            return m.put(key, value);
        }
    }

    @Override
    public V remove(Object key) {
        checkKey(key);
        synchronized (lock) {
            return m.remove(key);
        }
    }

    @Override
    public void clear() {
        synchronized (lock) {
            m.clear();
        }
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> map) {
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    // ------------------------------------------------------------------ ConcurrentMap

    @Override
    public V putIfAbsent(K key, V value) {
        checkKey(key);
        checkValue(value);
        synchronized (lock) {
            V old = m.get(key);
            if (old == null) {
                m.put(key, value);
            }
            return old;
        }
    }

    @Override
    public boolean remove(Object key, Object value) {
        checkKey(key);
        if (value == null) {
            return false;
        }
        synchronized (lock) {
            V old = m.get(key);
            if (old != null && old.equals(value)) {
                m.remove(key);
                return true;
            }
            return false;
        }
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        checkKey(key);
        checkValue(oldValue);
        checkValue(newValue);
        synchronized (lock) {
            V old = m.get(key);
            if (old != null && old.equals(oldValue)) {
                m.put(key, newValue);
                return true;
            }
            return false;
        }
    }

    @Override
    public V replace(K key, V value) {
        checkKey(key);
        checkValue(value);
        synchronized (lock) {
            V old = m.get(key);
            if (old != null) {
                m.put(key, value);
            }
            return old;
        }
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        checkKey(key);
        if (mappingFunction == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            return m.computeIfAbsent(key, mappingFunction);
        }
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        checkKey(key);
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            return m.computeIfPresent(key, remappingFunction);
        }
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        checkKey(key);
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            return m.compute(key, remappingFunction);
        }
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        checkKey(key);
        checkValue(value);
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            return m.merge(key, value, remappingFunction);
        }
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Map.Entry<K, V> e : entrySnapshot()) {
            action.accept(e.getKey(), e.getValue());
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            for (Map.Entry<K, V> e : m.entrySet()) {
                V v = function.apply(e.getKey(), e.getValue());
                checkValue(v);
                e.setValue(v);
            }
        }
    }

    // ------------------------------------------------------------------ NavigableMap

    @Override
    public Comparator<? super K> comparator() {
        return m.comparator();
    }

    @Override
    public K firstKey() {
        synchronized (lock) {
            return m.firstKey();
        }
    }

    @Override
    public K lastKey() {
        synchronized (lock) {
            return m.lastKey();
        }
    }

    @Override
    public Map.Entry<K, V> firstEntry() {
        synchronized (lock) {
            return snapshot(m.firstEntry());
        }
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        synchronized (lock) {
            return snapshot(m.lastEntry());
        }
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        synchronized (lock) {
            return snapshot(m.pollFirstEntry());
        }
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        synchronized (lock) {
            return snapshot(m.pollLastEntry());
        }
    }

    @Override
    public Map.Entry<K, V> lowerEntry(K key) {
        checkKey(key);
        synchronized (lock) {
            return snapshot(m.lowerEntry(key));
        }
    }

    @Override
    public K lowerKey(K key) {
        checkKey(key);
        synchronized (lock) {
            return m.lowerKey(key);
        }
    }

    @Override
    public Map.Entry<K, V> floorEntry(K key) {
        checkKey(key);
        synchronized (lock) {
            return snapshot(m.floorEntry(key));
        }
    }

    @Override
    public K floorKey(K key) {
        checkKey(key);
        synchronized (lock) {
            return m.floorKey(key);
        }
    }

    @Override
    public Map.Entry<K, V> ceilingEntry(K key) {
        checkKey(key);
        synchronized (lock) {
            return snapshot(m.ceilingEntry(key));
        }
    }

    @Override
    public K ceilingKey(K key) {
        checkKey(key);
        synchronized (lock) {
            return m.ceilingKey(key);
        }
    }

    @Override
    public Map.Entry<K, V> higherEntry(K key) {
        checkKey(key);
        synchronized (lock) {
            return snapshot(m.higherEntry(key));
        }
    }

    @Override
    public K higherKey(K key) {
        checkKey(key);
        synchronized (lock) {
            return m.higherKey(key);
        }
    }

    @Override
    public ConcurrentNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        checkKey(fromKey);
        checkKey(toKey);
        synchronized (lock) {
            return view(m.subMap(fromKey, fromInclusive, toKey, toInclusive));
        }
    }

    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        checkKey(toKey);
        synchronized (lock) {
            return view(m.headMap(toKey, inclusive));
        }
    }

    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        checkKey(fromKey);
        synchronized (lock) {
            return view(m.tailMap(fromKey, inclusive));
        }
    }

    @Override
    public ConcurrentNavigableMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    @Override
    public ConcurrentNavigableMap<K, V> descendingMap() {
        synchronized (lock) {
            return view(m.descendingMap());
        }
    }

    // ------------------------------------------------------------------ views

    private List<Map.Entry<K, V>> entrySnapshot() {
        synchronized (lock) {
            ArrayList<Map.Entry<K, V>> list = new ArrayList<>(m.size());
            for (Map.Entry<K, V> e : m.entrySet()) {
                list.add(new AbstractMap.SimpleImmutableEntry<K, V>(e.getKey(), e.getValue()));
            }
            return list;
        }
    }

    /**
     * Weakly consistent, as the JDK's: it holds the next entry (key and value) from the moment
     * the previous one is returned, and finds the one after from the map as it is then, so it
     * sees keys added ahead of it and not those removed meanwhile (but the one it holds).
     * remove() removes the last key from the map (if still mapped).
     */
    private abstract class SnapshotIterator<T> implements Iterator<T> {
        private Map.Entry<K, V> next;
        private Map.Entry<K, V> last;

        SnapshotIterator() {
            synchronized (lock) {
                next = snapshot(m.firstEntry());
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        Map.Entry<K, V> nextEntry() {
            Map.Entry<K, V> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            last = e;
            synchronized (lock) {
                next = snapshot(m.higherEntry(e.getKey()));
            }
            return e;
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            ConcurrentSkipListMap.this.remove(last.getKey());
            last = null;
        }
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new SnapshotIterator<Map.Entry<K, V>>() {
                    @Override
                    public Map.Entry<K, V> next() {
                        return nextEntry();
                    }
                };
            }

            @Override
            public int size() {
                return ConcurrentSkipListMap.this.size();
            }

            @Override
            public boolean isEmpty() {
                return ConcurrentSkipListMap.this.isEmpty();
            }

            @Override
            public void clear() {
                ConcurrentSkipListMap.this.clear();
            }

            @Override
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry)) {
                    return false;
                }
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Object k = e.getKey();
                if (k == null) {
                    return false;
                }
                V v = ConcurrentSkipListMap.this.get(k);
                return v != null && v.equals(e.getValue());
            }

            @Override
            public boolean remove(Object o) {
                if (!(o instanceof Map.Entry)) {
                    return false;
                }
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                return e.getKey() != null && ConcurrentSkipListMap.this.remove(e.getKey(), e.getValue());
            }

            @Override
            public Spliterator<Map.Entry<K, V>> spliterator() {
                if (m != root) {
                    return new Spl<>(iterator(), Long.MAX_VALUE, Spliterator.DISTINCT, null);
                }
                Comparator<? super K> cmp = root.comparator();
                @SuppressWarnings("unchecked")
                Comparator<Map.Entry<K, V>> ec = cmp != null ? Map.Entry.comparingByKey(cmp)
                        : (Comparator<Map.Entry<K, V>> & java.io.Serializable) (e1, e2) ->
                                ((Comparable<? super K>) e1.getKey()).compareTo(e2.getKey());
                return new Spl<>(iterator(), size(), WHOLE | Spliterator.DISTINCT | Spliterator.SORTED, ec);
            }
        };
    }

    static final int WHOLE = Spliterator.ORDERED | Spliterator.CONCURRENT | Spliterator.NONNULL;

    /** This map's (or view's) keys as a spliterator: the JDK's characteristics and comparator. */
    Spliterator<K> keySpliterator() {
        Iterator<K> it = new KeySet<K>(this).iterator();
        if (m != root) {
            return new Spl<>(it, Long.MAX_VALUE, Spliterator.DISTINCT | Spliterator.ORDERED | Spliterator.SORTED, comparator());
        }
        return new Spl<>(it, size(), WHOLE | Spliterator.DISTINCT | Spliterator.SORTED, comparator());
    }

    /**
     * The JDK's spliterators: the whole map's are sized by its count and CONCURRENT, a view's
     * (sub-map, descending map) are unsized. They traverse this map's weakly consistent
     * iterators and do not split (the JDK splits at its skip list's random index levels).
     */
    static final class Spl<T> implements Spliterator<T> {
        private final Iterator<T> it;
        private final long est;
        private final int characteristics;
        private final Comparator<? super T> comparator;

        Spl(Iterator<T> it, long est, int characteristics, Comparator<? super T> comparator) {
            this.it = it;
            this.est = est;
            this.characteristics = characteristics;
            this.comparator = comparator;
        }

        @Override
        public boolean tryAdvance(java.util.function.Consumer<? super T> action) {
            java.util.Objects.requireNonNull(action);
            if (!it.hasNext()) {
                return false;
            }
            action.accept(it.next());
            return true;
        }

        @Override
        public void forEachRemaining(java.util.function.Consumer<? super T> action) {
            java.util.Objects.requireNonNull(action);
            while (it.hasNext()) {
                action.accept(it.next());
            }
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return est;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }

        @Override
        public Comparator<? super T> getComparator() {
            if ((characteristics & Spliterator.SORTED) == 0) {
                throw new IllegalStateException();
            }
            return comparator;
        }
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<V>() {
            @Override
            public Iterator<V> iterator() {
                return new SnapshotIterator<V>() {
                    @Override
                    public V next() {
                        return nextEntry().getValue();
                    }
                };
            }

            @Override
            public int size() {
                return ConcurrentSkipListMap.this.size();
            }

            @Override
            public boolean isEmpty() {
                return ConcurrentSkipListMap.this.isEmpty();
            }

            @Override
            public void clear() {
                ConcurrentSkipListMap.this.clear();
            }

            @Override
            public boolean contains(Object o) {
                return o != null && containsValue(o);
            }

            @Override
            public Spliterator<V> spliterator() {
                return m != root ? new Spl<>(iterator(), Long.MAX_VALUE, 0, null) : new Spl<>(iterator(), size(), WHOLE, null);
            }
        };
    }

    @Override
    public NavigableSet<K> keySet() {
        return new KeySet<K>(this);
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return new KeySet<K>(this);
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    /** The key set of a map (or view): a navigable set backed by it. */
    static final class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
        final ConcurrentNavigableMap<E, ?> m;

        KeySet(ConcurrentNavigableMap<E, ?> map) {
            m = map;
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public boolean isEmpty() {
            return m.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return m.containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            return m.remove(o) != null;
        }

        @Override
        public void clear() {
            m.clear();
        }

        @Override
        public E lower(E e) {
            return m.lowerKey(e);
        }

        @Override
        public E floor(E e) {
            return m.floorKey(e);
        }

        @Override
        public E ceiling(E e) {
            return m.ceilingKey(e);
        }

        @Override
        public E higher(E e) {
            return m.higherKey(e);
        }

        @Override
        public Comparator<? super E> comparator() {
            return m.comparator();
        }

        @Override
        public E first() {
            return m.firstKey();
        }

        @Override
        public E last() {
            return m.lastKey();
        }

        @Override
        public E pollFirst() {
            Map.Entry<E, ?> e = m.pollFirstEntry();
            return (e == null) ? null : e.getKey();
        }

        @Override
        public E pollLast() {
            Map.Entry<E, ?> e = m.pollLastEntry();
            return (e == null) ? null : e.getKey();
        }

        @Override
        public Spliterator<E> spliterator() {
            return ((ConcurrentSkipListMap<E, ?>) m).keySpliterator();
        }

        @Override
        public Iterator<E> iterator() {
            final Iterator<? extends Map.Entry<E, ?>> it = m.entrySet().iterator();
            return new Iterator<E>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public E next() {
                    return it.next().getKey();
                }

                @Override
                public void remove() {
                    it.remove();
                }
            };
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof Set)) {
                return false;
            }
            Collection<?> c = (Collection<?>) o;
            try {
                return containsAll(c) && c.containsAll(this);
            } catch (ClassCastException | NullPointerException unused) {
                return false;
            }
        }

        @Override
        public Object[] toArray() {
            return new ArrayList<E>(this).toArray();
        }

        @Override
        public <T> T[] toArray(T[] a) {
            return new ArrayList<E>(this).toArray(a);
        }

        @Override
        public Iterator<E> descendingIterator() {
            return descendingSet().iterator();
        }

        @Override
        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new KeySet<E>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
        }

        @Override
        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new KeySet<E>(m.headMap(toElement, inclusive));
        }

        @Override
        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new KeySet<E>(m.tailMap(fromElement, inclusive));
        }

        @Override
        public NavigableSet<E> subSet(E fromElement, E toElement) {
            return subSet(fromElement, true, toElement, false);
        }

        @Override
        public NavigableSet<E> headSet(E toElement) {
            return headSet(toElement, false);
        }

        @Override
        public NavigableSet<E> tailSet(E fromElement) {
            return tailSet(fromElement, true);
        }

        @Override
        public NavigableSet<E> descendingSet() {
            return new KeySet<E>(m.descendingMap());
        }
    }
}
