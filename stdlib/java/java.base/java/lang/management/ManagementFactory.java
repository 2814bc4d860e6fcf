package java.lang.management;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * The platform MXBeans. Cortado reports its own heap, collections, threads and compiler under
 * the names HotSpot 17 uses on the same machine with its default collector (G1 on a server-class
 * machine, else the serial collector), since programs print and match those names; memory
 * outside the heap is not accounted (its pools report 0). No MBean server.
 */
public class ManagementFactory {
    public static final String CLASS_LOADING_MXBEAN_NAME = "java.lang:type=ClassLoading";
    public static final String COMPILATION_MXBEAN_NAME = "java.lang:type=Compilation";
    public static final String MEMORY_MXBEAN_NAME = "java.lang:type=Memory";
    public static final String OPERATING_SYSTEM_MXBEAN_NAME = "java.lang:type=OperatingSystem";
    public static final String RUNTIME_MXBEAN_NAME = "java.lang:type=Runtime";
    public static final String THREAD_MXBEAN_NAME = "java.lang:type=Threading";
    public static final String GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE = "java.lang:type=GarbageCollector";
    public static final String MEMORY_MANAGER_MXBEAN_DOMAIN_TYPE = "java.lang:type=MemoryManager";
    public static final String MEMORY_POOL_MXBEAN_DOMAIN_TYPE = "java.lang:type=MemoryPool";

    private ManagementFactory() {}

    public static ClassLoadingMXBean getClassLoadingMXBean() {
        return PlatformBeans.CLASS_LOADING;
    }

    public static MemoryMXBean getMemoryMXBean() {
        return PlatformBeans.MEMORY;
    }

    public static ThreadMXBean getThreadMXBean() {
        return PlatformBeans.THREADS;
    }

    public static RuntimeMXBean getRuntimeMXBean() {
        return PlatformBeans.RUNTIME;
    }

    /** Null when the VM compiles nothing (-Xint), as HotSpot's. */
    public static CompilationMXBean getCompilationMXBean() {
        return PlatformBeans.COMPILATION;
    }

    public static OperatingSystemMXBean getOperatingSystemMXBean() {
        return PlatformBeans.OPERATING_SYSTEM;
    }

    public static List<MemoryPoolMXBean> getMemoryPoolMXBeans() {
        return List.of(PlatformBeans.POOLS);
    }

    public static List<MemoryManagerMXBean> getMemoryManagerMXBeans() {
        return List.of(PlatformBeans.MANAGERS);
    }

    public static List<GarbageCollectorMXBean> getGarbageCollectorMXBeans() {
        List<GarbageCollectorMXBean> collectors = new ArrayList<>();
        for (MemoryManagerMXBean m : PlatformBeans.MANAGERS) {
            if (m instanceof GarbageCollectorMXBean gc) {
                collectors.add(gc);
            }
        }
        return collectors;
    }

    public static <T extends PlatformManagedObject> T getPlatformMXBean(Class<T> type) {
        List<T> beans = getPlatformMXBeans(type);
        if (beans.size() != 1) {
            throw new IllegalArgumentException(type.getName()
                    + " can have more than one instance");
        }
        return beans.get(0);
    }

    public static <T extends PlatformManagedObject> List<T> getPlatformMXBeans(Class<T> type) {
        if (!isPlatformInterface(type)) {
            throw new IllegalArgumentException(type.getName() + " is not a platform management interface");
        }
        List<T> found = new ArrayList<>();
        for (PlatformManagedObject bean : PlatformBeans.all()) {
            if (type.isInstance(bean)) {
                found.add(type.cast(bean));
            }
        }
        return found;
    }

    public static Set<Class<? extends PlatformManagedObject>> getPlatformManagementInterfaces() {
        return Set.of(ClassLoadingMXBean.class, CompilationMXBean.class, MemoryMXBean.class,
                GarbageCollectorMXBean.class, MemoryManagerMXBean.class, MemoryPoolMXBean.class,
                OperatingSystemMXBean.class, RuntimeMXBean.class, ThreadMXBean.class,
                com.sun.management.OperatingSystemMXBean.class,
                com.sun.management.ThreadMXBean.class);
    }

    private static boolean isPlatformInterface(Class<?> type) {
        return type.isInterface() && getPlatformManagementInterfaces().contains(type);
    }

    static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
