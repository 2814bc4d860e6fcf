package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;

/** An optionally-bounded FIFO blocking queue (monitor-based in Cortado). */
public class LinkedBlockingQueue<E> extends MonitorBlockingQueue<E> {
    private static final long serialVersionUID = -6903933977591709194L;

    public LinkedBlockingQueue() {
        this(Integer.MAX_VALUE);
    }

    public LinkedBlockingQueue(int capacity) {
        super(new ArrayDeque<E>(), checkCapacity(capacity));
    }

    public LinkedBlockingQueue(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            if (items.size() == capacity) {
                throw new IllegalStateException("Queue full");
            }
            items.add(e);
        }
    }

    @Override
    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException(); // hotspot-line: 404
        }
        return super.offer(e);
    }

    private static int checkCapacity(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        return capacity;
    }
}
