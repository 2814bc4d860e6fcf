package com.sun.management;

/** Threads, with the per-thread figures HotSpot's platform bean adds. */
public interface ThreadMXBean extends java.lang.management.ThreadMXBean {
    long[] getThreadCpuTime(long[] ids);

    long[] getThreadUserTime(long[] ids);

    default long getTotalThreadAllocatedBytes() {
        return -1;
    }

    default long getCurrentThreadAllocatedBytes() {
        return getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    long getThreadAllocatedBytes(long id);

    long[] getThreadAllocatedBytes(long[] ids);

    boolean isThreadAllocatedMemorySupported();

    boolean isThreadAllocatedMemoryEnabled();

    void setThreadAllocatedMemoryEnabled(boolean enable);
}
