package java.lang;

/**
 * The shutdown sequence. Runtime.exit calls exit(); the VM calls shutdown() when the last
 * non-daemon thread (main) ends. As in the JDK, every hook is started as its own thread and
 * the sequence waits for all of them; an exception a hook throws is uncaught in its thread.
 */
final class Shutdown {
    private Shutdown() {}

    private static Thread[] hooks = new Thread[0];
    private static int hookCount;
    private static boolean shuttingDown;

    static synchronized void addHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        if (shuttingDown) {
            throw new IllegalStateException("Shutdown in progress");
        }
        if (hook.isAlive()) {
            throw new IllegalArgumentException("Hook already running");
        }
        for (int i = 0; i < hookCount; i++) {
            if (hooks[i] == hook) {
                throw new IllegalArgumentException("Hook previously registered");
            }
        }
        if (hookCount == hooks.length) {
            Thread[] n = new Thread[Math.max(4, hookCount * 2)];
            System.arraycopy(hooks, 0, n, 0, hookCount);
            hooks = n;
        }
        hooks[hookCount++] = hook;
    }

    static synchronized boolean removeHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        if (shuttingDown) {
            throw new IllegalStateException("Shutdown in progress");
        }
        for (int i = 0; i < hookCount; i++) {
            if (hooks[i] == hook) {
                System.arraycopy(hooks, i + 1, hooks, i, hookCount - i - 1);
                hooks[--hookCount] = null;
                return true;
            }
        }
        return false;
    }

    private static void runHooks() {
        Thread[] toRun;
        synchronized (Shutdown.class) {
            if (shuttingDown) {
                return;
            }
            shuttingDown = true;
            toRun = new Thread[hookCount];
            System.arraycopy(hooks, 0, toRun, 0, hookCount);
        }
        try {
            for (Thread hook : toRun) {
                hook.start();
            }
        } catch (IllegalThreadStateException e) {
            // A hook that was started before (it may be registered once it has ended) cannot
            // start: as in the JDK, the hooks after it do not run, those before it are not
            // waited for, and nothing is reported.
            return;
        }
        for (Thread hook : toRun) {
            while (true) {
                try {
                    hook.join();
                    break;
                } catch (InterruptedException e) {
                    // keep waiting: the hooks must finish
                }
            }
        }
    }

    /** Called by Runtime.exit: runs the hooks (once) and halts. */
    static void exit(int status) {
        runHooks();
        halt(status);
    }

    /** Called by the VM when main has returned (or died): runs the hooks once. */
    static void shutdown() {
        runHooks();
    }

    /** Halts without flushing System.out or System.err, as the JDK (unflushed bytes are lost). */
    static void halt(int status) {
        halt0(status);
    }

    /** Terminates the process with the given status; never returns. */
    private static native void halt0(int status);
}
