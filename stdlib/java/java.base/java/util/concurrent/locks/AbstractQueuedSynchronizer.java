package java.util.concurrent.locks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * A framework for locks and synchronizers built on an int state and the subclass's tryAcquire,
 * tryRelease, tryAcquireShared, tryReleaseShared and isHeldExclusively. Cortado's version keeps
 * its queue of waiting threads under one monitor: a thread that cannot acquire waits there
 * until a release (or a signal, for conditions) wakes every waiter to try again. Waiters are
 * not served in strict order.
 */
public abstract class AbstractQueuedSynchronizer extends AbstractOwnableSynchronizer implements java.io.Serializable {
    private static final long serialVersionUID = 7373984972572414691L;

    private volatile int state;
    /** Guards the queues; waiting threads wait on it. */
    private transient Object monitor;
    /** Threads waiting to acquire, in arrival order. */
    private transient ArrayList<Node> queue;
    /** Whether any thread ever had to wait (hasContended). */
    private transient boolean contended;

    static final class Node {
        final Thread thread = Thread.currentThread();
        final boolean shared;
        boolean signalled;

        Node(boolean shared) {
            this.shared = shared;
        }
    }

    protected AbstractQueuedSynchronizer() {}

    private Object monitor() {
        Object m = monitor;
        if (m == null) {
            synchronized (this) {
                if (monitor == null) {
                    monitor = new Object();
                    queue = new ArrayList<>();
                }
                m = monitor;
            }
        }
        return m;
    }

    protected final int getState() {
        return state;
    }

    protected final void setState(int newState) {
        state = newState;
    }

    protected final boolean compareAndSetState(int expect, int update) {
        synchronized (monitor()) {
            if (state != expect) {
                return false;
            }
            state = update;
            return true;
        }
    }

    protected boolean tryAcquire(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryRelease(int arg) {
        throw new UnsupportedOperationException();
    }

    protected int tryAcquireShared(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryReleaseShared(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean isHeldExclusively() {
        throw new UnsupportedOperationException();
    }

    /**
     * Waits until the acquire succeeds: false if the deadline (System.nanoTime, when timed)
     * passed first; InterruptedException if interruptible and interrupted (otherwise the
     * interrupt is kept for the caller).
     */
    private boolean doAcquire(int arg, boolean shared, boolean interruptible, boolean timed, long deadline)
            throws InterruptedException {
        Object m = monitor();
        boolean interrupted = false;
        try {
            synchronized (m) {
                Node node = new Node(shared);
                queue.add(node);
                contended = true;
                try {
                    while (true) {
                        if (shared ? tryAcquireShared(arg) >= 0 : tryAcquire(arg)) {
                            if (shared) {
                                m.notifyAll(); // others may acquire too
                            }
                            return true;
                        }
                        long millis = 0;
                        if (timed) {
                            long left = deadline - System.nanoTime();
                            if (left <= 0) {
                                return false;
                            }
                            millis = Math.max(1, left / 1_000_000L);
                        }
                        try {
                            m.wait(millis);
                        } catch (InterruptedException e) {
                            if (interruptible) {
                                throw e;
                            }
                            interrupted = true;
                        }
                    }
                } finally {
                    queue.remove(node);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void wakeAll() {
        Object m = monitor();
        synchronized (m) {
            m.notifyAll();
        }
    }

    public final void acquire(int arg) {
        if (!tryAcquire(arg)) {
            try {
                doAcquire(arg, false, false, false, 0L);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    public final void acquireInterruptibly(int arg) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (!tryAcquire(arg)) {
            doAcquire(arg, false, true, false, 0L);
        }
    }

    public final boolean tryAcquireNanos(int arg, long nanosTimeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (tryAcquire(arg)) {
            return true;
        }
        if (nanosTimeout <= 0L) {
            return false;
        }
        return doAcquire(arg, false, true, true, System.nanoTime() + nanosTimeout);
    }

    public final boolean release(int arg) {
        if (tryRelease(arg)) {
            wakeAll();
            return true;
        }
        return false;
    }

    public final void acquireShared(int arg) {
        if (tryAcquireShared(arg) < 0) {
            try {
                doAcquire(arg, true, false, false, 0L);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    public final void acquireSharedInterruptibly(int arg) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (tryAcquireShared(arg) < 0) {
            doAcquire(arg, true, true, false, 0L);
        }
    }

    public final boolean tryAcquireSharedNanos(int arg, long nanosTimeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (tryAcquireShared(arg) >= 0) {
            return true;
        }
        if (nanosTimeout <= 0L) {
            return false;
        }
        return doAcquire(arg, true, true, true, System.nanoTime() + nanosTimeout);
    }

    public final boolean releaseShared(int arg) {
        if (tryReleaseShared(arg)) {
            wakeAll();
            return true;
        }
        return false;
    }

    // ---- queue inspection ----

    public final boolean hasQueuedThreads() {
        synchronized (monitor()) {
            return !queue.isEmpty();
        }
    }

    public final boolean hasContended() {
        synchronized (monitor()) {
            return contended;
        }
    }

    public final Thread getFirstQueuedThread() {
        synchronized (monitor()) {
            return queue.isEmpty() ? null : queue.get(0).thread;
        }
    }

    public final boolean isQueued(Thread thread) {
        if (thread == null) {
            throw new NullPointerException();
        }
        synchronized (monitor()) {
            for (Node n : queue) {
                if (n.thread == thread) {
                    return true;
                }
            }
            return false;
        }
    }

    public final boolean hasQueuedPredecessors() {
        Thread first = getFirstQueuedThread();
        return first != null && first != Thread.currentThread();
    }

    public final int getQueueLength() {
        synchronized (monitor()) {
            return queue.size();
        }
    }

    private Collection<Thread> queued(int which) {
        ArrayList<Thread> list = new ArrayList<>();
        synchronized (monitor()) {
            for (int i = queue.size() - 1; i >= 0; i--) {
                Node n = queue.get(i);
                if (which == 0 || (which == 1) == !n.shared) {
                    list.add(n.thread);
                }
            }
        }
        return list;
    }

    public final Collection<Thread> getQueuedThreads() {
        return queued(0);
    }

    public final Collection<Thread> getExclusiveQueuedThreads() {
        return queued(1);
    }

    public final Collection<Thread> getSharedQueuedThreads() {
        return queued(2);
    }

    @Override
    public String toString() {
        return super.toString() + "[State = " + getState() + ", " + (hasQueuedThreads() ? "non" : "") + "empty queue]";
    }

    // ---- conditions ----

    public final boolean owns(ConditionObject condition) {
        return condition.isOwnedBy(this);
    }

    public final boolean hasWaiters(ConditionObject condition) {
        if (!owns(condition)) {
            throw new IllegalArgumentException("Not owner");
        }
        return condition.hasWaiters();
    }

    public final int getWaitQueueLength(ConditionObject condition) {
        if (!owns(condition)) {
            throw new IllegalArgumentException("Not owner");
        }
        return condition.getWaitQueueLength();
    }

    public final Collection<Thread> getWaitingThreads(ConditionObject condition) {
        if (!owns(condition)) {
            throw new IllegalArgumentException("Not owner");
        }
        return condition.getWaitingThreads();
    }

    /** A condition of an exclusive synchronizer: await releases it fully and reacquires it after. */
    public class ConditionObject implements Condition, java.io.Serializable {
        private static final long serialVersionUID = 1173984872572414699L;

        private final transient ArrayList<Node> waiters = new ArrayList<>();

        public ConditionObject() {}

        final boolean isOwnedBy(AbstractQueuedSynchronizer sync) {
            return sync == AbstractQueuedSynchronizer.this;
        }

        private void checkHeld() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
        }

        /**
         * Waits for a signal (or the deadline, or an interrupt if interruptible) with the
         * synchronizer released, then reacquires it. Returns the nanoseconds left (timed), or
         * Long.MIN_VALUE when interrupted in an uninterruptible wait.
         */
        private long doAwait(boolean interruptible, boolean timed, long deadline) throws InterruptedException {
            if (interruptible && Thread.interrupted()) {
                throw new InterruptedException();
            }
            checkHeld();
            Object m = monitor();
            boolean interrupted = false;
            InterruptedException thrown = null;
            int saved;
            synchronized (m) {
                Node node = new Node(false);
                waiters.add(node);
                saved = getState();
                if (!release(saved)) {
                    waiters.remove(node);
                    throw new IllegalMonitorStateException();
                }
                while (!node.signalled) {
                    long millis = 0;
                    if (timed) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            break;
                        }
                        millis = Math.max(1, left / 1_000_000L);
                    }
                    try {
                        m.wait(millis);
                    } catch (InterruptedException e) {
                        if (interruptible && !node.signalled) {
                            thrown = e;
                            break;
                        }
                        interrupted = true;
                    }
                }
                waiters.remove(node);
            }
            doAcquire(saved, false, false, false, 0L);
            if (thrown != null) {
                throw thrown;
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return timed ? deadline - System.nanoTime() : 0L;
        }

        @Override
        public final void await() throws InterruptedException {
            doAwait(true, false, 0L);
        }

        @Override
        public final void awaitUninterruptibly() {
            try {
                doAwait(false, false, 0L);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public final long awaitNanos(long nanosTimeout) throws InterruptedException {
            return doAwait(true, true, System.nanoTime() + nanosTimeout);
        }

        @Override
        public final boolean await(long time, TimeUnit unit) throws InterruptedException {
            return doAwait(true, true, System.nanoTime() + unit.toNanos(time)) > 0;
        }

        public final boolean awaitUntil(Date deadline) throws InterruptedException {
            long millis = deadline.getTime() - System.currentTimeMillis();
            return doAwait(true, true, System.nanoTime() + millis * 1_000_000L) > 0;
        }

        @Override
        public final void signal() {
            checkHeld();
            Object m = monitor();
            synchronized (m) {
                if (!waiters.isEmpty()) {
                    waiters.remove(0).signalled = true;
                    m.notifyAll();
                }
            }
        }

        @Override
        public final void signalAll() {
            checkHeld();
            Object m = monitor();
            synchronized (m) {
                for (Node n : waiters) {
                    n.signalled = true;
                }
                waiters.clear();
                m.notifyAll();
            }
        }

        protected final boolean hasWaiters() {
            checkHeld();
            synchronized (monitor()) {
                return !waiters.isEmpty();
            }
        }

        protected final int getWaitQueueLength() {
            checkHeld();
            synchronized (monitor()) {
                return waiters.size();
            }
        }

        protected final Collection<Thread> getWaitingThreads() {
            checkHeld();
            ArrayList<Thread> list = new ArrayList<>();
            synchronized (monitor()) {
                for (int i = waiters.size() - 1; i >= 0; i--) {
                    list.add(waiters.get(i).thread);
                }
            }
            return list;
        }
    }
}
