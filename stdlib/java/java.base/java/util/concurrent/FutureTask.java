package java.util.concurrent;

/**
 * A cancellable asynchronous computation. Cortado's version keeps its state under the task's
 * monitor; get() waits on it.
 */
public class FutureTask<V> implements RunnableFuture<V> {
    private static final int NEW = 0;
    private static final int COMPLETING = 1;
    private static final int NORMAL = 2;
    private static final int EXCEPTIONAL = 3;
    private static final int CANCELLED = 4;
    private static final int INTERRUPTING = 5;
    private static final int INTERRUPTED = 6;

    private volatile int state;
    private Callable<V> callable;
    private Object outcome;
    private volatile Thread runner;

    public FutureTask(Callable<V> callable) {
        if (callable == null) {
            throw new NullPointerException();
        }
        this.callable = callable;
        this.state = NEW;
    }

    public FutureTask(Runnable runnable, V result) {
        this.callable = Executors.callable(runnable, result);
        this.state = NEW;
    }

    @SuppressWarnings("unchecked")
    private V report(int s) throws ExecutionException {
        Object x = outcome;
        if (s == NORMAL) {
            return (V) x;
        }
        if (s >= CANCELLED) {
            throw new CancellationException(); // hotspot-line: 121
        }
        throw new ExecutionException((Throwable) x); // hotspot-line: 122
    }

    @Override
    public boolean isCancelled() {
        return state >= CANCELLED;
    }

    @Override
    public boolean isDone() {
        return state != NEW;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        synchronized (this) {
            if (state != NEW) {
                return false;
            }
            state = mayInterruptIfRunning ? INTERRUPTING : CANCELLED;
        }
        if (mayInterruptIfRunning) {
            try {
                Thread t = runner;
                if (t != null) {
                    t.interrupt();
                }
            } finally {
                state = INTERRUPTED;
            }
        }
        finishCompletion();
        return true;
    }

    @Override
    public V get() throws InterruptedException, ExecutionException {
        int s;
        synchronized (this) {
            while ((s = state) <= COMPLETING) {
                wait();
            }
        }
        return report(s); // hotspot-line: 191
    }

    @Override
    public V get(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (unit == null) {
            throw new NullPointerException();
        }
        long nanos = unit.toNanos(timeout);
        int s;
        synchronized (this) {
            long deadline = System.nanoTime() + nanos;
            while ((s = state) <= COMPLETING) {
                long left = deadline - System.nanoTime();
                if (left <= 0L) {
                    throw new TimeoutException(); // hotspot-line: 204
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
        return report(s); // hotspot-line: 205
    }

    /** Called when this task completes, in any way. */
    protected void done() {}

    protected void set(V v) {
        synchronized (this) {
            if (state != NEW) {
                return;
            }
            outcome = v;
            state = NORMAL;
        }
        finishCompletion();
    }

    protected void setException(Throwable t) {
        synchronized (this) {
            if (state != NEW) {
                return;
            }
            outcome = t;
            state = EXCEPTIONAL;
        }
        finishCompletion();
    }

    private boolean claimRunner() {
        synchronized (this) {
            if (state != NEW || runner != null) {
                return false;
            }
            runner = Thread.currentThread();
            return true;
        }
    }

    @Override
    public void run() {
        if (!claimRunner()) {
            return;
        }
        try {
            Callable<V> c = callable;
            if (c != null && state == NEW) {
                V result;
                boolean ran;
                try {
                    result = c.call(); // hotspot-line: 264
                    ran = true;
                } catch (Throwable ex) {
                    result = null;
                    ran = false;
                    setException(ex);
                }
                if (ran) {
                    set(result);
                }
            }
        } finally {
            runner = null;
        }
    }

    protected boolean runAndReset() {
        if (!claimRunner()) {
            return false;
        }
        boolean ran = false;
        try {
            Callable<V> c = callable;
            if (c != null && state == NEW) {
                try {
                    c.call(); // hotspot-line: 305
                    ran = true;
                } catch (Throwable ex) {
                    setException(ex);
                }
            }
        } finally {
            runner = null;
        }
        return ran && state == NEW;
    }

    private void finishCompletion() {
        synchronized (this) {
            notifyAll();
        }
        done();
        callable = null;
    }

    @Override
    public String toString() {
        String status;
        switch (state) {
            case NORMAL:
                status = "[Completed normally]";
                break;
            case EXCEPTIONAL:
                status = "[Completed exceptionally: " + outcome + "]";
                break;
            case CANCELLED:
            case INTERRUPTING:
            case INTERRUPTED:
                status = "[Cancelled]";
                break;
            default:
                Callable<?> c = callable;
                status = (c == null) ? "[Not completed]" : "[Not completed, task = " + c + "]";
        }
        return super.toString() + status;
    }
}
