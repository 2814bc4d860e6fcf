package java.util.concurrent;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Future that may be explicitly completed, usable as a CompletionStage. Cortado's version
 * keeps the result and the stack of dependent actions under the future's monitor. Dependents
 * fire in the order the specification's reference implementation uses (most recently added
 * first, nested dependents depth first), which programs can observe through side effects.
 */
public class CompletableFuture<T> implements Future<T>, CompletionStage<T> {

    /** Boxes a null value (ex == null) or an exceptional outcome. */
    static final class AltResult {
        final Throwable ex;

        AltResult(Throwable x) {
            this.ex = x;
        }
    }

    static final AltResult NIL = new AltResult(null);

    private static final boolean USE_COMMON_POOL = ForkJoinPool.getCommonPoolParallelism() > 1;

    private static final Executor ASYNC_POOL = USE_COMMON_POOL ? ForkJoinPool.commonPool()
            : new ThreadPerTaskExecutor();

    static final class ThreadPerTaskExecutor implements Executor {
        @Override
        public void execute(Runnable r) {
            if (r == null) {
                throw new NullPointerException();
            }
            new Thread(r).start();
        }
    }

    private static final int SYNC = 0;
    private static final int ASYNC = 1;
    private static final int NESTED = -1;

    volatile Object result;
    /** Top of the stack of dependent actions; guarded by this. */
    private Completion stack;

    public CompletableFuture() {}

    CompletableFuture(Object r) {
        this.result = r;
    }

    // ---- encoding ----

    static Object encodeValue(Object t) {
        return (t == null) ? NIL : t;
    }

    static AltResult encodeThrowable(Throwable x) {
        return new AltResult((x instanceof CompletionException) ? x : new CompletionException(x)); // hotspot-line: 315
    }

    static Object encodeThrowable(Throwable x, Object r) {
        if (!(x instanceof CompletionException)) {
            x = new CompletionException(x);
        } else if (r instanceof AltResult && x == ((AltResult) r).ex) {
            return r;
        }
        return new AltResult(x);
    }

    static Object encodeRelay(Object r) {
        Throwable x;
        if (r instanceof AltResult && (x = ((AltResult) r).ex) != null && !(x instanceof CompletionException)) {
            r = new AltResult(new CompletionException(x));
        }
        return r;
    }

    final boolean completeRaw(Object r) {
        synchronized (this) {
            if (result != null) {
                return false;
            }
            result = r;
            notifyAll();
            return true;
        }
    }

    final boolean completeNull() {
        return completeRaw(NIL);
    }

    final boolean completeValue(T t) {
        return completeRaw(encodeValue(t));
    }

    final boolean completeThrowable(Throwable x) {
        return completeRaw(encodeThrowable(x)); // hotspot-line: 320
    }

    final boolean completeThrowable(Throwable x, Object r) {
        return completeRaw(encodeThrowable(x, r));
    }

    final boolean completeRelay(Object r) {
        return completeRaw(encodeRelay(r));
    }

    // ---- the dependents stack ----

    /** A dependent action. */
    abstract static class Completion implements Runnable {
        Completion next;

        /** Tries to run; returns a future whose dependents the caller should process, or null. */
        abstract CompletableFuture<?> tryFire(int mode);

        abstract boolean isLive();

        @Override
        public final void run() {
            tryFire(ASYNC);
        }
    }

    /** Pushes c if this is incomplete; otherwise runs it now. */
    final void unipush(Completion c) {
        if (c != null) {
            synchronized (this) {
                if (result == null) {
                    c.next = stack;
                    stack = c;
                    return;
                }
            }
            c.tryFire(SYNC);
        }
    }

    private boolean tryPush(Completion c) {
        synchronized (this) {
            if (result == null) {
                c.next = stack;
                stack = c;
                return true;
            }
            return false;
        }
    }

    private void pushStack(Completion c) {
        synchronized (this) {
            c.next = stack;
            stack = c;
        }
    }

    /** Fires every dependent, iteratively (dependents of dependents are moved onto this stack). */
    final void postComplete() {
        CompletableFuture<?> f = this;
        while (true) {
            Completion h;
            Completion t;
            synchronized (f) {
                h = f.stack;
                if (h != null) {
                    f.stack = t = h.next;
                } else {
                    t = null;
                }
            }
            if (h == null) {
                if (f != this) {
                    f = this;
                    continue;
                }
                return;
            }
            if (t != null && f != this) {
                pushStack(h);
                continue;
            }
            h.next = null;
            CompletableFuture<?> d = h.tryFire(NESTED);
            f = (d == null) ? this : d;
        }
    }

    /** Removes dead completions. */
    final void cleanStack() {
        synchronized (this) {
            Completion kept = null;
            Completion tail = null;
            for (Completion p = stack; p != null; p = p.next) {
                if (p.isLive()) {
                    if (tail == null) {
                        kept = p;
                    } else {
                        tail.next = p;
                    }
                    tail = p;
                }
            }
            if (tail != null) {
                tail.next = null;
            }
            stack = kept;
        }
    }

    private boolean hasStack() {
        synchronized (this) {
            return stack != null;
        }
    }

    /** Post-processing after a dependent of a completed: returns this in NESTED mode if it has dependents. */
    final CompletableFuture<T> postFire(CompletableFuture<?> a, int mode) {
        if (a != null && a.hasStack()) {
            if (mode < 0 || a.result == null) {
                a.cleanStack();
            } else {
                a.postComplete();
            }
        }
        if (result != null && hasStack()) {
            if (mode < 0) {
                return this;
            }
            postComplete();
        }
        return null;
    }

    final CompletableFuture<T> postFire(CompletableFuture<?> a, CompletableFuture<?> b, int mode) {
        if (b != null && b.hasStack()) {
            if (mode < 0 || b.result == null) {
                b.cleanStack();
            } else {
                b.postComplete();
            }
        }
        return postFire(a, mode);
    }

    // ---- completion kinds ----

    private static final int APPLY = 1;
    private static final int ACCEPT = 2;
    private static final int RUN = 3;
    private static final int WHEN = 4;
    private static final int HANDLE = 5;
    private static final int EXCEPTIONALLY = 6;
    private static final int COMPOSE = 7;
    private static final int RELAY = 8;
    private static final int BI_APPLY = 11;
    private static final int BI_ACCEPT = 12;
    private static final int BI_RUN = 13;
    private static final int BI_RELAY = 14;
    private static final int OR_APPLY = 21;
    private static final int OR_ACCEPT = 22;
    private static final int OR_RUN = 23;

    /** A dependent on one source (a) or two (a and b). */
    static final class Step extends Completion {
        final int kind;
        Executor executor;
        CompletableFuture<Object> dep;
        CompletableFuture<Object> src;
        CompletableFuture<Object> snd;
        Object fn;
        private boolean claimed;

        @SuppressWarnings("unchecked")
        Step(int kind, Executor executor, CompletableFuture<?> dep, CompletableFuture<?> src,
                CompletableFuture<?> snd, Object fn) {
            this.kind = kind;
            this.executor = executor;
            this.dep = (CompletableFuture<Object>) dep;
            this.src = (CompletableFuture<Object>) src;
            this.snd = (CompletableFuture<Object>) snd;
            this.fn = fn;
        }

        /** Returns true if the caller should run the action now (false: handed to the executor). */
        boolean claim() {
            Executor e;
            synchronized (this) {
                if (claimed) {
                    return false;
                }
                claimed = true;
                e = executor;
                if (e == null) {
                    return true;
                }
                executor = null;
            }
            e.execute(this);
            return false;
        }

        @Override
        boolean isLive() {
            return dep != null;
        }

        @Override
        CompletableFuture<?> tryFire(int mode) {
            CompletableFuture<Object> d = dep;
            CompletableFuture<Object> a = src;
            CompletableFuture<Object> b = snd;
            if (d == null || a == null) {
                return null;
            }
            boolean bi = kind >= BI_APPLY && kind <= BI_RELAY;
            boolean or = kind >= OR_APPLY;
            Object r;
            Object s = null;
            if (bi) {
                if ((r = a.result) == null || (s = b.result) == null) {
                    return null;
                }
            } else if (or) {
                if ((r = a.result) == null && (r = b.result) == null) {
                    return null;
                }
            } else if ((r = a.result) == null) {
                return null;
            }
            if (d.result == null) {
                if (!fire(d, r, s, mode)) {
                    return null;
                }
            }
            dep = null;
            src = null;
            snd = null;
            fn = null;
            if (d.result == null) {
                return null; // completed later by a relay (thenCompose)
            }
            return (bi || or) ? d.postFire(a, b, mode) : d.postFire(a, mode);
        }

        /** Runs the action; returns false if it was handed to an executor (or already claimed). */
        @SuppressWarnings("unchecked")
        private boolean fire(CompletableFuture<Object> d, Object r, Object s, int mode) {
            Throwable x = (r instanceof AltResult) ? ((AltResult) r).ex : null;
            Throwable y = (s instanceof AltResult) ? ((AltResult) s).ex : null;
            switch (kind) {
                case RELAY:
                    d.completeRelay(r);
                    return true;
                case BI_RELAY:
                    if (x != null) {
                        d.completeThrowable(x, r);
                    } else if (y != null) {
                        d.completeThrowable(y, s);
                    } else {
                        d.completeNull();
                    }
                    return true;
                case WHEN:
                case HANDLE:
                    break;
                case EXCEPTIONALLY:
                    if (x == null) {
                        d.completeRaw(r);
                        return true;
                    }
                    break;
                default:
                    if (x != null) {
                        d.completeThrowable(x, r);
                        return true;
                    }
                    if (y != null) {
                        d.completeThrowable(y, s);
                        return true;
                    }
            }
            if (mode <= 0 && !claim()) {
                return false;
            }
            Object t = (r instanceof AltResult) ? null : r;
            Object u = (s instanceof AltResult) ? null : s;
            try {
                switch (kind) {
                    case APPLY:
                    case OR_APPLY:
                        d.completeValue(((Function<Object, Object>) fn).apply(t));
                        break;
                    case ACCEPT:
                    case OR_ACCEPT:
                        ((Consumer<Object>) fn).accept(t);
                        d.completeNull();
                        break;
                    case RUN:
                    case OR_RUN:
                    case BI_RUN:
                        ((Runnable) fn).run();
                        d.completeNull();
                        break;
                    case BI_APPLY:
                        d.completeValue(((BiFunction<Object, Object, Object>) fn).apply(t, u));
                        break;
                    case BI_ACCEPT:
                        ((BiConsumer<Object, Object>) fn).accept(t, u);
                        d.completeNull();
                        break;
                    case HANDLE:
                        d.completeValue(((BiFunction<Object, Throwable, Object>) fn).apply(t, x));
                        break;
                    case EXCEPTIONALLY:
                        d.completeValue(((Function<Throwable, Object>) fn).apply(x));
                        break;
                    case WHEN: {
                        Throwable z = x;
                        try {
                            ((BiConsumer<Object, Throwable>) fn).accept(t, x);
                        } catch (Throwable ex) {
                            if (z == null) {
                                z = ex;
                            } else if (z != ex) {
                                z.addSuppressed(ex);
                            }
                        }
                        if (z == null) {
                            d.completeRaw(r);
                        } else {
                            d.completeThrowable(z, r);
                        }
                        break;
                    }
                    case COMPOSE: {
                        CompletableFuture<Object> g = (CompletableFuture<Object>)
                                ((Function<Object, CompletionStage<Object>>) fn).apply(t).toCompletableFuture();
                        Object gr = g.result;
                        if (gr != null) {
                            d.completeRelay(gr);
                        } else {
                            g.unipush(new Step(RELAY, null, d, g, null, null));
                        }
                        break;
                    }
                    default:
                        throw new AssertionError(kind);
                }
            } catch (Throwable ex) {
                d.completeThrowable(ex);
            }
            return true;
        }
    }

    /** Stands in for a two-source Step on the stack of its second source. */
    static final class CoStep extends Completion {
        Step base;

        CoStep(Step base) {
            this.base = base;
        }

        @Override
        CompletableFuture<?> tryFire(int mode) {
            Step c = base;
            CompletableFuture<?> d;
            if (c == null || (d = c.tryFire(mode)) == null) {
                return null;
            }
            base = null;
            return d;
        }

        @Override
        boolean isLive() {
            Step c = base;
            return c != null && c.dep != null;
        }
    }

    /** Registers a two-source step on both sources. */
    private void bipush(CompletableFuture<?> b, Step c) {
        if (c != null) {
            if (tryPush(c)) {
                if (b != null && b != this && b.result == null) {
                    b.unipushCo(new CoStep(c));
                }
            } else if (b != null && b != this && b.result == null) {
                b.unipushCo(new CoStep(c));
            }
        }
    }

    private void unipushCo(CoStep c) {
        if (!tryPush(c)) {
            c.tryFire(SYNC);
        }
    }

    private void orpush(CompletableFuture<?> b, Step c) {
        if (c != null) {
            if (tryPush(c) && b != null && b != this && b.result == null) {
                b.unipushCo(new CoStep(c));
            }
        }
    }

    // ---- stage construction ----

    static Executor screenExecutor(Executor e) {
        if (!USE_COMMON_POOL && e == ForkJoinPool.commonPool()) {
            return ASYNC_POOL;
        }
        if (e == null) {
            throw new NullPointerException();
        }
        return e;
    }

    private <V> CompletableFuture<V> uniStage(int kind, Executor e, Object f) {
        if (f == null) {
            throw new NullPointerException();
        }
        CompletableFuture<V> d = newIncompleteFuture();
        Step c = new Step(kind, e, d, this, null, f);
        if (result != null) {
            c.tryFire(SYNC);
        } else {
            unipush(c);
        }
        return d;
    }

    private <V> CompletableFuture<V> biStage(int kind, Executor e, CompletionStage<?> o, Object f) {
        CompletableFuture<?> b;
        if (f == null || (b = o.toCompletableFuture()) == null) {
            throw new NullPointerException();
        }
        CompletableFuture<V> d = newIncompleteFuture();
        Step c = new Step(kind, e, d, this, b, f);
        if (result != null && b.result != null) {
            c.tryFire(SYNC);
        } else {
            bipush(b, c);
            c.tryFire(SYNC);
        }
        return d;
    }

    private <V> CompletableFuture<V> orStage(int kind, Executor e, CompletionStage<?> o, Object f) {
        CompletableFuture<?> b;
        if (f == null || (b = o.toCompletableFuture()) == null) {
            throw new NullPointerException();
        }
        CompletableFuture<V> d = newIncompleteFuture();
        Step c = new Step(kind, e, d, this, b, f);
        if (result != null || b.result != null) {
            c.tryFire(SYNC);
        } else {
            orpush(b, c);
            c.tryFire(SYNC);
        }
        return d;
    }

    // ---- async sources ----

    static final class AsyncSupply<T> implements Runnable {
        CompletableFuture<T> dep;
        Supplier<? extends T> fn;

        AsyncSupply(CompletableFuture<T> dep, Supplier<? extends T> fn) {
            this.dep = dep;
            this.fn = fn;
        }

        @Override
        public void run() {
            CompletableFuture<T> d = dep;
            Supplier<? extends T> f = fn;
            if (d != null && f != null) {
                dep = null;
                fn = null;
                if (d.result == null) {
                    try {
                        d.completeValue(f.get()); // hotspot-line: 1768
                    } catch (Throwable ex) {
                        d.completeThrowable(ex); // hotspot-line: 1770
                    }
                }
                d.postComplete();
            }
        }
    }

    static final class AsyncRun implements Runnable {
        CompletableFuture<Void> dep;
        Runnable fn;

        AsyncRun(CompletableFuture<Void> dep, Runnable fn) {
            this.dep = dep;
            this.fn = fn;
        }

        @Override
        public void run() {
            CompletableFuture<Void> d = dep;
            Runnable f = fn;
            if (d != null && f != null) {
                dep = null;
                fn = null;
                if (d.result == null) {
                    try {
                        f.run(); // hotspot-line: 1804
                        d.completeNull();
                    } catch (Throwable ex) {
                        d.completeThrowable(ex); // hotspot-line: 1807
                    }
                }
                d.postComplete();
            }
        }
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
        return supplyAsync(supplier, ASYNC_POOL);
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
        Executor e = screenExecutor(executor);
        if (supplier == null) {
            throw new NullPointerException();
        }
        CompletableFuture<U> d = new CompletableFuture<U>();
        e.execute(new AsyncSupply<U>(d, supplier));
        return d;
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable) {
        return runAsync(runnable, ASYNC_POOL);
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable, Executor executor) {
        Executor e = screenExecutor(executor);
        if (runnable == null) {
            throw new NullPointerException();
        }
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        e.execute(new AsyncRun(d, runnable));
        return d;
    }

    public static <U> CompletableFuture<U> completedFuture(U value) {
        return new CompletableFuture<U>(encodeValue(value));
    }

    public static <U> CompletionStage<U> completedStage(U value) {
        return new MinimalStage<U>(encodeValue(value));
    }

    public static <U> CompletableFuture<U> failedFuture(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        return new CompletableFuture<U>(new AltResult(ex));
    }

    public static <U> CompletionStage<U> failedStage(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        return new MinimalStage<U>(new AltResult(ex));
    }

    // ---- Future ----

    @Override
    public boolean isDone() {
        return result != null;
    }

    private Object waitingGet(boolean interruptible) throws InterruptedException {
        boolean interrupted = false;
        Object r;
        synchronized (this) {
            while ((r = result) == null) {
                try {
                    wait();
                } catch (InterruptedException ie) {
                    if (interruptible) {
                        return null; // get's reportGet throws InterruptedException
                    }
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        postComplete();
        return r;
    }

    @SuppressWarnings("unchecked")
    private static <T> T reportGet(Object r) throws InterruptedException, ExecutionException {
        if (r == null) {
            throw new InterruptedException(); // hotspot-line: 386
        }
        if (r instanceof AltResult) {
            Throwable x = ((AltResult) r).ex;
            if (x == null) {
                return null;
            }
            if (x instanceof CancellationException) {
                throw (CancellationException) x;
            }
            Throwable cause;
            if ((x instanceof CompletionException) && (cause = x.getCause()) != null) {
                x = cause;
            }
            throw new ExecutionException(x); // hotspot-line: 396
        }
        return (T) r;
    }

    @SuppressWarnings("unchecked")
    private static <T> T reportJoin(Object r) {
        if (r instanceof AltResult) {
            Throwable x = ((AltResult) r).ex;
            if (x == null) {
                return null;
            }
            if (x instanceof CancellationException) {
                throw (CancellationException) x;
            }
            if (x instanceof CompletionException) {
                throw (CompletionException) x;
            }
            throw new CompletionException(x); // hotspot-line: 413
        }
        return (T) r;
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        Object r = result;
        if (r == null) {
            r = Thread.interrupted() ? null : waitingGet(true);
        }
        return reportGet(r); // hotspot-line: 2073
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        Object r = result;
        if (r == null) {
            r = timedGet(nanos); // hotspot-line: 2095
        }
        return reportGet(r); // hotspot-line: 2096
    }

    /** Waits up to nanos for the result; null if interrupted. */
    private Object timedGet(long nanos) throws TimeoutException {
        if (Thread.interrupted()) {
            return null;
        }
        Object r;
        synchronized (this) {
            long deadline = System.nanoTime() + nanos;
            while ((r = result) == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0L) {
                    throw new TimeoutException(); // hotspot-line: 1960
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException ie) {
                    return null;
                }
            }
        }
        postComplete();
        return r;
    }

    public T join() {
        Object r = result;
        if (r == null) {
            try {
                r = waitingGet(false);
            } catch (InterruptedException cannotHappen) {
                throw new AssertionError(cannotHappen);
            }
        }
        return reportJoin(r); // hotspot-line: 2118
    }

    public T getNow(T valueIfAbsent) {
        Object r = result;
        return (r == null) ? valueIfAbsent : reportJoin(r);
    }

    @SuppressWarnings("unchecked")
    public T resultNow() {
        Object r = result;
        if (r != null) {
            if (r instanceof AltResult) {
                if (((AltResult) r).ex == null) {
                    return null;
                }
            } else {
                return (T) r;
            }
        }
        throw new IllegalStateException();
    }

    public boolean complete(T value) {
        boolean triggered = completeValue(value);
        postComplete();
        return triggered;
    }

    public boolean completeExceptionally(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        boolean triggered = completeRaw(new AltResult(ex));
        postComplete();
        return triggered;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = (result == null) && completeRaw(new AltResult(new CancellationException())); // hotspot-line: 2478
        postComplete();
        return cancelled || isCancelled();
    }

    @Override
    public boolean isCancelled() {
        Object r = result;
        return (r instanceof AltResult) && (((AltResult) r).ex instanceof CancellationException);
    }

    public boolean isCompletedExceptionally() {
        Object r = result;
        return (r instanceof AltResult) && r != NIL;
    }

    public void obtrudeValue(T value) {
        synchronized (this) {
            result = (value == null) ? NIL : value;
            notifyAll();
        }
        postComplete();
    }

    public void obtrudeException(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            result = new AltResult(ex);
            notifyAll();
        }
        postComplete();
    }

    public int getNumberOfDependents() {
        return countDependents();
    }

    /** The number of dependents (toString counts them itself: minimal stages refuse getNumberOfDependents). */
    private int countDependents() {
        int count = 0;
        synchronized (this) {
            for (Completion p = stack; p != null; p = p.next) {
                ++count;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        Object r = result;
        int count = countDependents();
        return super.toString()
                + ((r == null)
                        ? ((count == 0) ? "[Not completed]" : "[Not completed, " + count + " dependents]")
                        : (((r instanceof AltResult) && ((AltResult) r).ex != null)
                                ? "[Completed exceptionally: " + ((AltResult) r).ex + "]"
                                : "[Completed normally]"));
    }

    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<U>();
    }

    public Executor defaultExecutor() {
        return ASYNC_POOL;
    }

    public CompletableFuture<T> copy() {
        return uniStage(RELAY, null, Boolean.TRUE);
    }

    public CompletionStage<T> minimalCompletionStage() {
        return relayInto(new MinimalStage<T>());
    }

    /** d, completed with this future's outcome once this one completes. */
    private <V> CompletableFuture<V> relayInto(CompletableFuture<V> d) {
        Step c = new Step(RELAY, null, d, this, null, Boolean.TRUE);
        if (result != null) {
            c.tryFire(SYNC);
        } else {
            unipush(c);
        }
        return d;
    }

    /**
     * The stage of minimalCompletionStage: only the CompletionStage methods work (its
     * dependents are minimal stages too); every other method of CompletableFuture throws
     * UnsupportedOperationException, and toCompletableFuture gives a full future.
     */
    static final class MinimalStage<T> extends CompletableFuture<T> {
        MinimalStage() {}

        MinimalStage(Object r) {
            super(r);
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new MinimalStage<U>();
        }

        @Override
        public T get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public T get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public T getNow(T valueIfAbsent) {
            throw new UnsupportedOperationException();
        }

        @Override
        public T join() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean complete(T value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean completeExceptionally(Throwable ex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void obtrudeValue(T value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void obtrudeException(Throwable ex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isDone() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isCancelled() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isCompletedExceptionally() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getNumberOfDependents() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<T> toCompletableFuture() {
            return ((CompletableFuture<T>) this).relayInto(new CompletableFuture<T>());
        }
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
        if (supplier == null || executor == null) {
            throw new NullPointerException();
        }
        executor.execute(new AsyncSupply<T>(this, supplier));
        return this;
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
        return completeAsync(supplier, defaultExecutor());
    }

    public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (result == null) {
            ScheduledFuture<?> f = Delayer.delay(() -> {
                if (result == null) {
                    completeExceptionally(new TimeoutException());
                }
            }, timeout, unit);
            whenComplete(new Canceller(f));
        }
        return this;
    }

    public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (result == null) {
            ScheduledFuture<?> f = Delayer.delay(() -> complete(value), timeout, unit);
            whenComplete(new Canceller(f));
        }
        return this;
    }

    /**
     * The single timer thread of timeouts and delayed executors: like the JDK's, one daemon
     * thread ("CompletableFutureDelayScheduler", created unnamed and so taking a "Thread-N"
     * number), started at the first use.
     */
    static final class Delayer {
        static final ScheduledThreadPoolExecutor DELAYER;

        static {
            DELAYER = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r);
                t.setDaemon(true);
                t.setName("CompletableFutureDelayScheduler");
                return t;
            });
            DELAYER.setRemoveOnCancelPolicy(true);
        }

        static ScheduledFuture<?> delay(Runnable command, long delay, TimeUnit unit) {
            return DELAYER.schedule(command, delay, unit);
        }
    }

    /** Cancels a pending timeout once the future completed normally. */
    static final class Canceller implements BiConsumer<Object, Throwable> {
        final Future<?> f;

        Canceller(Future<?> f) {
            this.f = f;
        }

        @Override
        public void accept(Object ignore, Throwable ex) {
            if (ex == null && f != null && !f.isDone()) {
                f.cancel(false);
            }
        }
    }

    // ---- allOf / anyOf ----

    private static CompletableFuture<Void> andTree(CompletableFuture<?>[] cfs, int lo, int hi) {
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        if (lo > hi) {
            d.result = NIL;
        } else {
            int mid = (lo + hi) >>> 1;
            CompletableFuture<?> a = (lo == mid) ? cfs[lo] : andTree(cfs, lo, mid);
            CompletableFuture<?> b = (lo == hi) ? a : (hi == mid + 1) ? cfs[hi] : andTree(cfs, mid + 1, hi);
            if (a == null || b == null) {
                throw new NullPointerException();
            }
            Step c = new Step(BI_RELAY, null, d, a, b, Boolean.TRUE);
            if (a.result != null && b.result != null) {
                c.tryFire(SYNC);
            } else {
                a.bipush(b, c);
                c.tryFire(SYNC);
            }
        }
        return d;
    }

    public static CompletableFuture<Void> allOf(CompletableFuture<?>... cfs) {
        return andTree(cfs, 0, cfs.length - 1);
    }

    public static CompletableFuture<Object> anyOf(CompletableFuture<?>... cfs) {
        int n = cfs.length;
        if (n <= 1) {
            return (n == 0) ? new CompletableFuture<Object>() : uniCopy(cfs[0]);
        }
        for (CompletableFuture<?> cf : cfs) {
            Object r = cf.result;
            if (r != null) {
                return new CompletableFuture<Object>(encodeRelay(r));
            }
        }
        CompletableFuture<Object> d = new CompletableFuture<Object>();
        for (CompletableFuture<?> cf : cfs) {
            cf.unipush(new Step(RELAY, null, d, cf, null, Boolean.TRUE));
        }
        if (d.result != null) {
            for (CompletableFuture<?> cf : cfs) {
                if (cf.hasStack()) {
                    cf.cleanStack();
                }
            }
        }
        return d;
    }

    @SuppressWarnings("unchecked")
    private static CompletableFuture<Object> uniCopy(CompletableFuture<?> cf) {
        return ((CompletableFuture<Object>) cf).uniStage(RELAY, null, Boolean.TRUE);
    }

    // ---- CompletionStage ----

    @Override
    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
        return uniStage(APPLY, null, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) {
        return uniStage(APPLY, defaultExecutor(), fn);
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn, Executor executor) {
        return uniStage(APPLY, screenExecutor(executor), fn);
    }

    @Override
    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
        return uniStage(ACCEPT, null, action);
    }

    @Override
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action) {
        return uniStage(ACCEPT, defaultExecutor(), action);
    }

    @Override
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action, Executor executor) {
        return uniStage(ACCEPT, screenExecutor(executor), action);
    }

    @Override
    public CompletableFuture<Void> thenRun(Runnable action) {
        return uniStage(RUN, null, action);
    }

    @Override
    public CompletableFuture<Void> thenRunAsync(Runnable action) {
        return uniStage(RUN, defaultExecutor(), action);
    }

    @Override
    public CompletableFuture<Void> thenRunAsync(Runnable action, Executor executor) {
        return uniStage(RUN, screenExecutor(executor), action);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return biStage(BI_APPLY, null, other, fn);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return biStage(BI_APPLY, defaultExecutor(), other, fn);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn, Executor executor) {
        return biStage(BI_APPLY, screenExecutor(executor), other, fn);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBoth(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action) {
        return biStage(BI_ACCEPT, null, other, action);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action) {
        return biStage(BI_ACCEPT, defaultExecutor(), other, action);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action, Executor executor) {
        return biStage(BI_ACCEPT, screenExecutor(executor), other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterBoth(CompletionStage<?> other, Runnable action) {
        return biStage(BI_RUN, null, other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action) {
        return biStage(BI_RUN, defaultExecutor(), other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return biStage(BI_RUN, screenExecutor(executor), other, action);
    }

    @Override
    public <U> CompletableFuture<U> applyToEither(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return orStage(OR_APPLY, null, other, fn);
    }

    @Override
    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other,
            Function<? super T, U> fn) {
        return orStage(OR_APPLY, defaultExecutor(), other, fn);
    }

    @Override
    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other,
            Function<? super T, U> fn, Executor executor) {
        return orStage(OR_APPLY, screenExecutor(executor), other, fn);
    }

    @Override
    public CompletableFuture<Void> acceptEither(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return orStage(OR_ACCEPT, null, other, action);
    }

    @Override
    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other,
            Consumer<? super T> action) {
        return orStage(OR_ACCEPT, defaultExecutor(), other, action);
    }

    @Override
    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other,
            Consumer<? super T> action, Executor executor) {
        return orStage(OR_ACCEPT, screenExecutor(executor), other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
        return orStage(OR_RUN, null, other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action) {
        return orStage(OR_RUN, defaultExecutor(), other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action,
            Executor executor) {
        return orStage(OR_RUN, screenExecutor(executor), other, action);
    }

    @Override
    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniStage(COMPOSE, null, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniStage(COMPOSE, defaultExecutor(), fn);
    }

    @Override
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn,
            Executor executor) {
        return uniStage(COMPOSE, screenExecutor(executor), fn);
    }

    @Override
    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        return uniStage(WHEN, null, action);
    }

    @Override
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action) {
        return uniStage(WHEN, defaultExecutor(), action);
    }

    @Override
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action,
            Executor executor) {
        return uniStage(WHEN, screenExecutor(executor), action);
    }

    @Override
    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniStage(HANDLE, null, fn);
    }

    @Override
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniStage(HANDLE, defaultExecutor(), fn);
    }

    @Override
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn,
            Executor executor) {
        return uniStage(HANDLE, screenExecutor(executor), fn);
    }

    @Override
    public CompletableFuture<T> toCompletableFuture() {
        return this;
    }

    @Override
    public CompletableFuture<T> exceptionallyCompose(Function<Throwable, ? extends CompletionStage<T>> fn) {
        if (fn == null) {
            throw new NullPointerException();
        }
        return handle((r, ex) -> (ex == null) ? (CompletionStage<T>) this : fn.apply(ex))
                .thenCompose(Function.identity());
    }

    @Override
    public CompletableFuture<T> exceptionallyComposeAsync(Function<Throwable, ? extends CompletionStage<T>> fn) {
        return exceptionallyComposeAsync(fn, defaultExecutor());
    }

    @Override
    public CompletableFuture<T> exceptionallyComposeAsync(Function<Throwable, ? extends CompletionStage<T>> fn,
            Executor executor) {
        if (fn == null || executor == null) {
            throw new NullPointerException();
        }
        return handle((r, ex) -> (ex == null) ? (CompletionStage<T>) this
                : this.handleAsync((r1, ex1) -> fn.apply(ex1), executor).thenCompose(Function.identity()))
                .thenCompose(Function.identity());
    }

    /** An executor that hands each task to the default executor after the delay. */
    public static Executor delayedExecutor(long delay, TimeUnit unit) {
        return delayedExecutor(delay, unit, ASYNC_POOL);
    }

    /** An executor that hands each task to executor after the delay (timed on a daemon thread). */
    public static Executor delayedExecutor(long delay, TimeUnit unit, Executor executor) {
        if (unit == null || executor == null) {
            throw new NullPointerException();
        }
        return command -> {
            if (command == null) {
                throw new NullPointerException();
            }
            Delayer.delay(() -> executor.execute(command), delay, unit);
        };
    }

    @Override
    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        return uniStage(EXCEPTIONALLY, null, fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn) {
        return uniStage(EXCEPTIONALLY, defaultExecutor(), fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn, Executor executor) {
        return uniStage(EXCEPTIONALLY, screenExecutor(executor), fn);
    }
}
