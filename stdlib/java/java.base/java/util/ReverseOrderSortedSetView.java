package java.util;

/**
 * The live reverse-ordered view that SortedSet.reversed() returns for sorted sets that are not
 * navigable (navigable ones return descendingSet()). A plain SortedSet can only be walked
 * backwards through repeated headSet(last) calls, as the JDK's view does. Range views are
 * filtered views of this one, bounded by the reversed comparator.
 */
class ReverseOrderSortedSetView<E> extends AbstractSet<E> implements SortedSet<E> {
    final SortedSet<E> base;
    final Comparator<? super E> cmp;

    private ReverseOrderSortedSetView(SortedSet<E> set) {
        base = set;
        cmp = Collections.reverseOrder(set.comparator());
    }

    public static <T> SortedSet<T> of(SortedSet<T> set) {
        if (set instanceof ReverseOrderSortedSetView<T> rossv) {
            return rossv.base;
        } else {
            return new ReverseOrderSortedSetView<>(set);
        }
    }

    /** Iterates root from its last element down, re-deriving the head set after each step. */
    static <T> Iterator<T> descendingIterator(SortedSet<T> root) {
        return new Iterator<>() {
            SortedSet<T> view = root;
            T prev = null;
            boolean canRemove = false;

            public boolean hasNext() {
                return !view.isEmpty();
            }

            public T next() {
                if (view.isEmpty()) {
                    throw new NoSuchElementException();
                }
                T t = prev = view.last();
                canRemove = true;
                view = root.headSet(t);
                return t;
            }

            public void remove() {
                if (!canRemove) {
                    throw new IllegalStateException();
                }
                root.remove(prev);
                canRemove = false;
            }
        };
    }

    public boolean equals(Object o) {
        return base.equals(o);
    }

    public int hashCode() {
        return base.hashCode();
    }

    public Iterator<E> iterator() {
        return descendingIterator(base);
    }

    public int size() {
        return base.size();
    }

    public boolean isEmpty() {
        return base.isEmpty();
    }

    public boolean contains(Object o) {
        return base.contains(o);
    }

    public boolean add(E e) {
        return base.add(e);
    }

    public boolean remove(Object o) {
        return base.remove(o);
    }

    public void clear() {
        base.clear();
    }

    public SortedSet<E> reversed() {
        return base;
    }

    public Comparator<? super E> comparator() {
        return cmp;
    }

    public E first() {
        return base.last();
    }

    public E last() {
        return base.first();
    }

    public SortedSet<E> headSet(E to) {
        return new Subset(null, false, to, true);
    }

    public SortedSet<E> tailSet(E from) {
        return new Subset(from, true, null, false);
    }

    public SortedSet<E> subSet(E from, E to) {
        if (cmp.compare(from, to) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        return new Subset(from, true, to, true);
    }

    /** The elements of this view in [lo, hi) of the reversed order, live. */
    final class Subset extends AbstractSet<E> implements SortedSet<E> {
        final E lo;
        final boolean hasLo;
        final E hi;
        final boolean hasHi;

        Subset(E lo, boolean hasLo, E hi, boolean hasHi) {
            this.lo = lo;
            this.hasLo = hasLo;
            this.hi = hi;
            this.hasHi = hasHi;
        }

        boolean inRange(E e) {
            return (!hasLo || cmp.compare(e, lo) >= 0) && (!hasHi || cmp.compare(e, hi) < 0);
        }

        void checkRange(E e) {
            if (!inRange(e)) {
                throw new IllegalArgumentException("key out of range");
            }
        }

        public Iterator<E> iterator() {
            Iterator<E> all = ReverseOrderSortedSetView.this.iterator();
            return new Iterator<>() {
                E next;
                boolean ready;

                public boolean hasNext() {
                    while (!ready && all.hasNext()) {
                        E e = all.next();
                        if (inRange(e)) {
                            next = e;
                            ready = true;
                        }
                    }
                    return ready;
                }

                public E next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    ready = false;
                    return next;
                }

                public void remove() {
                    all.remove();
                }
            };
        }

        public int size() {
            int n = 0;
            for (Iterator<E> it = iterator(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        }

        @SuppressWarnings("unchecked")
        public boolean contains(Object o) {
            return base.contains(o) && inRange((E) o);
        }

        public boolean add(E e) {
            checkRange(e);
            return base.add(e);
        }

        @SuppressWarnings("unchecked")
        public boolean remove(Object o) {
            return contains(o) && base.remove(o);
        }

        public Comparator<? super E> comparator() {
            return cmp;
        }

        public E first() {
            Iterator<E> it = iterator();
            if (!it.hasNext()) {
                throw new NoSuchElementException();
            }
            return it.next();
        }

        public E last() {
            E last = null;
            boolean any = false;
            for (E e : this) {
                last = e;
                any = true;
            }
            if (!any) {
                throw new NoSuchElementException();
            }
            return last;
        }

        public SortedSet<E> headSet(E to) {
            checkRange(to);
            return new Subset(lo, hasLo, to, true);
        }

        public SortedSet<E> tailSet(E from) {
            checkRange(from);
            return new Subset(from, true, hi, hasHi);
        }

        public SortedSet<E> subSet(E from, E to) {
            checkRange(from);
            checkRange(to);
            return new Subset(from, true, to, true);
        }
    }
}
