package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The unmodifiable, null-hostile collections behind List.of, Set.of and Map.of.
 * Unlike OpenJDK (whose Set.of/Map.of iteration order depends on a per-VM random salt),
 * Set.of and Map.of here iterate in a fixed order: the order the elements were given.
 */
final class ImmutableCollections {
    private ImmutableCollections() {
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException(); // hotspot-line: 142
    }

    static final Object[] EMPTY_ARRAY = new Object[0];
    static final ListN<?> EMPTY_LIST = new ListN<>(EMPTY_ARRAY);
    static final ListN<?> EMPTY_LIST_NULLS = new ListN<>(EMPTY_ARRAY, true);

    static {
        jdk.internal.util.CollectionAccess.set(new jdk.internal.util.CollectionAccess() {
            public <E> List<E> listFromTrustedArrayNullsAllowed(Object[] array) {
                return ImmutableCollections.listFromTrustedArrayNullsAllowed(array);
            }
        });
    }
    static final SetN<?> EMPTY_SET = new SetN<>(EMPTY_ARRAY);
    static final MapN<?, ?> EMPTY_MAP = new MapN<>(EMPTY_ARRAY);

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) EMPTY_LIST;
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> emptySet() {
        return (Set<E>) EMPTY_SET;
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) EMPTY_MAP;
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listFromArray(E... input) {
        Object[] tmp = new Object[input.length];
        for (int i = 0; i < input.length; i++) {
            tmp[i] = Objects.requireNonNull(input[i]);
        }
        return new ListN<>((E[]) tmp);
    }

    /** Stream.toList's list: unmodifiable like List.of, but it may hold (and be asked about) nulls. */
    @SuppressWarnings("unchecked")
    static <E> List<E> listFromTrustedArrayNullsAllowed(Object[] input) {
        return input.length == 0 ? (List<E>) EMPTY_LIST_NULLS : new ListN<>((E[]) input, true);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof AbstractImmutableList<?> l && l.getClass() != SubList.class && !l.allowNulls()) {
            return (List<E>) coll;
        }
        return (List<E>) List.of(coll.toArray());
    }

    /** Smallest power of two holding n entries at load factor 1/2. */
    static int tableSize(int n) {
        int cap = 2;
        while (cap < 2 * n) {
            cap <<= 1;
        }
        return cap;
    }

    static abstract class AbstractImmutableCollection<E> extends AbstractCollection<E> {
        public boolean add(E e) {
            throw uoe(); // hotspot-line: 147
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    static abstract class AbstractImmutableList<E> extends AbstractImmutableCollection<E>
            implements List<E>, RandomAccess, java.io.Serializable {
        /** Serialized as a CollSer proxy, as in the JDK. */
        Object writeReplace() {
            return new CollSer(CollSer.IMM_LIST, toArray());
        }

        public void add(int index, E element) {
            throw uoe();
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        public E remove(int index) {
            throw uoe();
        }

        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        public E set(int index, E element) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        // Immutable even when empty: UnsupportedOperationException, not NoSuchElementException.
        public E removeFirst() {
            throw uoe();
        }

        public E removeLast() {
            throw uoe();
        }

        /** A reverse-ordered view that refuses mutators itself (Java 21). */
        public List<E> reversed() {
            return ReverseOrderListView.of(this, false);
        }

        public List<E> subList(int fromIndex, int toIndex) {
            int size = size();
            subListRangeCheck(fromIndex, toIndex, size); // hotspot-line: 266
            return new SubList<>(this, fromIndex, toIndex - fromIndex);
        }

        static void subListRangeCheck(int fromIndex, int toIndex, int size) {
            if (fromIndex < 0)
                throw new IndexOutOfBoundsException("fromIndex = " + fromIndex); // hotspot-line: 272
            if (toIndex > size)
                throw new IndexOutOfBoundsException("toIndex = " + toIndex); // hotspot-line: 274
            if (fromIndex > toIndex)
                throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")"); // hotspot-line: 276
        }

        public Iterator<E> iterator() {
            return new ListItr<>(this, size());
        }

        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        public ListIterator<E> listIterator(final int index) {
            int size = size();
            if (index < 0 || index > size) {
                throw outOfBounds(index);
            }
            return new ListItr<>(this, size, index);
        }

        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof List)) {
                return false;
            }
            Iterator<?> oit = ((List<?>) o).iterator();
            for (int i = 0, s = size(); i < s; i++) {
                if (!oit.hasNext() || !Objects.equals(get(i), oit.next())) {
                    return false;
                }
            }
            return !oit.hasNext();
        }

        public int hashCode() {
            int hash = 1;
            for (int i = 0, s = size(); i < s; i++) {
                hash = 31 * hash + Objects.hashCode(get(i));
            }
            return hash;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        /** Whether this list may hold nulls (Stream.toList's), so that lookups of null are allowed. */
        boolean allowNulls() {
            return false;
        }

        public int indexOf(Object o) {
            if (!allowNulls() && o == null) {
                throw new NullPointerException();
            }
            for (int i = 0, s = size(); i < s; i++) {
                if (Objects.equals(o, get(i))) {
                    return i;
                }
            }
            return -1;
        }

        public int lastIndexOf(Object o) {
            if (!allowNulls() && o == null) {
                throw new NullPointerException();
            }
            for (int i = size() - 1; i >= 0; i--) {
                if (Objects.equals(o, get(i))) {
                    return i;
                }
            }
            return -1;
        }

        IndexOutOfBoundsException outOfBounds(int index) {
            return new IndexOutOfBoundsException("Index: " + index + " Size: " + size()); // hotspot-line: 333
        }
    }

    static final class ListItr<E> implements ListIterator<E> {
        private final List<E> list;
        private final int size;
        private final boolean isListIterator;
        private int cursor;

        ListItr(List<E> list, int size) {
            this.list = list;
            this.size = size;
            this.cursor = 0;
            isListIterator = false;
        }

        ListItr(List<E> list, int size, int index) {
            this.list = list;
            this.size = size;
            this.cursor = index;
            isListIterator = true;
        }

        public boolean hasNext() {
            return cursor != size;
        }

        public E next() {
            try {
                int i = cursor;
                E next = list.get(i);
                cursor = i + 1;
                return next;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public void remove() {
            throw uoe(); // hotspot-line: 380
        }

        public boolean hasPrevious() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor != 0;
        }

        public E previous() {
            if (!isListIterator) {
                throw uoe();
            }
            try {
                int i = cursor - 1;
                E previous = list.get(i);
                cursor = i;
                return previous;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public int nextIndex() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor;
        }

        public int previousIndex() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor - 1;
        }

        public void set(E e) {
            throw uoe();
        }

        public void add(E e) {
            throw uoe();
        }
    }

    static final class SubList<E> extends AbstractImmutableList<E> {
        private final AbstractImmutableList<E> root;
        private final int offset;
        private final int size;

        SubList(AbstractImmutableList<E> root, int offset, int size) {
            this.root = root;
            this.offset = offset;
            this.size = size;
        }

        public E get(int index) {
            Objects.checkIndex(index, size);
            return root.get(offset + index);
        }

        public int size() {
            return size;
        }

        boolean allowNulls() {
            return root.allowNulls();
        }

        public List<E> subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<>(root, offset + fromIndex, toIndex - fromIndex);
        }
    }

    static final class List12<E> extends AbstractImmutableList<E> {
        private final E e0;
        private final Object e1; // EMPTY_ARRAY marks a one-element list

        List12(E e0) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = EMPTY_ARRAY;
        }

        List12(E e0, E e1) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = Objects.requireNonNull(e1);
        }

        public int size() {
            return e1 != EMPTY_ARRAY ? 2 : 1;
        }

        public boolean isEmpty() {
            return false;
        }

        @SuppressWarnings("unchecked")
        public E get(int index) {
            if (index == 0) {
                return e0;
            } else if (index == 1 && e1 != EMPTY_ARRAY) {
                return (E) e1;
            }
            throw outOfBounds(index); // hotspot-line: 585
        }

        public Object[] toArray() {
            return e1 == EMPTY_ARRAY ? new Object[] {e0} : new Object[] {e0, e1};
        }
    }

    static final class ListN<E> extends AbstractImmutableList<E> {
        private final E[] elements;
        private final boolean allowNulls;

        ListN(E[] elements) {
            this(elements, false);
        }

        ListN(E[] elements, boolean allowNulls) {
            this.elements = elements;
            this.allowNulls = allowNulls;
        }

        boolean allowNulls() {
            return allowNulls;
        }

        Object writeReplace() {
            return new CollSer(allowNulls ? CollSer.IMM_LIST_NULLS : CollSer.IMM_LIST, toArray());
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        public int size() {
            return elements.length;
        }

        public E get(int index) {
            return elements[index]; // hotspot-line: 680
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }
    }

    static abstract class AbstractImmutableSet<E> extends AbstractImmutableCollection<E>
            implements Set<E>, java.io.Serializable {
        Object writeReplace() {
            return new CollSer(CollSer.IMM_SET, toArray());
        }

        public boolean equals(Object o) {
            if (o == this) {
                return true;
            } else if (!(o instanceof Set)) {
                return false;
            }
            Collection<?> c = (Collection<?>) o;
            if (c.size() != size()) {
                return false;
            }
            for (Object e : c) {
                if (e == null || !contains(e)) {
                    return false;
                }
            }
            return true;
        }

        public abstract int hashCode();
    }

    /** Elements kept in given order, plus an open-addressing index table for lookups. */
    static final class SetN<E> extends AbstractImmutableSet<E> {
        final Object[] elements;
        final int[] table; // 1-based indexes into elements, 0 = free slot

        @SafeVarargs
        SetN(E... input) {
            elements = new Object[input.length];
            table = new int[tableSize(input.length)];
            // The JDK's null checks (and so its helpful NullPointerException messages): Set12's
            // for one or two elements, SetN's probe for more.
            if (input.length == 1) {
                Objects.requireNonNull(input[0]);
            } else if (input.length == 2) {
                E e0 = input[0];
                E e1 = input[1];
                if (e0.equals(Objects.requireNonNull(e1))) {
                    throw new IllegalArgumentException("duplicate element: " + e0);
                }
            }
            for (int i = 0; i < input.length; i++) {
                E e = input[i];
                int idx = probe(e);
                if (idx >= 0) {
                    throw new IllegalArgumentException("duplicate element: " + e);
                }
                elements[i] = e;
                table[-(idx + 1)] = i + 1;
            }
        }

        /** Table slot holding pe, or -(free slot + 1). */
        private int probe(Object pe) {
            int mask = table.length - 1;
            int h = pe.hashCode();
            int idx = (h ^ (h >>> 16)) & mask;
            while (true) {
                int t = table[idx];
                if (t == 0) {
                    return -idx - 1;
                } else if (pe.equals(elements[t - 1])) {
                    return idx;
                }
                idx = (idx + 1) & mask;
            }
        }

        public int size() {
            return elements.length;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        public boolean contains(Object o) {
            if (elements.length == 1 || elements.length == 2) {
                // the JDK's Set12: an implicit null check of o
                return o.equals(elements[0]) || elements.length == 2 && o.equals(elements[1]);
            }
            Objects.requireNonNull(o);
            return elements.length > 0 && probe(o) >= 0;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int i = 0;

                public boolean hasNext() {
                    return i < elements.length;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (i >= elements.length) {
                        throw new NoSuchElementException();
                    }
                    return (E) elements[i++];
                }
            };
        }

        public int hashCode() {
            int h = 0;
            for (Object e : elements) {
                h += e.hashCode();
            }
            return h;
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length);
        }
    }

    static abstract class AbstractImmutableMap<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
        Object writeReplace() {
            Object[] array = new Object[2 * size()];
            int i = 0;
            for (Map.Entry<K, V> e : entrySet()) {
                array[i++] = e.getKey();
                array[i++] = e.getValue();
            }
            return new CollSer(CollSer.IMM_MAP, array);
        }

        public void clear() {
            throw uoe();
        }

        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) {
            throw uoe();
        }

        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V put(K key, V value) {
            throw uoe(); // hotspot-line: 1072
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        public V replace(K key, V value) {
            throw uoe();
        }

        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V getOrDefault(Object key, V defaultValue) {
            V v;
            return ((v = get(key)) != null) ? v : defaultValue;
        }
    }

    /** Keys and values kept in given order, plus an open-addressing index table. */
    static final class MapN<K, V> extends AbstractImmutableMap<K, V> {
        final Object[] keys;
        final Object[] values;
        final int[] table; // 1-based indexes into keys, 0 = free slot

        MapN(Object... input) {
            if ((input.length & 1) != 0) {
                throw new InternalError("length is odd");
            }
            int n = input.length >> 1;
            keys = new Object[n];
            values = new Object[n];
            table = new int[tableSize(n)];
            for (int i = 0; i < n; i++) {
                Object k = Objects.requireNonNull(input[2 * i]);
                Object v = Objects.requireNonNull(input[2 * i + 1]);
                int idx = probe(k);
                if (idx >= 0) {
                    throw new IllegalArgumentException("duplicate key: " + k); // hotspot-line: 1189
                }
                keys[i] = k;
                values[i] = v;
                table[-(idx + 1)] = i + 1;
            }
        }

        private int probe(Object pk) {
            int mask = table.length - 1;
            int h = pk.hashCode();
            int idx = (h ^ (h >>> 16)) & mask;
            while (true) {
                int t = table[idx];
                if (t == 0) {
                    return -idx - 1;
                } else if (pk.equals(keys[t - 1])) {
                    return idx;
                }
                idx = (idx + 1) & mask;
            }
        }

        // One entry behaves as the JDK's Map1 (implicit null checks of o), more as its MapN.

        public boolean containsKey(Object o) {
            if (keys.length == 1) {
                return o.equals(keys[0]);
            }
            Objects.requireNonNull(o);
            return keys.length > 0 && probe(o) >= 0;
        }

        public boolean containsValue(Object o) {
            if (keys.length == 1) {
                return o.equals(values[0]);
            }
            Objects.requireNonNull(o);
            for (Object v : values) {
                if (o.equals(v)) {
                    return true;
                }
            }
            return false;
        }

        @SuppressWarnings("unchecked")
        public V get(Object o) {
            if (keys.length == 0) {
                Objects.requireNonNull(o);
                return null;
            } else if (keys.length == 1) {
                return o.equals(keys[0]) ? (V) values[0] : null;
            }
            int i = probe(o);
            return i >= 0 ? (V) values[table[i] - 1] : null;
        }

        public int size() {
            return keys.length;
        }

        public boolean isEmpty() {
            return keys.length == 0;
        }

        public int hashCode() {
            int hash = 0;
            for (int i = 0; i < keys.length; i++) {
                hash += keys[i].hashCode() ^ values[i].hashCode();
            }
            return hash;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractImmutableSet<Map.Entry<K, V>>() {
                public int size() {
                    return keys.length;
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        private int i = 0;

                        public boolean hasNext() {
                            return i < keys.length;
                        }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (i >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<K, V> e = new KeyValueHolder<>((K) keys[i], (V) values[i]);
                            i++;
                            return e;
                        }
                    };
                }

                public boolean contains(Object o) {
                    if (keys.length == 1) {
                        // the JDK's Map1.entrySet() is Set.of(entry): an implicit null check of o
                        return o.equals(new KeyValueHolder<>(keys[0], values[0]));
                    }
                    if (!(o instanceof Map.Entry<?, ?> e)) {
                        return false;
                    }
                    Object k = e.getKey();
                    Object v = e.getValue();
                    return k != null && v != null && v.equals(MapN.this.get(k));
                }

                public int hashCode() {
                    return MapN.this.hashCode();
                }
            };
        }
    }

    /** The serial form of the immutable collections: a tag and the elements (keys and values alternating for maps). */
    static final class CollSer implements java.io.Serializable {
        private static final long serialVersionUID = 6309168927139932177L;
        static final int IMM_LIST = 1;
        static final int IMM_SET = 2;
        static final int IMM_MAP = 3;
        static final int IMM_LIST_NULLS = 4;

        private final int tag;
        private final Object[] array;

        CollSer(int tag, Object[] array) {
            this.tag = tag;
            this.array = array;
        }

        @SuppressWarnings("unchecked")
        private Object readResolve() throws java.io.ObjectStreamException {
            try {
                if (array == null) {
                    throw new java.io.InvalidObjectException("null array");
                }
                switch (tag) {
                    case IMM_LIST:
                        return List.of(array);
                    case IMM_LIST_NULLS:
                        return listFromTrustedArrayNullsAllowed(Arrays.copyOf(array, array.length, Object[].class));
                    case IMM_SET:
                        return Set.of(array);
                    case IMM_MAP:
                        Map.Entry<Object, Object>[] entries = new Map.Entry[array.length / 2];
                        for (int i = 0; i < entries.length; i++) {
                            entries[i] = Map.entry(array[2 * i], array[2 * i + 1]);
                        }
                        return Map.ofEntries(entries);
                    default:
                        throw new java.io.InvalidObjectException(String.format("invalid flags 0x%x", tag));
                }
            } catch (NullPointerException | IllegalArgumentException ex) {
                java.io.InvalidObjectException ioe = new java.io.InvalidObjectException("invalid object");
                ioe.initCause(ex);
                throw ioe;
            }
        }
    }
}
