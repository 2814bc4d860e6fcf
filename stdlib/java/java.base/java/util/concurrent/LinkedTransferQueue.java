package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.Objects;

/**
 * An unbounded FIFO TransferQueue. Cortado's version keeps its elements under the queue's
 * monitor: consumers wait there for elements, and a transfer waits there until a consumer has
 * taken its element. Iterators work on a snapshot.
 */
public class LinkedTransferQueue<E> extends AbstractQueue<E> implements TransferQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = -3223113410248163686L;

    private static final class Node<E> {
        final E item;
        boolean taken;

        Node(E item) {
            this.item = item;
        }
    }

    private final transient LinkedList<Node<E>> nodes = new LinkedList<>();
    /** Consumers waiting in take or a timed poll. */
    private transient int waiting;

    public LinkedTransferQueue() {}

    public LinkedTransferQueue(Collection<? extends E> c) {
        addAll(c);
    }

    private synchronized Node<E> enqueue(E e) {
        Node<E> n = new Node<>(Objects.requireNonNull(e));
        nodes.add(n);
        notifyAll();
        return n;
    }

    /** Removes and returns the head element (null if none); the caller holds the monitor. */
    private E dequeue() {
        Node<E> n = nodes.poll();
        if (n == null) {
            return null;
        }
        n.taken = true;
        notifyAll();
        return n.item;
    }

    /** Waits until n is taken or the deadline passes (timed); removes it if not taken. */
    private synchronized boolean awaitTaken(Node<E> n, boolean timed, long deadline) throws InterruptedException {
        try {
            while (!n.taken) {
                long millis = 0;
                if (timed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        nodes.remove(n);
                        return false;
                    }
                    millis = Math.max(1, left / 1_000_000L);
                }
                wait(millis);
            }
            return true;
        } catch (InterruptedException e) {
            if (n.taken) {
                Thread.currentThread().interrupt();
                return true;
            }
            nodes.remove(n);
            throw e;
        }
    }

    @Override
    public void put(E e) {
        enqueue(e);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) {
        enqueue(e);
        return true;
    }

    @Override
    public boolean offer(E e) {
        enqueue(e);
        return true;
    }

    @Override
    public boolean add(E e) {
        enqueue(e);
        return true;
    }

    @Override
    public synchronized boolean tryTransfer(E e) {
        Objects.requireNonNull(e);
        if (waiting <= nodes.size()) {
            return false;
        }
        Node<E> n = enqueue(e);
        try {
            return awaitTaken(n, false, 0L);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return n.taken;
        }
    }

    @Override
    public void transfer(E e) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        awaitTaken(enqueue(e), false, 0L);
    }

    @Override
    public boolean tryTransfer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return awaitTaken(enqueue(e), true, System.nanoTime() + unit.toNanos(timeout));
    }

    @Override
    public synchronized E take() throws InterruptedException {
        waiting++;
        try {
            while (nodes.isEmpty()) {
                wait();
            }
        } finally {
            waiting--;
        }
        return dequeue();
    }

    @Override
    public synchronized E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        waiting++;
        try {
            while (nodes.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                wait(Math.max(1, left / 1_000_000L));
            }
        } finally {
            waiting--;
        }
        return dequeue();
    }

    @Override
    public synchronized E poll() {
        return dequeue();
    }

    @Override
    public synchronized E peek() {
        Node<E> n = nodes.peek();
        return n == null ? null : n.item;
    }

    @Override
    public synchronized int size() {
        return nodes.size();
    }

    @Override
    public synchronized boolean isEmpty() {
        return nodes.isEmpty();
    }

    @Override
    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }

    @Override
    public synchronized boolean hasWaitingConsumer() {
        return waiting > 0;
    }

    @Override
    public synchronized int getWaitingConsumerCount() {
        return waiting;
    }

    @Override
    public synchronized boolean contains(Object o) {
        if (o != null) {
            for (Node<E> n : nodes) {
                if (o.equals(n.item)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public synchronized boolean remove(Object o) {
        if (o != null) {
            for (Iterator<Node<E>> it = nodes.iterator(); it.hasNext();) {
                Node<E> n = it.next();
                if (o.equals(n.item)) {
                    it.remove();
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        int n = 0;
        synchronized (this) {
            while (n < maxElements && !nodes.isEmpty()) {
                c.add(dequeue());
                n++;
            }
        }
        return n;
    }

    /** Iterates over a snapshot of the elements; remove() removes the element from the queue. */
    @Override
    public Iterator<E> iterator() {
        ArrayList<E> snapshot = new ArrayList<>();
        synchronized (this) {
            for (Node<E> n : nodes) {
                snapshot.add(n.item);
            }
        }
        Iterator<E> it = snapshot.iterator();
        return new Iterator<E>() {
            private E last;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public E next() {
                return last = it.next();
            }

            @Override
            public void remove() {
                if (last == null) {
                    throw new IllegalStateException();
                }
                LinkedTransferQueue.this.remove(last);
                last = null;
            }
        };
    }
}
