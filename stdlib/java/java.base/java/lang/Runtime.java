package java.lang;

public class Runtime {
    private static final Runtime currentRuntime = new Runtime();

    private Runtime() {}

    public static Runtime getRuntime() {
        return currentRuntime;
    }

    /** Runs the shutdown hooks, then terminates the VM with status. Never returns. */
    public void exit(int status) {
        Shutdown.exit(status);
    }

    public void addShutdownHook(Thread hook) {
        Shutdown.addHook(hook);
    }

    public boolean removeShutdownHook(Thread hook) {
        return Shutdown.removeHook(hook);
    }

    /** Terminates the VM immediately without running hooks. */
    public void halt(int status) {
        Shutdown.halt(status);
    }

    public native int availableProcessors();

    public native long freeMemory();

    public native long totalMemory();

    public native long maxMemory();

    public native void gc();

    public void runFinalization() {}
}
