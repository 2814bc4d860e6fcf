package java.lang.ref;

/**
 * Base of the reference types. The collector treats {@code referent} apart: it clears it when
 * the referent is otherwise unreachable (soft ones only before running out of memory), and
 * hands references with a queue to {@link #processPending}, which enqueues them.
 */
public abstract class Reference<T> {
    private T referent;
    final ReferenceQueue<? super T> queue;
    private boolean enqueued;

    Reference(T referent) {
        this(referent, null);
    }

    Reference(T referent, ReferenceQueue<? super T> queue) {
        this.referent = referent;
        this.queue = queue;
    }

    public T get() {
        return referent;
    }

    public final boolean refersTo(T obj) {
        return referent == obj;
    }

    public void clear() {
        referent = null;
    }

    @Deprecated(since = "16")
    public boolean isEnqueued() {
        return enqueued;
    }

    public boolean enqueue() {
        referent = null;
        if (queue == null || enqueued) {
            return false;
        }
        enqueued = true;
        return queue.add(this);
    }

    public static void reachabilityFence(Object ref) {}

    /** The next reference the collector cleared and that has a queue, or null. */
    private static native Reference<?> takePending();

    /** Enqueues every reference the collector cleared since last called. */
    static void processPending() {
        for (Reference<?> r = takePending(); r != null; r = takePending()) {
            if (!r.enqueued) {
                r.enqueued = true;
                r.queue.add(r);
            }
        }
    }
}
