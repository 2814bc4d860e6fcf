package java.lang.management;

/** Class loading counts. */
public interface ClassLoadingMXBean extends PlatformManagedObject {
    long getTotalLoadedClassCount();

    int getLoadedClassCount();

    long getUnloadedClassCount();

    boolean isVerbose();

    void setVerbose(boolean value);
}
