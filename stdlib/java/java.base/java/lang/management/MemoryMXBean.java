package java.lang.management;

/** The heap and the memory outside it, as a whole. */
public interface MemoryMXBean extends PlatformManagedObject {
    int getObjectPendingFinalizationCount();

    MemoryUsage getHeapMemoryUsage();

    MemoryUsage getNonHeapMemoryUsage();

    boolean isVerbose();

    void setVerbose(boolean value);

    void gc();
}
