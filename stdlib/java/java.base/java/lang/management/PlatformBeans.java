package java.lang.management;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;

/** The platform MXBeans' implementations (see ManagementFactory). */
final class PlatformBeans {
    private PlatformBeans() {}

    // heap0() indices.
    private static final int EDEN = 0;
    private static final int SURVIVOR = 2;
    private static final int OLD = 4;
    private static final int INIT = 6;
    private static final int MAX = 7;
    private static final int YOUNG_GCS = 8;
    private static final int FULL_GCS = 10;
    private static final int G1 = 12;

    private static final boolean USES_G1 = VMManagement.heap0()[G1] != 0;
    private static final boolean COMPILES = VMManagement.compileTime0() >= 0;

    private static final String YOUNG_NAME = USES_G1 ? "G1 Young Generation" : "Copy";
    private static final String OLD_NAME = USES_G1 ? "G1 Old Generation" : "MarkSweepCompact";
    private static final String EDEN_NAME = USES_G1 ? "G1 Eden Space" : "Eden Space";
    private static final String SURVIVOR_NAME = USES_G1 ? "G1 Survivor Space" : "Survivor Space";
    private static final String OLD_GEN_NAME = USES_G1 ? "G1 Old Gen" : "Tenured Gen";
    private static final String CODE_CACHE = "CodeCacheManager";
    private static final String METASPACE = "Metaspace Manager";

    static final ClassLoadingMXBean CLASS_LOADING = new ClassLoadingImpl();
    static final MemoryMXBean MEMORY = new MemoryImpl();
    static final ThreadMXBean THREADS = new ThreadImpl();
    static final RuntimeMXBean RUNTIME = new RuntimeImpl();
    static final CompilationMXBean COMPILATION = COMPILES ? new CompilationImpl() : null;
    static final OperatingSystemMXBean OPERATING_SYSTEM = new OperatingSystemImpl();
    static final MemoryManagerMXBean[] MANAGERS;
    static final MemoryPoolMXBean[] POOLS;

    static {
        String[] codeHeaps = COMPILES
                ? new String[] {"CodeHeap 'non-nmethods'", "CodeHeap 'profiled nmethods'",
                    "CodeHeap 'non-profiled nmethods'"}
                : new String[] {"CodeCache"};
        String[] heapPools = {EDEN_NAME, SURVIVOR_NAME, OLD_GEN_NAME};
        MANAGERS = new MemoryManagerMXBean[] {
            new MemoryManagerImpl(CODE_CACHE, codeHeaps),
            new MemoryManagerImpl(METASPACE, new String[] {"Metaspace", "Compressed Class Space"}),
            new CollectorImpl(YOUNG_NAME, USES_G1 ? heapPools : new String[] {EDEN_NAME, SURVIVOR_NAME},
                    YOUNG_GCS),
            new CollectorImpl(OLD_NAME, heapPools, FULL_GCS),
        };
        String[] collectors = USES_G1 ? new String[] {OLD_NAME, YOUNG_NAME}
                : new String[] {YOUNG_NAME, OLD_NAME};
        Map<String, MemoryPoolMXBean> byName = new LinkedHashMap<>();
        byName.put(EDEN_NAME, new PoolImpl(EDEN_NAME, EDEN, collectors));
        byName.put(SURVIVOR_NAME, new PoolImpl(SURVIVOR_NAME, SURVIVOR, collectors));
        byName.put(OLD_GEN_NAME, new PoolImpl(OLD_GEN_NAME, OLD,
                USES_G1 ? collectors : new String[] {OLD_NAME}));
        for (String name : new String[] {"Metaspace", "Compressed Class Space"}) {
            byName.put(name, new PoolImpl(name, -1, new String[] {METASPACE}));
        }
        for (String name : codeHeaps) {
            byName.put(name, new PoolImpl(name, -1, new String[] {CODE_CACHE}));
        }
        // HotSpot's order (a hash table's) for its collector, with and without a segmented
        // code cache.
        String[] order;
        if (COMPILES) {
            order = USES_G1
                    ? new String[] {codeHeaps[0], "Metaspace", codeHeaps[1], "Compressed Class Space",
                        EDEN_NAME, OLD_GEN_NAME, SURVIVOR_NAME, codeHeaps[2]}
                    : new String[] {codeHeaps[0], "Metaspace", OLD_GEN_NAME, codeHeaps[1],
                        EDEN_NAME, SURVIVOR_NAME, "Compressed Class Space", codeHeaps[2]};
        } else {
            order = USES_G1
                    ? new String[] {"Metaspace", SURVIVOR_NAME, "Compressed Class Space",
                        EDEN_NAME, OLD_GEN_NAME, codeHeaps[0]}
                    : new String[] {"Metaspace", OLD_GEN_NAME, EDEN_NAME, SURVIVOR_NAME,
                        "Compressed Class Space", codeHeaps[0]};
        }
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (String name : order) {
            pools.add(byName.get(name));
        }
        POOLS = pools.toArray(new MemoryPoolMXBean[0]);
    }

    static List<PlatformManagedObject> all() {
        List<PlatformManagedObject> beans = new ArrayList<>();
        beans.add(CLASS_LOADING);
        if (COMPILATION != null) {
            beans.add(COMPILATION);
        }
        beans.add(MEMORY);
        Collections.addAll(beans, MANAGERS);
        Collections.addAll(beans, POOLS);
        beans.add(OPERATING_SYSTEM);
        beans.add(RUNTIME);
        beans.add(THREADS);
        return beans;
    }

    /** A heap pool's usage from heap0() at `index` (used, committed), or empty outside it. */
    private static MemoryUsage poolUsage(long[] heap, int index) {
        if (index < 0) {
            return new MemoryUsage(0, 0, 0, -1);
        }
        long used = heap[index];
        long committed = Math.max(used, heap[index + 1]);
        long max = index == OLD ? Math.max(heap[MAX], committed) : -1;
        long init = index == OLD ? 0 : committed;
        return new MemoryUsage(init, used, committed, max);
    }

    private static final class ClassLoadingImpl implements ClassLoadingMXBean {
        private boolean verbose;

        @Override
        public long getTotalLoadedClassCount() {
            return VMManagement.loadedClasses0();
        }

        @Override
        public int getLoadedClassCount() {
            return VMManagement.loadedClasses0();
        }

        @Override
        public long getUnloadedClassCount() {
            return 0;
        }

        @Override
        public boolean isVerbose() {
            return verbose;
        }

        @Override
        public void setVerbose(boolean value) {
            verbose = value;
        }

        @Override
        public ObjectName getObjectName() {
            return ManagementFactory.objectName(ManagementFactory.CLASS_LOADING_MXBEAN_NAME);
        }
    }

    private static final class MemoryImpl implements MemoryMXBean {
        private boolean verbose;

        @Override
        public int getObjectPendingFinalizationCount() {
            return 0;
        }

        @Override
        public MemoryUsage getHeapMemoryUsage() {
            long[] heap = VMManagement.heap0();
            long used = heap[EDEN] + heap[SURVIVOR] + heap[OLD];
            long committed = Math.max(used, heap[EDEN + 1] + heap[SURVIVOR + 1] + heap[OLD + 1]);
            long max = Math.max(heap[MAX], committed);
            return new MemoryUsage(Math.min(heap[INIT], max), used, committed, max);
        }

        @Override
        public MemoryUsage getNonHeapMemoryUsage() {
            return new MemoryUsage(0, 0, 0, -1);
        }

        @Override
        public boolean isVerbose() {
            return verbose;
        }

        @Override
        public void setVerbose(boolean value) {
            verbose = value;
        }

        @Override
        public void gc() {
            Runtime.getRuntime().gc();
        }

        @Override
        public ObjectName getObjectName() {
            return ManagementFactory.objectName(ManagementFactory.MEMORY_MXBEAN_NAME);
        }
    }

    private static class MemoryManagerImpl implements MemoryManagerMXBean {
        private final String name;
        private final String[] pools;

        MemoryManagerImpl(String name, String[] pools) {
            this.name = name;
            this.pools = pools;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public String[] getMemoryPoolNames() {
            return pools.clone();
        }

        @Override
        public ObjectName getObjectName() {
            return ManagementFactory.objectName(
                    ManagementFactory.MEMORY_MANAGER_MXBEAN_DOMAIN_TYPE + ",name=" + name);
        }
    }

    private static final class CollectorImpl extends MemoryManagerImpl
            implements GarbageCollectorMXBean {
        private final int counters;

        CollectorImpl(String name, String[] pools, int counters) {
            super(name, pools);
            this.counters = counters;
        }

        @Override
        public long getCollectionCount() {
            return VMManagement.heap0()[counters];
        }

        @Override
        public long getCollectionTime() {
            return VMManagement.heap0()[counters + 1];
        }

        @Override
        public ObjectName getObjectName() {
            return ManagementFactory.objectName(
                    ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",name=" + getName());
        }
    }

    private static final class PoolImpl implements MemoryPoolMXBean {
        private final String name;
        /** The pool's first index in heap0(), or -1 outside the heap. */
        private final int index;
        private final String[] managers;
        private MemoryUsage peak;
        private long usageThreshold;
        private long collectionUsageThreshold;

        PoolImpl(String name, int index, String[] managers) {
            this.name = name;
            this.index = index;
            this.managers = managers;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public MemoryType getType() {
            return index < 0 ? MemoryType.NON_HEAP : MemoryType.HEAP;
        }

        @Override
        public MemoryUsage getUsage() {
            MemoryUsage usage = poolUsage(VMManagement.heap0(), index);
            if (peak == null || usage.getUsed() > peak.getUsed()) {
                peak = usage;
            }
            return usage;
        }

        @Override
        public MemoryUsage getPeakUsage() {
            getUsage();
            return peak;
        }

        @Override
        public void resetPeakUsage() {
            peak = null;
        }

        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public String[] getMemoryManagerNames() {
            return managers.clone();
        }

        private UnsupportedOperationException noThreshold(String which) {
            return new UnsupportedOperationException(which + " threshold is not supported");
        }

        private static long checkThreshold(long threshold) {
            if (threshold < 0) {
                throw new IllegalArgumentException("Invalid threshold: " + threshold);
            }
            return threshold;
        }

        // As HotSpot's pools: usage thresholds outside the heap and on the old generation,
        // collection usage thresholds on the heap's pools. Crossings are not counted.
        @Override
        public boolean isUsageThresholdSupported() {
            return index < 0 || index == OLD;
        }

        @Override
        public boolean isCollectionUsageThresholdSupported() {
            return index >= 0;
        }

        @Override
        public synchronized long getUsageThreshold() {
            if (!isUsageThresholdSupported()) {
                throw noThreshold("Usage");
            }
            return usageThreshold;
        }

        @Override
        public synchronized void setUsageThreshold(long threshold) {
            if (!isUsageThresholdSupported()) {
                throw noThreshold("Usage");
            }
            checkThreshold(threshold);
            MemoryUsage usage = getUsage();
            if (usage.getMax() >= 0 && threshold > usage.getMax()) {
                throw new IllegalArgumentException("Invalid threshold: " + threshold
                        + " must be <= maxSize. Committed = " + usage.getCommitted()
                        + " Max = " + usage.getMax());
            }
            usageThreshold = threshold;
        }

        @Override
        public boolean isUsageThresholdExceeded() {
            long threshold = getUsageThreshold();
            return threshold > 0 && getUsage().getUsed() >= threshold;
        }

        @Override
        public long getUsageThresholdCount() {
            getUsageThreshold();
            return 0;
        }

        @Override
        public synchronized long getCollectionUsageThreshold() {
            if (!isCollectionUsageThresholdSupported()) {
                throw noThreshold("CollectionUsage");
            }
            return collectionUsageThreshold;
        }

        @Override
        public synchronized void setCollectionUsageThreshold(long threshold) {
            if (!isCollectionUsageThresholdSupported()) {
                throw noThreshold("CollectionUsage");
            }
            collectionUsageThreshold = checkThreshold(threshold);
        }

        @Override
        public boolean isCollectionUsageThresholdExceeded() {
            long threshold = getCollectionUsageThreshold();
            return threshold > 0 && getCollectionUsage().getUsed() >= threshold;
        }

        @Override
        public long getCollectionUsageThresholdCount() {
            getCollectionUsageThreshold();
            return 0;
        }

        @Override
        public MemoryUsage getCollectionUsage() {
            return index < 0 ? null : poolUsage(VMManagement.heap0(), index);
        }

        @Override
        public ObjectName getObjectName() {
            return ManagementFactory.objectName(
                    ManagementFactory.MEMORY_POOL_MXBEAN_DOMAIN_TYPE + ",name=" + name);
        }
    }

    private static final class CompilationImpl implements CompilationMXBean {
        @Override
        public String getName() {
            return "Cortado tiered compiler (Cranelift)";
        }

        @Override
        public boolean isCompilationTimeMonitoringSupported() {
            return true;
        }

        @Override
        public long getTotalCompilationTime() {
            return Math.max(0, VMManagement.compileTime0());
        }

        @Override
        public ObjectName getObjectName() {
            return ManagementFactory.objectName(ManagementFactory.COMPILATION_MXBEAN_NAME);
        }
    }

    private static final class RuntimeImpl implements RuntimeMXBean {
        private final long startTime = VMManagement.startTime0();

        @Override
        public String getName() {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "localhost";
            }
            return getPid() + "@" + host;
        }

        @Override
        public String getVmName() {
            return System.getProperty("java.vm.name");
        }

        @Override
        public String getVmVendor() {
            return System.getProperty("java.vm.vendor");
        }

        @Override
        public String getVmVersion() {
            return System.getProperty("java.vm.version");
        }

        @Override
        public String getSpecName() {
            return System.getProperty("java.vm.specification.name");
        }

        @Override
        public String getSpecVendor() {
            return System.getProperty("java.vm.specification.vendor");
        }

        @Override
        public String getSpecVersion() {
            return System.getProperty("java.vm.specification.version");
        }

        @Override
        public String getManagementSpecVersion() {
            return "3.0";
        }

        @Override
        public String getClassPath() {
            return System.getProperty("java.class.path");
        }

        @Override
        public String getLibraryPath() {
            return System.getProperty("java.library.path");
        }

        @Override
        public boolean isBootClassPathSupported() {
            return false;
        }

        @Override
        public String getBootClassPath() {
            throw new UnsupportedOperationException("Boot class path mechanism is not supported");
        }

        @Override
        public List<String> getInputArguments() {
            return List.of(VMManagement.inputArguments0());
        }

        @Override
        public long getUptime() {
            return Math.max(0, System.currentTimeMillis() - startTime);
        }

        @Override
        public long getStartTime() {
            return startTime;
        }

        @Override
        public Map<String, String> getSystemProperties() {
            Map<String, String> map = new LinkedHashMap<>();
            java.util.Properties properties = System.getProperties();
            for (String name : properties.stringPropertyNames()) {
                map.put(name, properties.getProperty(name));
            }
            return map;
        }

        @Override
        public ObjectName getObjectName() {
            return ManagementFactory.objectName(ManagementFactory.RUNTIME_MXBEAN_NAME);
        }
    }

    private static final class OperatingSystemImpl
            implements com.sun.management.OperatingSystemMXBean {
        private long lastWall = System.nanoTime();
        private long lastCpu = VMManagement.processCpuTime0();

        @Override
        public String getName() {
            return System.getProperty("os.name");
        }

        @Override
        public String getArch() {
            return System.getProperty("os.arch");
        }

        @Override
        public String getVersion() {
            return System.getProperty("os.version");
        }

        @Override
        public int getAvailableProcessors() {
            return Runtime.getRuntime().availableProcessors();
        }

        @Override
        public double getSystemLoadAverage() {
            return VMManagement.loadAverage0();
        }

        @Override
        public long getCommittedVirtualMemorySize() {
            return VMManagement.systemMemory0()[4];
        }

        @Override
        public long getTotalSwapSpaceSize() {
            return VMManagement.systemMemory0()[2];
        }

        @Override
        public long getFreeSwapSpaceSize() {
            return VMManagement.systemMemory0()[3];
        }

        @Override
        public long getProcessCpuTime() {
            return VMManagement.processCpuTime0();
        }

        @Override
        @Deprecated(since = "14")
        public long getFreePhysicalMemorySize() {
            return VMManagement.systemMemory0()[1];
        }

        @Override
        @Deprecated(since = "14")
        public long getTotalPhysicalMemorySize() {
            return VMManagement.systemMemory0()[0];
        }

        /** Not measured: a negative value, as the specification allows. */
        @Override
        @Deprecated(since = "14")
        public double getSystemCpuLoad() {
            return -1.0;
        }

        /** The process's CPU time over the wall time since the previous call, per processor. */
        @Override
        public synchronized double getProcessCpuLoad() {
            long wall = System.nanoTime();
            long cpu = VMManagement.processCpuTime0();
            long elapsed = wall - lastWall;
            double load = elapsed <= 0 || cpu < 0 ? 0.0
                    : (double) (cpu - lastCpu) / elapsed / getAvailableProcessors();
            lastWall = wall;
            lastCpu = cpu;
            return Math.max(0.0, Math.min(1.0, load));
        }

        @Override
        public ObjectName getObjectName() {
            return ManagementFactory.objectName(ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME);
        }
    }

    private static final class ThreadImpl implements com.sun.management.ThreadMXBean {
        private int peak;
        private boolean cpuTimeEnabled = true;
        private boolean contentionMonitoring;
        private boolean allocatedMemoryEnabled = true;

        private Thread[] live() {
            ThreadGroup root = Thread.currentThread().getThreadGroup();
            while (root.getParent() != null) {
                root = root.getParent();
            }
            Thread[] threads = new Thread[root.activeCount() + 8];
            int n;
            while ((n = root.enumerate(threads, true)) == threads.length) {
                threads = new Thread[threads.length * 2];
            }
            Thread[] all = java.util.Arrays.copyOf(threads, n);
            synchronized (this) {
                peak = Math.max(peak, n);
            }
            return all;
        }

        private Thread find(long id) {
            if (id <= 0) {
                throw new IllegalArgumentException("Invalid thread ID parameter: " + id);
            }
            for (Thread t : live()) {
                if (t.getId() == id) {
                    return t;
                }
            }
            return null;
        }

        @Override
        public int getThreadCount() {
            return live().length;
        }

        @Override
        public synchronized int getPeakThreadCount() {
            live();
            return peak;
        }

        @Override
        public long getTotalStartedThreadCount() {
            return jdk.internal.util.ThreadCounts.started;
        }

        @Override
        public int getDaemonThreadCount() {
            int n = 0;
            for (Thread t : live()) {
                if (t.isDaemon()) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public long[] getAllThreadIds() {
            Thread[] threads = live();
            long[] ids = new long[threads.length];
            for (int i = 0; i < threads.length; i++) {
                ids[i] = threads[i].getId();
            }
            return ids;
        }

        private ThreadInfo info(long id, int maxDepth) {
            if (maxDepth < 0) {
                throw new IllegalArgumentException("Invalid maxDepth parameter: " + maxDepth);
            }
            Thread t = find(id);
            if (t == null) {
                return null;
            }
            StackTraceElement[] trace = maxDepth == 0 ? new StackTraceElement[0] : t.getStackTrace();
            if (t == Thread.currentThread()) {
                // From this bean's frames on, as HotSpot's (Thread.getStackTrace's left out).
                int skip = 0;
                while (skip < trace.length && !trace[skip].getClassName().startsWith(
                        "java.lang.management.PlatformBeans")) {
                    skip++;
                }
                if (skip < trace.length) {
                    trace = java.util.Arrays.copyOfRange(trace, skip, trace.length);
                }
            }
            if (trace.length > maxDepth) {
                trace = java.util.Arrays.copyOf(trace, maxDepth);
            }
            return new ThreadInfo(t, trace);
        }

        @Override
        public ThreadInfo getThreadInfo(long id) {
            return info(id, 0);
        }

        @Override
        public ThreadInfo[] getThreadInfo(long[] ids) {
            return getThreadInfo(ids, 0);
        }

        @Override
        public ThreadInfo getThreadInfo(long id, int maxDepth) {
            return info(id, maxDepth);
        }

        @Override
        public ThreadInfo[] getThreadInfo(long[] ids, int maxDepth) {
            ThreadInfo[] infos = new ThreadInfo[ids.length];
            for (int i = 0; i < ids.length; i++) {
                infos[i] = info(ids[i], maxDepth);
            }
            return infos;
        }

        @Override
        public ThreadInfo[] getThreadInfo(long[] ids, boolean lockedMonitors,
                boolean lockedSynchronizers) {
            return getThreadInfo(ids, Integer.MAX_VALUE);
        }

        @Override
        public ThreadInfo[] dumpAllThreads(boolean lockedMonitors, boolean lockedSynchronizers) {
            return getThreadInfo(getAllThreadIds(), Integer.MAX_VALUE);
        }

        @Override
        public boolean isThreadContentionMonitoringSupported() {
            return true;
        }

        @Override
        public boolean isThreadContentionMonitoringEnabled() {
            return contentionMonitoring;
        }

        @Override
        public void setThreadContentionMonitoringEnabled(boolean enable) {
            contentionMonitoring = enable;
        }

        @Override
        public long getCurrentThreadCpuTime() {
            return cpuTimeEnabled ? VMManagement.threadCpuTime0(false) : -1;
        }

        @Override
        public long getCurrentThreadUserTime() {
            return cpuTimeEnabled ? VMManagement.threadCpuTime0(true) : -1;
        }

        /** Measured for the calling thread only; -1 for others. */
        @Override
        public long getThreadCpuTime(long id) {
            Thread t = find(id);
            return t == Thread.currentThread() ? getCurrentThreadCpuTime() : -1;
        }

        @Override
        public long getThreadUserTime(long id) {
            Thread t = find(id);
            return t == Thread.currentThread() ? getCurrentThreadUserTime() : -1;
        }

        @Override
        public long[] getThreadCpuTime(long[] ids) {
            long[] times = new long[ids.length];
            for (int i = 0; i < ids.length; i++) {
                times[i] = getThreadCpuTime(ids[i]);
            }
            return times;
        }

        @Override
        public long[] getThreadUserTime(long[] ids) {
            long[] times = new long[ids.length];
            for (int i = 0; i < ids.length; i++) {
                times[i] = getThreadUserTime(ids[i]);
            }
            return times;
        }

        @Override
        public boolean isThreadCpuTimeSupported() {
            return true;
        }

        @Override
        public boolean isCurrentThreadCpuTimeSupported() {
            return true;
        }

        @Override
        public boolean isThreadCpuTimeEnabled() {
            return cpuTimeEnabled;
        }

        @Override
        public void setThreadCpuTimeEnabled(boolean enable) {
            cpuTimeEnabled = enable;
        }

        @Override
        public long[] findMonitorDeadlockedThreads() {
            return null;
        }

        @Override
        public synchronized void resetPeakThreadCount() {
            peak = 0;
            live();
        }

        @Override
        public long[] findDeadlockedThreads() {
            return null;
        }

        @Override
        public boolean isObjectMonitorUsageSupported() {
            return false;
        }

        @Override
        public boolean isSynchronizerUsageSupported() {
            return false;
        }

        @Override
        public long getThreadAllocatedBytes(long id) {
            return -1;
        }

        @Override
        public long[] getThreadAllocatedBytes(long[] ids) {
            long[] bytes = new long[ids.length];
            java.util.Arrays.fill(bytes, -1);
            return bytes;
        }

        @Override
        public boolean isThreadAllocatedMemorySupported() {
            return false;
        }

        @Override
        public boolean isThreadAllocatedMemoryEnabled() {
            return allocatedMemoryEnabled;
        }

        @Override
        public void setThreadAllocatedMemoryEnabled(boolean enable) {
            allocatedMemoryEnabled = enable;
        }

        @Override
        public ObjectName getObjectName() {
            return ManagementFactory.objectName(ManagementFactory.THREAD_MXBEAN_NAME);
        }
    }
}
