package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * Abstract base class for tasks that run within a ForkJoinPool. In Cortado, fork() pushes the
 * task on its pool's shared queue; join() of a task that no thread has started yet takes it
 * back and runs it in the joining thread, so joins cannot starve a small pool.
 */
public abstract class ForkJoinTask<V> implements Future<V>, java.io.Serializable {
    private static final long serialVersionUID = -7721805057305804111L;

    private static final int PENDING = 0;
    private static final int NORMAL = 1;
    private static final int CANCELLED = 2;
    private static final int EXCEPTIONAL = 3;

    /** Completion status, guarded by this task's monitor (writes) and volatile (reads). */
    private volatile int status;
    private Throwable exception;
    /** The thread that recorded the exception. */
    private Thread thrower;
    /** The pool whose queue holds this task while it is forked and not yet taken. */
    volatile ForkJoinPool queuedIn;
    /** Whether some thread has claimed this task for execution. */
    private boolean claimed;

    public ForkJoinTask() {}

    // ---- execution ----

    /** Whether exec() has been started at least once (a CountedCompleter may stay pending). */
    private boolean started;

    private synchronized boolean claim() {
        if (claimed || status != PENDING) {
            return false;
        }
        claimed = true;
        started = true;
        return true;
    }

    private synchronized boolean neverStarted() {
        return !started;
    }

    /** Runs exec() if this task is pending and unclaimed, recording the outcome. */
    final void doExec() {
        if (!claim()) {
            return;
        }
        boolean completed;
        try {
            completed = exec();
        } catch (Throwable rex) {
            if (setDone(EXCEPTIONAL, rex)) {
                internalPropagateException(rex);
            }
            return;
        }
        if (completed) {
            setDone(NORMAL, null);
        } else {
            synchronized (this) {
                claimed = false;
            }
        }
    }

    private boolean setDone(int s, Throwable ex) {
        synchronized (this) {
            if (status != PENDING) {
                return false;
            }
            exception = ex;
            if (ex != null) {
                thrower = Thread.currentThread();
            }
            status = s;
            notifyAll();
        }
        return true;
    }

    /** Hook called after the task recorded an exception (exec() threw, or completeExceptionally). */
    void internalPropagateException(Throwable ex) {}

    /** Waits until done, running the task here if it is still queued and unclaimed. */
    private void awaitDone(boolean interruptible) throws InterruptedException {
        if (status != PENDING) {
            return;
        }
        ForkJoinPool p = queuedIn;
        Thread t = Thread.currentThread();
        boolean mayRun = (t instanceof ForkJoinWorkerThread) || p == null || p == ForkJoinPool.common;
        if (p == null ? neverStarted() : (mayRun && p.tryUnqueue(this))) {
            doExec();
        }
        boolean interrupted = false;
        synchronized (this) {
            while (status == PENDING) {
                try {
                    wait();
                } catch (InterruptedException ie) {
                    if (interruptible) {
                        throw ie;
                    }
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            t.interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    static <T extends Throwable> void rethrow(Throwable t) throws T {
        ForkJoinTask.<T>sneakyThrow(t);
    }

    /**
     * The exception to report to the calling thread. As specified, an exception thrown in
     * another thread is re-created in this one when possible (same type, with the original as
     * its cause), so that the caller's stack trace is meaningful.
     */
    private Throwable exceptionForCaller() {
        Throwable ex = exception;
        if (ex == null || thrower == Thread.currentThread()) {
            return ex;
        }
        try {
            java.lang.reflect.Constructor<?> noArgCtor = null;
            for (java.lang.reflect.Constructor<?> c : ex.getClass().getConstructors()) {
                Class<?>[] ps = c.getParameterTypes();
                if (ps.length == 0) {
                    noArgCtor = c;
                } else if (ps.length == 1 && ps[0] == Throwable.class) {
                    return (Throwable) c.newInstance(ex);
                }
            }
            if (noArgCtor != null) {
                Throwable wx = (Throwable) noArgCtor.newInstance();
                wx.initCause(ex);
                return wx;
            }
        } catch (Exception ignore) {
            // fall back to the original exception
        }
        return ex;
    }

    private void reportJoin() {
        int s = status;
        if (s == CANCELLED) {
            throw new CancellationException();
        }
        if (s == EXCEPTIONAL) {
            ForkJoinTask.<RuntimeException>sneakyThrow(exceptionForCaller());
        }
    }

    public final ForkJoinTask<V> fork() {
        Thread t = Thread.currentThread();
        ForkJoinPool p = (t instanceof ForkJoinWorkerThread) ? ((ForkJoinWorkerThread) t).pool : ForkJoinPool.common;
        p.push(this);
        return this;
    }

    public final V join() {
        try {
            awaitDone(false);
        } catch (InterruptedException cannotHappen) {
            throw new AssertionError(cannotHappen);
        }
        reportJoin();
        return getRawResult();
    }

    public final V invoke() {
        doExec();
        return join();
    }

    public static void invokeAll(ForkJoinTask<?> t1, ForkJoinTask<?> t2) {
        if (t1 == null || t2 == null) {
            throw new NullPointerException();
        }
        t2.fork();
        t1.doExec();
        t1.quietlyJoin();
        t2.quietlyJoin();
        t1.reportJoin();
        t2.reportJoin();
    }

    public static void invokeAll(ForkJoinTask<?>... tasks) {
        int last = tasks.length - 1;
        for (int i = last; i >= 0; --i) {
            ForkJoinTask<?> t = tasks[i];
            if (t == null) {
                throw new NullPointerException();
            }
            if (i == 0) {
                t.doExec();
            } else {
                t.fork();
            }
        }
        for (ForkJoinTask<?> t : tasks) {
            t.quietlyJoin();
        }
        for (ForkJoinTask<?> t : tasks) {
            t.reportJoin();
        }
    }

    public static <T extends ForkJoinTask<?>> Collection<T> invokeAll(Collection<T> tasks) {
        if (!(tasks instanceof RandomAccess) || !(tasks instanceof List<?>)) {
            invokeAll(tasks.toArray(new ForkJoinTask<?>[0]));
            return tasks;
        }
        List<? extends ForkJoinTask<?>> ts = (List<? extends ForkJoinTask<?>>) tasks;
        invokeAll(ts.toArray(new ForkJoinTask<?>[0]));
        return tasks;
    }

    // ---- status ----

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        synchronized (this) {
            if (status != PENDING) {
                return status == CANCELLED;
            }
            status = CANCELLED;
            notifyAll();
        }
        ForkJoinPool p = queuedIn;
        if (p != null) {
            p.tryUnqueue(this);
        }
        return true;
    }

    @Override
    public final boolean isDone() {
        return status != PENDING;
    }

    @Override
    public final boolean isCancelled() {
        return status == CANCELLED;
    }

    public final boolean isCompletedAbnormally() {
        int s = status;
        return s == CANCELLED || s == EXCEPTIONAL;
    }

    public final boolean isCompletedNormally() {
        return status == NORMAL;
    }

    public final Throwable getException() {
        int s = status;
        if (s == CANCELLED) {
            return new CancellationException();
        }
        return s == EXCEPTIONAL ? exceptionForCaller() : null;
    }

    public void completeExceptionally(Throwable ex) {
        Throwable rex = (ex instanceof RuntimeException || ex instanceof Error) ? ex : new RuntimeException(ex);
        if (setDone(EXCEPTIONAL, rex)) {
            internalPropagateException(rex);
        }
    }

    /** Records ex as this task's outcome without propagating it; false if already done. */
    final boolean trySetThrown(Throwable ex) {
        return setDone(EXCEPTIONAL, ex);
    }

    public void complete(V value) {
        try {
            setRawResult(value);
        } catch (Throwable rex) {
            setDone(EXCEPTIONAL, rex);
            return;
        }
        setDone(NORMAL, null);
    }

    /** The tag of this task, a short for applications' own use; guarded by this. */
    private short tag;

    public final synchronized short getForkJoinTaskTag() {
        return tag;
    }

    public final synchronized short setForkJoinTaskTag(short newValue) {
        short old = tag;
        tag = newValue;
        return old;
    }

    public final synchronized boolean compareAndSetForkJoinTaskTag(short expect, short update) {
        if (tag != expect) {
            return false;
        }
        tag = update;
        return true;
    }

    public final void quietlyComplete() {
        setDone(NORMAL, null);
    }

    @Override
    public final V get() throws InterruptedException, ExecutionException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        awaitDone(true);
        int s = status;
        if (s == CANCELLED) {
            throw new CancellationException();
        }
        if (s == EXCEPTIONAL) {
            throw new ExecutionException(exceptionForCaller());
        }
        return getRawResult();
    }

    @Override
    public final V get(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            long deadline = System.nanoTime() + nanos;
            while (status == PENDING) {
                long left = deadline - System.nanoTime();
                if (left <= 0L) {
                    throw new TimeoutException();
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
        int s = status;
        if (s == CANCELLED) {
            throw new CancellationException();
        }
        if (s == EXCEPTIONAL) {
            throw new ExecutionException(exceptionForCaller());
        }
        return getRawResult();
    }

    public final void quietlyJoin() {
        try {
            awaitDone(false);
        } catch (InterruptedException cannotHappen) {
            throw new AssertionError(cannotHappen);
        }
    }

    public final void quietlyInvoke() {
        doExec();
        quietlyJoin();
    }

    public static void helpQuiesce() {
        Thread t = Thread.currentThread();
        ForkJoinPool p = (t instanceof ForkJoinWorkerThread) ? ((ForkJoinWorkerThread) t).pool : ForkJoinPool.common;
        p.helpQuiesce();
    }

    public void reinitialize() {
        synchronized (this) {
            status = PENDING;
            exception = null;
            claimed = false;
            queuedIn = null;
        }
    }

    public static ForkJoinPool getPool() {
        Thread t = Thread.currentThread();
        return (t instanceof ForkJoinWorkerThread) ? ((ForkJoinWorkerThread) t).pool : null;
    }

    public static boolean inForkJoinPool() {
        return Thread.currentThread() instanceof ForkJoinWorkerThread;
    }

    public boolean tryUnfork() {
        ForkJoinPool p = queuedIn;
        return p != null && p.tryUnqueue(this);
    }

    public static int getQueuedTaskCount() {
        ForkJoinPool p = getPool();
        return p == null ? 0 : (int) p.getQueuedTaskCount();
    }

    public static int getSurplusQueuedTaskCount() {
        return getQueuedTaskCount();
    }

    public abstract V getRawResult();

    protected abstract void setRawResult(V value);

    protected abstract boolean exec();

    protected static ForkJoinTask<?> peekNextLocalTask() {
        return null;
    }

    protected static ForkJoinTask<?> pollNextLocalTask() {
        return null;
    }

    protected static ForkJoinTask<?> pollTask() {
        ForkJoinPool p = getPool();
        return p == null ? null : p.pollSubmission();
    }

    // ---- adapters ----

    static final class AdaptedRunnable<T> extends ForkJoinTask<T> implements RunnableFuture<T> {
        private static final long serialVersionUID = 5232453952276885070L;
        final Runnable runnable;
        T result;

        AdaptedRunnable(Runnable runnable, T result) {
            if (runnable == null) {
                throw new NullPointerException();
            }
            this.runnable = runnable;
            this.result = result;
        }

        @Override
        public T getRawResult() {
            return result;
        }

        @Override
        public void setRawResult(T v) {
            result = v;
        }

        @Override
        public boolean exec() {
            runnable.run();
            return true;
        }

        @Override
        public void run() {
            invoke();
        }

        @Override
        public String toString() {
            return super.toString() + "[Wrapped task = " + runnable + "]";
        }
    }

    static final class AdaptedCallable<T> extends ForkJoinTask<T> implements RunnableFuture<T> {
        private static final long serialVersionUID = 2838392045355241008L;
        final Callable<? extends T> callable;
        T result;

        AdaptedCallable(Callable<? extends T> callable) {
            if (callable == null) {
                throw new NullPointerException();
            }
            this.callable = callable;
        }

        @Override
        public T getRawResult() {
            return result;
        }

        @Override
        public void setRawResult(T v) {
            result = v;
        }

        @Override
        public boolean exec() {
            try {
                result = callable.call();
                return true;
            } catch (RuntimeException rex) {
                throw rex;
            } catch (Exception ex) {
                throw new RuntimeException(ex);
            }
        }

        @Override
        public void run() {
            invoke();
        }

        @Override
        public String toString() {
            return super.toString() + "[Wrapped task = " + callable + "]";
        }
    }

    /**
     * The wrapper of ForkJoinPool.execute(Runnable): as in the JDK, an exception thrown by the
     * runnable goes to the running thread's uncaught-exception handler (by default its thread
     * group's, which prints it), and the worker thread lives on.
     */
    static final class RunnableExecuteAction extends ForkJoinTask<Void> {
        private static final long serialVersionUID = 5232453952276885070L;
        final Runnable runnable;

        RunnableExecuteAction(Runnable runnable) {
            if (runnable == null) {
                throw new NullPointerException();
            }
            this.runnable = runnable;
        }

        @Override
        public Void getRawResult() {
            return null;
        }

        @Override
        public void setRawResult(Void v) {}

        @Override
        public boolean exec() {
            runnable.run();
            return true;
        }

        @Override
        void internalPropagateException(Throwable ex) {
            Thread t = Thread.currentThread();
            Thread.UncaughtExceptionHandler h = t.getUncaughtExceptionHandler();
            if (h != null) {
                try {
                    h.uncaughtException(t, ex);
                } catch (Throwable ignore) {
                    // as in the JDK
                }
            }
        }
    }

    public static ForkJoinTask<?> adapt(Runnable runnable) {
        return new AdaptedRunnable<Void>(runnable, null);
    }

    public static <T> ForkJoinTask<T> adapt(Runnable runnable, T result) {
        return new AdaptedRunnable<T>(runnable, result);
    }

    public static <T> ForkJoinTask<T> adapt(Callable<? extends T> callable) {
        return new AdaptedCallable<T>(callable);
    }
}
