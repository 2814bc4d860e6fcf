package java.util.concurrent;

/**
 * A ForkJoinTask that completes when its pending count reaches zero in tryComplete (or when
 * complete is called), then triggers its completer: compute() forks subtasks that each
 * tryComplete their completer. The pending count is guarded by this task's monitor.
 */
public abstract class CountedCompleter<T> extends ForkJoinTask<T> {
    private static final long serialVersionUID = 5232453752276485070L;

    final CountedCompleter<?> completer;
    private volatile int pending;

    protected CountedCompleter(CountedCompleter<?> completer, int initialPendingCount) {
        this.completer = completer;
        this.pending = initialPendingCount;
    }

    protected CountedCompleter(CountedCompleter<?> completer) {
        this.completer = completer;
    }

    protected CountedCompleter() {
        this.completer = null;
    }

    public abstract void compute();

    public void onCompletion(CountedCompleter<?> caller) {}

    public boolean onExceptionalCompletion(Throwable ex, CountedCompleter<?> caller) {
        return true;
    }

    public final CountedCompleter<?> getCompleter() {
        return completer;
    }

    public final int getPendingCount() {
        return pending;
    }

    public final synchronized void setPendingCount(int count) {
        pending = count;
    }

    public final synchronized void addToPendingCount(int delta) {
        pending += delta;
    }

    public final synchronized boolean compareAndSetPendingCount(int expected, int count) {
        if (pending != expected) {
            return false;
        }
        pending = count;
        return true;
    }

    public final synchronized int decrementPendingCountUnlessZero() {
        int c = pending;
        if (c != 0) {
            pending = c - 1;
        }
        return c;
    }

    public final CountedCompleter<?> getRoot() {
        CountedCompleter<?> a = this;
        CountedCompleter<?> p;
        while ((p = a.completer) != null) {
            a = p;
        }
        return a;
    }

    /** Zero pending: completes this (onCompletion) and goes on to the completer; else counts down. */
    public final void tryComplete() {
        CountedCompleter<?> a = this;
        CountedCompleter<?> s = a;
        while (true) {
            int c = a.pending;
            if (c == 0) {
                a.onCompletion(s);
                if ((a = (s = a).completer) == null) {
                    s.quietlyComplete();
                    return;
                }
            } else if (a.compareAndSetPendingCount(c, c - 1)) {
                return;
            }
        }
    }

    public final void propagateCompletion() {
        CountedCompleter<?> a = this;
        CountedCompleter<?> s;
        while (true) {
            int c = a.pending;
            if (c == 0) {
                if ((a = (s = a).completer) == null) {
                    s.quietlyComplete();
                    return;
                }
            } else if (a.compareAndSetPendingCount(c, c - 1)) {
                return;
            }
        }
    }

    @Override
    public void complete(T rawResult) {
        setRawResult(rawResult);
        onCompletion(this);
        quietlyComplete();
        CountedCompleter<?> p = completer;
        if (p != null) {
            p.tryComplete();
        }
    }

    public final CountedCompleter<?> firstComplete() {
        while (true) {
            int c = pending;
            if (c == 0) {
                return this;
            } else if (compareAndSetPendingCount(c, c - 1)) {
                return null;
            }
        }
    }

    public final CountedCompleter<?> nextComplete() {
        CountedCompleter<?> p = completer;
        if (p != null) {
            return p.firstComplete();
        }
        quietlyComplete();
        return null;
    }

    public final void quietlyCompleteRoot() {
        CountedCompleter<?> a = this;
        CountedCompleter<?> p;
        while ((p = a.completer) != null) {
            a = p;
        }
        a.quietlyComplete();
    }

    /** A hint to run pending tasks here; Cortado's pool runs them on its workers. */
    public final void helpComplete(int maxTasks) {}

    /** An exception goes up the completers for as long as onExceptionalCompletion says so. */
    @Override
    void internalPropagateException(Throwable ex) {
        CountedCompleter<?> a = this;
        CountedCompleter<?> s = a;
        while (a.onExceptionalCompletion(ex, s) && (a = (s = a).completer) != null && a.trySetThrown(ex)) {
            // the completer failed too; go on from it
        }
    }

    @Override
    protected final boolean exec() {
        compute();
        return false;
    }

    @Override
    public T getRawResult() {
        return null;
    }

    @Override
    protected void setRawResult(T t) {}
}
