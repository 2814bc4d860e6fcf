package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An ExecutorService for ForkJoinTasks. Cortado's version is a plain pool: up to parallelism
 * daemon worker threads take tasks from one shared queue guarded by the pool's monitor. A thread
 * joining a task that is still queued runs it itself (see ForkJoinTask), which keeps divide and
 * conquer computations deadlock-free with any number of workers.
 */
public class ForkJoinPool extends AbstractExecutorService {
    /** Factory for creating new ForkJoinWorkerThreads. */
    public static interface ForkJoinWorkerThreadFactory {
        ForkJoinWorkerThread newThread(ForkJoinPool pool);
    }

    /** Blocks in a way that a ForkJoinPool may compensate for. */
    public static interface ManagedBlocker {
        boolean block() throws InterruptedException;

        boolean isReleasable();
    }

    private static final class DefaultForkJoinWorkerThreadFactory implements ForkJoinWorkerThreadFactory {
        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            return new ForkJoinWorkerThread(pool);
        }
    }

    public static final ForkJoinWorkerThreadFactory defaultForkJoinWorkerThreadFactory =
            new DefaultForkJoinWorkerThreadFactory();

    private static final int MAX_CAP = 0x7fff;
    private static final long KEEP_ALIVE_NANOS = 60L * 1000L * 1000L * 1000L;
    private static int poolNumberSequence;

    static final ForkJoinPool common;
    private static final int COMMON_PARALLELISM;

    static {
        int par = -1;
        try {
            String pp = jdk.internal.util.StaticProperty.get("java.util.concurrent.ForkJoinPool.common.parallelism");
            if (pp != null) {
                par = Integer.parseInt(pp);
            }
        } catch (Exception ignore) {
            par = -1;
        }
        if (par < 0) {
            par = Runtime.getRuntime().availableProcessors() - 1;
        }
        if (par > MAX_CAP) {
            par = MAX_CAP;
        }
        COMMON_PARALLELISM = Math.max(par, 1);
        common = new ForkJoinPool((byte) 0, COMMON_PARALLELISM);
    }

    private final int parallelism;
    private final ForkJoinWorkerThreadFactory factory;
    private final Thread.UncaughtExceptionHandler ueh;
    private final boolean asyncMode;
    private final String workerNamePrefix;
    private final boolean isCommon;

    // Guarded by this pool's monitor:
    private final ArrayDeque<ForkJoinTask<?>> queue = new ArrayDeque<>();
    private final ArrayList<ForkJoinWorkerThread> workers = new ArrayList<>();
    private int nextWorkerIndex = 1;
    private int starting;
    private int idle;
    private int active;
    private long stealCount;
    private boolean shutdown;
    private boolean stopping;
    private boolean terminated;

    private static synchronized int nextPoolId() {
        return ++poolNumberSequence;
    }

    public ForkJoinPool() {
        this(Math.min(MAX_CAP, Runtime.getRuntime().availableProcessors()), defaultForkJoinWorkerThreadFactory,
                null, false);
    }

    public ForkJoinPool(int parallelism) {
        this(parallelism, defaultForkJoinWorkerThreadFactory, null, false);
    }

    public ForkJoinPool(int parallelism, ForkJoinWorkerThreadFactory factory,
            Thread.UncaughtExceptionHandler handler, boolean asyncMode) {
        if (parallelism <= 0 || parallelism > MAX_CAP) {
            throw new IllegalArgumentException();
        }
        if (factory == null) {
            throw new NullPointerException();
        }
        this.parallelism = parallelism;
        this.factory = factory;
        this.ueh = handler;
        this.asyncMode = asyncMode;
        this.workerNamePrefix = "ForkJoinPool-" + nextPoolId() + "-worker-";
        this.isCommon = false;
    }

    public ForkJoinPool(int parallelism, ForkJoinWorkerThreadFactory factory,
            Thread.UncaughtExceptionHandler handler, boolean asyncMode, int corePoolSize,
            int maximumPoolSize, int minimumRunnable, java.util.function.Predicate<? super ForkJoinPool> saturate,
            long keepAliveTime, TimeUnit unit) {
        this(parallelism, factory, handler, asyncMode);
    }

    /** The common pool. */
    private ForkJoinPool(byte forCommonPoolOnly, int parallelism) {
        this.parallelism = parallelism;
        this.factory = defaultForkJoinWorkerThreadFactory;
        this.ueh = null;
        this.asyncMode = false;
        this.workerNamePrefix = "ForkJoinPool.commonPool-worker-";
        this.isCommon = true;
    }

    public static ForkJoinPool commonPool() {
        return common;
    }

    // ---- workers ----

    synchronized int registerWorker(ForkJoinWorkerThread w) {
        int index = nextWorkerIndex++;
        w.setName(workerNamePrefix + index);
        workers.add(w);
        if (starting > 0) {
            starting--;
            w.countedAsStarting = true;
        }
        return index;
    }

    void deregisterWorker(ForkJoinWorkerThread w, Throwable ex) {
        synchronized (this) {
            workers.remove(w);
            notifyAll();
        }
        tryTerminate();
        if (ex != null) {
            ForkJoinTask.<RuntimeException>rethrow(ex);
        }
    }

    /** Wakes idle workers, and starts one more if queued tasks outnumber the idle workers. */
    private void signalWork() {
        boolean spawn;
        synchronized (this) {
            notifyAll();
            spawn = !stopping && queue.size() > idle + starting && workers.size() + starting < parallelism;
            if (spawn) {
                starting++;
            }
        }
        if (spawn) {
            ForkJoinWorkerThread t = null;
            try {
                t = factory.newThread(this);
                if (t != null) {
                    t.start();
                }
            } finally {
                synchronized (this) {
                    if (t == null || !t.countedAsStarting) {
                        starting--;
                    }
                    notifyAll();
                }
            }
        }
    }

    final void runWorker(ForkJoinWorkerThread w) {
        while (true) {
            ForkJoinTask<?> task;
            synchronized (this) {
                long deadline = System.nanoTime() + KEEP_ALIVE_NANOS;
                while ((task = queue.pollFirst()) == null) {
                    if (stopping || shutdown) {
                        return;
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0L) {
                        return;
                    }
                    idle++;
                    notifyAll();
                    try {
                        TimeUnit.NANOSECONDS.timedWait(this, left);
                    } catch (InterruptedException ignore) {
                        // keep waiting for work unless stopping
                    } finally {
                        idle--;
                    }
                }
                task.queuedIn = null;
                active++;
                stealCount++;
            }
            try {
                task.doExec();
            } finally {
                synchronized (this) {
                    active--;
                    notifyAll();
                }
            }
        }
    }

    final void push(ForkJoinTask<?> task) {
        synchronized (this) {
            if (shutdown && !isCommon) {
                throw new RejectedExecutionException();
            }
            task.queuedIn = this;
            queue.addLast(task);
        }
        signalWork();
    }

    /** Removes task from the queue if it is still there. */
    final synchronized boolean tryUnqueue(ForkJoinTask<?> task) {
        if (task.queuedIn == this && queue.removeLastOccurrence(task)) {
            task.queuedIn = null;
            notifyAll();
            return true;
        }
        return false;
    }

    final synchronized ForkJoinTask<?> pollSubmission() {
        ForkJoinTask<?> t = queue.pollFirst();
        if (t != null) {
            t.queuedIn = null;
        }
        return t;
    }

    final void helpQuiesce() {
        ForkJoinTask<?> t;
        while ((t = pollSubmission()) != null) {
            t.doExec();
        }
        awaitQuiescence(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    }

    private void tryTerminate() {
        synchronized (this) {
            if (isCommon || !shutdown || terminated) {
                return;
            }
            if (!stopping && (!queue.isEmpty() || active > 0)) {
                return;
            }
            stopping = true;
            notifyAll();
            if (!workers.isEmpty() || starting > 0) {
                return;
            }
            terminated = true;
            notifyAll();
        }
    }

    // ---- submission ----

    public <T> T invoke(ForkJoinTask<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        push(task);
        return task.join();
    }

    public void execute(ForkJoinTask<?> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        push(task);
    }

    @Override
    public void execute(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        ForkJoinTask<?> job = (task instanceof ForkJoinTask<?>) ? (ForkJoinTask<?>) task
                : new ForkJoinTask.RunnableExecuteAction(task);
        push(job);
    }

    public <T> ForkJoinTask<T> submit(ForkJoinTask<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        push(task);
        return task;
    }

    @Override
    public <T> ForkJoinTask<T> submit(Callable<T> task) {
        ForkJoinTask<T> job = new ForkJoinTask.AdaptedCallable<T>(task);
        push(job);
        return job;
    }

    @Override
    public <T> ForkJoinTask<T> submit(Runnable task, T result) {
        ForkJoinTask<T> job = new ForkJoinTask.AdaptedRunnable<T>(task, result);
        push(job);
        return job;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ForkJoinTask<?> submit(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        ForkJoinTask<?> job = (task instanceof ForkJoinTask<?>) ? (ForkJoinTask<?>) task
                : new ForkJoinTask.AdaptedRunnable<Void>(task, null);
        push(job);
        return job;
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) {
        ArrayList<Future<T>> futures = new ArrayList<>(tasks.size());
        try {
            for (Callable<T> t : tasks) {
                ForkJoinTask<T> f = new ForkJoinTask.AdaptedCallable<T>(t);
                futures.add(f);
                push(f);
            }
            for (Future<T> f : futures) {
                ((ForkJoinTask<?>) f).quietlyJoin();
            }
            return futures;
        } catch (Throwable t) {
            for (Future<T> f : futures) {
                f.cancel(false);
            }
            throw t;
        }
    }

    // ---- queries ----

    public ForkJoinWorkerThreadFactory getFactory() {
        return factory;
    }

    public Thread.UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return ueh;
    }

    public int getParallelism() {
        return parallelism;
    }

    public static int getCommonPoolParallelism() {
        return COMMON_PARALLELISM;
    }

    public synchronized int getPoolSize() {
        return workers.size();
    }

    public boolean getAsyncMode() {
        return asyncMode;
    }

    public synchronized int getRunningThreadCount() {
        return active;
    }

    public synchronized int getActiveThreadCount() {
        return active;
    }

    public synchronized boolean isQuiescent() {
        return active == 0 && queue.isEmpty();
    }

    public synchronized long getStealCount() {
        return stealCount;
    }

    public synchronized long getQueuedTaskCount() {
        return queue.size();
    }

    public synchronized int getQueuedSubmissionCount() {
        return queue.size();
    }

    public synchronized boolean hasQueuedSubmissions() {
        return !queue.isEmpty();
    }

    protected int drainTasksTo(Collection<? super ForkJoinTask<?>> c) {
        int n = 0;
        ForkJoinTask<?> t;
        while ((t = pollSubmission()) != null) {
            c.add(t);
            n++;
        }
        return n;
    }

    @Override
    public String toString() {
        String level;
        int size;
        int act;
        long steals;
        int tasks;
        synchronized (this) {
            level = terminated ? "Terminated" : stopping ? "Terminating" : shutdown ? "Shutting down" : "Running";
            size = workers.size();
            act = active;
            steals = stealCount;
            tasks = queue.size();
        }
        return super.toString() + "[" + level + ", parallelism = " + parallelism + ", size = " + size
                + ", active = " + act + ", running = " + act + ", steals = " + steals + ", tasks = " + tasks
                + ", submissions = " + 0 + "]";
    }

    // ---- life cycle ----

    @Override
    public void shutdown() {
        if (isCommon) {
            return;
        }
        synchronized (this) {
            shutdown = true;
            notifyAll();
        }
        tryTerminate();
    }

    /** As ExecutorService.close, except that closing the common pool does nothing (Java 19). */
    @Override
    public void close() {
        if (!isCommon) {
            super.close();
        }
    }

    @Override
    public List<Runnable> shutdownNow() {
        if (!isCommon) {
            ArrayList<ForkJoinTask<?>> dropped = new ArrayList<>();
            synchronized (this) {
                shutdown = true;
                stopping = true;
                dropped.addAll(queue);
                queue.clear();
                notifyAll();
            }
            for (ForkJoinTask<?> t : dropped) {
                t.cancel(false);
            }
            tryTerminate();
        }
        return new ArrayList<Runnable>();
    }

    @Override
    public synchronized boolean isTerminated() {
        return terminated;
    }

    public synchronized boolean isTerminating() {
        return stopping && !terminated;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        if (isCommon) {
            awaitQuiescence(timeout, unit);
            return false;
        }
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            long deadline = System.nanoTime() + nanos;
            while (!terminated) {
                long left = deadline - System.nanoTime();
                if (left <= 0L) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }
    }

    public boolean awaitQuiescence(long timeout, TimeUnit unit) {
        long nanos = unit.toNanos(timeout);
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread && ((ForkJoinWorkerThread) t).pool == this) {
            ForkJoinTask<?> task;
            while ((task = pollSubmission()) != null) {
                task.doExec();
            }
        }
        synchronized (this) {
            long deadline = System.nanoTime() + nanos;
            while (!(queue.isEmpty() && active == 0)) {
                long left = deadline - System.nanoTime();
                if (left <= 0L) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException ie) {
                    t.interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    public static void managedBlock(ManagedBlocker blocker) throws InterruptedException {
        if (blocker == null) {
            throw new NullPointerException();
        }
        while (!blocker.isReleasable()) {
            if (blocker.block()) {
                break;
            }
        }
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
        return new ForkJoinTask.AdaptedRunnable<T>(runnable, value);
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
        return new ForkJoinTask.AdaptedCallable<T>(callable);
    }
}
