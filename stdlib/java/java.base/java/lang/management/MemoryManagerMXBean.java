package java.lang.management;

/** Something that manages memory pools (a collector is one). */
public interface MemoryManagerMXBean extends PlatformManagedObject {
    String getName();

    boolean isValid();

    String[] getMemoryPoolNames();
}
