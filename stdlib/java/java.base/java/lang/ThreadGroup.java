package java.lang;

public class ThreadGroup implements Thread.UncaughtExceptionHandler {
    private final ThreadGroup parent;
    private final String name;
    private int maxPriority;
    private boolean daemon;
    /** The started, not yet terminated platform threads of this group (not of subgroups). */
    private Thread[] threads = new Thread[4];
    private int nthreads;
    private ThreadGroup[] groups = new ThreadGroup[4];
    private int ngroups;
    /** Threads created in this group and not yet started (keeps a daemon group alive). */
    private int nUnstartedThreads;
    private boolean destroyed;
    private boolean vmAllowSuspension;

    /** Creates the top-level "system" group (VM start-up only). */
    ThreadGroup() {
        this.parent = null;
        this.name = "system";
        this.maxPriority = Thread.MAX_PRIORITY;
    }

    public ThreadGroup(String name) {
        this(Thread.currentThread().getThreadGroup(), name);
    }

    public ThreadGroup(ThreadGroup parent, String name) {
        if (parent == null) {
            throw new NullPointerException();
        }
        this.parent = parent;
        this.name = name;
        this.maxPriority = parent.maxPriority;
        this.daemon = parent.daemon;
        this.vmAllowSuspension = parent.vmAllowSuspension;
        parent.addGroup(this);
    }

    private synchronized void addGroup(ThreadGroup g) {
        if (destroyed) {
            throw new IllegalThreadStateException();
        }
        if (ngroups == groups.length) {
            groups = java.util.Arrays.copyOf(groups, ngroups * 2);
        }
        groups[ngroups++] = g;
    }

    /** A destroyed subgroup leaves its parent (which a daemon group follows once empty). */
    private void removeGroup(ThreadGroup g) {
        synchronized (this) {
            if (destroyed) {
                return;
            }
            for (int i = 0; i < ngroups; i++) {
                if (groups[i] == g) {
                    System.arraycopy(groups, i + 1, groups, i, --ngroups - i);
                    groups[ngroups] = null;
                    break;
                }
            }
            if (nthreads == 0) {
                notifyAll();
            }
            if (daemon && nthreads == 0 && nUnstartedThreads == 0 && ngroups == 0) {
                destroy();
            }
        }
    }

    /** A Thread constructor: a thread of this group now exists (unstarted). */
    synchronized void addUnstarted() {
        if (destroyed) {
            throw new IllegalThreadStateException();
        }
        nUnstartedThreads++;
    }

    /** A virtual thread started: it does not count as a thread of its group here. */
    synchronized void unstartedVirtualStarted() {
        nUnstartedThreads--;
    }

    /** Thread.start: t is now a live thread of this group. */
    synchronized void add(Thread t) {
        if (destroyed) {
            throw new IllegalThreadStateException();
        }
        if (nthreads == threads.length) {
            threads = java.util.Arrays.copyOf(threads, nthreads * 2);
        }
        threads[nthreads++] = t;
        nUnstartedThreads--;
    }

    private void remove(Thread t) {
        for (int i = 0; i < nthreads; i++) {
            if (threads[i] == t) {
                System.arraycopy(threads, i + 1, threads, i, --nthreads - i);
                threads[nthreads] = null;
                break;
            }
        }
    }

    /** Thread.start, when the thread could not be started: it counts as unstarted again. */
    synchronized void threadStartFailed(Thread t) {
        remove(t);
        nUnstartedThreads++;
    }

    /** The VM, when t's run() has ended; an emptied daemon group destroys itself. */
    synchronized void threadTerminated(Thread t) {
        if (destroyed) {
            return;
        }
        remove(t);
        if (nthreads == 0) {
            notifyAll();
        }
        if (daemon && nthreads == 0 && nUnstartedThreads == 0 && ngroups == 0) {
            destroy();
        }
    }

    private synchronized ThreadGroup[] groupsSnapshot() {
        return java.util.Arrays.copyOf(groups, ngroups);
    }

    private synchronized Thread[] threadsSnapshot() {
        return java.util.Arrays.copyOf(threads, nthreads);
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getParent() {
        return parent;
    }

    public final int getMaxPriority() {
        return maxPriority;
    }

    /** Lowers (or raises, up to the parent's) the maximum of this group and its subgroups. */
    public final void setMaxPriority(int pri) {
        synchronized (this) {
            if (pri < Thread.MIN_PRIORITY || pri > Thread.MAX_PRIORITY) {
                return;
            }
            maxPriority = (parent != null) ? Math.min(pri, parent.maxPriority) : pri;
        }
        for (ThreadGroup g : groupsSnapshot()) {
            g.setMaxPriority(pri);
        }
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean daemon) {
        this.daemon = daemon;
    }

    public final boolean parentOf(ThreadGroup g) {
        for (; g != null; g = g.parent) {
            if (g == this) {
                return true;
            }
        }
        return false;
    }

    public final void checkAccess() {}

    @Deprecated(since = "16", forRemoval = true)
    public synchronized boolean isDestroyed() {
        return destroyed;
    }

    /**
     * Destroys this group and its subgroups, which must have no live threads: a destroyed
     * group takes no new threads or subgroups (IllegalThreadStateException).
     */
    @Deprecated(since = "16", forRemoval = true)
    public final void destroy() {
        ThreadGroup[] subgroups;
        synchronized (this) {
            if (destroyed || nthreads > 0) {
                throw new IllegalThreadStateException();
            }
            subgroups = java.util.Arrays.copyOf(groups, ngroups);
            if (parent != null) {
                destroyed = true;
                ngroups = 0;
                groups = new ThreadGroup[0];
                nthreads = 0;
                threads = new Thread[0];
            }
        }
        for (ThreadGroup g : subgroups) {
            g.destroy();
        }
        if (parent != null) {
            parent.removeGroup(this);
        }
    }

    /** Interrupts every live thread of this group and of its subgroups. */
    public final void interrupt() {
        for (Thread t : threadsSnapshot()) {
            t.interrupt();
        }
        for (ThreadGroup g : groupsSnapshot()) {
            g.interrupt();
        }
    }

    @Deprecated(since = "1.2", forRemoval = true)
    public boolean allowThreadSuspension(boolean b) {
        vmAllowSuspension = b;
        return true;
    }

    /** Prints this group, its threads and (indented further) its subgroups to System.out. */
    public void list() {
        list(System.out, 0);
    }

    void list(java.io.PrintStream out, int indent) {
        ThreadGroup[] subgroups;
        synchronized (this) {
            for (int j = 0; j < indent; j++) {
                out.print(" ");
            }
            out.println(this);
            indent += 4;
            for (int i = 0; i < nthreads; i++) {
                for (int j = 0; j < indent; j++) {
                    out.print(" ");
                }
                out.println(threads[i]);
            }
            subgroups = java.util.Arrays.copyOf(groups, ngroups);
        }
        for (ThreadGroup g : subgroups) {
            g.list(out, indent);
        }
    }

    /** An estimate, as in the JDK: the live threads of this group and its subgroups. */
    public int activeCount() {
        int result;
        synchronized (this) {
            if (destroyed) {
                return 0;
            }
            result = nthreads;
        }
        for (ThreadGroup g : groupsSnapshot()) {
            result += g.activeCount();
        }
        return result;
    }

    public int enumerate(Thread[] list) {
        return enumerate(list, 0, true);
    }

    public int enumerate(Thread[] list, boolean recurse) {
        return enumerate(list, 0, recurse);
    }

    /** Copies the live threads (this group's first, then each subgroup's) into list from n on. */
    private int enumerate(Thread[] list, int n, boolean recurse) {
        synchronized (this) {
            if (destroyed) {
                return n;
            }
            for (int i = 0; i < nthreads && n < list.length; i++) {
                if (threads[i].isAlive()) {
                    list[n++] = threads[i];
                }
            }
        }
        if (recurse) {
            for (ThreadGroup g : groupsSnapshot()) {
                n = g.enumerate(list, n, true);
            }
        }
        return n;
    }

    public int activeGroupCount() {
        int n = 0;
        for (ThreadGroup g : groupsSnapshot()) {
            n += 1 + g.activeGroupCount();
        }
        return n;
    }

    public int enumerate(ThreadGroup[] list) {
        return enumerate(list, 0, true);
    }

    public int enumerate(ThreadGroup[] list, boolean recurse) {
        return enumerate(list, 0, recurse);
    }

    private int enumerate(ThreadGroup[] list, int n, boolean recurse) {
        for (ThreadGroup g : groupsSnapshot()) {
            if (n >= list.length) {
                break;
            }
            list[n++] = g;
            if (recurse) {
                n = g.enumerate(list, n, true);
            }
        }
        return n;
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        if (parent != null) {
            parent.uncaughtException(t, e);
            return;
        }
        Thread.UncaughtExceptionHandler ueh = Thread.getDefaultUncaughtExceptionHandler();
        if (ueh != null) {
            ueh.uncaughtException(t, e);
        } else if (!(e instanceof ThreadDeath)) {
            System.err.print("Exception in thread \"" + t.getName() + "\" ");
            e.printStackTrace(System.err);
        }
    }

    @Override
    public String toString() {
        return getClass().getName() + "[name=" + getName() + ",maxpri=" + getMaxPriority() + "]";
    }
}
