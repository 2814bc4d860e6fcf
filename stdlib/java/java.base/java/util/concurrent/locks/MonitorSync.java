package java.util.concurrent.locks;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;

/**
 * Cortado's replacement for the queued synchronizer: the state of a lock is guarded by this
 * object's monitor, and threads block with wait/notifyAll on it. Waiting acquirers are queued in
 * arrival order so that fair locks can hand over in FIFO order and queue queries work.
 */
abstract class MonitorSync {
    /** A thread waiting to acquire; exclusive for writers / exclusive locks. */
    static final class Waiter {
        final Thread thread;
        final boolean exclusive;

        Waiter(Thread thread, boolean exclusive) {
            this.thread = thread;
            this.exclusive = exclusive;
        }
    }

    final ArrayDeque<Waiter> queue = new ArrayDeque<>();

    /** Whether the calling thread may take the lock now (monitor held). */
    abstract boolean canAcquire(Thread me, boolean exclusive, Waiter node);

    /** Takes the lock for the calling thread (monitor held, canAcquire was true). */
    abstract void grant(Thread me, boolean exclusive, int count);

    /** For conditions: whether the calling thread holds the exclusive lock. */
    abstract boolean heldExclusively();

    /** For conditions: releases every hold of the calling thread, returning the count. */
    abstract int releaseAll();

    final boolean tryAcquireNow(boolean exclusive) {
        synchronized (this) {
            Thread me = Thread.currentThread();
            if (canAcquire(me, exclusive, null)) {
                grant(me, exclusive, 1);
                return true;
            }
            return false;
        }
    }

    /** Acquires, ignoring interrupts (re-asserting the interrupt status afterwards). */
    final void acquire(boolean exclusive, int count) {
        boolean interrupted = false;
        synchronized (this) {
            Thread me = Thread.currentThread();
            if (queue.isEmpty() && canAcquire(me, exclusive, null)) {
                grant(me, exclusive, count);
                return;
            }
            Waiter node = new Waiter(me, exclusive);
            queue.addLast(node);
            while (!canAcquire(me, exclusive, node)) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            queue.remove(node);
            grant(me, exclusive, count);
            notifyAll();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Acquires interruptibly; nanos < 0 means no timeout. Returns false on timeout.
     */
    final boolean acquireInterruptibly(boolean exclusive, long nanos) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            Thread me = Thread.currentThread();
            if (queue.isEmpty() && canAcquire(me, exclusive, null)) {
                grant(me, exclusive, 1);
                return true;
            }
            if (nanos == 0L) {
                return false;
            }
            long deadline = nanos > 0 ? System.nanoTime() + nanos : 0L;
            Waiter node = new Waiter(me, exclusive);
            queue.addLast(node);
            try {
                while (!canAcquire(me, exclusive, node)) {
                    if (nanos > 0) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0L) {
                            return false;
                        }
                        waitNanos(this, left);
                    } else {
                        wait();
                    }
                }
                queue.remove(node);
                grant(me, exclusive, 1);
                return true;
            } finally {
                queue.remove(node);
                notifyAll();
            }
        }
    }

    static void waitNanos(Object monitor, long nanos) throws InterruptedException {
        long ms = nanos / 1000000L;
        int ns = (int) (nanos % 1000000L);
        if (ms == 0L && ns == 0) {
            ns = 1;
        }
        monitor.wait(ms, ns);
    }

    /** Whether node is the first waiter (or no one waits when node is null). */
    final boolean isFirst(Waiter node) {
        Waiter head = queue.peekFirst();
        return head == null || head == node;
    }

    final synchronized boolean hasQueuedThreads() {
        return !queue.isEmpty();
    }

    final synchronized boolean hasQueuedThread(Thread t) {
        if (t == null) {
            throw new NullPointerException();
        }
        for (Waiter w : queue) {
            if (w.thread == t) {
                return true;
            }
        }
        return false;
    }

    final synchronized int getQueueLength() {
        return queue.size();
    }

    final synchronized Collection<Thread> getQueuedThreads(int which) {
        ArrayList<Thread> list = new ArrayList<>();
        Iterator<Waiter> it = queue.descendingIterator();
        while (it.hasNext()) {
            Waiter w = it.next();
            if (which == 0 || (which == 1) == w.exclusive) {
                list.add(w.thread);
            }
        }
        return list;
    }

    /** The reacquire step after a condition wait: takes back count exclusive holds. */
    final void reacquire(int count) {
        acquire(true, count);
    }
}
