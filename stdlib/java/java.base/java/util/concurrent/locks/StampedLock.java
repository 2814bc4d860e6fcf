package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * A capability-based lock with write, read and optimistic read modes. Cortado's version keeps
 * its state under this object's monitor. Stamps follow the JDK's layout: the low 7 bits count
 * readers, bit 7 is the write bit, and the higher bits are a version that changes with every
 * write lock release, so a stamp from tryOptimisticRead validates until the next write.
 */
public class StampedLock implements java.io.Serializable {
    private static final long serialVersionUID = -6001602636862214147L;

    private static final long RBITS = (1L << 7) - 1;
    private static final long WBIT = 1L << 7;
    private static final long ABITS = RBITS | WBIT;
    private static final long SBITS = ~RBITS;
    private static final long ORIGIN = WBIT << 1;

    /** version | write bit | reader count */
    private long state = ORIGIN;
    /** Readers beyond RBITS. */
    private int readerOverflow;

    public StampedLock() {}

    private synchronized long acquireWrite(boolean interruptible, boolean timed, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        while ((state & ABITS) != 0L) {
            if (timed) {
                long left = deadline - System.nanoTime();
                if (left <= 0L) {
                    return 0L;
                }
                awaitNanos(left, interruptible);
            } else {
                awaitNanos(0L, interruptible);
            }
        }
        state += WBIT;
        return state;
    }

    private synchronized long acquireRead(boolean interruptible, boolean timed, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        while ((state & WBIT) != 0L) {
            if (timed) {
                long left = deadline - System.nanoTime();
                if (left <= 0L) {
                    return 0L;
                }
                awaitNanos(left, interruptible);
            } else {
                awaitNanos(0L, interruptible);
            }
        }
        return addReader();
    }

    private long addReader() {
        if ((state & RBITS) < RBITS) {
            state += 1L;
        } else {
            readerOverflow++;
        }
        return state;
    }

    private void awaitNanos(long nanos, boolean interruptible) throws InterruptedException {
        try {
            if (nanos > 0L) {
                TimeUnit.NANOSECONDS.timedWait(this, nanos);
            } else {
                wait();
            }
        } catch (InterruptedException e) {
            if (interruptible) {
                throw e;
            }
            Thread.currentThread().interrupt();
        }
    }

    public long writeLock() {
        boolean interrupted = Thread.interrupted();
        try {
            return acquireWrite(false, false, 0L);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public synchronized long tryWriteLock() {
        if ((state & ABITS) != 0L) {
            return 0L;
        }
        state += WBIT;
        return state;
    }

    public long tryWriteLock(long time, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return acquireWrite(true, true, unit.toNanos(time));
    }

    public long writeLockInterruptibly() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return acquireWrite(true, false, 0L);
    }

    public long readLock() {
        boolean interrupted = Thread.interrupted();
        try {
            return acquireRead(false, false, 0L);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public synchronized long tryReadLock() {
        if ((state & WBIT) != 0L) {
            return 0L;
        }
        return addReader();
    }

    public long tryReadLock(long time, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return acquireRead(true, true, unit.toNanos(time));
    }

    public long readLockInterruptibly() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return acquireRead(true, false, 0L);
    }

    public synchronized long tryOptimisticRead() {
        return ((state & WBIT) == 0L) ? (state & SBITS) : 0L;
    }

    public synchronized boolean validate(long stamp) {
        return (stamp & SBITS) == (state & SBITS);
    }

    private long releaseWrite() {
        long s = state + WBIT;
        state = (s == 0L) ? ORIGIN : s;
        notifyAll();
        return state;
    }

    public synchronized void unlockWrite(long stamp) {
        if (state != stamp || (stamp & WBIT) == 0L) {
            throw new IllegalMonitorStateException();
        }
        releaseWrite();
    }

    private void releaseRead() {
        if (readerOverflow > 0) {
            readerOverflow--;
        } else {
            state -= 1L;
        }
        if ((state & RBITS) == 0L) {
            notifyAll();
        }
    }

    public synchronized void unlockRead(long stamp) {
        if ((stamp & SBITS) != (state & SBITS) || (stamp & ABITS) == 0L || (state & RBITS) == 0L
                || (stamp & WBIT) != 0L) {
            throw new IllegalMonitorStateException();
        }
        releaseRead();
    }

    public synchronized void unlock(long stamp) {
        if ((stamp & WBIT) != 0L) {
            unlockWrite(stamp);
        } else {
            unlockRead(stamp);
        }
    }

    public synchronized long tryConvertToWriteLock(long stamp) {
        long a = stamp & ABITS;
        if ((stamp & SBITS) != (state & SBITS)) {
            return 0L;
        }
        long m = state & ABITS;
        if (m == 0L) {
            if (a != 0L) {
                return 0L;
            }
            state += WBIT;
            return state;
        } else if (m == WBIT) {
            return a == WBIT ? stamp : 0L;
        } else if (m == 1L && a != 0L && readerOverflow == 0) {
            state = state - 1L + WBIT;
            return state;
        }
        return 0L;
    }

    public synchronized long tryConvertToReadLock(long stamp) {
        long a = stamp & ABITS;
        if ((stamp & SBITS) != (state & SBITS)) {
            return 0L;
        }
        long m = state & ABITS;
        if (m == 0L) {
            if (a != 0L) {
                return 0L;
            }
            return addReader();
        } else if (m == WBIT) {
            if (a != WBIT) {
                return 0L;
            }
            releaseWrite();
            return addReader();
        } else if (a != 0L && a < WBIT) {
            return stamp;
        }
        return 0L;
    }

    public synchronized long tryConvertToOptimisticRead(long stamp) {
        long a = stamp & ABITS;
        if ((stamp & SBITS) != (state & SBITS)) {
            return 0L;
        }
        long m = state & ABITS;
        if (a == 0L) {
            return (m & WBIT) == 0L ? stamp : 0L;
        } else if (m == WBIT) {
            if (a != WBIT) {
                return 0L;
            }
            return releaseWrite();
        } else if (a < WBIT && m != 0L) {
            releaseRead();
            return state & SBITS;
        }
        return 0L;
    }

    public synchronized boolean tryUnlockWrite() {
        if ((state & WBIT) == 0L) {
            return false;
        }
        releaseWrite();
        return true;
    }

    public synchronized boolean tryUnlockRead() {
        if ((state & RBITS) == 0L || (state & WBIT) != 0L) {
            return false;
        }
        releaseRead();
        return true;
    }

    public synchronized boolean isWriteLocked() {
        return (state & WBIT) != 0L;
    }

    public synchronized boolean isReadLocked() {
        return (state & RBITS) != 0L;
    }

    public static boolean isWriteLockStamp(long stamp) {
        return (stamp & ABITS) == WBIT;
    }

    public static boolean isReadLockStamp(long stamp) {
        return (stamp & RBITS) != 0L;
    }

    public static boolean isLockStamp(long stamp) {
        return (stamp & ABITS) != 0L;
    }

    public static boolean isOptimisticReadStamp(long stamp) {
        return (stamp & ABITS) == 0L && stamp != 0L;
    }

    public synchronized int getReadLockCount() {
        return (int) (state & RBITS) + readerOverflow;
    }

    @Override
    public synchronized String toString() {
        long s = state;
        return super.toString() + ((s & ABITS) == 0L ? "[Unlocked]"
                : (s & WBIT) != 0L ? "[Write-locked]" : "[Read-locks:" + getReadLockCount() + "]");
    }

    public Lock asReadLock() {
        return new ViewLock(false);
    }

    public Lock asWriteLock() {
        return new ViewLock(true);
    }

    public ReadWriteLock asReadWriteLock() {
        return new ReadWriteLock() {
            @Override
            public Lock readLock() {
                return asReadLock();
            }

            @Override
            public Lock writeLock() {
                return asWriteLock();
            }
        };
    }

    private final class ViewLock implements Lock {
        private final boolean write;

        ViewLock(boolean write) {
            this.write = write;
        }

        @Override
        public void lock() {
            if (write) {
                writeLock();
            } else {
                readLock();
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            if (write) {
                writeLockInterruptibly();
            } else {
                readLockInterruptibly();
            }
        }

        @Override
        public boolean tryLock() {
            return (write ? tryWriteLock() : tryReadLock()) != 0L;
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return (write ? tryWriteLock(time, unit) : tryReadLock(time, unit)) != 0L;
        }

        @Override
        public void unlock() {
            boolean ok = write ? tryUnlockWrite() : tryUnlockRead();
            if (!ok) {
                throw new IllegalMonitorStateException();
            }
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }
    }
}
