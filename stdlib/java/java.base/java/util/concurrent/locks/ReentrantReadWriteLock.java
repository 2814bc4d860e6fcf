package java.util.concurrent.locks;

import java.util.Collection;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;

/** A ReadWriteLock with reentrant read and write locks (built on monitors in Cortado). */
public class ReentrantReadWriteLock implements ReadWriteLock, java.io.Serializable {
    private static final long serialVersionUID = -6992448646407690164L;

    static final class Sync extends MonitorSync {
        final boolean fair;
        Thread writer;
        int writeHolds;
        int readCount;
        final HashMap<Thread, int[]> readHolds = new HashMap<>();

        Sync(boolean fair) {
            this.fair = fair;
        }

        int readHoldsOf(Thread t) {
            int[] c = readHolds.get(t);
            return c == null ? 0 : c[0];
        }

        @Override
        boolean canAcquire(Thread me, boolean exclusive, Waiter node) {
            if (exclusive) {
                if (writer == me) {
                    return true;
                }
                if (writer != null || readCount != 0) {
                    return false;
                }
                return node == null || !fair || isFirst(node);
            }
            if (writer != null && writer != me) {
                return false;
            }
            if (writer == me || readHoldsOf(me) > 0 || node == null) {
                return true;
            }
            if (fair) {
                return isFirst(node);
            }
            // Non-fair readers still yield to a writer at the head of the queue.
            Waiter head = queue.peekFirst();
            return head == null || head == node || !head.exclusive;
        }

        @Override
        void grant(Thread me, boolean exclusive, int count) {
            if (exclusive) {
                if (writer == me) {
                    if (writeHolds + count > 65535) {
                        throw new Error("Maximum lock count exceeded");
                    }
                    writeHolds += count;
                } else {
                    writer = me;
                    writeHolds = count;
                }
            } else {
                if (readCount + count > 65535) {
                    throw new Error("Maximum lock count exceeded");
                }
                int[] c = readHolds.get(me);
                if (c == null) {
                    readHolds.put(me, c = new int[1]);
                }
                c[0] += count;
                readCount += count;
            }
        }

        @Override
        boolean heldExclusively() {
            return writer == Thread.currentThread();
        }

        @Override
        int releaseAll() {
            int saved = writeHolds;
            writer = null;
            writeHolds = 0;
            return saved;
        }

        synchronized void releaseWrite() {
            if (writer != Thread.currentThread()) {
                throw new IllegalMonitorStateException();
            }
            if (--writeHolds == 0) {
                writer = null;
                notifyAll();
            }
        }

        synchronized void releaseRead() {
            Thread me = Thread.currentThread();
            int[] c = readHolds.get(me);
            if (c == null) {
                throw new IllegalMonitorStateException(
                        "attempt to unlock read lock, not locked by current thread");
            }
            if (--c[0] == 0) {
                readHolds.remove(me);
            }
            if (--readCount == 0) {
                notifyAll();
            }
        }

        boolean tryReadNow() {
            synchronized (this) {
                Thread me = Thread.currentThread();
                if (writer == null || writer == me) {
                    grant(me, false, 1);
                    return true;
                }
                return false;
            }
        }

        boolean tryWriteNow() {
            synchronized (this) {
                Thread me = Thread.currentThread();
                if (writer == me || (writer == null && readCount == 0)) {
                    grant(me, true, 1);
                    return true;
                }
                return false;
            }
        }
    }

    private final Sync sync;
    private final ReadLock readerLock;
    private final WriteLock writerLock;

    public ReentrantReadWriteLock() {
        this(false);
    }

    public ReentrantReadWriteLock(boolean fair) {
        sync = new Sync(fair);
        readerLock = new ReadLock(this);
        writerLock = new WriteLock(this);
    }

    @Override
    public ReentrantReadWriteLock.WriteLock writeLock() {
        return writerLock;
    }

    @Override
    public ReentrantReadWriteLock.ReadLock readLock() {
        return readerLock;
    }

    /** The lock returned by readLock(). */
    public static class ReadLock implements Lock, java.io.Serializable {
        private static final long serialVersionUID = -5992448646407690164L;
        private final Sync sync;

        protected ReadLock(ReentrantReadWriteLock lock) {
            sync = lock.sync;
        }

        @Override
        public void lock() {
            sync.acquire(false, 1);
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            sync.acquireInterruptibly(false, -1L);
        }

        @Override
        public boolean tryLock() {
            return sync.tryReadNow();
        }

        @Override
        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            return sync.acquireInterruptibly(false, Math.max(unit.toNanos(timeout), 0L));
        }

        @Override
        public void unlock() {
            sync.releaseRead();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            int r;
            synchronized (sync) {
                r = sync.readCount;
            }
            return super.toString() + "[Read locks = " + r + "]";
        }
    }

    /** The lock returned by writeLock(). */
    public static class WriteLock implements Lock, java.io.Serializable {
        private static final long serialVersionUID = -4992448646407690164L;
        private final Sync sync;

        protected WriteLock(ReentrantReadWriteLock lock) {
            sync = lock.sync;
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
            return sync.tryWriteNow();
        }

        @Override
        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            return sync.acquireInterruptibly(true, Math.max(unit.toNanos(timeout), 0L));
        }

        @Override
        public void unlock() {
            sync.releaseWrite();
        }

        @Override
        public Condition newCondition() {
            return new MonitorCondition(sync);
        }

        @Override
        public String toString() {
            Thread o;
            synchronized (sync) {
                o = sync.writer;
            }
            return super.toString() + ((o == null) ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
        }

        public boolean isHeldByCurrentThread() {
            synchronized (sync) {
                return sync.writer == Thread.currentThread();
            }
        }

        public int getHoldCount() {
            synchronized (sync) {
                return sync.writer == Thread.currentThread() ? sync.writeHolds : 0;
            }
        }
    }

    public final boolean isFair() {
        return sync.fair;
    }

    protected Thread getOwner() {
        synchronized (sync) {
            return sync.writer;
        }
    }

    public int getReadLockCount() {
        synchronized (sync) {
            return sync.readCount;
        }
    }

    public boolean isWriteLocked() {
        synchronized (sync) {
            return sync.writer != null;
        }
    }

    public boolean isWriteLockedByCurrentThread() {
        synchronized (sync) {
            return sync.writer == Thread.currentThread();
        }
    }

    public int getWriteHoldCount() {
        synchronized (sync) {
            return sync.writer == Thread.currentThread() ? sync.writeHolds : 0;
        }
    }

    public int getReadHoldCount() {
        synchronized (sync) {
            return sync.readHoldsOf(Thread.currentThread());
        }
    }

    protected Collection<Thread> getQueuedWriterThreads() {
        return sync.getQueuedThreads(1);
    }

    protected Collection<Thread> getQueuedReaderThreads() {
        return sync.getQueuedThreads(2);
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
        int w;
        int r;
        synchronized (sync) {
            w = sync.writeHolds;
            r = sync.readCount;
        }
        return super.toString() + "[Write locks = " + w + ", Read locks = " + r + "]";
    }
}
