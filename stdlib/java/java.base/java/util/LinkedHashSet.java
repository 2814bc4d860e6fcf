package java.util;

public class LinkedHashSet<E> extends HashSet<E> implements SequencedSet<E>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = -2851667679971038690L;

    public LinkedHashSet(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor, true);
    }

    public LinkedHashSet(int initialCapacity) {
        super(initialCapacity, .75f, true);
    }

    public LinkedHashSet() {
        super(16, .75f, true);
    }

    public LinkedHashSet(Collection<? extends E> c) {
        super(Math.max(2 * c.size(), 11), .75f, true);
        addAll(c);
    }

    /** A LinkedHashSet sized for numElements elements without resizing (Java 19). */
    public static <T> LinkedHashSet<T> newLinkedHashSet(int numElements) {
        if (numElements < 0) {
            throw new IllegalArgumentException("Negative number of elements: " + numElements);
        }
        return new LinkedHashSet<>(HashMap.calculateHashMapCapacity(numElements));
    }

    // ---- SequencedSet (Java 21): the ends are the backing LinkedHashMap's.

    @SuppressWarnings("unchecked")
    LinkedHashMap<E, Object> map() {
        return (LinkedHashMap<E, Object>) map;
    }

    /** Adds e if absent and moves it to the front either way. */
    public void addFirst(E e) {
        map().putFirst(e, PRESENT);
    }

    /** Adds e if absent and moves it to the end either way. */
    public void addLast(E e) {
        map().putLast(e, PRESENT);
    }

    public E getFirst() {
        return map().sequencedKeySet().getFirst();
    }

    public E getLast() {
        return map().sequencedKeySet().getLast();
    }

    public E removeFirst() {
        return map().sequencedKeySet().removeFirst();
    }

    public E removeLast() {
        return map().sequencedKeySet().removeLast();
    }

    public SequencedSet<E> reversed() {
        class ReverseLinkedHashSetView extends AbstractSet<E> implements SequencedSet<E> {
            public int size() { return LinkedHashSet.this.size(); }
            public Iterator<E> iterator() { return map().sequencedKeySet().reversed().iterator(); }
            public boolean add(E e) { return LinkedHashSet.this.add(e); }
            public void addFirst(E e) { LinkedHashSet.this.addLast(e); }
            public void addLast(E e) { LinkedHashSet.this.addFirst(e); }
            public E getFirst() { return LinkedHashSet.this.getLast(); }
            public E getLast() { return LinkedHashSet.this.getFirst(); }
            public E removeFirst() { return LinkedHashSet.this.removeLast(); }
            public E removeLast() { return LinkedHashSet.this.removeFirst(); }
            public SequencedSet<E> reversed() { return LinkedHashSet.this; }
            public Object[] toArray() { return map().keysToArray(new Object[map.size()], true); }
            public <T> T[] toArray(T[] a) { return map().keysToArray(a, true); }
        }
        return new ReverseLinkedHashSetView();
    }
}
