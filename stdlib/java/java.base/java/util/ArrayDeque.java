package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 2340985798034038923L;

    // Circular buffer; always keeps at least one free slot.
    transient Object[] elements;
    transient int head;
    transient int tail;

    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[(numElements < 1) ? 1 : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        c.forEach(this::addLast);
    }

    /**
     * As the JDK's: the array grows in place, by its length + 2 while under 64 slots, by half
     * after that (or by what {@code needed} asks if more); when the elements wrap around, those
     * from head to the old end move to the new end, so head keeps its distance from the end and
     * an iterator that runs on sees nulls where the elements were (a
     * ConcurrentModificationException).
     */
    private void grow(int needed) {
        final int oldCapacity = elements.length;
        int jump = (oldCapacity < 64) ? (oldCapacity + 2) : (oldCapacity >> 1);
        long wanted = (long) oldCapacity + Math.max(jump, needed);
        if (wanted > Integer.MAX_VALUE - 8) {
            if ((long) oldCapacity + needed > Integer.MAX_VALUE)
                throw new IllegalStateException("Sorry, deque too big");
            wanted = Math.max(Integer.MAX_VALUE - 8, (long) oldCapacity + needed);
        }
        final int newCapacity = (int) wanted;
        final Object[] es = elements = Arrays.copyOf(elements, newCapacity);
        // tail == head here means full (grown right after an add), not empty
        if (tail < head || (tail == head && es[head] != null)) {
            int newSpace = newCapacity - oldCapacity;
            System.arraycopy(es, head, es, head + newSpace, oldCapacity - head);
            for (int i = head, to = (head += newSpace); i < to; i++)
                es[i] = null;
        }
    }

    private int inc(int i) {
        return ++i >= elements.length ? 0 : i;
    }

    private int dec(int i) {
        return --i < 0 ? elements.length - 1 : i;
    }

    public void addFirst(E e) {
        if (e == null)
            throw new NullPointerException();
        elements[head = dec(head)] = e;
        if (head == tail)
            grow(1);
    }

    public void addLast(E e) {
        if (e == null)
            throw new NullPointerException();
        elements[tail] = e;
        if (head == (tail = inc(tail)))
            grow(1);
    }

    public boolean addAll(Collection<? extends E> c) {
        final int s = size();
        final int needed = s + c.size() + 1 - elements.length;
        if (needed > 0)
            grow(needed);
        c.forEach(this::addLast);
        return size() > s;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null)
            throw new NoSuchElementException(); // hotspot-line: 362
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollFirst() {
        final Object[] es = elements;
        final int h = head;
        E e = (E) es[h];
        if (e != null) {
            es[h] = null;
            head = inc(h);
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollLast() {
        final Object[] es = elements;
        final int t = dec(tail);
        E e = (E) es[t];
        if (e != null) {
            es[tail = t] = null;
        }
        return e;
    }

    public E getFirst() {
        E e = peekFirst();
        if (e == null)
            throw new NoSuchElementException(); // hotspot-line: 402
        return e;
    }

    public E getLast() {
        E e = peekLast();
        if (e == null)
            throw new NoSuchElementException(); // hotspot-line: 413
        return e;
    }

    @SuppressWarnings("unchecked")
    public E peekFirst() {
        return (E) elements[head];
    }

    @SuppressWarnings("unchecked")
    public E peekLast() {
        return (E) elements[dec(tail)];
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            for (int i = head; i != tail; i = inc(i)) {
                if (o.equals(elements[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            for (int i = tail; i != head;) {
                i = dec(i);
                if (o.equals(elements[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst(); // hotspot-line: 551
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst(); // hotspot-line: 593
    }

    /** Removes the element at physical index i; returns true if elements after i moved back. */
    boolean delete(int i) {
        final Object[] es = elements;
        final int cap = es.length;
        final int front = (i - head + cap) % cap;
        final int back = (tail - i + cap) % cap - 1;
        if (front < back) {
            // shift the front part one step towards the tail
            for (int k = i; k != head;) {
                int p = dec(k);
                es[k] = es[p];
                k = p;
            }
            es[head] = null;
            head = inc(head);
            return false;
        } else {
            tail = dec(tail);
            for (int k = i; k != tail;) {
                int n = inc(k);
                es[k] = es[n];
                k = n;
            }
            es[tail] = null;
            return true;
        }
    }

    public int size() {
        int n = tail - head;
        return n < 0 ? n + elements.length : n;
    }

    public boolean isEmpty() {
        return head == tail;
    }

    public Iterator<E> iterator() {
        return new DeqIterator();
    }

    public Spliterator<E> spliterator() {
        return new DeqSpliterator();
    }

    /** Over the circular buffer from head to tail; splits off the first half of what is left. */
    final class DeqSpliterator implements Spliterator<E> {
        private int cursor;
        private int end; // -1 until first used

        DeqSpliterator() {
            this.end = -1;
        }

        DeqSpliterator(int origin, int fence) {
            this.cursor = origin;
            this.end = fence;
        }

        private int getFence() {
            int t;
            if ((t = end) < 0) {
                t = end = tail;
                cursor = head;
            }
            return t;
        }

        private int distance(int from, int to) {
            int d = to - from;
            return d < 0 ? d + elements.length : d;
        }

        public DeqSpliterator trySplit() {
            int hi = getFence();
            int i = cursor;
            int n = distance(i, hi) >> 1;
            if (n <= 0) {
                return null;
            }
            int mid = (i + n) % elements.length;
            cursor = mid;
            return new DeqSpliterator(i, mid);
        }

        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super E> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            int hi = getFence();
            int i = cursor;
            Object[] es = elements;
            cursor = hi;
            for (; i != hi; i = (i + 1 == es.length) ? 0 : i + 1) {
                E e = (E) es[i];
                if (e == null) {
                    throw new ConcurrentModificationException();
                }
                action.accept(e);
            }
        }

        @SuppressWarnings("unchecked")
        public boolean tryAdvance(Consumer<? super E> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            int hi = getFence();
            int i = cursor;
            if (i == hi) {
                return false;
            }
            Object[] es = elements;
            E e = (E) es[i];
            cursor = (i + 1 == es.length) ? 0 : i + 1;
            if (e == null) {
                throw new ConcurrentModificationException();
            }
            action.accept(e);
            return true;
        }

        public long estimateSize() {
            int hi = getFence();
            return distance(cursor, hi);
        }

        public int characteristics() {
            return Spliterator.NONNULL | Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED;
        }
    }

    public Iterator<E> descendingIterator() {
        return new DescendingIterator();
    }

    private class DeqIterator implements Iterator<E> {
        int cursor = head;
        int remaining = size();
        int lastRet = -1;

        public final boolean hasNext() {
            return remaining > 0;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (remaining <= 0)
                throw new NoSuchElementException();
            E e = (E) elements[cursor];
            if (e == null)
                throw new ConcurrentModificationException();
            lastRet = cursor;
            cursor = inc(cursor);
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0)
                throw new IllegalStateException();
            if (delete(lastRet))
                cursor = dec(cursor);
            lastRet = -1;
        }

        /** As the JDK's: checks once that the rest is still where it was, then walks the slots. */
        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            int r = remaining;
            if (r <= 0)
                return;
            remaining = 0;
            final Object[] es = elements;
            int dist = tail - cursor;
            if (dist < 0)
                dist += es.length;
            if (es[cursor] == null || dist != r)
                throw new ConcurrentModificationException();
            final int end = tail;
            for (int i = cursor; i != end; i = (i + 1 == es.length) ? 0 : i + 1) {
                E e = (E) es[i];
                if (e == null)
                    throw new ConcurrentModificationException();
                action.accept(e);
            }
            if (end != tail)
                throw new ConcurrentModificationException();
            lastRet = (end == 0 ? es.length : end) - 1;
        }
    }

    private class DescendingIterator implements Iterator<E> {
        int cursor = dec(tail);
        int remaining = size();
        int lastRet = -1;

        public final boolean hasNext() {
            return remaining > 0;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (remaining <= 0)
                throw new NoSuchElementException();
            E e = (E) elements[cursor];
            if (e == null)
                throw new ConcurrentModificationException();
            lastRet = cursor;
            cursor = dec(cursor);
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0)
                throw new IllegalStateException();
            if (!delete(lastRet))
                cursor = inc(cursor);
            lastRet = -1;
        }
    }

    public boolean contains(Object o) {
        if (o != null) {
            for (int i = head; i != tail; i = inc(i))
                if (o.equals(elements[i]))
                    return true;
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        for (int i = head; i != tail; i = inc(i))
            elements[i] = null;
        head = tail = 0;
    }

    public Object[] toArray() {
        int n = size();
        Object[] a = new Object[n];
        for (int i = 0, k = head; i < n; i++, k = inc(k))
            a[i] = elements[k];
        return a;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int n = size();
        if (a.length < n)
            a = Arrays.copyOf(a, n);
        for (int i = 0, k = head; i < n; i++, k = inc(k))
            a[i] = (T) elements[k];
        if (a.length > n)
            a[n] = null;
        return a;
    }

    /**
     * As the JDK's: walks the elements there were when it started, as the array it started
     * with holds them (null where the action removed one), and fails afterwards if the tail
     * moved.
     */
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        final Object[] es = elements;
        final int end = tail;
        for (int i = head; i != end; i = (i + 1 == es.length) ? 0 : i + 1)
            action.accept((E) es[i]);
        if (end != tail)
            throw new ConcurrentModificationException();
    }

    /**
     * As the JDK's: the filter sees every element first; the survivors close up towards the
     * head, which stays where it is; adding or removing meanwhile is a
     * ConcurrentModificationException.
     */
    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        final Object[] es = elements;
        final int cap = es.length;
        final int end = tail;
        int beg = -1;
        for (int i = head; i != end; i = (i + 1 == cap) ? 0 : i + 1) {
            if (filter.test((E) es[i])) {
                beg = i;
                break;
            }
        }
        if (beg < 0) {
            if (end != tail)
                throw new ConcurrentModificationException();
            return false;
        }
        int n = end - beg;
        if (n <= 0)
            n += cap;
        boolean[] dead = new boolean[n];
        dead[0] = true;
        for (int k = 1, i = (beg + 1 == cap) ? 0 : beg + 1; k < n; k++, i = (i + 1 == cap) ? 0 : i + 1)
            dead[k] = filter.test((E) es[i]);
        int w = beg;
        for (int k = 1, i = (beg + 1 == cap) ? 0 : beg + 1; k < n; k++, i = (i + 1 == cap) ? 0 : i + 1) {
            if (!dead[k]) {
                es[w] = es[i];
                w = (w + 1 == cap) ? 0 : w + 1;
            }
        }
        if (end != tail)
            throw new ConcurrentModificationException();
        tail = w;
        for (int i = w; i != end; i = (i + 1 == cap) ? 0 : i + 1)
            es[i] = null;
        return true;
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(c::contains);
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(e -> !c.contains(e));
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }

    // Serialization as the JDK's: the size, then the elements from head to tail.
    private void writeObject(java.io.ObjectOutputStream s) throws java.io.IOException {
        s.defaultWriteObject();
        s.writeInt(size());
        for (E e : this) {
            s.writeObject(e);
        }
    }

    @SuppressWarnings("unchecked")
    private void readObject(java.io.ObjectInputStream s) throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
        int size = s.readInt();
        if (size < 0) {
            throw new java.io.InvalidObjectException("Invalid size: " + size);
        }
        elements = new Object[size + 1];
        head = 0;
        tail = size;
        for (int i = 0; i < size; i++) {
            elements[i] = s.readObject();
        }
    }
}
