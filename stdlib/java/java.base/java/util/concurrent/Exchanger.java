package java.util.concurrent;

/**
 * A synchronization point at which two threads swap objects. Cortado's version pairs
 * threads under this object's monitor: the first to arrive waits for a partner.
 */
public class Exchanger<V> {
    /** The item of a waiting thread, or null when none waits (boxed so a null item works). */
    private Slot<V> waiting;

    private static final class Slot<V> {
        final V item;
        V reply;
        boolean matched;

        Slot(V item) {
            this.item = item;
        }
    }

    public Exchanger() {}

    public V exchange(V x) throws InterruptedException {
        try {
            return doExchange(x, false, 0L);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    public V exchange(V x, long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        return doExchange(x, true, unit.toNanos(timeout));
    }

    private synchronized V doExchange(V x, boolean timed, long nanos) throws InterruptedException, TimeoutException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Slot<V> other = waiting;
        if (other != null) {
            waiting = null;
            other.reply = x;
            other.matched = true;
            notifyAll();
            return other.item;
        }
        Slot<V> mine = new Slot<>(x);
        waiting = mine;
        long deadline = System.nanoTime() + nanos;
        try {
            while (!mine.matched) {
                if (timed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0L) {
                        throw new TimeoutException();
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } else {
                    wait();
                }
            }
        } finally {
            if (!mine.matched && waiting == mine) {
                waiting = null;
            }
        }
        return mine.reply;
    }
}
