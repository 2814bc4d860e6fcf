package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** Red-black tree (the classic CLR algorithms). Sub-map views share one bounded view class. */
public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 919286545866124006L;
    private final Comparator<? super K> comparator;
    private transient Entry<K, V> root;
    private transient int size = 0;
    private transient int modCount = 0;

    public TreeMap() {
        comparator = null;
    }

    public TreeMap(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    public TreeMap(SortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        buildFromSorted(m.size(), m.entrySet().iterator(), null);
    }

    /** As the JDK's: an empty map given a sorted map with the same order builds a balanced tree. */
    public void putAll(Map<? extends K, ? extends V> map) {
        int mapSize = map.size();
        if (size == 0 && mapSize != 0 && map instanceof SortedMap) {
            if (Objects.equals(comparator, ((SortedMap<?, ?>) map).comparator())) {
                ++modCount;
                buildFromSorted(mapSize, map.entrySet().iterator(), null);
                return;
            }
        }
        super.putAll(map);
    }

    /** TreeSet's linear-time adds (into an empty map): size sorted keys, each mapped to defaultVal. */
    void addAllForTreeSet(int size, Iterator<? extends K> keys, V defaultVal) {
        buildFromSorted(size, keys, defaultVal);
    }

    /**
     * The JDK's linear-time build from sorted data (so the tree has the JDK's shape, which its
     * spliterators' splits follow): the middle element is the root, recursively; nodes on the
     * deepest, incomplete level are red. {@code it} gives entries, or keys if defaultVal != null.
     */
    private void buildFromSorted(int size, Iterator<?> it, V defaultVal) {
        this.size = size;
        root = buildFromSorted(0, 0, size - 1, 31 - Integer.numberOfLeadingZeros(size + 1), it, defaultVal);
    }

    @SuppressWarnings("unchecked")
    private Entry<K, V> buildFromSorted(int level, int lo, int hi, int redLevel, Iterator<?> it, V defaultVal) {
        if (hi < lo)
            return null;
        int mid = (lo + hi) >>> 1;
        Entry<K, V> left = null;
        if (lo < mid)
            left = buildFromSorted(level + 1, lo, mid - 1, redLevel, it, defaultVal);
        K key;
        V value;
        if (defaultVal == null) {
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) it.next();
            key = (K) entry.getKey();
            value = (V) entry.getValue();
        } else {
            key = (K) it.next();
            value = defaultVal;
        }
        Entry<K, V> middle = new Entry<>(key, value, null);
        if (level == redLevel)
            middle.color = RED;
        if (left != null) {
            middle.left = left;
            left.parent = middle;
        }
        if (mid < hi) {
            Entry<K, V> right = buildFromSorted(level + 1, mid + 1, hi, redLevel, it, defaultVal);
            middle.right = right;
            right.parent = middle;
        }
        return middle;
    }

    public int size() {
        return size;
    }

    public boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    public boolean containsValue(Object value) {
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e))
            if (Objects.equals(value, e.value))
                return true;
        return false;
    }

    public V get(Object key) {
        Entry<K, V> p = getEntry(key);
        return (p == null ? null : p.value);
    }

    public Comparator<? super K> comparator() {
        return comparator;
    }

    public K firstKey() {
        return key(getFirstEntry()); // hotspot-line: 291
    }

    public K lastKey() {
        return key(getLastEntry()); // hotspot-line: 298
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    final int compare(Object k1, Object k2) {
        return comparator == null ? ((Comparable) k1).compareTo(k2) : comparator.compare((K) k1, (K) k2);
    }

    final Entry<K, V> getEntry(Object key) {
        if (comparator == null)
            Objects.requireNonNull(key);
        Entry<K, V> p = root;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp < 0)
                p = p.left;
            else if (cmp > 0)
                p = p.right;
            else
                return p;
        }
        return null;
    }

    /** Entry with the least key >= key (or > key when strict). */
    final Entry<K, V> getCeilingEntry(Object key, boolean strict) {
        Entry<K, V> p = root, best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp < 0 || (!strict && cmp == 0)) {
                best = p;
                if (cmp == 0)
                    return p;
                p = p.left;
            } else {
                p = p.right;
            }
        }
        return best;
    }

    /** Entry with the greatest key <= key (or < key when strict). */
    final Entry<K, V> getFloorEntry(Object key, boolean strict) {
        Entry<K, V> p = root, best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp > 0 || (!strict && cmp == 0)) {
                best = p;
                if (cmp == 0)
                    return p;
                p = p.right;
            } else {
                p = p.left;
            }
        }
        return best;
    }

    public V put(K key, V value) {
        Entry<K, V> t = root;
        if (t == null) {
            compare(key, key); // type (and possibly null) check
            root = new Entry<>(key, value, null);
            size = 1;
            modCount++;
            return null;
        }
        int cmp;
        Entry<K, V> parent;
        if (comparator == null)
            Objects.requireNonNull(key);
        do {
            parent = t;
            cmp = compare(key, t.key);
            if (cmp < 0)
                t = t.left;
            else if (cmp > 0)
                t = t.right;
            else
                return t.setValue(value);
        } while (t != null);
        addEntry(key, value, parent, cmp);
        return null;
    }

    // ---- compute functions: as the JDK's, a function that changes the map's structure (adds or
    // removes a mapping) makes them throw ConcurrentModificationException ----

    /** The entry for key, or (when absent) null with the insertion parent in parentOut[0]. */
    private Entry<K, V> find(K key, Object[] parentOut, int[] cmpOut) {
        if (comparator == null)
            Objects.requireNonNull(key);
        Entry<K, V> t = root;
        Entry<K, V> parent = null;
        int cmp = 0;
        while (t != null) {
            parent = t;
            cmp = compare(key, t.key);
            if (cmp < 0)
                t = t.left;
            else if (cmp > 0)
                t = t.right;
            else
                return t;
        }
        parentOut[0] = parent;
        cmpOut[0] = cmp;
        return null;
    }

    /** Adds key under parent (the root if parent is null) and rebalances. */
    @SuppressWarnings("unchecked")
    private void addEntry(K key, V value, Object parentObject, int cmp) {
        Entry<K, V> parent = (Entry<K, V>) parentObject;
        if (parent == null) {
            compare(key, key); // type (and possibly null) check
            root = new Entry<>(key, value, null);
            size = 1;
            modCount++;
            return;
        }
        Entry<K, V> e = new Entry<>(key, value, parent);
        if (cmp < 0)
            parent.left = e;
        else
            parent.right = e;
        fixAfterInsertion(e);
        size++;
        modCount++;
    }

    private V remapValue(Entry<K, V> t, K key, BiFunction<? super K, ? super V, ? extends V> f) {
        int mc = modCount;
        V newValue = f.apply(key, t.value);
        if (mc != modCount)
            throw new ConcurrentModificationException();
        if (newValue == null) {
            deleteEntry(t);
            return null;
        }
        t.value = newValue;
        return newValue;
    }

    @Override
    public V computeIfAbsent(K key, java.util.function.Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        Object[] parent = new Object[1];
        int[] cmp = new int[1];
        Entry<K, V> t = root == null ? null : find(key, parent, cmp);
        if (t != null && t.value != null)
            return t.value;
        int mc = modCount;
        V newValue = mappingFunction.apply(key);
        if (mc != modCount)
            throw new ConcurrentModificationException();
        if (t != null) {
            t.value = newValue;
            return newValue;
        }
        if (newValue != null)
            addEntry(key, newValue, parent[0], cmp[0]);
        return newValue;
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Entry<K, V> t = getEntry(key);
        if (t != null && t.value != null)
            return remapValue(t, key, remappingFunction);
        return null;
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Object[] parent = new Object[1];
        int[] cmp = new int[1];
        Entry<K, V> t = root == null ? null : find(key, parent, cmp);
        if (t != null)
            return remapValue(t, key, remappingFunction);
        int mc = modCount;
        V newValue = remappingFunction.apply(key, null);
        if (mc != modCount)
            throw new ConcurrentModificationException();
        if (newValue != null)
            addEntry(key, newValue, parent[0], cmp[0]);
        return newValue;
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Objects.requireNonNull(value);
        Object[] parent = new Object[1];
        int[] cmp = new int[1];
        Entry<K, V> t = root == null ? null : find(key, parent, cmp);
        if (t == null) {
            addEntry(key, value, parent[0], cmp[0]);
            return value;
        }
        V newValue;
        if (t.value == null) {
            newValue = value;
        } else {
            int mc = modCount;
            newValue = remappingFunction.apply(t.value, value);
            if (mc != modCount)
                throw new ConcurrentModificationException();
        }
        if (newValue == null) {
            deleteEntry(t);
            return null;
        }
        t.value = newValue;
        return newValue;
    }

    public V remove(Object key) {
        Entry<K, V> p = getEntry(key);
        if (p == null)
            return null;
        V oldValue = p.value;
        deleteEntry(p);
        return oldValue;
    }

    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        TreeMap<K, V> clone;
        try {
            clone = (TreeMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        clone.root = null;
        clone.size = 0;
        clone.modCount = 0;
        clone.entrySet = null;
        clone.navigableKeySet = null;
        clone.descendingMap = null;
        clone.buildFromSorted(size, entrySet().iterator(), null);
        return clone;
    }

    /** Throws: a sorted map's order is its comparator's (SequencedMap, Java 21). */
    public V putFirst(K k, V v) {
        throw new UnsupportedOperationException();
    }

    /** Throws: a sorted map's order is its comparator's (SequencedMap, Java 21). */
    public V putLast(K k, V v) {
        throw new UnsupportedOperationException();
    }

    public Map.Entry<K, V> firstEntry() {
        return exportEntry(getFirstEntry());
    }

    public Map.Entry<K, V> lastEntry() {
        return exportEntry(getLastEntry());
    }

    public Map.Entry<K, V> pollFirstEntry() {
        Entry<K, V> p = getFirstEntry();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null)
            deleteEntry(p);
        return result;
    }

    public Map.Entry<K, V> pollLastEntry() {
        Entry<K, V> p = getLastEntry();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null)
            deleteEntry(p);
        return result;
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        return exportEntry(getFloorEntry(key, true));
    }

    public K lowerKey(K key) {
        return keyOrNull(getFloorEntry(key, true));
    }

    public Map.Entry<K, V> floorEntry(K key) {
        return exportEntry(getFloorEntry(key, false));
    }

    public K floorKey(K key) {
        return keyOrNull(getFloorEntry(key, false));
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        return exportEntry(getCeilingEntry(key, false));
    }

    public K ceilingKey(K key) {
        return keyOrNull(getCeilingEntry(key, false));
    }

    public Map.Entry<K, V> higherEntry(K key) {
        return exportEntry(getCeilingEntry(key, true));
    }

    public K higherKey(K key) {
        return keyOrNull(getCeilingEntry(key, true));
    }

    private transient Set<Map.Entry<K, V>> entrySet;
    private transient KeySet<K> navigableKeySet;
    private transient NavigableMap<K, V> descendingMap;

    public Set<K> keySet() {
        return navigableKeySet();
    }

    public NavigableSet<K> navigableKeySet() {
        KeySet<K> nks = navigableKeySet;
        return (nks != null) ? nks : (navigableKeySet = new KeySet<>(this));
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new AbstractCollection<V>() {
                public Iterator<V> iterator() {
                    return new EntryIterator<>(TreeMap.this, false, null, true, null, true, true) {
                        public V nextValue() {
                            return nextEntry().value;
                        }
                    }.values();
                }

                public int size() {
                    return TreeMap.this.size();
                }

                public boolean contains(Object o) {
                    return TreeMap.this.containsValue(o);
                }

                public void clear() {
                    TreeMap.this.clear();
                }

                public Spliterator<V> spliterator() {
                    return new TreeSpliterator<>(TreeMap.this, TreeSpliterator.VALUES);
                }
            };
            values = vs;
        }
        return vs;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) {
            // The whole map's entry set splits the tree itself; a sub-map's uses its iterator.
            View<K, V> all = new View<>(this, true, null, true, true, null, true, false);
            es = entrySet = all.new EntrySetView() {
                public Spliterator<Map.Entry<K, V>> spliterator() {
                    return new TreeSpliterator<>(TreeMap.this, TreeSpliterator.ENTRIES);
                }
            };
        }
        return es;
    }

    public NavigableMap<K, V> descendingMap() {
        NavigableMap<K, V> km = descendingMap;
        return (km != null) ? km : (descendingMap = new View<>(this, true, null, true, true, null, true, true));
    }

    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (compare(fromKey, toKey) > 0)
            throw new IllegalArgumentException("fromKey > toKey");
        return new View<>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        compare(toKey, toKey);
        return new View<>(this, true, null, true, false, toKey, inclusive, false);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        compare(fromKey, fromKey);
        return new View<>(this, false, fromKey, inclusive, true, null, true, false);
    }

    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    public boolean replace(K key, V oldValue, V newValue) {
        Entry<K, V> p = getEntry(key);
        if (p != null && Objects.equals(oldValue, p.value)) {
            p.value = newValue;
            return true;
        }
        return false;
    }

    public V replace(K key, V value) {
        Entry<K, V> p = getEntry(key);
        if (p != null) {
            V oldValue = p.value;
            p.value = value;
            return oldValue;
        }
        return null;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            action.accept(e.key, e.value);
            if (expectedModCount != modCount)
                throw new ConcurrentModificationException();
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expectedModCount = modCount;
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            e.value = function.apply(e.key, e.value);
            if (expectedModCount != modCount)
                throw new ConcurrentModificationException();
        }
    }

    // ---- navigable key set shared by TreeMap, its views and TreeSet

    static final class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
        private final NavigableMap<E, ?> m;

        KeySet(NavigableMap<E, ?> map) {
            m = map;
        }

        public Iterator<E> iterator() {
            Iterator<? extends Map.Entry<E, ?>> it = m.entrySet().iterator();
            return new Iterator<E>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public E next() {
                    return it.next().getKey();
                }

                public void remove() {
                    it.remove();
                }
            };
        }

        public Iterator<E> descendingIterator() {
            return descendingSet().iterator();
        }

        public int size() { return m.size(); }
        public boolean isEmpty() { return m.isEmpty(); }
        public boolean contains(Object o) { return m.containsKey(o); }
        public void clear() { m.clear(); }
        public E lower(E e) { return m.lowerKey(e); }
        public E floor(E e) { return m.floorKey(e); }
        public E ceiling(E e) { return m.ceilingKey(e); }
        public E higher(E e) { return m.higherKey(e); }
        public E first() { return m.firstKey(); }
        public E last() { return m.lastKey(); }
        public Comparator<? super E> comparator() { return m.comparator(); }

        public E pollFirst() {
            Map.Entry<E, ?> e = m.pollFirstEntry();
            return (e == null) ? null : e.getKey();
        }

        public E pollLast() {
            Map.Entry<E, ?> e = m.pollLastEntry();
            return (e == null) ? null : e.getKey();
        }

        public boolean remove(Object o) {
            int oldSize = size();
            m.remove(o);
            return size() != oldSize;
        }

        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new KeySet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
        }

        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new KeySet<>(m.headMap(toElement, inclusive));
        }

        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new KeySet<>(m.tailMap(fromElement, inclusive));
        }

        public SortedSet<E> subSet(E fromElement, E toElement) {
            return subSet(fromElement, true, toElement, false);
        }

        public SortedSet<E> headSet(E toElement) {
            return headSet(toElement, false);
        }

        public SortedSet<E> tailSet(E fromElement) {
            return tailSet(fromElement, true);
        }

        public NavigableSet<E> descendingSet() {
            return new KeySet<>(m.descendingMap());
        }

        public Spliterator<E> spliterator() {
            return keySpliteratorFor(m);
        }
    }

    /** The spliterator of the keys of {@code m}, a TreeMap or one of its views (also TreeSet's). */
    @SuppressWarnings("unchecked")
    static <K> Spliterator<K> keySpliteratorFor(NavigableMap<K, ?> m) {
        if (m instanceof TreeMap)
            return new TreeSpliterator<>((TreeMap<K, Object>) m, TreeSpliterator.KEYS);
        return ((View<K, ?>) m).keySpliterator();
    }

    /** A sub-map's keys: its iterator, neither split nor sized. */
    static final class SubMapKeySpliterator<K> implements Spliterator<K> {
        private final Iterator<K> it;
        private final int characteristics;
        private final Comparator<? super K> comparator;

        SubMapKeySpliterator(Iterator<K> it, int characteristics, Comparator<? super K> comparator) {
            this.it = it;
            this.characteristics = characteristics;
            this.comparator = comparator;
        }

        public boolean tryAdvance(Consumer<? super K> action) {
            if (it.hasNext()) {
                action.accept(it.next());
                return true;
            }
            return false;
        }

        public void forEachRemaining(Consumer<? super K> action) {
            while (it.hasNext())
                action.accept(it.next());
        }

        public Spliterator<K> trySplit() {
            return null;
        }

        public long estimateSize() {
            return Long.MAX_VALUE;
        }

        public int characteristics() {
            return characteristics;
        }

        public Comparator<? super K> getComparator() {
            if ((characteristics & Spliterator.SORTED) == 0)
                throw new IllegalStateException();
            return comparator;
        }
    }

    /**
     * The JDK's spliterators over a whole TreeMap (keys, descending keys, values or entries):
     * traversal from an origin up to a fence node, split at the root and then at children; only
     * the unsplit top-level one is SIZED. A negative estimate means not yet initialized.
     */
    static final class TreeSpliterator<K, V, T> implements Spliterator<T> {
        static final int KEYS = 0, DESCENDING_KEYS = 1, VALUES = 2, ENTRIES = 3;
        private final TreeMap<K, V> tree;
        private final int kind;
        private Entry<K, V> current; // first node left to traverse
        private Entry<K, V> fence; // one past the last, or null
        private int side; // 0: top, -1: a left split, +1: right
        private int est;
        private int expectedModCount;

        TreeSpliterator(TreeMap<K, V> tree, int kind) {
            this(tree, kind, null, null, 0, -1, 0);
        }

        private TreeSpliterator(TreeMap<K, V> tree, int kind, Entry<K, V> origin, Entry<K, V> fence,
                int side, int est, int expectedModCount) {
            this.tree = tree;
            this.kind = kind;
            this.current = origin;
            this.fence = fence;
            this.side = side;
            this.est = est;
            this.expectedModCount = expectedModCount;
        }

        private int getEstimate() {
            int s = est;
            if (s < 0) {
                current = kind == DESCENDING_KEYS ? tree.getLastEntry() : tree.getFirstEntry();
                s = est = tree.size;
                expectedModCount = tree.modCount;
            }
            return s;
        }

        public long estimateSize() {
            return getEstimate();
        }

        @SuppressWarnings("unchecked")
        private T item(Entry<K, V> e) {
            return (T) (kind == VALUES ? e.value : kind == ENTRIES ? e : e.key);
        }

        public Spliterator<T> trySplit() {
            if (est < 0)
                getEstimate();
            int d = side;
            Entry<K, V> e = current, f = fence, s;
            if (kind == DESCENDING_KEYS) {
                s = (e == null || e == f) ? null : (d == 0) ? tree.root : (d < 0) ? e.left
                        : (d > 0 && f != null) ? f.right : null;
                if (s == null || s == e || s == f || tree.compare(e.key, s.key) <= 0)
                    return null;
            } else {
                s = (e == null || e == f) ? null : (d == 0) ? tree.root : (d > 0) ? e.right
                        : (d < 0 && f != null) ? f.left : null;
                if (s == null || s == e || s == f || tree.compare(e.key, s.key) >= 0)
                    return null;
            }
            side = 1;
            return new TreeSpliterator<>(tree, kind, e, current = s, -1, est >>>= 1, expectedModCount);
        }

        public void forEachRemaining(Consumer<? super T> action) {
            if (action == null)
                throw new NullPointerException();
            if (est < 0)
                getEstimate();
            Entry<K, V> f = fence, e = current;
            if (e != null && e != f) {
                current = f; // exhaust
                boolean down = kind == DESCENDING_KEYS;
                do {
                    action.accept(item(e));
                    e = down ? predecessor(e) : successor(e);
                } while (e != null && e != f);
                if (tree.modCount != expectedModCount)
                    throw new ConcurrentModificationException();
            }
        }

        public boolean tryAdvance(Consumer<? super T> action) {
            if (action == null)
                throw new NullPointerException();
            if (est < 0)
                getEstimate();
            Entry<K, V> e = current;
            if (e == null || e == fence)
                return false;
            current = kind == DESCENDING_KEYS ? predecessor(e) : successor(e);
            action.accept(item(e));
            if (tree.modCount != expectedModCount)
                throw new ConcurrentModificationException();
            return true;
        }

        public int characteristics() {
            int c = (side == 0 ? Spliterator.SIZED : 0) | Spliterator.ORDERED;
            if (kind != VALUES)
                c |= Spliterator.DISTINCT;
            if (kind == KEYS || kind == ENTRIES)
                c |= Spliterator.SORTED;
            return c;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public Comparator<? super T> getComparator() {
            if (kind == KEYS)
                return (Comparator<? super T>) tree.comparator;
            if (kind != ENTRIES)
                throw new IllegalStateException();
            if (tree.comparator != null)
                return (Comparator) Map.Entry.comparingByKey(tree.comparator);
            return (Comparator) (Comparator<Map.Entry<K, V>> & java.io.Serializable) (e1, e2) -> {
                Comparable<? super K> k1 = (Comparable<? super K>) e1.getKey();
                return k1.compareTo(e2.getKey());
            };
        }
    }

    // ---- iteration over a key range, ascending or descending

    static class EntryIterator<K, V> implements Iterator<Map.Entry<K, V>> {
        final TreeMap<K, V> tm;
        final boolean descending;
        Entry<K, V> next;
        Entry<K, V> lastReturned;
        int expectedModCount;
        final Object fenceKey; // iteration stops before passing this bound
        final boolean fenceInclusive;
        final boolean noFence;

        EntryIterator(TreeMap<K, V> tm, boolean descending, Entry<K, V> first, boolean useFirst,
                Object fenceKey, boolean fenceInclusive, boolean noFence) {
            this.tm = tm;
            this.descending = descending;
            this.next = useFirst ? (first != null ? first : (descending ? tm.getLastEntry() : tm.getFirstEntry())) : first;
            this.fenceKey = fenceKey;
            this.fenceInclusive = fenceInclusive;
            this.noFence = noFence;
            this.expectedModCount = tm.modCount;
            if (next != null && !noFence && beyondFence(next))
                next = null;
        }

        private boolean beyondFence(Entry<K, V> e) {
            int c = tm.compare(e.key, fenceKey);
            if (descending)
                return fenceInclusive ? c < 0 : c <= 0;
            return fenceInclusive ? c > 0 : c >= 0;
        }

        public final boolean hasNext() {
            return next != null;
        }

        final Entry<K, V> nextEntry() {
            Entry<K, V> e = next;
            if (e == null)
                throw new NoSuchElementException();
            if (tm.modCount != expectedModCount)
                throw new ConcurrentModificationException();
            Entry<K, V> n = descending ? predecessor(e) : successor(e);
            next = (n != null && !noFence && beyondFence(n)) ? null : n;
            lastReturned = e;
            return e;
        }

        public Map.Entry<K, V> next() {
            return nextEntry();
        }

        public void remove() {
            if (lastReturned == null)
                throw new IllegalStateException();
            if (tm.modCount != expectedModCount)
                throw new ConcurrentModificationException();
            // deleting an interior node copies its successor into it
            if (!descending && next != null && lastReturned.left != null && lastReturned.right != null)
                next = lastReturned;
            tm.deleteEntry(lastReturned);
            expectedModCount = tm.modCount;
            lastReturned = null;
        }

        V nextValue() {
            return nextEntry().value;
        }

        Iterator<V> values() {
            EntryIterator<K, V> self = this;
            return new Iterator<V>() {
                public boolean hasNext() {
                    return self.hasNext();
                }

                public V next() {
                    return self.nextEntry().value;
                }

                public void remove() {
                    self.remove();
                }
            };
        }
    }

    // ---- bounded and/or descending view

    static final class View<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {
        private static final long serialVersionUID = -2102997345730753016L;
        final TreeMap<K, V> m;
        final K lo, hi;
        final boolean fromStart, toEnd;
        final boolean loInclusive, hiInclusive;
        final boolean descending;

        View(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive,
                boolean toEnd, K hi, boolean hiInclusive, boolean descending) {
            this.m = m;
            this.fromStart = fromStart;
            this.lo = lo;
            this.loInclusive = loInclusive;
            this.toEnd = toEnd;
            this.hi = hi;
            this.hiInclusive = hiInclusive;
            this.descending = descending;
        }

        boolean tooLow(Object key) {
            if (!fromStart) {
                int c = m.compare(key, lo);
                return c < 0 || (c == 0 && !loInclusive);
            }
            return false;
        }

        boolean tooHigh(Object key) {
            if (!toEnd) {
                int c = m.compare(key, hi);
                return c > 0 || (c == 0 && !hiInclusive);
            }
            return false;
        }

        boolean inRange(Object key) {
            return !tooLow(key) && !tooHigh(key);
        }

        boolean inClosedRange(Object key) {
            return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
        }

        boolean inRange(Object key, boolean inclusive) {
            return inclusive ? inRange(key) : inClosedRange(key);
        }

        // absolute (ascending) navigation within bounds
        TreeMap.Entry<K, V> absLowest() {
            TreeMap.Entry<K, V> e = fromStart ? m.getFirstEntry() : m.getCeilingEntry(lo, !loInclusive);
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        TreeMap.Entry<K, V> absHighest() {
            TreeMap.Entry<K, V> e = toEnd ? m.getLastEntry() : m.getFloorEntry(hi, !hiInclusive);
            return (e == null || tooLow(e.key)) ? null : e;
        }

        TreeMap.Entry<K, V> absCeiling(K key, boolean strict) {
            if (tooLow(key))
                return absLowest();
            TreeMap.Entry<K, V> e = m.getCeilingEntry(key, strict);
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        TreeMap.Entry<K, V> absFloor(K key, boolean strict) {
            if (tooHigh(key))
                return absHighest();
            TreeMap.Entry<K, V> e = m.getFloorEntry(key, strict);
            return (e == null || tooLow(e.key)) ? null : e;
        }

        // relative navigation (respecting descending)
        TreeMap.Entry<K, V> lowest() { return descending ? absHighest() : absLowest(); }
        TreeMap.Entry<K, V> highest() { return descending ? absLowest() : absHighest(); }
        TreeMap.Entry<K, V> ceiling(K k, boolean strict) { return descending ? absFloor(k, strict) : absCeiling(k, strict); }
        TreeMap.Entry<K, V> floor(K k, boolean strict) { return descending ? absCeiling(k, strict) : absFloor(k, strict); }

        public Comparator<? super K> comparator() {
            Comparator<? super K> c = m.comparator();
            return descending ? Collections.reverseOrder(c) : c;
        }

        public boolean containsKey(Object key) {
            return inRange(key) && m.containsKey(key);
        }

        public V put(K key, V value) {
            if (!inRange(key))
                throw new IllegalArgumentException("key out of range");
            return m.put(key, value);
        }

        public V get(Object key) {
            return !inRange(key) ? null : m.get(key);
        }

        public V remove(Object key) {
            return !inRange(key) ? null : m.remove(key);
        }

        public boolean isEmpty() {
            return (fromStart && toEnd) ? m.isEmpty() : absLowest() == null;
        }

        public int size() {
            if (fromStart && toEnd)
                return m.size();
            int n = 0;
            for (Iterator<?> i = entrySet().iterator(); i.hasNext(); i.next())
                n++;
            return n;
        }

        public K firstKey() { return key(lowest()); }
        public K lastKey() { return key(highest()); }
        public Map.Entry<K, V> firstEntry() { return exportEntry(lowest()); }
        public Map.Entry<K, V> lastEntry() { return exportEntry(highest()); }

        public Map.Entry<K, V> pollFirstEntry() {
            TreeMap.Entry<K, V> e = lowest();
            Map.Entry<K, V> result = exportEntry(e);
            if (e != null)
                m.deleteEntry(e);
            return result;
        }

        public Map.Entry<K, V> pollLastEntry() {
            TreeMap.Entry<K, V> e = highest();
            Map.Entry<K, V> result = exportEntry(e);
            if (e != null)
                m.deleteEntry(e);
            return result;
        }

        public Map.Entry<K, V> ceilingEntry(K key) { return exportEntry(ceiling(key, false)); }
        public K ceilingKey(K key) { return keyOrNull(ceiling(key, false)); }
        public Map.Entry<K, V> higherEntry(K key) { return exportEntry(ceiling(key, true)); }
        public K higherKey(K key) { return keyOrNull(ceiling(key, true)); }
        public Map.Entry<K, V> floorEntry(K key) { return exportEntry(floor(key, false)); }
        public K floorKey(K key) { return keyOrNull(floor(key, false)); }
        public Map.Entry<K, V> lowerEntry(K key) { return exportEntry(floor(key, true)); }
        public K lowerKey(K key) { return keyOrNull(floor(key, true)); }

        public Set<K> keySet() { return navigableKeySet(); }
        public NavigableSet<K> navigableKeySet() { return new KeySet<>(this); }
        public NavigableSet<K> descendingKeySet() { return descendingMap().navigableKeySet(); }

        public NavigableMap<K, V> descendingMap() {
            return new View<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new EntrySetView();
        }

        /** A whole descending map's keys split like the JDK's DescendingKeySpliterator; other views
         * iterate, sorted only when ascending (the JDK's SubMapKeyIterator and its descending twin). */
        Spliterator<K> keySpliterator() {
            if (descending) {
                if (this == m.descendingMap)
                    return new TreeSpliterator<>(m, TreeSpliterator.DESCENDING_KEYS);
                return new SubMapKeySpliterator<>(new KeySet<>(this).iterator(), Spliterator.DISTINCT | Spliterator.ORDERED, null);
            }
            return new SubMapKeySpliterator<>(new KeySet<>(this).iterator(),
                    Spliterator.DISTINCT | Spliterator.ORDERED | Spliterator.SORTED, comparator());
        }

        class EntrySetView extends AbstractSet<Map.Entry<K, V>> {
            public Iterator<Map.Entry<K, V>> iterator() {
                TreeMap.Entry<K, V> first = lowest();
                if (descending)
                    return new EntryIterator<>(m, true, first, false, lo, loInclusive, fromStart);
                return new EntryIterator<>(m, false, first, false, hi, hiInclusive, toEnd);
            }

            public int size() {
                return View.this.size();
            }

            public boolean isEmpty() {
                return View.this.isEmpty();
            }

            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry<?, ?> entry))
                    return false;
                Object key = entry.getKey();
                if (!inRange(key))
                    return false;
                TreeMap.Entry<K, V> node = m.getEntry(key);
                return node != null && Objects.equals(node.getValue(), entry.getValue());
            }

            public boolean remove(Object o) {
                if (!(o instanceof Map.Entry<?, ?> entry))
                    return false;
                Object key = entry.getKey();
                if (!inRange(key))
                    return false;
                TreeMap.Entry<K, V> node = m.getEntry(key);
                if (node != null && Objects.equals(node.getValue(), entry.getValue())) {
                    m.deleteEntry(node);
                    return true;
                }
                return false;
            }

            public void clear() {
                if (fromStart && toEnd)
                    m.clear();
                else
                    super.clear();
            }
        }

        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            if (!inRange(fromKey, fromInclusive))
                throw new IllegalArgumentException("fromKey out of range");
            if (!inRange(toKey, toInclusive))
                throw new IllegalArgumentException("toKey out of range");
            if (descending) {
                // swap to absolute order
                K t = fromKey;
                fromKey = toKey;
                toKey = t;
                boolean ti = fromInclusive;
                fromInclusive = toInclusive;
                toInclusive = ti;
            }
            if (m.compare(fromKey, toKey) > 0)
                throw new IllegalArgumentException("fromKey > toKey");
            return new View<>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, descending);
        }

        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            if (!inRange(toKey, inclusive))
                throw new IllegalArgumentException("toKey out of range");
            if (descending)
                return new View<>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true);
            return new View<>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
        }

        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            if (!inRange(fromKey, inclusive))
                throw new IllegalArgumentException("fromKey out of range");
            if (descending)
                return new View<>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true);
            return new View<>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
        }

        public SortedMap<K, V> subMap(K fromKey, K toKey) { return subMap(fromKey, true, toKey, false); }
        public SortedMap<K, V> headMap(K toKey) { return headMap(toKey, false); }
        public SortedMap<K, V> tailMap(K fromKey) { return tailMap(fromKey, true); }
    }

    // ---- red-black tree internals

    private static final boolean RED = false;
    private static final boolean BLACK = true;

    static final class Entry<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Entry<K, V> left;
        Entry<K, V> right;
        Entry<K, V> parent;
        boolean color = BLACK;

        Entry(K key, V value, Entry<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            V oldValue = this.value;
            this.value = value;
            return oldValue;
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }

        public int hashCode() {
            int keyHash = (key == null ? 0 : key.hashCode());
            int valueHash = (value == null ? 0 : value.hashCode());
            return keyHash ^ valueHash;
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    final Entry<K, V> getFirstEntry() {
        Entry<K, V> p = root;
        if (p != null)
            while (p.left != null)
                p = p.left;
        return p;
    }

    final Entry<K, V> getLastEntry() {
        Entry<K, V> p = root;
        if (p != null)
            while (p.right != null)
                p = p.right;
        return p;
    }

    static <K, V> Entry<K, V> successor(Entry<K, V> t) {
        if (t == null)
            return null;
        else if (t.right != null) {
            Entry<K, V> p = t.right;
            while (p.left != null)
                p = p.left;
            return p;
        } else {
            Entry<K, V> p = t.parent;
            Entry<K, V> ch = t;
            while (p != null && ch == p.right) {
                ch = p;
                p = p.parent;
            }
            return p;
        }
    }

    static <K, V> Entry<K, V> predecessor(Entry<K, V> t) {
        if (t == null)
            return null;
        else if (t.left != null) {
            Entry<K, V> p = t.left;
            while (p.right != null)
                p = p.right;
            return p;
        } else {
            Entry<K, V> p = t.parent;
            Entry<K, V> ch = t;
            while (p != null && ch == p.left) {
                ch = p;
                p = p.parent;
            }
            return p;
        }
    }

    static <K, V> Map.Entry<K, V> exportEntry(TreeMap.Entry<K, V> e) {
        return (e == null) ? null : new AbstractMap.SimpleImmutableEntry<>(e);
    }

    static <K, V> K keyOrNull(TreeMap.Entry<K, V> e) {
        return (e == null) ? null : e.key;
    }

    static <K> K key(Entry<K, ?> e) {
        if (e == null)
            throw new NoSuchElementException(); // hotspot-line: 1602
        return e.key;
    }

    private static <K, V> boolean colorOf(Entry<K, V> p) {
        return (p == null ? BLACK : p.color);
    }

    private static <K, V> Entry<K, V> parentOf(Entry<K, V> p) {
        return (p == null ? null : p.parent);
    }

    private static <K, V> void setColor(Entry<K, V> p, boolean c) {
        if (p != null)
            p.color = c;
    }

    private static <K, V> Entry<K, V> leftOf(Entry<K, V> p) {
        return (p == null) ? null : p.left;
    }

    private static <K, V> Entry<K, V> rightOf(Entry<K, V> p) {
        return (p == null) ? null : p.right;
    }

    private void rotateLeft(Entry<K, V> p) {
        if (p != null) {
            Entry<K, V> r = p.right;
            p.right = r.left;
            if (r.left != null)
                r.left.parent = p;
            r.parent = p.parent;
            if (p.parent == null)
                root = r;
            else if (p.parent.left == p)
                p.parent.left = r;
            else
                p.parent.right = r;
            r.left = p;
            p.parent = r;
        }
    }

    private void rotateRight(Entry<K, V> p) {
        if (p != null) {
            Entry<K, V> l = p.left;
            p.left = l.right;
            if (l.right != null)
                l.right.parent = p;
            l.parent = p.parent;
            if (p.parent == null)
                root = l;
            else if (p.parent.right == p)
                p.parent.right = l;
            else
                p.parent.left = l;
            l.right = p;
            p.parent = l;
        }
    }

    private void fixAfterInsertion(Entry<K, V> x) {
        x.color = RED;
        while (x != null && x != root && x.parent.color == RED) {
            if (parentOf(x) == leftOf(parentOf(parentOf(x)))) {
                Entry<K, V> y = rightOf(parentOf(parentOf(x)));
                if (colorOf(y) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(y, BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    x = parentOf(parentOf(x));
                } else {
                    if (x == rightOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateLeft(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateRight(parentOf(parentOf(x)));
                }
            } else {
                Entry<K, V> y = leftOf(parentOf(parentOf(x)));
                if (colorOf(y) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(y, BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    x = parentOf(parentOf(x));
                } else {
                    if (x == leftOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateRight(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateLeft(parentOf(parentOf(x)));
                }
            }
        }
        root.color = BLACK;
    }

    final void deleteEntry(Entry<K, V> p) {
        modCount++;
        size--;
        if (p.left != null && p.right != null) {
            Entry<K, V> s = successor(p);
            p.key = s.key;
            p.value = s.value;
            p = s;
        }
        Entry<K, V> replacement = (p.left != null ? p.left : p.right);
        if (replacement != null) {
            replacement.parent = p.parent;
            if (p.parent == null)
                root = replacement;
            else if (p == p.parent.left)
                p.parent.left = replacement;
            else
                p.parent.right = replacement;
            p.left = p.right = p.parent = null;
            if (p.color == BLACK)
                fixAfterDeletion(replacement);
        } else if (p.parent == null) {
            root = null;
        } else {
            if (p.color == BLACK)
                fixAfterDeletion(p);
            if (p.parent != null) {
                if (p == p.parent.left)
                    p.parent.left = null;
                else if (p == p.parent.right)
                    p.parent.right = null;
                p.parent = null;
            }
        }
    }

    private void fixAfterDeletion(Entry<K, V> x) {
        while (x != root && colorOf(x) == BLACK) {
            if (x == leftOf(parentOf(x))) {
                Entry<K, V> sib = rightOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateLeft(parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (colorOf(leftOf(sib)) == BLACK && colorOf(rightOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(rightOf(sib)) == BLACK) {
                        setColor(leftOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateRight(sib);
                        sib = rightOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(rightOf(sib), BLACK);
                    rotateLeft(parentOf(x));
                    x = root;
                }
            } else {
                Entry<K, V> sib = leftOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateRight(parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (colorOf(rightOf(sib)) == BLACK && colorOf(leftOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(leftOf(sib)) == BLACK) {
                        setColor(rightOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateLeft(sib);
                        sib = leftOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(leftOf(sib), BLACK);
                    rotateRight(parentOf(x));
                    x = root;
                }
            }
        }
        setColor(x, BLACK);
    }

    // Serialization as the JDK's: the comparator (a field), size, then keys and values in order.
    private void writeObject(java.io.ObjectOutputStream s) throws java.io.IOException {
        s.defaultWriteObject();
        s.writeInt(size);
        for (Map.Entry<K, V> e : entrySet()) {
            s.writeObject(e.getKey());
            s.writeObject(e.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    private void readObject(java.io.ObjectInputStream s) throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
        int n = s.readInt();
        List<Map.Entry<K, V>> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            K key = (K) s.readObject();
            V value = (V) s.readObject();
            entries.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
        }
        buildFromSorted(n, entries.iterator(), null);
    }
}
