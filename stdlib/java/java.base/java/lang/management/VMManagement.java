package java.lang.management;

/** The VM's counters behind the platform MXBeans (natives: stdlib/NATIVES.md). */
final class VMManagement {
    private VMManagement() {}

    /**
     * Eden, survivor and old generation used and committed bytes; the heap's initial and
     * maximum size; young and full collections (count, milliseconds); 1 when HotSpot would
     * run G1 on this machine, else 0.
     */
    static native long[] heap0();

    static native String[] inputArguments0();

    static native long startTime0();

    static native int loadedClasses0();

    static native long threadCpuTime0(boolean userOnly);

    static native long processCpuTime0();

    static native long compileTime0();

    /** Total and free physical memory, total and free swap, the process's virtual size. */
    static native long[] systemMemory0();

    static native double loadAverage0();
}
