package java.util.concurrent;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * An unbounded blocking queue of Delayed elements, each taken only once its delay has
 * expired; ordered (and iterated) as the JDK's, by a PriorityQueue. Guarded by this queue's
 * monitor; takers wait on it until the head's delay runs out or a new head arrives.
 */
public class DelayQueue<E extends Delayed> extends AbstractQueue<E> implements BlockingQueue<E> {
    private final PriorityQueue<E> q = new PriorityQueue<E>();

    public DelayQueue() {
    }

    public DelayQueue(Collection<? extends E> c) {
        this.addAll(c);
    }

    public boolean add(E e) {
        return offer(e);
    }

    public synchronized boolean offer(E e) {
        q.offer(e);
        if (q.peek() == e) {
            notifyAll();
        }
        return true;
    }

    public void put(E e) {
        offer(e);
    }

    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
    }

    public synchronized E poll() {
        E first = q.peek();
        return (first == null || first.getDelay(NANOSECONDS) > 0) ? null : q.poll();
    }

    public synchronized E take() throws InterruptedException {
        if (Thread.interrupted())
            throw new InterruptedException();
        for (;;) {
            E first = q.peek();
            if (first == null) {
                wait();
            } else {
                long delay = first.getDelay(NANOSECONDS);
                if (delay <= 0L)
                    return q.poll();
                first = null;
                NANOSECONDS.timedWait(this, delay);
            }
        }
    }

    public synchronized E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted())
            throw new InterruptedException();
        long deadline = System.nanoTime() + nanos;
        for (;;) {
            E first = q.peek();
            long left = deadline - System.nanoTime();
            if (first == null) {
                if (left <= 0L)
                    return null;
                NANOSECONDS.timedWait(this, left);
            } else {
                long delay = first.getDelay(NANOSECONDS);
                if (delay <= 0L)
                    return q.poll();
                if (left <= 0L)
                    return null;
                first = null;
                NANOSECONDS.timedWait(this, Math.min(delay, left));
            }
        }
    }

    public synchronized E peek() {
        return q.peek();
    }

    public synchronized int size() {
        return q.size();
    }

    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    public synchronized int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this)
            throw new IllegalArgumentException();
        if (maxElements <= 0)
            return 0;
        int n = 0;
        for (E first; n < maxElements && (first = q.peek()) != null && first.getDelay(NANOSECONDS) <= 0;) {
            c.add(first);
            q.poll();
            ++n;
        }
        return n;
    }

    public synchronized void clear() {
        q.clear();
    }

    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }

    public synchronized Object[] toArray() {
        return q.toArray();
    }

    public synchronized <T> T[] toArray(T[] a) {
        return q.toArray(a);
    }

    public synchronized boolean remove(Object o) {
        return q.remove(o);
    }

    /** Removes exactly o (by identity), for the iterator. */
    synchronized void removeEQ(Object o) {
        for (Iterator<E> it = q.iterator(); it.hasNext(); ) {
            if (o == it.next()) {
                it.remove();
                break;
            }
        }
    }

    /** A snapshot of the elements, in the queue's internal order; remove() removes from the queue. */
    public Iterator<E> iterator() {
        return new Itr(toArray());
    }

    private class Itr implements Iterator<E> {
        final Object[] array;
        int cursor;
        int lastRet;

        Itr(Object[] array) {
            lastRet = -1;
            this.array = array;
        }

        public boolean hasNext() {
            return cursor < array.length;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (cursor >= array.length)
                throw new NoSuchElementException();
            return (E) array[lastRet = cursor++];
        }

        public void remove() {
            if (lastRet < 0)
                throw new IllegalStateException();
            removeEQ(array[lastRet]);
            lastRet = -1;
        }
    }
}
