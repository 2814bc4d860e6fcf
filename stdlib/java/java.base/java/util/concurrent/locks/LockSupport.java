package java.util.concurrent.locks;

import java.util.WeakHashMap;

/**
 * Basic thread blocking primitives. Cortado keeps one permit object per thread and blocks on its
 * monitor; park may return spuriously, as the specification allows.
 */
public final class LockSupport {
    private LockSupport() {}

    private static final class Permit {
        boolean available;
        volatile Object blocker;
    }

    private static final WeakHashMap<Thread, Permit> PERMITS = new WeakHashMap<>();

    private static Permit permitOf(Thread t) {
        synchronized (PERMITS) {
            Permit p = PERMITS.get(t);
            if (p == null) {
                p = new Permit();
                PERMITS.put(t, p);
            }
            return p;
        }
    }

    public static void unpark(Thread thread) {
        if (thread != null) {
            Permit p = permitOf(thread);
            synchronized (p) {
                p.available = true;
                p.notifyAll();
            }
        }
    }

    /** Blocks for up to nanos (forever if 0 and !timed) unless the permit is available. */
    private static void block(Object blocker, boolean timed, long nanos) {
        Thread me = Thread.currentThread();
        Permit p = permitOf(me);
        p.blocker = blocker;
        try {
            synchronized (p) {
                if (!p.available && !me.isInterrupted()) {
                    try {
                        if (timed) {
                            long ms = nanos / 1000000L;
                            int ns = (int) (nanos % 1000000L);
                            p.wait(ms, ns == 0 && ms == 0 ? 1 : ns);
                        } else {
                            p.wait();
                        }
                    } catch (InterruptedException e) {
                        me.interrupt();
                    }
                }
                p.available = false;
            }
        } finally {
            p.blocker = null;
        }
    }

    public static void park(Object blocker) {
        block(blocker, false, 0L);
    }

    public static void parkNanos(Object blocker, long nanos) {
        if (nanos > 0) {
            block(blocker, true, nanos);
        }
    }

    public static void parkUntil(Object blocker, long deadline) {
        long ms = deadline - System.currentTimeMillis();
        if (ms > 0) {
            block(blocker, true, ms * 1000000L);
        }
    }

    /** Sets the current thread's blocker (Java 14), as reported by getBlocker, until changed. */
    public static void setCurrentBlocker(Object blocker) {
        permitOf(Thread.currentThread()).blocker = blocker;
    }

    public static Object getBlocker(Thread t) {
        if (t == null) {
            throw new NullPointerException();
        }
        Permit p;
        synchronized (PERMITS) {
            p = PERMITS.get(t);
        }
        return p == null ? null : p.blocker;
    }

    public static void park() {
        block(null, false, 0L);
    }

    public static void parkNanos(long nanos) {
        if (nanos > 0) {
            block(null, true, nanos);
        }
    }

    public static void parkUntil(long deadline) {
        parkUntil(null, deadline);
    }
}
