package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;

/**
 * A blocking queue in which each insert must wait for a corresponding remove, and vice versa.
 * Cortado's version matches waiting producers and consumers under this object's monitor: the
 * fair mode serves waiters first-in-first-out, the default mode last-in-first-out (as the JDK's
 * stack-based mode does).
 */
public class SynchronousQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = -3223113410248163686L;

    /** A waiting producer (item != null) or consumer (item == null until matched). */
    private static final class Node {
        Object item;
        boolean matched;

        Node(Object item) {
            this.item = item;
        }
    }

    private final boolean fair;
    private final ArrayDeque<Node> producers = new ArrayDeque<>();
    private final ArrayDeque<Node> consumers = new ArrayDeque<>();

    public SynchronousQueue() {
        this(false);
    }

    public SynchronousQueue(boolean fair) {
        this.fair = fair;
    }

    private Node next(ArrayDeque<Node> q) {
        return fair ? q.pollFirst() : q.pollLast();
    }

    /** Hands e to a waiting consumer, or waits as a producer (nanos < 0: forever). */
    private boolean transferOut(E e, boolean timed, long nanos) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            Node c = next(consumers);
            if (c != null) {
                c.item = e;
                c.matched = true;
                notifyAll();
                return true;
            }
            if (timed && nanos <= 0L) {
                return false;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Node p = new Node(e);
            producers.addLast(p);
            long deadline = timed ? System.nanoTime() + nanos : 0L;
            try {
                while (!p.matched) {
                    if (timed) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0L) {
                            producers.remove(p);
                            return false;
                        }
                        TimeUnit.NANOSECONDS.timedWait(this, left);
                    } else {
                        wait();
                    }
                }
                return true;
            } catch (InterruptedException ie) {
                if (p.matched) {
                    Thread.currentThread().interrupt();
                    return true;
                }
                producers.remove(p);
                throw ie;
            }
        }
    }

    /** Takes from a waiting producer, or waits as a consumer. Returns null on timeout. */
    @SuppressWarnings("unchecked")
    private E transferIn(boolean timed, long nanos) throws InterruptedException {
        synchronized (this) {
            Node p = next(producers);
            if (p != null) {
                p.matched = true;
                notifyAll();
                return (E) p.item;
            }
            if (timed && nanos <= 0L) {
                return null;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Node c = new Node(null);
            consumers.addLast(c);
            long deadline = timed ? System.nanoTime() + nanos : 0L;
            try {
                while (!c.matched) {
                    if (timed) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0L) {
                            consumers.remove(c);
                            return null;
                        }
                        TimeUnit.NANOSECONDS.timedWait(this, left);
                    } else {
                        wait();
                    }
                }
                return (E) c.item;
            } catch (InterruptedException ie) {
                if (c.matched) {
                    Thread.currentThread().interrupt();
                    return (E) c.item;
                }
                consumers.remove(c);
                throw ie;
            }
        }
    }

    @Override
    public void put(E e) throws InterruptedException {
        transferOut(e, false, 0L);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return transferOut(e, true, unit.toNanos(timeout));
    }

    @Override
    public boolean offer(E e) {
        try {
            return transferOut(e, true, 0L);
        } catch (InterruptedException cannotHappen) {
            return false;
        }
    }

    @Override
    public E take() throws InterruptedException {
        return transferIn(false, 0L);
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return transferIn(true, unit.toNanos(timeout));
    }

    @Override
    public E poll() {
        try {
            return transferIn(true, 0L);
        } catch (InterruptedException cannotHappen) {
            return null;
        }
    }

    @Override
    public boolean isEmpty() {
        return true;
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public int remainingCapacity() {
        return 0;
    }

    @Override
    public void clear() {}

    @Override
    public boolean contains(Object o) {
        return false;
    }

    @Override
    public boolean remove(Object o) {
        return false;
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return c.isEmpty();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return false;
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return false;
    }

    @Override
    public E peek() {
        return null;
    }

    @Override
    public Iterator<E> iterator() {
        return Collections.emptyIterator();
    }

    @Override
    public Spliterator<E> spliterator() {
        return Spliterators.emptySpliterator();
    }

    @Override
    public Object[] toArray() {
        return new Object[0];
    }

    @Override
    public <T> T[] toArray(T[] a) {
        if (a.length > 0) {
            a[0] = null;
        }
        return a;
    }

    @Override
    public String toString() {
        return "[]";
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
        int n = 0;
        for (E e; n < maxElements && (e = poll()) != null; ) {
            c.add(e);
            ++n;
        }
        return n;
    }
}
