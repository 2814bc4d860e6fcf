package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** An optionally-bounded blocking deque (monitor-based in Cortado, like LinkedBlockingQueue). */
public class LinkedBlockingDeque<E> extends MonitorBlockingQueue<E> implements BlockingDeque<E> {
    private static final long serialVersionUID = -387911632671998426L;

    public LinkedBlockingDeque() {
        this(Integer.MAX_VALUE);
    }

    public LinkedBlockingDeque(int capacity) {
        super(new ArrayDeque<E>(), checkCapacity(capacity));
    }

    public LinkedBlockingDeque(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            dq().addLast(e);
        }
    }

    private static int checkCapacity(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        return capacity;
    }

    private ArrayDeque<E> dq() {
        return (ArrayDeque<E>) items;
    }

    @Override
    public synchronized boolean offerFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        if (items.size() >= capacity) {
            return false;
        }
        dq().addFirst(e);
        notifyAll();
        return true;
    }

    @Override
    public boolean offerLast(E e) {
        return offer(e);
    }

    @Override
    public void addFirst(E e) {
        if (!offerFirst(e)) {
            throw new IllegalStateException("Deque full");
        }
    }

    @Override
    public void addLast(E e) {
        if (!offerLast(e)) {
            throw new IllegalStateException("Deque full");
        }
    }

    @Override
    public boolean add(E e) {
        addLast(e);
        return true;
    }

    @Override
    public void putFirst(E e) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            awaitRoom(-1L);
            dq().addFirst(e);
            notifyAll();
        }
    }

    @Override
    public void putLast(E e) throws InterruptedException {
        put(e);
    }

    @Override
    public boolean offerFirst(E e, long timeout, TimeUnit unit) throws InterruptedException {
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
            dq().addFirst(e);
            notifyAll();
            return true;
        }
    }

    @Override
    public boolean offerLast(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return offer(e, timeout, unit);
    }

    @Override
    public E takeFirst() throws InterruptedException {
        return take();
    }

    @Override
    public E takeLast() throws InterruptedException {
        synchronized (this) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            awaitElement(-1L);
            E e = dq().pollLast();
            notifyAll();
            return e;
        }
    }

    @Override
    public E pollFirst(long timeout, TimeUnit unit) throws InterruptedException {
        return poll(timeout, unit);
    }

    @Override
    public E pollLast(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        synchronized (this) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (!awaitElement(Math.max(nanos, 0L))) {
                return null;
            }
            E e = dq().pollLast();
            notifyAll();
            return e;
        }
    }

    @Override
    public E pollFirst() {
        return poll();
    }

    @Override
    public synchronized E pollLast() {
        E e = dq().pollLast();
        if (e != null) {
            notifyAll();
        }
        return e;
    }

    @Override
    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public synchronized E getFirst() {
        E e = dq().peekFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public synchronized E getLast() {
        E e = dq().peekLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E peekFirst() {
        return peek();
    }

    @Override
    public synchronized E peekLast() {
        return dq().peekLast();
    }

    @Override
    public synchronized boolean removeFirstOccurrence(Object o) {
        if (o == null) {
            return false;
        }
        boolean r = dq().removeFirstOccurrence(o);
        if (r) {
            notifyAll();
        }
        return r;
    }

    @Override
    public synchronized boolean removeLastOccurrence(Object o) {
        if (o == null) {
            return false;
        }
        boolean r = dq().removeLastOccurrence(o);
        if (r) {
            notifyAll();
        }
        return r;
    }

    @Override
    public E remove() {
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
    public E pop() {
        return removeFirst();
    }

    @Override
    public Iterator<E> descendingIterator() {
        List<E> snapshot;
        synchronized (this) {
            snapshot = new ArrayList<E>(items);
        }
        Collections.reverse(snapshot);
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
                removeLastOccurrence(last);
                last = null;
            }
        };
    }
}
