package management;

import java.lang.management.LockInfo;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.MonitorInfo;

/** MemoryUsage's checks and format, MemoryType, LockInfo and MonitorInfo. */
public class Usages {
    static void usage(long init, long used, long committed, long max) {
        try {
            MemoryUsage u = new MemoryUsage(init, used, committed, max);
            System.out.println(u + " | " + u.getInit() + " " + u.getUsed() + " " + u.getCommitted() + " " + u.getMax());
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }

    public static void main(String[] args) {
        usage(1024, 2048, 4096, 8192);
        usage(-1, 0, 0, -1);
        usage(0, 5_000_000, 6_000_000, -1);
        usage(-2, 0, 0, 0);
        usage(0, -1, 0, 0);
        usage(0, 0, -1, 0);
        usage(0, 0, 0, -2);
        usage(0, 10, 5, 20);
        usage(0, 10, 30, 20);
        usage(1L << 40, 1L << 39, 1L << 40, Long.MAX_VALUE);
        for (MemoryType t : MemoryType.values()) {
            System.out.println(t.name() + " " + t + " " + t.ordinal());
        }
        System.out.println(MemoryType.valueOf("NON_HEAP"));
        LockInfo lock = new LockInfo("java.lang.Object", 0x1234abcd);
        System.out.println(lock + " " + lock.getClassName() + " " + lock.getIdentityHashCode());
        try {
            new LockInfo(null, 1);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        StackTraceElement frame = new StackTraceElement("a.B", "m", "B.java", 7);
        MonitorInfo monitor = new MonitorInfo("a.B", 255, 2, frame);
        System.out.println(monitor + " " + monitor.getLockedStackDepth() + " " + monitor.getLockedStackFrame());
        try {
            new MonitorInfo("a.B", 1, 3, null);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new MonitorInfo("a.B", 1, -1, frame);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
