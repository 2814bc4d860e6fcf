package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Queue;

/**
 * Shared body of Cortado's bounded and unbounded blocking queues: an ordinary queue guarded by
 * this object's monitor, with wait/notifyAll for blocking. Blocked takers (and blocked putters)
 * are served first come, first served, as the JDK's condition queues serve them. Iterators
 * work on a snapshot (the specification only asks for weak consistency); Iterator.remove
 * removes that element.
 */
abstract class MonitorBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    final Queue<E> items;
    final int capacity;
    /** Threads blocked until there is an element (or room), oldest first; guarded by this. */
    private transient java.util.ArrayDeque<Thread> takers;
    private transient java.util.ArrayDeque<Thread> putters;

    /**
     * Called holding this monitor: waits until an element is there and every taker that
     * blocked before this thread has had its turn. nanos < 0 waits without timeout; returns
     * false if the time ran out.
     */
    final boolean awaitElement(long nanos) throws InterruptedException {
        if (takers == null) {
            takers = new java.util.ArrayDeque<>();
        }
        return awaitTurn(takers, true, nanos);
    }

    /** As awaitElement, for room in a bounded queue. */
    final boolean awaitRoom(long nanos) throws InterruptedException {
        if (putters == null) {
            putters = new java.util.ArrayDeque<>();
        }
        return awaitTurn(putters, false, nanos);
    }

    private boolean ready(boolean forElement) {
        return forElement ? !items.isEmpty() : items.size() < capacity;
    }

    private boolean awaitTurn(java.util.ArrayDeque<Thread> line, boolean forElement, long nanos)
            throws InterruptedException {
        if (ready(forElement) && line.isEmpty()) {
            return true;
        }
        if (nanos == 0L) {
            return ready(forElement);
        }
        Thread me = Thread.currentThread();
        line.addLast(me);
        long deadline = System.nanoTime() + nanos;
        try {
            while (!ready(forElement) || line.peekFirst() != me) {
                if (nanos < 0L) {
                    wait();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0L) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            }
            return true;
        } finally {
            line.removeFirstOccurrence(me);
            notifyAll(); // the next in line may go now
        }
    }

    MonitorBlockingQueue(Queue<E> items, int capacity) {
        this.items = items;
        this.capacity = capacity;
    }

    @Override
    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            if (items.size() >= capacity) {
                return false;
            }
            items.offer(e);
            notifyAll();
            return true;
        }
    }

    @Override
    public void put(E e) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            awaitRoom(-1L);
            items.offer(e);
            notifyAll();
        }
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        long nanos = unit.toNanos(timeout);
        synchronized (this) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (!awaitRoom(Math.max(nanos, 0L))) {
                return false;
            }
            items.offer(e);
            notifyAll();
            return true;
        }
    }

    @Override
    public E take() throws InterruptedException {
        synchronized (this) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            awaitElement(-1L);
            E e = items.poll();
            notifyAll();
            return e;
        }
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        synchronized (this) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (!awaitElement(Math.max(nanos, 0L))) {
                return null;
            }
            E e = items.poll();
            notifyAll();
            return e;
        }
    }

    @Override
    public synchronized E poll() {
        E e = items.poll();
        if (e != null) {
            notifyAll();
        }
        return e;
    }

    @Override
    public synchronized E peek() {
        return items.peek();
    }

    @Override
    public synchronized int size() {
        return items.size();
    }

    @Override
    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public synchronized int remainingCapacity() {
        return capacity - items.size();
    }

    @Override
    public synchronized boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        boolean removed = items.remove(o);
        if (removed) {
            notifyAll();
        }
        return removed;
    }

    @Override
    public synchronized boolean contains(Object o) {
        return o != null && items.contains(o);
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
        notifyAll();
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        if (c == null) {
            throw new NullPointerException();
        }
        if (c == this) {
            throw new IllegalArgumentException();
        }
        if (maxElements <= 0) {
            return 0;
        }
        synchronized (this) {
            int n = 0;
            while (n < maxElements && !items.isEmpty()) {
                c.add(items.poll());
                n++;
            }
            if (n > 0) {
                notifyAll();
            }
            return n;
        }
    }

    /** Removes the given element (by identity), for snapshot iterators. */
    final synchronized void removeIdentical(Object o) {
        for (Iterator<E> it = items.iterator(); it.hasNext(); ) {
            if (it.next() == o) {
                it.remove();
                notifyAll();
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
