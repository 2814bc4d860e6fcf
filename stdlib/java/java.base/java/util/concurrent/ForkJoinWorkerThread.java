package java.util.concurrent;

/** A thread managed by a ForkJoinPool, which executes ForkJoinTasks. */
public class ForkJoinWorkerThread extends Thread {
    final ForkJoinPool pool;
    final int poolIndex;
    /** Set by the pool when it registers this worker (guarded by the pool). */
    boolean countedAsStarting;

    protected ForkJoinWorkerThread(ForkJoinPool pool) {
        super("aForkJoinWorkerThread");
        if (pool == null) {
            throw new NullPointerException();
        }
        this.pool = pool;
        this.poolIndex = pool.registerWorker(this);
        setDaemon(true);
        UncaughtExceptionHandler h = pool.getUncaughtExceptionHandler();
        if (h != null) {
            setUncaughtExceptionHandler(h);
        }
    }

    public ForkJoinPool getPool() {
        return pool;
    }

    public int getPoolIndex() {
        return poolIndex;
    }

    protected void onStart() {}

    protected void onTermination(Throwable exception) {}

    @Override
    public void run() {
        Throwable exception = null;
        try {
            onStart();
            pool.runWorker(this);
        } catch (Throwable ex) {
            exception = ex;
        } finally {
            try {
                onTermination(exception);
            } catch (Throwable ex) {
                if (exception == null) {
                    exception = ex;
                }
            } finally {
                pool.deregisterWorker(this, exception);
            }
        }
    }
}
