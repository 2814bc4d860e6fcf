package java.lang.management;

/** A snapshot of one thread. Cortado keeps no contention statistics: counts are 0, times -1. */
public class ThreadInfo {
    private static final MonitorInfo[] NO_MONITORS = new MonitorInfo[0];
    private static final LockInfo[] NO_SYNCHRONIZERS = new LockInfo[0];

    private final long threadId;
    private final String threadName;
    private final Thread.State threadState;
    private final boolean daemon;
    private final int priority;
    private final StackTraceElement[] stackTrace;

    ThreadInfo(Thread thread, StackTraceElement[] stackTrace) {
        this.threadId = thread.getId();
        this.threadName = thread.getName();
        this.threadState = thread.getState();
        this.daemon = thread.isDaemon();
        this.priority = thread.getPriority();
        this.stackTrace = stackTrace;
    }

    public long getThreadId() {
        return threadId;
    }

    public String getThreadName() {
        return threadName;
    }

    public Thread.State getThreadState() {
        return threadState;
    }

    public long getBlockedTime() {
        return -1;
    }

    public long getBlockedCount() {
        return 0;
    }

    public long getWaitedTime() {
        return -1;
    }

    public long getWaitedCount() {
        return 0;
    }

    public LockInfo getLockInfo() {
        return null;
    }

    public String getLockName() {
        return null;
    }

    public long getLockOwnerId() {
        return -1;
    }

    public String getLockOwnerName() {
        return null;
    }

    public StackTraceElement[] getStackTrace() {
        return stackTrace.clone();
    }

    public boolean isSuspended() {
        return false;
    }

    public boolean isInNative() {
        return false;
    }

    public boolean isDaemon() {
        return daemon;
    }

    public int getPriority() {
        return priority;
    }

    public MonitorInfo[] getLockedMonitors() {
        return NO_MONITORS;
    }

    public LockInfo[] getLockedSynchronizers() {
        return NO_SYNCHRONIZERS;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("\"" + threadName + "\""
                + (daemon ? " daemon" : "") + " prio=" + priority
                + " Id=" + threadId + " " + threadState);
        sb.append('\n');
        int shown = Math.min(stackTrace.length, 8);
        for (int i = 0; i < shown; i++) {
            sb.append("\tat ").append(stackTrace[i].toString()).append('\n');
        }
        if (shown < stackTrace.length) {
            sb.append("\t...").append('\n');
        }
        sb.append('\n');
        return sb.toString();
    }
}
