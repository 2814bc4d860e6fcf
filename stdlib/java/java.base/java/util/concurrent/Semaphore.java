package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;

/**
 * A counting semaphore. Cortado's version guards the permit count with this object's monitor;
 * waiting acquirers queue in arrival order, and in fair mode only the head of the queue may
 * take permits.
 */
public class Semaphore implements java.io.Serializable {
    private static final long serialVersionUID = -3222578661600680210L;

    private static final class Waiter {
        final Thread thread = Thread.currentThread();
        final int permits;

        Waiter(int permits) {
            this.permits = permits;
        }
    }

    private final boolean fair;
    private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
    private int permits;

    public Semaphore(int permits) {
        this(permits, false);
    }

    public Semaphore(int permits, boolean fair) {
        this.permits = permits;
        this.fair = fair;
    }

    /** Caller holds the monitor. */
    private boolean mayTake(Waiter w, int n) {
        if (permits - n < 0) {
            return false;
        }
        if (w == null) {
            return !fair || queue.isEmpty();
        }
        return queue.peekFirst() == w;
    }

    /** nanos < 0: no timeout. Returns false on timeout. */
    private boolean doAcquire(int n, boolean interruptible, long nanos) throws InterruptedException {
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        boolean interrupted = false;
        try {
            synchronized (this) {
                if (mayTake(null, n)) {
                    permits -= n;
                    return true;
                }
                if (nanos == 0L) {
                    return false;
                }
                long deadline = nanos > 0 ? System.nanoTime() + nanos : 0L;
                Waiter w = new Waiter(n);
                queue.addLast(w);
                try {
                    while (!mayTake(w, n)) {
                        try {
                            if (nanos > 0) {
                                long left = deadline - System.nanoTime();
                                if (left <= 0L) {
                                    return false;
                                }
                                TimeUnit.NANOSECONDS.timedWait(this, left);
                            } else {
                                wait();
                            }
                        } catch (InterruptedException ie) {
                            if (interruptible) {
                                throw ie;
                            }
                            interrupted = true;
                        }
                    }
                    permits -= n;
                    return true;
                } finally {
                    queue.remove(w);
                    notifyAll();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void acquire() throws InterruptedException {
        doAcquire(1, true, -1L);
    }

    public void acquireUninterruptibly() {
        try {
            doAcquire(1, false, -1L);
        } catch (InterruptedException cannotHappen) {
            throw new AssertionError(cannotHappen);
        }
    }

    public boolean tryAcquire() {
        synchronized (this) {
            if (permits - 1 >= 0) {
                permits -= 1;
                return true;
            }
            return false;
        }
    }

    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return doAcquire(1, true, Math.max(unit.toNanos(timeout), 0L));
    }

    public void release() {
        release(1);
    }

    public void acquire(int permits) throws InterruptedException {
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        doAcquire(permits, true, -1L);
    }

    public void acquireUninterruptibly(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        try {
            doAcquire(permits, false, -1L);
        } catch (InterruptedException cannotHappen) {
            throw new AssertionError(cannotHappen);
        }
    }

    public boolean tryAcquire(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        synchronized (this) {
            if (this.permits - permits >= 0) {
                this.permits -= permits;
                return true;
            }
            return false;
        }
    }

    public boolean tryAcquire(int permits, long timeout, TimeUnit unit) throws InterruptedException {
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        return doAcquire(permits, true, Math.max(unit.toNanos(timeout), 0L));
    }

    public void release(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        synchronized (this) {
            int next = this.permits + permits;
            if (next < this.permits) {
                throw new Error("Maximum permit count exceeded");
            }
            this.permits = next;
            notifyAll();
        }
    }

    public synchronized int availablePermits() {
        return permits;
    }

    public synchronized int drainPermits() {
        int n = permits;
        permits = 0;
        return n;
    }

    protected void reducePermits(int reduction) {
        if (reduction < 0) {
            throw new IllegalArgumentException();
        }
        synchronized (this) {
            int next = permits - reduction;
            if (next > permits) {
                throw new Error("Permit count underflow");
            }
            permits = next;
        }
    }

    public boolean isFair() {
        return fair;
    }

    public final synchronized boolean hasQueuedThreads() {
        return !queue.isEmpty();
    }

    public final synchronized int getQueueLength() {
        return queue.size();
    }

    protected synchronized Collection<Thread> getQueuedThreads() {
        ArrayList<Thread> list = new ArrayList<>();
        for (Waiter w : queue) {
            list.add(w.thread);
        }
        return list;
    }

    @Override
    public String toString() {
        return super.toString() + "[Permits = " + availablePermits() + "]";
    }
}
