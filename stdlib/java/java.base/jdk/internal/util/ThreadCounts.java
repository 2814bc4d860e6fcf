package jdk.internal.util;

/** Threads started so far, the main thread included (ThreadMXBean.getTotalStartedThreadCount). */
public final class ThreadCounts {
    private ThreadCounts() {}

    public static long started = 1;
}
