package java.lang.management;

/** A garbage collector: how often it ran and for how long. */
public interface GarbageCollectorMXBean extends MemoryManagerMXBean {
    long getCollectionCount();

    long getCollectionTime();
}
