package java.lang;

/**
 * A thread of execution: start() runs run() in a new VM thread; a started thread belongs to its
 * group's live threads until run() ends.
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private volatile String name;
    private final long tid;
    private int priority;
    private boolean daemon;
    private ThreadGroup group;
    private Runnable target;
    private volatile boolean interrupted;
    private boolean alive;
    private boolean started;
    private ClassLoader contextClassLoader;
    /** Whether contextClassLoader was set (else it is the system class loader, as for main). */
    private boolean contextClassLoaderSet;
    private volatile UncaughtExceptionHandler uncaughtExceptionHandler;
    /** Made by Thread.ofVirtual(): Cortado runs it as a daemon platform thread. */
    boolean virtual;
    /** This thread's ThreadLocal values. */
    ThreadLocal.ThreadLocalMap threadLocals;

    private static int threadInitNumber;
    /** The last thread id given out; 0 until the first one after main's, see nextThreadId. */
    private static long threadSeqNumber;
    private static volatile UncaughtExceptionHandler defaultUncaughtExceptionHandler;

    public enum State { // hotspot-line: 1800
        NEW,
        RUNNABLE,
        BLOCKED,
        WAITING,
        TIMED_WAITING,
        TERMINATED
    }

    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    /** Creates the main thread (VM only, while currentThread() still returns null). */
    private Thread(ThreadGroup group, String name, long tid) {
        this.group = group;
        this.name = name;
        this.tid = tid;
        this.priority = NORM_PRIORITY;
        this.alive = true;
        this.started = true;
    }

    /** Called once by the VM at start-up to create the object for the main thread. */
    private static Thread newMainThread() {
        ThreadGroup system = new ThreadGroup();
        ThreadGroup main = new ThreadGroup(system, "main");
        Thread thread = new Thread(main, "main", 1);
        main.addUnstarted();
        main.add(thread);
        return thread;
    }

    public Thread() {
        this(null, null, nextThreadName(), 0);
    }

    public Thread(Runnable target) {
        this(null, target, nextThreadName(), 0);
    }

    public Thread(ThreadGroup group, Runnable target) {
        this(group, target, nextThreadName(), 0);
    }

    public Thread(String name) {
        this(null, null, name, 0);
    }

    public Thread(ThreadGroup group, String name) {
        this(group, null, name, 0);
    }

    public Thread(Runnable target, String name) {
        this(null, target, name, 0);
    }

    public Thread(ThreadGroup group, Runnable target, String name) {
        this(group, target, name, 0);
    }

    public Thread(ThreadGroup group, Runnable target, String name, long stackSize) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        Thread parent = currentThread();
        if (group == null) {
            group = parent.getThreadGroup();
        }
        group.addUnstarted();
        this.group = group;
        this.name = name;
        this.target = target;
        this.daemon = parent.isDaemon();
        this.priority = Math.min(parent.getPriority(), group.getMaxPriority());
        this.contextClassLoader = parent.contextClassLoader;
        this.contextClassLoaderSet = parent.contextClassLoaderSet;
        this.tid = nextThreadId();
        // Inheritable thread locals start with the creating thread's values (childValue of).
        if (parent.threadLocals != null) {
            this.threadLocals = parent.threadLocals.inheritable();
        }
    }

    /** As the 4-argument constructor; inherit == false starts with no inheritable values (Java 9). */
    public Thread(ThreadGroup group, Runnable target, String name, long stackSize, boolean inheritInheritableThreadLocals) {
        this(group, target, name, stackSize);
        if (!inheritInheritableThreadLocals) {
            this.threadLocals = null;
        }
    }

    static synchronized String nextThreadName() {
        return "Thread-" + threadInitNumber++;
    }

    /**
     * Thread ids as HotSpot 17 gives them to a program's threads: its own threads take 2 to
     * 9 + n at start-up (Reference Handler, Finalizer, Signal Dispatcher, Service Thread, Monitor
     * Deflation Thread, n compiler threads, Sweeper, Notification Thread, Common-Cleaner), n
     * by its ergonomics from the processor count (log2 p * log2 log2 p * 3 / 2, at least 2),
     * so that the first thread a program creates is 12 on a machine of 2 or 3 processors.
     */
    private static synchronized long nextThreadId() {
        if (threadSeqNumber == 0) {
            int logCpu = 31 - Integer.numberOfLeadingZeros(Math.max(Runtime.getRuntime().availableProcessors(), 1));
            int logLogCpu = 31 - Integer.numberOfLeadingZeros(Math.max(logCpu, 1));
            int compilerThreads = Math.max(logCpu * logLogCpu * 3 / 2, 2);
            threadSeqNumber = 9 + compilerThreads;
        }
        return ++threadSeqNumber;
    }

    // ---- natives ----

    public static native Thread currentThread();

    /**
     * Sleeps millis ms; negative: IllegalArgumentException("timeout value is negative"). Native
     * itself, as the JDK 17's (stack traces start at "Thread.sleep(Native Method)").
     */
    public static native void sleep(long millis) throws InterruptedException;

    public static native boolean holdsLock(Object obj);

    // ---- static helpers ----

    public static void yield() {
        yield0();
    }

    public static void onSpinWait() {
        yield0();
    }

    private static native void yield0();

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative"); // hotspot-line: 332
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range"); // hotspot-line: 336
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        sleep(millis); // hotspot-line: 344
    }

    /** Nanoseconds of d, saturated to the long range (TimeUnit.convert(Duration)'s rule). */
    private static long saturatedNanos(java.time.Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException overflow) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** Whole milliseconds covering nanos (> 0), so that a wait never ends early. */
    private static long millisCovering(long nanos) {
        long millis = nanos / 1_000_000L;
        return (nanos % 1_000_000L != 0) ? millis + 1 : millis;
    }

    /** Sleeps for duration; a zero or negative duration returns at once (Java 19). */
    public static void sleep(java.time.Duration duration) throws InterruptedException {
        long nanos = saturatedNanos(duration);
        if (nanos < 0) {
            return;
        }
        sleep(millisCovering(nanos));
    }

    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        t.interrupted = false;
        return was;
    }

    public static int activeCount() {
        return currentThread().getThreadGroup().activeCount();
    }

    /** The live threads of every group, each with its stack trace (empty for other threads in Cortado). */
    public static java.util.Map<Thread, StackTraceElement[]> getAllStackTraces() {
        ThreadGroup root = currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all;
        int n;
        do {
            all = new Thread[root.activeCount() + 8];
            n = root.enumerate(all);
        } while (n == all.length);
        java.util.Map<Thread, StackTraceElement[]> traces = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            traces.put(all[i], all[i].getStackTrace());
        }
        return traces;
    }

    public static int enumerate(Thread[] tarray) {
        return currentThread().getThreadGroup().enumerate(tarray);
    }

    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace(); // hotspot-line: 1389
    }

    // ---- lifecycle ----

    public synchronized void start() {
        if (started) {
            throw new IllegalThreadStateException(); // hotspot-line: 800
        }
        if (virtual) {
            group.unstartedVirtualStarted();
        } else {
            group.add(this);
        }
        started = true;
        alive = true;
        jdk.internal.util.ThreadCounts.started++;
        boolean ok = false;
        try {
            start0();
            ok = true;
        } finally {
            if (!ok && !virtual) {
                group.threadStartFailed(this);
            }
        }
    }

    /** Starts the OS thread that runs {@link #run()}; the VM calls {@link #exit0()} after it. */
    private native void start0();

    /** Called by the VM when {@code run()} has ended: the thread is dead, joiners wake. */
    private synchronized void exit0() {
        if (group != null) {
            group.threadTerminated(this);
            group = null; // as in JDK 17, a terminated thread has no group
        }
        alive = false;
        notifyAll();
    }

    private static native void interrupt0();

    @Override
    public void run() {
        Runnable task = target;
        if (task != null) {
            task.run(); // hotspot-line: 840
        }
    }

    public void interrupt() {
        interrupted = true;
        interrupt0();
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    public final boolean isAlive() {
        return alive;
    }

    public State getState() {
        if (!started) {
            return State.NEW;
        }
        if (!alive) {
            return State.TERMINATED;
        }
        switch (state0()) {
            case 2: return State.BLOCKED;
            case 3: return State.WAITING;
            case 4: return State.TIMED_WAITING;
            default: return State.RUNNABLE;
        }
    }

    /** 1 running, 2 blocked on a monitor, 3 waiting, 4 timed waiting (as the VM sees it). */
    private native int state0();

    public final synchronized void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative"); // hotspot-line: 1316
        }
        if (millis == 0) {
            while (alive) {
                wait(0); // hotspot-line: 1313
            }
            return;
        }
        long deadline = System.nanoTime() + millis * 1_000_000L;
        long delay = millis;
        while (alive && delay > 0) {
            wait(delay); // hotspot-line: 1307
            delay = (deadline - System.nanoTime()) / 1_000_000L;
        }
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        join(millis); // hotspot-line: 1362
    }

    /**
     * Waits up to duration for this thread to terminate and says whether it has (Java 19).
     * A thread that was never started cannot be waited for.
     */
    public final boolean join(java.time.Duration duration) throws InterruptedException {
        long nanos = saturatedNanos(duration);
        if (getState() == State.NEW) {
            throw new IllegalThreadStateException("Thread not started");
        }
        if (!isAlive()) {
            return true;
        }
        if (nanos <= 0) {
            return false;
        }
        join(millisCovering(nanos));
        return !isAlive();
    }

    public final void join() throws InterruptedException {
        join(0); // hotspot-line: 1381
    }

    public final void checkAccess() {}

    /** Always throws UnsupportedOperationException, as since JDK 14. */
    @Deprecated(since = "1.2", forRemoval = true)
    public int countStackFrames() {
        throw new UnsupportedOperationException();
    }

    // ---- properties ----

    public long getId() {
        return tid;
    }

    /** The thread's identifier (Java 19; getId() is deprecated for it). */
    public final long threadId() {
        return tid;
    }

    /**
     * Whether Thread.ofVirtual() made this thread (Java 21). Cortado has no scheduler of its
     * own for virtual threads: they run as daemon platform threads.
     */
    public final boolean isVirtual() {
        return virtual;
    }

    /** A builder of platform threads (Java 21). */
    public static Builder.OfPlatform ofPlatform() {
        return new ThreadBuilders.PlatformThreadBuilder();
    }

    /** A builder of virtual threads (Java 21); see isVirtual() for what they are here. */
    public static Builder.OfVirtual ofVirtual() {
        return new ThreadBuilders.VirtualThreadBuilder();
    }

    /** Starts a virtual thread running task (Java 21). */
    public static Thread startVirtualThread(Runnable task) {
        java.util.Objects.requireNonNull(task);
        return ofVirtual().start(task);
    }

    /**
     * Creates threads with chosen properties (Java 21): a platform builder's threads by
     * default take the next "Thread-N" name and the creating thread's daemon status, a virtual
     * builder's are unnamed daemons.
     */
    public sealed interface Builder permits Builder.OfPlatform, Builder.OfVirtual {
        Builder name(String name);

        Builder name(String prefix, long start);

        Builder inheritInheritableThreadLocals(boolean inherit);

        Builder uncaughtExceptionHandler(UncaughtExceptionHandler ueh);

        Thread unstarted(Runnable task);

        Thread start(Runnable task);

        java.util.concurrent.ThreadFactory factory();

        sealed interface OfPlatform extends Builder permits ThreadBuilders.PlatformThreadBuilder {
            @Override
            OfPlatform name(String name);

            @Override
            OfPlatform name(String prefix, long start);

            @Override
            OfPlatform inheritInheritableThreadLocals(boolean inherit);

            @Override
            OfPlatform uncaughtExceptionHandler(UncaughtExceptionHandler ueh);

            OfPlatform group(ThreadGroup group);

            OfPlatform daemon(boolean on);

            default OfPlatform daemon() {
                return daemon(true);
            }

            OfPlatform priority(int priority);

            OfPlatform stackSize(long stackSize);
        }

        sealed interface OfVirtual extends Builder permits ThreadBuilders.VirtualThreadBuilder {
            @Override
            OfVirtual name(String name);

            @Override
            OfVirtual name(String prefix, long start);

            @Override
            OfVirtual inheritInheritableThreadLocals(boolean inherit);

            @Override
            OfVirtual uncaughtExceptionHandler(UncaughtExceptionHandler ueh);
        }
    }

    public final String getName() {
        return name;
    }

    public final synchronized void setName(String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
    }

    public final int getPriority() {
        return priority;
    }

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) {
            throw new IllegalArgumentException(); // hotspot-line: 1147
        }
        ThreadGroup g = getThreadGroup();
        if (g != null) {
            if (newPriority > g.getMaxPriority()) {
                newPriority = g.getMaxPriority();
            }
            priority = newPriority;
        }
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean on) {
        if (isAlive()) {
            throw new IllegalThreadStateException(); // hotspot-line: 1412
        }
        daemon = on;
    }

    public final ThreadGroup getThreadGroup() {
        return group;
    }

    public ClassLoader getContextClassLoader() {
        return contextClassLoaderSet ? contextClassLoader : ClassLoader.getSystemClassLoader();
    }

    public void setContextClassLoader(ClassLoader cl) {
        contextClassLoader = cl;
        contextClassLoaderSet = true;
    }

    public StackTraceElement[] getStackTrace() {
        if (this != currentThread()) {
            return new StackTraceElement[0];
        }
        // The VM omits the Throwable constructor frames, so the top frame is this method, as
        // in the JDK.
        return new Throwable().getStackTrace();
    }

    @Override
    public String toString() {
        ThreadGroup g = getThreadGroup();
        if (g != null) {
            return "Thread[" + getName() + "," + getPriority() + "," + g.getName() + "]";
        }
        return "Thread[" + getName() + "," + getPriority() + "," + "" + "]";
    }

    // ---- uncaught exceptions ----

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        defaultUncaughtExceptionHandler = eh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        UncaughtExceptionHandler h = uncaughtExceptionHandler;
        return h != null ? h : group;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        uncaughtExceptionHandler = eh;
    }

    /** Called by the VM when run() (or main) throws: reports e through the handlers. */
    void dispatchUncaughtException(Throwable e) {
        UncaughtExceptionHandler h = getUncaughtExceptionHandler();
        if (h != null) {
            h.uncaughtException(this, e);
        }
    }
}
