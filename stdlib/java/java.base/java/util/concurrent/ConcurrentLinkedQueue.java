package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Queue;

/**
 * An unbounded thread-safe FIFO queue. Cortado's version is a monitor-guarded deque; iterators
 * work on a snapshot (weakly consistent) and Iterator.remove removes that element.
 */
public class ConcurrentLinkedQueue<E> extends AbstractQueue<E> implements Queue<E>, java.io.Serializable {
    private static final long serialVersionUID = 196745693267521676L;

    private final ArrayDeque<E> items = new ArrayDeque<>();

    public ConcurrentLinkedQueue() {}

    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            items.addLast(e);
        }
    }

    @Override
    public boolean add(E e) {
        return offer(e);
    }

    @Override
    public synchronized boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        items.addLast(e);
        return true;
    }

    @Override
    public synchronized E poll() {
        return items.pollFirst();
    }

    @Override
    public synchronized E peek() {
        return items.peekFirst();
    }

    @Override
    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public synchronized int size() {
        return items.size();
    }

    @Override
    public synchronized boolean contains(Object o) {
        return o != null && items.contains(o);
    }

    @Override
    public synchronized boolean remove(Object o) {
        return o != null && items.removeFirstOccurrence(o);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        if (c == this) {
            throw new IllegalArgumentException();
        }
        Object[] a = c.toArray();
        for (Object e : a) {
            if (e == null) {
                throw new NullPointerException();
            }
        }
        synchronized (this) {
            for (Object e : a) {
                @SuppressWarnings("unchecked")
                E x = (E) e;
                items.addLast(x);
            }
        }
        return a.length > 0;
    }

    @Override
    public synchronized Object[] toArray() {
        return items.toArray();
    }

    @Override
    public synchronized <T> T[] toArray(T[] a) {
        return items.toArray(a);
    }

    @Override
    public synchronized String toString() {
        return items.toString();
    }

    @Override
    public synchronized void clear() {
        items.clear();
    }

    private synchronized void removeIdentical(Object o) {
        for (Iterator<E> it = items.iterator(); it.hasNext(); ) {
            if (it.next() == o) {
                it.remove();
                return;
            }
        }
    }

    @Override
    public Iterator<E> iterator() {
        final Object[] snapshot = toArray();
        return new Iterator<E>() {
            int cursor;
            int last = -1;

            @Override
            public boolean hasNext() {
                return cursor < snapshot.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                if (cursor >= snapshot.length) {
                    throw new NoSuchElementException();
                }
                last = cursor;
                return (E) snapshot[cursor++];
            }

            @Override
            public void remove() {
                if (last < 0) {
                    throw new IllegalStateException();
                }
                removeIdentical(snapshot[last]);
                last = -1;
            }
        };
    }
}
