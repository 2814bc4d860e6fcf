package java.util.concurrent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * An ExecutorService that runs each submitted task on one of several pooled threads. Cortado's
 * version keeps the pool's control state under a private monitor instead of an atomic word;
 * the policy (core threads first, then the queue, then extra threads up to the maximum, then
 * rejection), the worker life cycle and the hooks follow the specification.
 */
public class ThreadPoolExecutor extends AbstractExecutorService {
    private static final int RUNNING = 0;
    private static final int SHUTDOWN = 1;
    private static final int STOP = 2;
    private static final int TIDYING = 3;
    private static final int TERMINATED = 4;
    private static final int CAPACITY = (1 << 29) - 1;

    private final Object mainLock = new Object();
    private final BlockingQueue<Runnable> workQueue;
    private final HashSet<Worker> workers = new HashSet<>();
    private int runState = RUNNING;
    private int workerCount;
    private int largestPoolSize;
    private long completedTaskCount;

    private volatile ThreadFactory threadFactory;
    private volatile RejectedExecutionHandler handler;
    private volatile long keepAliveTime;
    private volatile boolean allowCoreThreadTimeOut;
    private volatile int corePoolSize;
    private volatile int maximumPoolSize;

    private static final RejectedExecutionHandler defaultHandler = new AbortPolicy();

    private final class Worker implements Runnable {
        final Thread thread;
        Runnable firstTask;
        volatile long completedTasks;
        /** True while running a task, and before the thread has started. Guarded by this. */
        boolean busy = true;
        /** Set once runWorker begins; only started workers are interrupted by shutdownNow. */
        volatile boolean started;

        Worker(Runnable firstTask) {
            this.firstTask = firstTask;
            this.thread = getThreadFactory().newThread(this);
        }

        @Override
        public void run() {
            runWorker(this); // hotspot-line: 635
        }
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(),
                defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, RejectedExecutionHandler handler) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(),
                handler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory, RejectedExecutionHandler handler) {
        if (corePoolSize < 0 || maximumPoolSize <= 0 || maximumPoolSize < corePoolSize || keepAliveTime < 0) {
            throw new IllegalArgumentException();
        }
        if (workQueue == null || threadFactory == null || handler == null) {
            throw new NullPointerException();
        }
        this.corePoolSize = corePoolSize;
        this.maximumPoolSize = maximumPoolSize;
        this.workQueue = workQueue;
        this.keepAliveTime = unit.toNanos(keepAliveTime);
        this.threadFactory = threadFactory;
        this.handler = handler;
    }

    // ---- worker management ----

    private boolean addWorker(Runnable firstTask, boolean core) {
        synchronized (mainLock) {
            int rs = runState;
            if (rs >= SHUTDOWN && (rs >= STOP || firstTask != null || workQueue.isEmpty())) {
                return false;
            }
            int limit = (core ? corePoolSize : maximumPoolSize) & CAPACITY;
            if (workerCount >= limit) {
                return false;
            }
            workerCount++;
        }
        boolean started = false;
        Worker w = null;
        try {
            w = new Worker(firstTask);
            Thread t = w.thread;
            if (t != null) {
                boolean added = false;
                synchronized (mainLock) {
                    int rs = runState;
                    if (rs == RUNNING || (rs < STOP && firstTask == null)) {
                        if (t.getState() != Thread.State.NEW) {
                            throw new IllegalThreadStateException();
                        }
                        workers.add(w);
                        added = true;
                        if (workers.size() > largestPoolSize) {
                            largestPoolSize = workers.size();
                        }
                    }
                }
                if (added) {
                    t.start();
                    started = true;
                }
            }
        } finally {
            if (!started) {
                synchronized (mainLock) {
                    if (w != null) {
                        workers.remove(w);
                    }
                    workerCount--;
                }
                tryTerminate();
            }
        }
        return started;
    }

    private void runWorker(Worker w) {
        Thread wt = Thread.currentThread();
        Runnable task = w.firstTask;
        w.firstTask = null;
        synchronized (w) {
            // A worker with a first task stays busy into it (the JDK's worker lock is held from
            // construction, state -1, until runWorker's unlock and relocks at once).
            w.busy = task != null;
            w.started = true;
        }
        boolean completedAbruptly = true;
        try {
            while (task != null || (task = getTask()) != null) {
                synchronized (w) {
                    w.busy = true;
                }
                if ((runStateAtLeast(STOP) || (Thread.interrupted() && runStateAtLeast(STOP)))
                        && !wt.isInterrupted()) {
                    wt.interrupt();
                }
                try {
                    beforeExecute(wt, task);
                    try {
                        task.run(); // hotspot-line: 1136
                        afterExecute(task, null);
                    } catch (Throwable ex) {
                        afterExecute(task, ex);
                        throw ex;
                    }
                } finally {
                    task = null;
                    w.completedTasks++;
                    synchronized (w) {
                        w.busy = false;
                    }
                }
            }
            completedAbruptly = false;
        } finally {
            processWorkerExit(w, completedAbruptly);
        }
    }

    private boolean runStateAtLeast(int s) {
        synchronized (mainLock) {
            return runState >= s;
        }
    }

    private Runnable getTask() {
        boolean timedOut = false;
        while (true) {
            boolean timed;
            synchronized (mainLock) {
                int rs = runState;
                if (rs >= SHUTDOWN && (rs >= STOP || workQueue.isEmpty())) {
                    workerCount--;
                    return null;
                }
                int wc = workerCount;
                timed = allowCoreThreadTimeOut || wc > corePoolSize;
                if ((wc > maximumPoolSize || (timed && timedOut)) && (wc > 1 || workQueue.isEmpty())) {
                    workerCount--;
                    return null;
                }
            }
            try {
                Runnable r = timed ? workQueue.poll(keepAliveTime, TimeUnit.NANOSECONDS) : workQueue.take();
                if (r != null) {
                    return r;
                }
                timedOut = true;
            } catch (InterruptedException retry) {
                timedOut = false;
            }
        }
    }

    private void processWorkerExit(Worker w, boolean completedAbruptly) {
        synchronized (mainLock) {
            if (completedAbruptly) {
                workerCount--;
            }
            completedTaskCount += w.completedTasks;
            workers.remove(w);
        }
        tryTerminate();
        int min;
        synchronized (mainLock) {
            if (runState >= STOP) {
                return;
            }
            if (!completedAbruptly) {
                min = allowCoreThreadTimeOut ? 0 : corePoolSize;
                if (min == 0 && !workQueue.isEmpty()) {
                    min = 1;
                }
                if (workerCount >= min) {
                    return;
                }
            }
        }
        addWorker(null, false);
    }

    private void interruptIdleWorkers(boolean onlyOne) {
        for (Worker w : workers) {
            Thread t = w.thread;
            synchronized (w) {
                if (!w.busy && !t.isInterrupted()) {
                    t.interrupt();
                }
            }
            if (onlyOne) {
                break;
            }
        }
    }

    final void tryTerminate() {
        synchronized (mainLock) {
            int rs = runState;
            if (rs == RUNNING || rs >= TIDYING || (rs < STOP && !workQueue.isEmpty())) {
                return;
            }
            if (workerCount != 0) {
                interruptIdleWorkers(true);
                return;
            }
            runState = TIDYING;
        }
        try {
            terminated();
        } finally {
            synchronized (mainLock) {
                runState = TERMINATED;
                mainLock.notifyAll();
            }
        }
    }

    final void reject(Runnable command) {
        handler.rejectedExecution(command, this);
    }

    @Override
    public void execute(Runnable command) {
        if (command == null) {
            throw new NullPointerException();
        }
        int wc;
        synchronized (mainLock) {
            wc = workerCount;
        }
        if (wc < corePoolSize) {
            if (addWorker(command, true)) {
                return;
            }
        }
        if (!isShutdown() && workQueue.offer(command)) {
            if (isShutdown() && remove(command)) {
                reject(command);
            } else {
                synchronized (mainLock) {
                    wc = workerCount;
                }
                if (wc == 0) {
                    addWorker(null, false);
                }
            }
        } else if (!addWorker(command, false)) {
            reject(command);
        }
    }

    @Override
    public void shutdown() {
        synchronized (mainLock) {
            if (runState < SHUTDOWN) {
                runState = SHUTDOWN;
            }
            interruptIdleWorkers(false);
        }
        onShutdown();
        tryTerminate();
    }

    /** Hook for subclasses in this package. */
    void onShutdown() {}

    @Override
    public List<Runnable> shutdownNow() {
        List<Runnable> tasks;
        synchronized (mainLock) {
            if (runState < STOP) {
                runState = STOP;
            }
            for (Worker w : workers) {
                Thread t = w.thread;
                if (w.started && !t.isInterrupted()) {
                    t.interrupt();
                }
            }
            tasks = drainQueue();
        }
        tryTerminate();
        return tasks;
    }

    private List<Runnable> drainQueue() {
        ArrayList<Runnable> taskList = new ArrayList<>();
        workQueue.drainTo(taskList);
        if (!workQueue.isEmpty()) {
            for (Runnable r : workQueue.toArray(new Runnable[0])) {
                if (workQueue.remove(r)) {
                    taskList.add(r);
                }
            }
        }
        return taskList;
    }

    @Override
    public boolean isShutdown() {
        synchronized (mainLock) {
            return runState != RUNNING;
        }
    }

    public boolean isTerminating() {
        synchronized (mainLock) {
            return runState != RUNNING && runState < TERMINATED;
        }
    }

    @Override
    public boolean isTerminated() {
        synchronized (mainLock) {
            return runState == TERMINATED;
        }
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        synchronized (mainLock) {
            long deadline = System.nanoTime() + nanos;
            while (runState < TERMINATED) {
                long left = deadline - System.nanoTime();
                if (left <= 0L) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(mainLock, left);
            }
            return true;
        }
    }

    public void setThreadFactory(ThreadFactory threadFactory) {
        if (threadFactory == null) {
            throw new NullPointerException();
        }
        this.threadFactory = threadFactory;
    }

    public ThreadFactory getThreadFactory() {
        return threadFactory;
    }

    public void setRejectedExecutionHandler(RejectedExecutionHandler handler) {
        if (handler == null) {
            throw new NullPointerException();
        }
        this.handler = handler;
    }

    public RejectedExecutionHandler getRejectedExecutionHandler() {
        return handler;
    }

    public void setCorePoolSize(int corePoolSize) {
        if (corePoolSize < 0 || maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException();
        }
        int delta = corePoolSize - this.corePoolSize;
        this.corePoolSize = corePoolSize;
        int wc;
        synchronized (mainLock) {
            wc = workerCount;
            if (wc > corePoolSize) {
                interruptIdleWorkers(false);
            }
        }
        if (delta > 0) {
            int k = Math.min(delta, workQueue.size());
            while (k-- > 0 && addWorker(null, true)) {
                if (workQueue.isEmpty()) {
                    break;
                }
            }
        }
    }

    public int getCorePoolSize() {
        return corePoolSize;
    }

    public boolean prestartCoreThread() {
        int wc;
        synchronized (mainLock) {
            wc = workerCount;
        }
        return wc < corePoolSize && addWorker(null, true);
    }

    void ensurePrestart() {
        int wc;
        synchronized (mainLock) {
            wc = workerCount;
        }
        if (wc < corePoolSize) {
            addWorker(null, true);
        } else if (wc == 0) {
            addWorker(null, false);
        }
    }

    public int prestartAllCoreThreads() {
        int n = 0;
        while (addWorker(null, true)) {
            ++n;
        }
        return n;
    }

    public boolean allowsCoreThreadTimeOut() {
        return allowCoreThreadTimeOut;
    }

    public void allowCoreThreadTimeOut(boolean value) {
        if (value && keepAliveTime <= 0) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        if (value != allowCoreThreadTimeOut) {
            allowCoreThreadTimeOut = value;
            if (value) {
                synchronized (mainLock) {
                    interruptIdleWorkers(false);
                }
            }
        }
    }

    public void setMaximumPoolSize(int maximumPoolSize) {
        if (maximumPoolSize <= 0 || maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException();
        }
        this.maximumPoolSize = maximumPoolSize;
        synchronized (mainLock) {
            if (workerCount > maximumPoolSize) {
                interruptIdleWorkers(false);
            }
        }
    }

    public int getMaximumPoolSize() {
        return maximumPoolSize;
    }

    public void setKeepAliveTime(long time, TimeUnit unit) {
        if (time < 0) {
            throw new IllegalArgumentException();
        }
        if (time == 0 && allowsCoreThreadTimeOut()) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        long keepAliveTime = unit.toNanos(time);
        long delta = keepAliveTime - this.keepAliveTime;
        this.keepAliveTime = keepAliveTime;
        if (delta < 0) {
            synchronized (mainLock) {
                interruptIdleWorkers(false);
            }
        }
    }

    public long getKeepAliveTime(TimeUnit unit) {
        return unit.convert(keepAliveTime, TimeUnit.NANOSECONDS);
    }

    public BlockingQueue<Runnable> getQueue() {
        return workQueue;
    }

    public boolean remove(Runnable task) {
        boolean removed = workQueue.remove(task);
        tryTerminate();
        return removed;
    }

    public void purge() {
        Object[] tasks = workQueue.toArray();
        for (Object r : tasks) {
            if (r instanceof Future<?> && ((Future<?>) r).isCancelled()) {
                workQueue.remove(r);
            }
        }
        tryTerminate();
    }

    public int getPoolSize() {
        synchronized (mainLock) {
            return runState >= TIDYING ? 0 : workers.size();
        }
    }

    public int getActiveCount() {
        synchronized (mainLock) {
            int n = 0;
            for (Worker w : workers) {
                if (isBusy(w)) {
                    ++n;
                }
            }
            return n;
        }
    }

    /** The JDK's Worker.isLocked(): a worker not yet started counts as active, as do running ones. */
    private static boolean isBusy(Worker w) {
        synchronized (w) {
            return w.busy;
        }
    }

    public int getLargestPoolSize() {
        synchronized (mainLock) {
            return largestPoolSize;
        }
    }

    public long getTaskCount() {
        synchronized (mainLock) {
            long n = completedTaskCount;
            for (Worker w : workers) {
                n += w.completedTasks;
                if (isBusy(w)) {
                    ++n;
                }
            }
            return n + workQueue.size();
        }
    }

    public long getCompletedTaskCount() {
        synchronized (mainLock) {
            long n = completedTaskCount;
            for (Worker w : workers) {
                n += w.completedTasks;
            }
            return n;
        }
    }

    @Override
    public String toString() {
        long ncompleted;
        int nworkers;
        int nactive;
        int rs;
        synchronized (mainLock) {
            ncompleted = completedTaskCount;
            nactive = 0;
            nworkers = workers.size();
            for (Worker w : workers) {
                ncompleted += w.completedTasks;
                if (isBusy(w)) {
                    ++nactive;
                }
            }
            rs = runState;
        }
        String runStateName = rs == RUNNING ? "Running" : rs == TERMINATED ? "Terminated" : "Shutting down";
        return super.toString() + "[" + runStateName + ", pool size = " + nworkers + ", active threads = "
                + nactive + ", queued tasks = " + workQueue.size() + ", completed tasks = " + ncompleted + "]";
    }

    protected void beforeExecute(Thread t, Runnable r) {}

    protected void afterExecute(Runnable r, Throwable t) {}

    protected void terminated() {}

    /** Runs the rejected task in the caller's thread, unless the executor is shut down. */
    public static class CallerRunsPolicy implements RejectedExecutionHandler {
        public CallerRunsPolicy() {}

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                r.run();
            }
        }
    }

    /** Throws RejectedExecutionException. */
    public static class AbortPolicy implements RejectedExecutionHandler {
        public AbortPolicy() {}

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            throw new RejectedExecutionException("Task " + r.toString() + " rejected from " + e.toString());
        }
    }

    /** Silently discards the rejected task. */
    public static class DiscardPolicy implements RejectedExecutionHandler {
        public DiscardPolicy() {}

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {}
    }

    /** Discards the oldest queued task and retries, unless the executor is shut down. */
    public static class DiscardOldestPolicy implements RejectedExecutionHandler {
        public DiscardOldestPolicy() {}

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                e.getQueue().poll();
                e.execute(r);
            }
        }
    }
}
