package java.lang.ref;

/** Base of the reference types. Strong for now: the referent is only dropped by clear(). */
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
}
