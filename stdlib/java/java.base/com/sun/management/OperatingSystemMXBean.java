package com.sun.management;

/** The operating system, with the memory and CPU figures HotSpot's platform bean adds. */
public interface OperatingSystemMXBean extends java.lang.management.OperatingSystemMXBean {
    long getCommittedVirtualMemorySize();

    long getTotalSwapSpaceSize();

    long getFreeSwapSpaceSize();

    long getProcessCpuTime();

    @Deprecated(since = "14")
    long getFreePhysicalMemorySize();

    default long getFreeMemorySize() {
        return getFreePhysicalMemorySize();
    }

    @Deprecated(since = "14")
    long getTotalPhysicalMemorySize();

    default long getTotalMemorySize() {
        return getTotalPhysicalMemorySize();
    }

    @Deprecated(since = "14")
    double getSystemCpuLoad();

    default double getCpuLoad() {
        return getSystemCpuLoad();
    }

    double getProcessCpuLoad();
}
