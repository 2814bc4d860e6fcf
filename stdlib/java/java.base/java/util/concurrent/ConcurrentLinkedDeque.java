package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An unbounded concurrent deque. Cortado's version is an {@link ArrayDeque} under this object's
 * monitor; iterators walk a snapshot (weakly consistent, never throwing
 * {@link java.util.ConcurrentModificationException}); null elements are rejected.
 */
public class ConcurrentLinkedDeque<E> extends AbstractCollection<E> implements Deque<E>, java.io.Serializable {
    private static final long serialVersionUID = 876323262645176354L;

    private final ArrayDeque<E> d = new ArrayDeque<>();

    public ConcurrentLinkedDeque() {}

    public ConcurrentLinkedDeque(Collection<? extends E> c) {
        for (E e : c) {
            addLast(e);
        }
    }

    private static void checkNotNull(Object e) {
        if (e == null) {
            throw new NullPointerException();
        }
    }

    @Override
    public synchronized void addFirst(E e) {
        checkNotNull(e);
        d.addFirst(e);
    }

    @Override
    public synchronized void addLast(E e) {
        checkNotNull(e);
        d.addLast(e);
    }

    @Override
    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    @Override
    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    @Override
    public synchronized E peekFirst() {
        return d.peekFirst();
    }

    @Override
    public synchronized E peekLast() {
        return d.peekLast();
    }

    @Override
    public synchronized E getFirst() {
        return d.getFirst();
    }

    @Override
    public synchronized E getLast() {
        return d.getLast();
    }

    @Override
    public synchronized E pollFirst() {
        return d.pollFirst();
    }

    @Override
    public synchronized E pollLast() {
        return d.pollLast();
    }

    @Override
    public synchronized E removeFirst() {
        return d.removeFirst();
    }

    @Override
    public synchronized E removeLast() {
        return d.removeLast();
    }

    @Override
    public boolean offer(E e) {
        return offerLast(e);
    }

    @Override
    public boolean add(E e) {
        return offerLast(e);
    }

    @Override
    public E poll() {
        return pollFirst();
    }

    @Override
    public E peek() {
        return peekFirst();
    }

    @Override
    public E remove() {
        return removeFirst();
    }

    @Override
    public E pop() {
        return removeFirst();
    }

    @Override
    public E element() {
        return getFirst();
    }

    @Override
    public void push(E e) {
        addFirst(e);
    }

    @Override
    public synchronized boolean removeFirstOccurrence(Object o) {
        checkNotNull(o);
        return d.removeFirstOccurrence(o);
    }

    @Override
    public synchronized boolean removeLastOccurrence(Object o) {
        checkNotNull(o);
        return d.removeLastOccurrence(o);
    }

    @Override
    public synchronized boolean contains(Object o) {
        return o != null && d.contains(o);
    }

    @Override
    public synchronized boolean isEmpty() {
        return d.isEmpty();
    }

    @Override
    public synchronized int size() {
        return d.size();
    }

    @Override
    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        if (c == this) {
            throw new IllegalArgumentException();
        }
        List<E> copy = new ArrayList<>(c);
        for (E e : copy) {
            checkNotNull(e);
        }
        synchronized (this) {
            d.addAll(copy);
        }
        return !copy.isEmpty();
    }

    @Override
    public synchronized void clear() {
        d.clear();
    }

    @Override
    public synchronized Object[] toArray() {
        return d.toArray();
    }

    @Override
    public synchronized <T> T[] toArray(T[] a) {
        return d.toArray(a);
    }

    private Iterator<E> snapshotIterator(boolean descending) {
        List<E> snapshot;
        synchronized (this) {
            snapshot = new ArrayList<E>(d);
        }
        if (descending) {
            Collections.reverse(snapshot);
        }
        final Iterator<E> it = snapshot.iterator();
        return new Iterator<E>() {
            private E last;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public E next() {
                last = it.next();
                return last;
            }

            @Override
            public void remove() {
                if (last == null) {
                    throw new IllegalStateException();
                }
                if (descending) {
                    removeLastOccurrence(last);
                } else {
                    removeFirstOccurrence(last);
                }
                last = null;
            }
        };
    }

    @Override
    public Iterator<E> iterator() {
        return snapshotIterator(false);
    }

    @Override
    public Iterator<E> descendingIterator() {
        return snapshotIterator(true);
    }
}
