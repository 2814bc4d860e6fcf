package java.util.concurrent;

import java.util.Collection;
import java.util.Comparator;
import java.util.PriorityQueue;

/** An unbounded blocking priority queue (a monitor-guarded PriorityQueue in Cortado). */
public class PriorityBlockingQueue<E> extends MonitorBlockingQueue<E> {
    private static final long serialVersionUID = 5595510919245408276L;

    public PriorityBlockingQueue() {
        super(new PriorityQueue<E>(), Integer.MAX_VALUE);
    }

    public PriorityBlockingQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityBlockingQueue(int initialCapacity, Comparator<? super E> comparator) {
        super(new PriorityQueue<E>(check(initialCapacity), comparator), Integer.MAX_VALUE);
    }

    public PriorityBlockingQueue(Collection<? extends E> c) {
        super(new PriorityQueue<E>(c), Integer.MAX_VALUE);
    }

    private static int check(int initialCapacity) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        return initialCapacity;
    }

    public Comparator<? super E> comparator() {
        return ((PriorityQueue<E>) items).comparator();
    }

    @Override
    public boolean add(E e) {
        return offer(e);
    }

    @Override
    public void put(E e) {
        offer(e);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
    }

    /** Always Integer.MAX_VALUE: a PriorityBlockingQueue is not capacity-constrained. */
    @Override
    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }
}
