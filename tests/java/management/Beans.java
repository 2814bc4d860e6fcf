package management;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.PlatformManagedObject;
import java.lang.management.RuntimeMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/** The platform MXBeans: names, object names, and the relations their figures keep. */
public class Beans {
    public static void main(String[] args) throws Exception {
        RuntimeMXBean rt = ManagementFactory.getRuntimeMXBean();
        System.out.println(rt.getName().startsWith(rt.getPid() + "@"));
        System.out.println(rt.getPid() == ProcessHandle.current().pid());
        System.out.println(rt.getSpecName() + " | " + rt.getSpecVendor() + " | " + rt.getSpecVersion());
        System.out.println(rt.getManagementSpecVersion() + " " + rt.isBootClassPathSupported());
        System.out.println(rt.getVmName().equals(System.getProperty("java.vm.name")));
        System.out.println(rt.getClassPath().equals(System.getProperty("java.class.path")));
        System.out.println(rt.getInputArguments().contains("-Dmanagement.flag=on"));
        System.out.println(rt.getSystemProperties().get("management.flag"));
        System.out.println(rt.getStartTime() <= System.currentTimeMillis());
        long up = rt.getUptime();
        System.out.println(up >= 0 && rt.getUptime() >= up);
        try {
            rt.getBootClassPath();
        } catch (UnsupportedOperationException e) {
            System.out.println(e);
        }
        try {
            rt.getInputArguments().add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("input arguments are unmodifiable");
        }

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        MemoryUsage heap = memory.getHeapMemoryUsage();
        System.out.println(heap.getUsed() <= heap.getCommitted() && heap.getCommitted() <= heap.getMax());
        System.out.println(heap.getMax() == Runtime.getRuntime().maxMemory());
        System.out.println(memory.getObjectPendingFinalizationCount() + " " + memory.isVerbose());
        memory.gc();

        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            System.out.println(gc.getName() + " " + Arrays.toString(gc.getMemoryPoolNames())
                    + " " + gc.isValid() + " " + gc.getObjectName()
                    + " " + (gc.getCollectionCount() >= 0) + " " + (gc.getCollectionTime() >= 0));
        }
        long heapPools = 0;
        // By name: the list's order, and the code cache's pools, follow the compiler's mode.
        List<MemoryPoolMXBean> byName = new java.util.ArrayList<>(ManagementFactory.getMemoryPoolMXBeans());
        byName.sort(java.util.Comparator.comparing(MemoryPoolMXBean::getName));
        for (MemoryPoolMXBean pool : byName) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools++;
                MemoryUsage u = pool.getUsage();
                System.out.println(pool.getName() + " " + pool.getType() + " "
                        + Arrays.toString(pool.getMemoryManagerNames()) + " " + pool.getObjectName()
                        + " " + (u.getUsed() <= u.getCommitted()) + " " + pool.isUsageThresholdSupported()
                        + " " + pool.isCollectionUsageThresholdSupported());
                try {
                    pool.setUsageThreshold(1L << 20);
                    System.out.println("  " + pool.getUsageThreshold());
                    pool.setUsageThreshold(-1);
                } catch (UnsupportedOperationException | IllegalArgumentException e) {
                    System.out.println("  " + e.getMessage());
                }
            } else if (!pool.getName().startsWith("Code")) {
                System.out.println(pool.getName() + " " + pool.getType() + " "
                        + pool.getObjectName().getKeyProperty("type") + " "
                        + pool.isUsageThresholdSupported() + " " + pool.getCollectionUsage());
            }
        }
        System.out.println(heapPools + " heap pools");

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println(threads.getThreadCount() >= 1);
        System.out.println(threads.getPeakThreadCount() >= threads.getThreadCount());
        System.out.println(threads.isThreadCpuTimeSupported() + " " + threads.isCurrentThreadCpuTimeSupported()
                + " " + threads.isThreadCpuTimeEnabled());
        long cpu = threads.getCurrentThreadCpuTime();
        long sum = 0;
        for (int i = 0; i < 2_000_000; i++) {
            sum += i % 7;
        }
        System.out.println(sum + " " + (cpu > 0) + " " + (threads.getCurrentThreadCpuTime() >= cpu)
                + " " + (threads.getCurrentThreadUserTime() <= threads.getCurrentThreadCpuTime()));
        long me = Thread.currentThread().getId();
        System.out.println(threads.getThreadCpuTime(me) > 0);
        ThreadInfo info = threads.getThreadInfo(me);
        System.out.println(info.getThreadName() + " " + info.getThreadState() + " " + info.getThreadId()
                + " " + info.getStackTrace().length + " " + info.isDaemon() + " " + info.getPriority());
        System.out.println(info.toString().startsWith("\"main\" prio=5 Id=1 RUNNABLE"));
        ThreadInfo deep = threads.getThreadInfo(me, 3);
        System.out.println(deep.getStackTrace().length <= 3 && Arrays.stream(threads.getThreadInfo(me, 20)
                .getStackTrace()).anyMatch(f -> f.getMethodName().equals("main")));
        System.out.println(Arrays.stream(threads.getAllThreadIds()).anyMatch(id -> id == me));
        System.out.println(threads.getThreadInfo(Long.MAX_VALUE));
        System.out.println(Arrays.toString(threads.findDeadlockedThreads()) + " "
                + Arrays.toString(threads.findMonitorDeadlockedThreads()));
        try {
            threads.getThreadInfo(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Thread worker = new Thread(() -> {}, "worker");
        long started = threads.getTotalStartedThreadCount();
        worker.start();
        worker.join();
        System.out.println(threads.getTotalStartedThreadCount() - started);

        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        System.out.println(os.getName() + " " + os.getArch() + " "
                + (os.getAvailableProcessors() == Runtime.getRuntime().availableProcessors())
                + " " + os.getVersion().equals(System.getProperty("os.version")));
        com.sun.management.OperatingSystemMXBean sunOs =
                ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
        System.out.println((sunOs == os) + " " + (sunOs.getTotalMemorySize() > 0)
                + " " + (sunOs.getFreeMemorySize() <= sunOs.getTotalMemorySize())
                + " " + (sunOs.getProcessCpuTime() > 0) + " " + (sunOs.getCommittedVirtualMemorySize() > 0));
        double load = sunOs.getProcessCpuLoad();
        System.out.println(load >= 0 && load <= 1);

        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        System.out.println((classes.getLoadedClassCount() > 100) + " "
                + (classes.getTotalLoadedClassCount() >= classes.getLoadedClassCount())
                + " " + classes.getUnloadedClassCount());

        System.out.println(ManagementFactory.getPlatformMXBean(RuntimeMXBean.class) == rt);
        System.out.println(ManagementFactory.getPlatformMXBeans(GarbageCollectorMXBean.class).size());
        System.out.println(ManagementFactory.getPlatformMXBeans(MemoryPoolMXBean.class).size()
                == ManagementFactory.getMemoryPoolMXBeans().size());
        try {
            ManagementFactory.getPlatformMXBean(GarbageCollectorMXBean.class);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            @SuppressWarnings({"unchecked", "rawtypes"})
            List<PlatformManagedObject> none = ManagementFactory.getPlatformMXBeans((Class) Runnable.class);
            System.out.println(none);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(ManagementFactory.getPlatformManagementInterfaces().contains(ThreadMXBean.class));
        System.out.println(ManagementFactory.RUNTIME_MXBEAN_NAME + " " + ManagementFactory.THREAD_MXBEAN_NAME
                + " " + ManagementFactory.MEMORY_POOL_MXBEAN_DOMAIN_TYPE);
        for (PlatformManagedObject bean : List.of(rt, memory, threads, os, classes)) {
            System.out.println(bean.getObjectName());
        }
    }
}
