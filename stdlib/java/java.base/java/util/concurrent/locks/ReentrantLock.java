package java.util.concurrent.locks;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

/** A reentrant mutual exclusion lock (built on monitors in Cortado). */
public class ReentrantLock implements Lock, java.io.Serializable {
    private static final long serialVersionUID = 7373984872572414699L;

    static final class Sync extends MonitorSync {
        final boolean fair;
        Thread owner;
        int holds;

        Sync(boolean fair) {
            this.fair = fair;
        }

        @Override
        boolean canAcquire(Thread me, boolean exclusive, Waiter node) {
            if (owner == me) {
                return true;
            }
            if (owner != null) {
                return false;
            }
            return node == null || !fair || isFirst(node);
        }

        @Override
        void grant(Thread me, boolean exclusive, int count) {
            if (owner == me) {
                if (holds + count < 0) {
                    throw new Error("Maximum lock count exceeded");
                }
                holds += count;
            } else {
                owner = me;
                holds = count;
            }
        }

        @Override
        boolean heldExclusively() {
            return owner == Thread.currentThread();
        }

        @Override
        int releaseAll() {
            int saved = holds;
            owner = null;
            holds = 0;
            return saved;
        }

        synchronized void release() {
            if (owner != Thread.currentThread()) {
                throw new IllegalMonitorStateException();
            }
            if (--holds == 0) {
                owner = null;
                // only queued acquirers wait for a release (condition waiters wait for a signal)
                if (!queue.isEmpty()) {
                    notifyAll();
                }
            }
        }
    }

    private final Sync sync;

    public ReentrantLock() {
        this(false);
    }

    public ReentrantLock(boolean fair) {
        sync = new Sync(fair);
    }

    @Override
    public void lock() {
        sync.acquire(true, 1);
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        sync.acquireInterruptibly(true, -1L);
    }

    @Override
    public boolean tryLock() {
        synchronized (sync) {
            Thread me = Thread.currentThread();
            if (sync.owner == null || sync.owner == me) {
                sync.grant(me, true, 1);
                return true;
            }
            return false;
        }
    }

    @Override
    public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.acquireInterruptibly(true, Math.max(unit.toNanos(timeout), 0L));
    }

    @Override
    public void unlock() {
        sync.release();
    }

    @Override
    public Condition newCondition() {
        return new MonitorCondition(sync);
    }

    public int getHoldCount() {
        synchronized (sync) {
            return sync.owner == Thread.currentThread() ? sync.holds : 0;
        }
    }

    public boolean isHeldByCurrentThread() {
        synchronized (sync) {
            return sync.owner == Thread.currentThread();
        }
    }

    public boolean isLocked() {
        synchronized (sync) {
            return sync.owner != null;
        }
    }

    public final boolean isFair() {
        return sync.fair;
    }

    protected Thread getOwner() {
        synchronized (sync) {
            return sync.owner;
        }
    }

    public final boolean hasQueuedThreads() {
        return sync.hasQueuedThreads();
    }

    public final boolean hasQueuedThread(Thread thread) {
        return sync.hasQueuedThread(thread);
    }

    public final int getQueueLength() {
        return sync.getQueueLength();
    }

    protected Collection<Thread> getQueuedThreads() {
        return sync.getQueuedThreads(0);
    }

    private MonitorCondition check(Condition condition) {
        if (condition == null) {
            throw new NullPointerException();
        }
        if (!(condition instanceof MonitorCondition) || ((MonitorCondition) condition).sync != sync) {
            throw new IllegalArgumentException("not owner");
        }
        return (MonitorCondition) condition;
    }

    public boolean hasWaiters(Condition condition) {
        return check(condition).hasWaiters();
    }

    public int getWaitQueueLength(Condition condition) {
        return check(condition).getWaitQueueLength();
    }

    protected Collection<Thread> getWaitingThreads(Condition condition) {
        return check(condition).getWaitingThreads();
    }

    @Override
    public String toString() {
        Thread o = getOwner();
        return super.toString() + ((o == null) ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
    }
}
