package java.util;

/**
 * A set of constants of one enum type, stored as a bit vector indexed by ordinal (one long per 64
 * constants). Iteration is in ordinal order. The factories return a {@code RegularEnumSet} for
 * enums of at most 64 constants and a {@code JumboEnumSet} otherwise, as the JDK does; both share
 * this implementation.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E> implements Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 1009687484059888093L;

    final transient Class<E> elementType;
    final transient Enum<?>[] universe;
    long[] elements;
    int size;

    EnumSet(Class<E> elementType, Enum<?>[] universe) {
        this.elementType = elementType;
        this.universe = universe;
        this.elements = new long[(universe.length + 63) >>> 6];
    }

    private static <E extends Enum<E>> Enum<?>[] getUniverse(Class<E> elementType) {
        E[] u = elementType.getEnumConstants();
        return u;
    }

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
        Enum<?>[] universe = getUniverse(elementType);
        if (universe == null) {
            throw new ClassCastException(elementType + " not an enum");
        }
        if (universe.length <= 64) {
            return new RegularEnumSet<>(elementType, universe);
        }
        return new JumboEnumSet<>(elementType, universe);
    }

    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> result = noneOf(elementType);
        result.addAll();
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {
        return s.clone();
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet) {
            return ((EnumSet<E>) c).clone();
        }
        if (c.isEmpty()) {
            throw new IllegalArgumentException("Collection is empty");
        }
        Iterator<E> i = c.iterator();
        E first = i.next();
        EnumSet<E> result = EnumSet.of(first);
        while (i.hasNext()) {
            result.add(i.next());
        }
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> result = copyOf(s);
        result.complement();
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        EnumSet<E> result = noneOf(e.getDeclaringClass());
        result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        result.add(e5);
        return result;
    }

    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> result = noneOf(first.getDeclaringClass());
        result.add(first);
        for (E e : rest) {
            result.add(e);
        }
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        EnumSet<E> result = noneOf(from.getDeclaringClass());
        for (int i = from.ordinal(); i <= to.ordinal(); i++) {
            result.setBit(i);
        }
        return result;
    }

    @Override
    public EnumSet<E> clone() {
        try {
            EnumSet<E> result = (EnumSet<E>) super.clone();
            result.elements = elements.clone();
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    // ---- implementation ----

    private void setBit(int ordinal) {
        long bit = 1L << ordinal;
        int w = ordinal >>> 6;
        if ((elements[w] & bit) == 0) {
            elements[w] |= bit;
            size++;
        }
    }

    void addAll() {
        int n = universe.length;
        for (int w = 0; w < elements.length; w++) {
            int bits = Math.min(64, n - 64 * w);
            elements[w] = bits == 64 ? -1L : (1L << bits) - 1;
        }
        size = n;
    }

    void complement() {
        int n = universe.length;
        for (int w = 0; w < elements.length; w++) {
            int bits = Math.min(64, n - 64 * w);
            long mask = bits == 64 ? -1L : (1L << bits) - 1;
            elements[w] = ~elements[w] & mask;
        }
        size = n - size;
    }

    private void recount() {
        int s = 0;
        for (long w : elements) {
            s += Long.bitCount(w);
        }
        size = s;
    }

    final void typeCheck(E e) {
        Class<?> eClass = e.getClass();
        if (eClass != elementType && eClass.getSuperclass() != elementType) {
            throw new ClassCastException(eClass + " != " + elementType);
        }
    }

    /** The ordinal of o if it is a constant of this set's enum, else -1. */
    private int ordinalOf(Object o) {
        if (o == null) {
            return -1;
        }
        Class<?> c = o.getClass();
        if (c != elementType && c.getSuperclass() != elementType) {
            return -1;
        }
        return ((Enum<?>) o).ordinal();
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            int next = nextFrom(0);
            int last = -1;

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public E next() {
                if (next < 0) {
                    throw new NoSuchElementException();
                }
                last = next;
                next = nextFrom(next + 1);
                return (E) universe[last];
            }

            @Override
            public void remove() {
                if (last < 0) {
                    throw new IllegalStateException();
                }
                long bit = 1L << last;
                int w = last >>> 6;
                if ((elements[w] & bit) != 0) {
                    elements[w] &= ~bit;
                    size--;
                }
                last = -1;
            }
        };
    }

    private int nextFrom(int from) {
        int w = from >>> 6;
        if (w >= elements.length) {
            return -1;
        }
        long word = elements[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return w * 64 + Long.numberOfTrailingZeros(word);
            }
            if (++w >= elements.length) {
                return -1;
            }
            word = elements[w];
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean contains(Object o) {
        int ord = ordinalOf(o);
        return ord >= 0 && (elements[ord >>> 6] & (1L << ord)) != 0;
    }

    @Override
    public boolean add(E e) {
        typeCheck(e);
        int before = size;
        setBit(e.ordinal());
        return size != before;
    }

    @Override
    public boolean remove(Object o) {
        int ord = ordinalOf(o);
        if (ord < 0) {
            return false;
        }
        long bit = 1L << ord;
        int w = ord >>> 6;
        if ((elements[w] & bit) == 0) {
            return false;
        }
        elements[w] &= ~bit;
        size--;
        return true;
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        if (!(c instanceof EnumSet)) {
            return super.containsAll(c);
        }
        EnumSet<?> es = (EnumSet<?>) c;
        if (es.elementType != elementType) {
            return es.isEmpty();
        }
        for (int i = 0; i < elements.length; i++) {
            if ((es.elements[i] & ~elements[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        if (!(c instanceof EnumSet)) {
            return super.addAll(c);
        }
        EnumSet<?> es = (EnumSet<?>) c;
        if (es.elementType != elementType) {
            if (es.isEmpty()) {
                return false;
            }
            throw new ClassCastException(es.elementType + " != " + elementType);
        }
        int before = size;
        for (int i = 0; i < elements.length; i++) {
            elements[i] |= es.elements[i];
        }
        recount();
        return size != before;
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        if (!(c instanceof EnumSet)) {
            return super.removeAll(c);
        }
        EnumSet<?> es = (EnumSet<?>) c;
        if (es.elementType != elementType) {
            return false;
        }
        int before = size;
        for (int i = 0; i < elements.length; i++) {
            elements[i] &= ~es.elements[i];
        }
        recount();
        return size != before;
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        if (!(c instanceof EnumSet)) {
            return super.retainAll(c);
        }
        EnumSet<?> es = (EnumSet<?>) c;
        if (es.elementType != elementType) {
            boolean changed = size != 0;
            clear();
            return changed;
        }
        int before = size;
        for (int i = 0; i < elements.length; i++) {
            elements[i] &= es.elements[i];
        }
        recount();
        return size != before;
    }

    @Override
    public void clear() {
        Arrays.fill(elements, 0L);
        size = 0;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EnumSet)) {
            return super.equals(o);
        }
        EnumSet<?> es = (EnumSet<?>) o;
        if (es.elementType != elementType) {
            return size == 0 && es.size == 0;
        }
        return Arrays.equals(es.elements, elements);
    }
}

/** An EnumSet for enums of at most 64 constants. */
final class RegularEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private static final long serialVersionUID = 3411599620347842686L;

    RegularEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
    }
}

/** An EnumSet for enums of more than 64 constants. */
final class JumboEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private static final long serialVersionUID = 334349849919042784L;

    JumboEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
    }
}
