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
        parent.addGroup(this);
    }

    private synchronized void addGroup(ThreadGroup g) {
        if (ngroups == groups.length) {
            groups = java.util.Arrays.copyOf(groups, ngroups * 2);
        }
        groups[ngroups++] = g;
    }

    /** Thread.start: t is now a live thread of this group. */
    synchronized void add(Thread t) {
        if (nthreads == threads.length) {
            threads = java.util.Arrays.copyOf(threads, nthreads * 2);
        }
        threads[nthreads++] = t;
    }

    /** The VM, when t's run() has ended (or its start failed). */
    synchronized void threadTerminated(Thread t) {
        for (int i = 0; i < nthreads; i++) {
            if (threads[i] == t) {
                System.arraycopy(threads, i + 1, threads, i, --nthreads - i);
                threads[nthreads] = null;
                break;
            }
        }
    }

    private synchronized ThreadGroup[] groupsSnapshot() {
        return java.util.Arrays.copyOf(groups, ngroups);
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

    public final void setMaxPriority(int pri) {
        if (pri < Thread.MIN_PRIORITY || pri > Thread.MAX_PRIORITY) {
            return;
        }
        maxPriority = (parent != null) ? Math.min(pri, parent.maxPriority) : pri;
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

    /** An estimate, as in the JDK: the live threads of this group and its subgroups. */
    public int activeCount() {
        int result;
        synchronized (this) {
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
