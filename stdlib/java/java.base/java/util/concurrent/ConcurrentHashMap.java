package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.DoubleBinaryOperator;

/**
 * A hash table supporting full concurrency of retrievals and updates. Cortado's version guards
 * the table with the map's monitor (one Java thread runs at a time anyway) but lays it out like
 * the reference implementation: power-of-two tables indexed by the spread hash, bins in
 * insertion order, resizing when the count reaches 3/4 of the table and splitting bins the same
 * way, so iteration order matches. Bins are never converted to trees. Iterators are weakly
 * consistent: they walk the table as it was when they reached it and never throw
 * ConcurrentModificationException.
 */
public class ConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, java.io.Serializable {
    private static final long serialVersionUID = 7249069246763182397L;

    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final int DEFAULT_CAPACITY = 16;
    private static final float LOAD_FACTOR = 0.75f;
    private static final int TREEIFY_THRESHOLD = 8;
    private static final int UNTREEIFY_THRESHOLD = 6;
    private static final int MIN_TREEIFY_CAPACITY = 64;
    private static final int HASH_BITS = 0x7fffffff;

    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        volatile V val;
        volatile Node<K, V> next;

        Node(int hash, K key, V val, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.val = val;
            this.next = next;
        }

        @Override
        public final K getKey() {
            return key;
        }

        @Override
        public final V getValue() {
            return val;
        }

        @Override
        public final int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        @Override
        public final String toString() {
            return key + "=" + val;
        }

        @Override
        public final V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public final boolean equals(Object o) {
            Object k;
            Object v;
            Object u;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry)
                    && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null
                    && (k == key || k.equals(key))
                    && (v == (u = val) || v.equals(u)));
        }
    }

    private transient volatile Node<K, V>[] table;
    /**
     * Bins the reference implementation would have converted to trees (8 or more nodes in a
     * table of at least 64). Such bins keep their nodes in a list whose order this map
     * reproduces: new nodes go to the front, and splits keep the order.
     */
    private transient boolean[] treed;
    private transient int sizeCtl;
    private transient long count;

    /**
     * The bins that computeIfAbsent or compute calls of the thread holding this map are
     * computing a value for, found empty (where the JDK puts a reservation node): updating
     * such a bin from inside the function, or resizing the table meanwhile, is a "Recursive
     * update" as in the JDK.
     */
    private transient Object[] reservedTables;
    private transient int[] reservedBins;
    private transient int reservedCount;

    private transient KeySetView<K, V> keySet;
    private transient ValuesView<K, V> values;
    private transient EntrySetView<K, V> entrySet;

    static final int spread(int h) {
        return (h ^ (h >>> 16)) & HASH_BITS;
    }

    private static int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
    }

    public ConcurrentHashMap() {}

    public ConcurrentHashMap(int initialCapacity) {
        this(initialCapacity, LOAD_FACTOR, 1);
    }

    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        this.sizeCtl = DEFAULT_CAPACITY;
        putAll(m);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) {
            throw new IllegalArgumentException();
        }
        if (initialCapacity < concurrencyLevel) {
            initialCapacity = concurrencyLevel;
        }
        long size = (long) (1.0 + (long) initialCapacity / loadFactor);
        int cap = (size >= (long) MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
        this.sizeCtl = cap;
    }

    // ---- table maintenance (monitor held) ----

    @SuppressWarnings("unchecked")
    private Node<K, V>[] initTable() {
        Node<K, V>[] tab = table;
        if (tab == null) {
            int n = (sizeCtl > 0) ? sizeCtl : DEFAULT_CAPACITY;
            tab = (Node<K, V>[]) new Node<?, ?>[n];
            table = tab;
            treed = new boolean[n];
            sizeCtl = n - (n >>> 2);
        }
        return tab;
    }

    private void addCount(long x, int check) {
        count += x;
        if (check >= 0) {
            Node<K, V>[] tab;
            while (count >= (long) sizeCtl && (tab = table) != null && tab.length < MAXIMUM_CAPACITY) {
                transfer();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void tryPresize(int size) {
        int c = (size >= (MAXIMUM_CAPACITY >>> 1)) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        while (true) {
            int sc = sizeCtl;
            Node<K, V>[] tab = table;
            if (tab == null) {
                int n = (sc > c) ? sc : c;
                table = (Node<K, V>[]) new Node<?, ?>[n];
                treed = new boolean[n];
                sizeCtl = n - (n >>> 2);
            } else if (c <= sc || tab.length >= MAXIMUM_CAPACITY) {
                break;
            } else {
                transfer();
            }
        }
    }

    private void reserve(Node<K, V>[] tab, int i) {
        if (reservedBins == null || reservedCount == reservedBins.length) {
            int n = reservedCount == 0 ? 4 : reservedCount * 2;
            reservedTables = reservedTables == null ? new Object[n] : Arrays.copyOf(reservedTables, n);
            reservedBins = reservedBins == null ? new int[n] : Arrays.copyOf(reservedBins, n);
        }
        reservedTables[reservedCount] = tab;
        reservedBins[reservedCount++] = i;
    }

    /** Throws if the bin of hash is reserved (see reservedBins). */
    private void checkReserved(int hash) {
        Node<K, V>[] tab = table;
        if (reservedCount == 0 || tab == null) {
            return;
        }
        int i = (tab.length - 1) & hash;
        for (int k = 0; k < reservedCount; k++) {
            if (reservedTables[k] == tab && reservedBins[k] == i) {
                throw new IllegalStateException("Recursive update");
            }
        }
    }

    /** The last node of bin i, or null if it is empty or a tree bin (the JDK checks lists only). */
    private Node<K, V> listTail(Node<K, V>[] tab, int i) {
        Node<K, V> e = tab[i];
        if (e == null || treed[i]) {
            return null;
        }
        while (e.next != null) {
            e = e.next;
        }
        return e;
    }

    /**
     * The value a computeIfAbsent or compute computes for an absent key, with the bin reserved
     * (if empty) meanwhile; a mapping the function added to the key's bin is a "Recursive update".
     */
    private V computeAbsent(K key, int hash, Function<? super K, ? extends V> mappingFunction,
            BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Node<K, V>[] tab = table == null ? initTable() : table;
        int i = (tab.length - 1) & hash;
        boolean empty = tab[i] == null;
        Node<K, V> tail = listTail(tab, i);
        if (empty) {
            reserve(tab, i);
        }
        V val;
        try {
            val = mappingFunction != null ? mappingFunction.apply(key) : remappingFunction.apply(key, null);
        } finally {
            if (empty) {
                reservedTables[--reservedCount] = null;
            }
        }
        if (val != null) {
            if ((tail != null && tail.next != null) || findNode(key) != null) {
                throw new IllegalStateException("Recursive update");
            }
            addCount(1L, insert(hash, key, val));
        }
        return val;
    }

    /** Doubles the table, splitting each bin into a low and a high bin. */
    @SuppressWarnings("unchecked")
    private void transfer() {
        Node<K, V>[] tab = table;
        int n = tab.length;
        for (int k = 0; k < reservedCount; k++) {
            if (reservedTables[k] == tab) {
                throw new IllegalStateException("Recursive update");
            }
        }
        Node<K, V>[] nextTab = (Node<K, V>[]) new Node<?, ?>[n << 1];
        boolean[] nextTreed = new boolean[n << 1];
        boolean[] oldTreed = treed;
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tab[i];
            if (f == null) {
                continue;
            }
            if (oldTreed[i]) {
                // Tree bins split in list order; small halves stop being trees.
                Node<K, V> lo = null;
                Node<K, V> loTail = null;
                Node<K, V> hi = null;
                Node<K, V> hiTail = null;
                int lc = 0;
                int hc = 0;
                for (Node<K, V> e = f; e != null; e = e.next) {
                    Node<K, V> p = new Node<K, V>(e.hash, e.key, e.val, null);
                    if ((e.hash & n) == 0) {
                        if (loTail == null) {
                            lo = p;
                        } else {
                            loTail.next = p;
                        }
                        loTail = p;
                        ++lc;
                    } else {
                        if (hiTail == null) {
                            hi = p;
                        } else {
                            hiTail.next = p;
                        }
                        hiTail = p;
                        ++hc;
                    }
                }
                nextTab[i] = lo;
                nextTab[i + n] = hi;
                nextTreed[i] = lc > UNTREEIFY_THRESHOLD;
                nextTreed[i + n] = hc > UNTREEIFY_THRESHOLD;
                continue;
            }
            // The longest tail whose nodes all go the same way is reused as is; the nodes
            // before it are copied, each in front of the list built so far.
            int runBit = f.hash & n;
            Node<K, V> lastRun = f;
            for (Node<K, V> p = f.next; p != null; p = p.next) {
                int b = p.hash & n;
                if (b != runBit) {
                    runBit = b;
                    lastRun = p;
                }
            }
            Node<K, V> ln = (runBit == 0) ? lastRun : null;
            Node<K, V> hn = (runBit == 0) ? null : lastRun;
            for (Node<K, V> p = f; p != lastRun; p = p.next) {
                if ((p.hash & n) == 0) {
                    ln = new Node<K, V>(p.hash, p.key, p.val, ln);
                } else {
                    hn = new Node<K, V>(p.hash, p.key, p.val, hn);
                }
            }
            nextTab[i] = ln;
            nextTab[i + n] = hn;
        }
        treed = nextTreed;
        table = nextTab;
        sizeCtl = (n << 1) - (n >>> 1);
    }

    private Node<K, V> findNode(Object key) {
        return findNode(key, spread(key.hashCode()));
    }

    /** The node of key, whose spread hash is h. */
    private Node<K, V> findNode(Object key, int h) {
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        for (Node<K, V> e = tab[(tab.length - 1) & h]; e != null; e = e.next) {
            K ek;
            if (e.hash == h && ((ek = e.key) == key || key.equals(ek))) {
                return e;
            }
        }
        return null;
    }

    /** Appends a new node for key (known absent) and returns the bin count for addCount. */
    private int insert(int hash, K key, V value) {
        Node<K, V>[] tab = table;
        if (tab == null) {
            tab = initTable();
        }
        int n = tab.length;
        int i = (n - 1) & hash;
        Node<K, V> f = tab[i];
        if (f == null) {
            tab[i] = new Node<K, V>(hash, key, value, null);
            return 0;
        }
        if (treed[i]) {
            tab[i] = new Node<K, V>(hash, key, value, f);
            return 2;
        }
        int binCount = 1;
        Node<K, V> e = f;
        while (e.next != null) {
            e = e.next;
            binCount++;
        }
        e.next = new Node<K, V>(hash, key, value, null);
        if (binCount >= TREEIFY_THRESHOLD) {
            if (n < MIN_TREEIFY_CAPACITY) {
                tryPresize(n << 1);
            } else {
                treed[i] = true;
            }
        }
        return binCount;
    }

    // ---- Map ----

    @Override
    public synchronized int size() {
        return (count < 0L) ? 0 : (count > (long) Integer.MAX_VALUE) ? Integer.MAX_VALUE : (int) count;
    }

    @Override
    public synchronized boolean isEmpty() {
        return count <= 0L;
    }

    @Override
    public synchronized V get(Object key) {
        int h = spread(key.hashCode()); // hotspot-line: 936
        Node<K, V> e = findNode(key, h);
        return e == null ? null : e.val;
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return get(key) != null; // hotspot-line: 964
    }

    @Override
    public boolean containsValue(Object value) {
        if (value == null) {
            throw new NullPointerException(); // hotspot-line: 979
        }
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            V v = it.nextNode().val;
            if (v == value || (v != null && value.equals(v))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public V put(K key, V value) {
        return putVal(key, value, false); // hotspot-line: 1006
    }

    final synchronized V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) {
            throw new NullPointerException(); // hotspot-line: 1011
        }
        int hash = spread(key.hashCode());
        checkReserved(hash);
        Node<K, V> e = findNode(key);
        if (e != null) {
            V old = e.val;
            if (!onlyIfAbsent) {
                e.val = value;
            }
            return old;
        }
        addCount(1L, insert(hash, key, value));
        return null;
    }

    @Override
    public synchronized void putAll(Map<? extends K, ? extends V> m) {
        tryPresize(m.size());
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            putVal(e.getKey(), e.getValue(), false);
        }
    }

    @Override
    public V remove(Object key) {
        return replaceNode(key, null, null); // hotspot-line: 1102
    }

    /** Replaces (value != null) or removes the mapping of key if cv is null or matches it. */
    final synchronized V replaceNode(Object key, V value, Object cv) {
        int hash = spread(key.hashCode()); // hotspot-line: 1111
        checkReserved(hash);
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        int i = (tab.length - 1) & hash;
        Node<K, V> pred = null;
        for (Node<K, V> e = tab[i]; e != null; pred = e, e = e.next) {
            K ek;
            if (e.hash == hash && ((ek = e.key) == key || key.equals(ek))) {
                V ev = e.val;
                if (cv == null || cv == ev || cv.equals(ev)) {
                    if (value != null) {
                        e.val = value;
                    } else {
                        if (pred != null) {
                            pred.next = e.next;
                        } else {
                            tab[i] = e.next;
                        }
                        if (tab[i] == null) {
                            treed[i] = false;
                        }
                        addCount(-1L, -1);
                    }
                    return ev;
                }
                return null;
            }
        }
        return null;
    }

    @Override
    public synchronized void clear() {
        Node<K, V>[] tab = table;
        if (tab != null) {
            Arrays.fill(tab, null);
            Arrays.fill(treed, false);
        }
        count = 0L;
    }

    @Override
    public KeySetView<K, V> keySet() {
        KeySetView<K, V> ks = keySet;
        return (ks != null) ? ks : (keySet = new KeySetView<K, V>(this, null));
    }

    @Override
    public Collection<V> values() {
        ValuesView<K, V> vs = values;
        return (vs != null) ? vs : (values = new ValuesView<K, V>(this));
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        EntrySetView<K, V> es = entrySet;
        return (es != null) ? es : (entrySet = new EntrySetView<K, V>(this));
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            Node<K, V> p = it.nextNode();
            h += p.key.hashCode() ^ p.val.hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        Traverser<K, V> it = new Traverser<K, V>(table);
        StringBuilder sb = new StringBuilder();
        sb.append('{');
        if (it.hasNext()) {
            while (true) {
                Node<K, V> p = it.nextNode();
                K k = p.key;
                V v = p.val;
                sb.append(k == this ? "(this Map)" : k);
                sb.append('=');
                sb.append(v == this ? "(this Map)" : v);
                if (!it.hasNext()) {
                    break;
                }
                sb.append(',').append(' ');
            }
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        if (o != this) {
            if (!(o instanceof Map)) {
                return false;
            }
            Map<?, ?> m = (Map<?, ?>) o;
            for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
                Node<K, V> p = it.nextNode();
                V val = p.val;
                Object v = m.get(p.key);
                if (v == null || (v != val && !v.equals(val))) {
                    return false;
                }
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object mk;
                Object mv;
                Object v;
                if ((mk = e.getKey()) == null || (mv = e.getValue()) == null || (v = get(mk)) == null
                        || (mv != v && !mv.equals(v))) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- ConcurrentMap ----

    @Override
    public V putIfAbsent(K key, V value) {
        return putVal(key, value, true); // hotspot-line: 1541
    }

    @Override
    public boolean remove(Object key, Object value) {
        if (key == null) {
            throw new NullPointerException(); // hotspot-line: 1551
        }
        return value != null && replaceNode(key, null, value) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, newValue, oldValue) != null;
    }

    @Override
    public V replace(K key, V value) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, value, null);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v;
        return (v = get(key)) == null ? defaultValue : v; // hotspot-line: 1594
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            Node<K, V> p = it.nextNode();
            action.accept(p.key, p.val);
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            Node<K, V> p = it.nextNode();
            V oldValue = p.val;
            for (K key = p.key; ; ) {
                V newValue = function.apply(key, oldValue);
                if (newValue == null) {
                    throw new NullPointerException();
                }
                if (replaceNode(key, newValue, oldValue) != null || (oldValue = get(key)) == null) {
                    break;
                }
            }
        }
    }

    @Override
    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (key == null || mappingFunction == null) {
            throw new NullPointerException(); // hotspot-line: 1693
        }
        int hash = spread(key.hashCode());
        checkReserved(hash);
        Node<K, V> e = findNode(key);
        if (e != null) {
            return e.val;
        }
        return computeAbsent(key, hash, mappingFunction, null);
    }

    @Override
    public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException(); // hotspot-line: 1805
        }
        checkReserved(spread(key.hashCode()));
        Node<K, V> e = findNode(key);
        if (e == null) {
            return null;
        }
        V val = remappingFunction.apply(key, e.val);
        if (val != null) {
            e.val = val;
        } else {
            replaceNode(key, null, null);
        }
        return val;
    }

    @Override
    public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException(); // hotspot-line: 1900
        }
        int hash = spread(key.hashCode());
        checkReserved(hash);
        Node<K, V> e = findNode(key);
        if (e == null) {
            return computeAbsent(key, hash, null, remappingFunction);
        }
        V val = remappingFunction.apply(key, e.val);
        if (val != null) {
            e.val = val;
        } else {
            replaceNode(key, null, null);
        }
        return val;
    }

    @Override
    public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null) {
            throw new NullPointerException(); // hotspot-line: 2028
        }
        checkReserved(spread(key.hashCode()));
        Node<K, V> e = findNode(key);
        if (e == null) {
            addCount(1L, insert(spread(key.hashCode()), key, value));
            return value;
        }
        V val = remappingFunction.apply(e.val, value);
        if (val != null) {
            e.val = val;
        } else {
            replaceNode(key, null, null);
        }
        return val;
    }

    // ---- Hashtable-style and extra methods ----

    public boolean contains(Object value) {
        return containsValue(value);
    }

    public Enumeration<K> keys() {
        Traverser<K, V> it = new Traverser<K, V>(table);
        return new Enumeration<K>() {
            @Override
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            @Override
            public K nextElement() {
                return it.nextNode().key;
            }
        };
    }

    public Enumeration<V> elements() {
        Traverser<K, V> it = new Traverser<K, V>(table);
        return new Enumeration<V>() {
            @Override
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            @Override
            public V nextElement() {
                return it.nextNode().val;
            }
        };
    }

    public synchronized long mappingCount() {
        return (count < 0L) ? 0L : count;
    }

    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(), Boolean.TRUE);
    }

    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(initialCapacity), Boolean.TRUE);
    }

    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null) {
            throw new NullPointerException();
        }
        return new KeySetView<K, V>(this, mappedValue);
    }

    // ---- bulk operations (run sequentially in Cortado) ----

    public void forEach(long parallelismThreshold, BiConsumer<? super K, ? super V> action) {
        forEach(action);
    }

    public <U> void forEach(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
            Consumer<? super U> action) {
        if (transformer == null || action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            Node<K, V> p = it.nextNode();
            U u = transformer.apply(p.key, p.val);
            if (u != null) {
                action.accept(u);
            }
        }
    }

    public <U> U search(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> searchFunction) {
        if (searchFunction == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            Node<K, V> p = it.nextNode();
            U u = searchFunction.apply(p.key, p.val);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public <U> U reduce(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
            BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        U r = null;
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            Node<K, V> p = it.nextNode();
            U u = transformer.apply(p.key, p.val);
            if (u != null) {
                r = (r == null) ? u : reducer.apply(r, u);
            }
        }
        return r;
    }

    public double reduceToDouble(long parallelismThreshold, ToDoubleBiFunction<? super K, ? super V> transformer,
            double basis, DoubleBinaryOperator reducer) {
        double r = basis;
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            Node<K, V> p = it.nextNode();
            r = reducer.applyAsDouble(r, transformer.applyAsDouble(p.key, p.val));
        }
        return r;
    }

    public long reduceToLong(long parallelismThreshold, ToLongBiFunction<? super K, ? super V> transformer,
            long basis, LongBinaryOperator reducer) {
        long r = basis;
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            Node<K, V> p = it.nextNode();
            r = reducer.applyAsLong(r, transformer.applyAsLong(p.key, p.val));
        }
        return r;
    }

    public int reduceToInt(long parallelismThreshold, ToIntBiFunction<? super K, ? super V> transformer,
            int basis, IntBinaryOperator reducer) {
        int r = basis;
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            Node<K, V> p = it.nextNode();
            r = reducer.applyAsInt(r, transformer.applyAsInt(p.key, p.val));
        }
        return r;
    }

    public void forEachKey(long parallelismThreshold, Consumer<? super K> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            action.accept(it.nextNode().key);
        }
    }

    public <U> void forEachKey(long parallelismThreshold, Function<? super K, ? extends U> transformer,
            Consumer<? super U> action) {
        forEach(parallelismThreshold, (k, v) -> transformer.apply(k), action);
    }

    public <U> U searchKeys(long parallelismThreshold, Function<? super K, ? extends U> searchFunction) {
        return search(parallelismThreshold, (k, v) -> searchFunction.apply(k));
    }

    public K reduceKeys(long parallelismThreshold, BiFunction<? super K, ? super K, ? extends K> reducer) {
        return reduce(parallelismThreshold, (k, v) -> k, reducer);
    }

    public <U> U reduceKeys(long parallelismThreshold, Function<? super K, ? extends U> transformer,
            BiFunction<? super U, ? super U, ? extends U> reducer) {
        return reduce(parallelismThreshold, (k, v) -> transformer.apply(k), reducer);
    }

    public long reduceKeysToLong(long parallelismThreshold, ToLongFunction<? super K> transformer, long basis,
            LongBinaryOperator reducer) {
        return reduceToLong(parallelismThreshold, (k, v) -> transformer.applyAsLong(k), basis, reducer);
    }

    public int reduceKeysToInt(long parallelismThreshold, ToIntFunction<? super K> transformer, int basis,
            IntBinaryOperator reducer) {
        return reduceToInt(parallelismThreshold, (k, v) -> transformer.applyAsInt(k), basis, reducer);
    }

    public double reduceKeysToDouble(long parallelismThreshold, ToDoubleFunction<? super K> transformer,
            double basis, DoubleBinaryOperator reducer) {
        return reduceToDouble(parallelismThreshold, (k, v) -> transformer.applyAsDouble(k), basis, reducer);
    }

    public void forEachValue(long parallelismThreshold, Consumer<? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            action.accept(it.nextNode().val);
        }
    }

    public <U> void forEachValue(long parallelismThreshold, Function<? super V, ? extends U> transformer,
            Consumer<? super U> action) {
        forEach(parallelismThreshold, (k, v) -> transformer.apply(v), action);
    }

    public <U> U searchValues(long parallelismThreshold, Function<? super V, ? extends U> searchFunction) {
        return search(parallelismThreshold, (k, v) -> searchFunction.apply(v));
    }

    public V reduceValues(long parallelismThreshold, BiFunction<? super V, ? super V, ? extends V> reducer) {
        return reduce(parallelismThreshold, (k, v) -> v, reducer);
    }

    public <U> U reduceValues(long parallelismThreshold, Function<? super V, ? extends U> transformer,
            BiFunction<? super U, ? super U, ? extends U> reducer) {
        return reduce(parallelismThreshold, (k, v) -> transformer.apply(v), reducer);
    }

    public long reduceValuesToLong(long parallelismThreshold, ToLongFunction<? super V> transformer, long basis,
            LongBinaryOperator reducer) {
        return reduceToLong(parallelismThreshold, (k, v) -> transformer.applyAsLong(v), basis, reducer);
    }

    public int reduceValuesToInt(long parallelismThreshold, ToIntFunction<? super V> transformer, int basis,
            IntBinaryOperator reducer) {
        return reduceToInt(parallelismThreshold, (k, v) -> transformer.applyAsInt(v), basis, reducer);
    }

    public double reduceValuesToDouble(long parallelismThreshold, ToDoubleFunction<? super V> transformer,
            double basis, DoubleBinaryOperator reducer) {
        return reduceToDouble(parallelismThreshold, (k, v) -> transformer.applyAsDouble(v), basis, reducer);
    }

    public void forEachEntry(long parallelismThreshold, Consumer<? super Map.Entry<K, V>> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            action.accept(it.nextNode());
        }
    }

    public <U> void forEachEntry(long parallelismThreshold, Function<Map.Entry<K, V>, ? extends U> transformer,
            Consumer<? super U> action) {
        if (transformer == null || action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            U u = transformer.apply(it.nextNode());
            if (u != null) {
                action.accept(u);
            }
        }
    }

    public <U> U searchEntries(long parallelismThreshold, Function<Map.Entry<K, V>, ? extends U> searchFunction) {
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            U u = searchFunction.apply(it.nextNode());
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public Map.Entry<K, V> reduceEntries(long parallelismThreshold,
            BiFunction<Map.Entry<K, V>, Map.Entry<K, V>, ? extends Map.Entry<K, V>> reducer) {
        Map.Entry<K, V> r = null;
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            Map.Entry<K, V> e = it.nextNode();
            r = (r == null) ? e : reducer.apply(r, e);
        }
        return r;
    }

    public <U> U reduceEntries(long parallelismThreshold, Function<Map.Entry<K, V>, ? extends U> transformer,
            BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        U r = null;
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            U u = transformer.apply(it.nextNode());
            if (u != null) {
                r = (r == null) ? u : reducer.apply(r, u);
            }
        }
        return r;
    }

    public double reduceEntriesToDouble(long parallelismThreshold, ToDoubleFunction<Map.Entry<K, V>> transformer,
            double basis, DoubleBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        double r = basis;
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            r = reducer.applyAsDouble(r, transformer.applyAsDouble(it.nextNode()));
        }
        return r;
    }

    public long reduceEntriesToLong(long parallelismThreshold, ToLongFunction<Map.Entry<K, V>> transformer,
            long basis, LongBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        long r = basis;
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            r = reducer.applyAsLong(r, transformer.applyAsLong(it.nextNode()));
        }
        return r;
    }

    public int reduceEntriesToInt(long parallelismThreshold, ToIntFunction<Map.Entry<K, V>> transformer,
            int basis, IntBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        int r = basis;
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.hasNext(); ) {
            r = reducer.applyAsInt(r, transformer.applyAsInt(it.nextNode()));
        }
        return r;
    }

    // ---- traversal ----

    /** Walks the bins of a table in index order; weakly consistent. */
    static class Traverser<K, V> {
        private final Node<K, V>[] tab;
        private int index;
        private Node<K, V> next;

        Traverser(Node<K, V>[] tab) {
            this.tab = tab;
            advance(null);
        }

        private void advance(Node<K, V> from) {
            Node<K, V> e = (from == null) ? null : from.next;
            while (e == null && tab != null && index < tab.length) {
                e = tab[index++];
            }
            next = e;
        }

        final boolean hasNext() {
            return next != null;
        }

        final Node<K, V> nextNode() {
            Node<K, V> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            advance(e);
            return e;
        }
    }

    abstract static class BaseIterator<K, V, T> implements Iterator<T> {
        final ConcurrentHashMap<K, V> map;
        final Traverser<K, V> it;
        Node<K, V> lastReturned;

        BaseIterator(ConcurrentHashMap<K, V> map) {
            this.map = map;
            this.it = new Traverser<K, V>(map.table);
        }

        @Override
        public final boolean hasNext() {
            return it.hasNext();
        }

        final Node<K, V> nextNode() {
            return lastReturned = it.nextNode();
        }

        @Override
        public final void remove() {
            Node<K, V> p = lastReturned;
            if (p == null) {
                throw new IllegalStateException();
            }
            lastReturned = null;
            map.replaceNode(p.key, null, null);
        }
    }

    /** An entry handed out by entry iterators: setValue writes through to the map. */
    static final class MapEntry<K, V> implements Map.Entry<K, V> {
        final K key;
        V val;
        final ConcurrentHashMap<K, V> map;

        MapEntry(K key, V val, ConcurrentHashMap<K, V> map) {
            this.key = key;
            this.val = val;
            this.map = map;
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return val;
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        @Override
        public String toString() {
            return key + "=" + val;
        }

        @Override
        public boolean equals(Object o) {
            Object k;
            Object v;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry)
                    && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null
                    && (k == key || k.equals(key))
                    && (v == val || v.equals(val)));
        }

        @Override
        public V setValue(V value) {
            if (value == null) {
                throw new NullPointerException();
            }
            V v = val;
            val = value;
            map.put(key, value);
            return v;
        }
    }

    /** A view of the keys of a ConcurrentHashMap, optionally with a value for additions. */
    public static final class KeySetView<K, V> extends AbstractSet<K> implements Set<K>, java.io.Serializable {
        private static final long serialVersionUID = 7249069246763182397L;
        private final ConcurrentHashMap<K, V> map;
        private final V value;

        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            this.map = map;
            this.value = value;
        }

        public ConcurrentHashMap<K, V> getMap() {
            return map;
        }

        public V getMappedValue() {
            return value;
        }

        @Override
        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        @Override
        public Iterator<K> iterator() {
            return new BaseIterator<K, V, K>(map) {
                @Override
                public K next() {
                    return nextNode().key;
                }
            };
        }

        @Override
        public boolean add(K e) {
            V v;
            if ((v = value) == null) {
                throw new UnsupportedOperationException();
            }
            return map.putVal(e, v, true) == null;
        }

        @Override
        public boolean addAll(Collection<? extends K> c) {
            boolean added = false;
            V v;
            if ((v = value) == null) {
                throw new UnsupportedOperationException();
            }
            for (K e : c) {
                if (map.putVal(e, v, true) == null) {
                    added = true;
                }
            }
            return added;
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public void clear() {
            map.clear();
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (K e : this) {
                h += e.hashCode();
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            Set<?> c;
            return ((o instanceof Set) && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this))));
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            boolean modified = false;
            for (Iterator<K> it = iterator(); it.hasNext(); ) {
                if (c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        @Override
        public void forEach(Consumer<? super K> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            for (Traverser<K, V> it = new Traverser<K, V>(map.table); it.hasNext(); ) {
                action.accept(it.nextNode().key);
            }
        }
    }

    static final class ValuesView<K, V> extends AbstractCollection<V> implements java.io.Serializable {
        private static final long serialVersionUID = 2249069246763182397L;
        private final ConcurrentHashMap<K, V> map;

        ValuesView(ConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        @Override
        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        @Override
        public boolean remove(Object o) {
            if (o != null) {
                for (Iterator<V> it = iterator(); it.hasNext(); ) {
                    if (o.equals(it.next())) {
                        it.remove();
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public Iterator<V> iterator() {
            return new BaseIterator<K, V, V>(map) {
                @Override
                public V next() {
                    return nextNode().val;
                }
            };
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public void clear() {
            map.clear();
        }

        @Override
        public boolean add(V e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(Collection<? extends V> c) {
            throw new UnsupportedOperationException();
        }
    }

    static final class EntrySetView<K, V> extends AbstractSet<Map.Entry<K, V>> implements java.io.Serializable {
        private static final long serialVersionUID = 2249069246763182397L;
        private final ConcurrentHashMap<K, V> map;

        EntrySetView(ConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        @Override
        public boolean contains(Object o) {
            Object k;
            Object v;
            Object r;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry)
                    && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (r = map.get(k)) != null
                    && (v = e.getValue()) != null
                    && (v == r || v.equals(r)));
        }

        @Override
        public boolean remove(Object o) {
            Object k;
            Object v;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry)
                    && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null
                    && map.remove(k, v));
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new BaseIterator<K, V, Map.Entry<K, V>>(map) {
                @Override
                public Map.Entry<K, V> next() {
                    Node<K, V> p = nextNode();
                    return new MapEntry<K, V>(p.key, p.val, map);
                }
            };
        }

        @Override
        public boolean add(Map.Entry<K, V> e) {
            return map.putVal(e.getKey(), e.getValue(), false) == null;
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public void clear() {
            map.clear();
        }

        @Override
        public int hashCode() {
            return map.hashCode();
        }
    }
}
