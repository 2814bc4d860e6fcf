package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;

/** A bounded FIFO blocking queue (monitor-based in Cortado; fairness is not modelled). */
public class ArrayBlockingQueue<E> extends MonitorBlockingQueue<E> {
    private static final long serialVersionUID = -817911632652898426L;

    public ArrayBlockingQueue(int capacity) {
        this(capacity, false);
    }

    public ArrayBlockingQueue(int capacity, boolean fair) {
        super(new ArrayDeque<E>(checkCapacity(capacity)), capacity);
    }

    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        this(capacity, fair);
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            if (items.size() == capacity) {
                throw new IllegalArgumentException();
            }
            items.add(e);
        }
    }

    @Override
    public boolean add(E e) {
        return super.add(e); // hotspot-line: 329
    }

    @Override
    public boolean offer(E e) {
        java.util.Objects.requireNonNull(e); // hotspot-line: 342
        return super.offer(e);
    }

    private static int checkCapacity(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        return capacity;
    }
}
