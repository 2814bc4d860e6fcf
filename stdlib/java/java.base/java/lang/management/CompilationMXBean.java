package java.lang.management;

/** The just-in-time compiler. */
public interface CompilationMXBean extends PlatformManagedObject {
    String getName();

    boolean isCompilationTimeMonitoringSupported();

    long getTotalCompilationTime();
}
