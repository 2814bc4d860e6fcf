package java.util.concurrent.locks;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/** A Condition of a MonitorSync-based lock. */
final class MonitorCondition implements Condition, java.io.Serializable {
    private static final long serialVersionUID = 1173984872572414699L;

    private static final class Node {
        final Thread thread = Thread.currentThread();
        boolean signalled;
    }

    final MonitorSync sync;
    private final ArrayDeque<Node> waiters = new ArrayDeque<>();

    MonitorCondition(MonitorSync sync) {
        this.sync = sync;
    }

    private void checkHeld() {
        if (!sync.heldExclusively()) {
            throw new IllegalMonitorStateException();
        }
    }

    /**
     * Waits until signalled, interrupted (when interruptible) or out of time (nanos >= 0).
     * Returns the nanoseconds left (or 1 when untimed). Throws InterruptedException only if
     * interrupted before being signalled.
     */
    private long doAwait(boolean interruptible, long nanos) throws InterruptedException {
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        long deadline = nanos >= 0 ? System.nanoTime() + nanos : 0L;
        long left = 1L;
        boolean throwIe = false;
        boolean reinterrupt = false;
        int saved;
        Node node = new Node();
        synchronized (sync) {
            checkHeld();
            waiters.addLast(node);
            saved = sync.releaseAll();
            sync.notifyAll();
            while (!node.signalled) {
                try {
                    if (nanos >= 0) {
                        left = deadline - System.nanoTime();
                        if (left <= 0L) {
                            waiters.remove(node);
                            break;
                        }
                        MonitorSync.waitNanos(sync, left);
                    } else {
                        sync.wait();
                    }
                } catch (InterruptedException e) {
                    if (interruptible) {
                        if (!node.signalled) {
                            waiters.remove(node);
                            throwIe = true;
                            break;
                        }
                        reinterrupt = true;
                    } else {
                        reinterrupt = true;
                    }
                }
            }
        }
        sync.reacquire(saved);
        if (throwIe) {
            throw new InterruptedException();
        }
        if (reinterrupt) {
            Thread.currentThread().interrupt();
        }
        if (nanos >= 0) {
            return node.signalled ? Math.max(deadline - System.nanoTime(), 1L) : Math.min(left, 0L);
        }
        return 1L;
    }

    @Override
    public void await() throws InterruptedException {
        doAwait(true, -1L);
    }

    @Override
    public void awaitUninterruptibly() {
        try {
            doAwait(false, -1L);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public long awaitNanos(long nanosTimeout) throws InterruptedException {
        if (nanosTimeout <= 0L) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return doAwait(true, 0L) > 0L ? 1L : nanosTimeout;
        }
        return doAwait(true, nanosTimeout);
    }

    @Override
    public boolean await(long time, TimeUnit unit) throws InterruptedException {
        long nanos = Math.max(unit.toNanos(time), 0L);
        long left = doAwait(true, nanos);
        return left > 0L;
    }

    @Override
    public boolean awaitUntil(java.util.Date deadline) throws InterruptedException {
        long millis = deadline.getTime() - System.currentTimeMillis();
        long nanos = millis <= 0L ? 0L : (millis >= Long.MAX_VALUE / 1_000_000L ? Long.MAX_VALUE / 2 : millis * 1_000_000L);
        return doAwait(true, nanos) > 0L;
    }

    @Override
    public void signal() {
        synchronized (sync) {
            checkHeld();
            Node n = waiters.pollFirst();
            if (n != null) {
                n.signalled = true;
                sync.notifyAll();
            }
        }
    }

    @Override
    public void signalAll() {
        synchronized (sync) {
            checkHeld();
            Node n;
            while ((n = waiters.pollFirst()) != null) {
                n.signalled = true;
            }
            sync.notifyAll();
        }
    }

    boolean hasWaiters() {
        synchronized (sync) {
            checkHeld();
            return !waiters.isEmpty();
        }
    }

    int getWaitQueueLength() {
        synchronized (sync) {
            checkHeld();
            return waiters.size();
        }
    }

    Collection<Thread> getWaitingThreads() {
        synchronized (sync) {
            checkHeld();
            ArrayList<Thread> list = new ArrayList<>();
            for (Node n : waiters) {
                list.add(n.thread);
            }
            return list;
        }
    }
}
