package jdk.internal.io;

/** Host processes through the VM's host door. Handles are small ints. */
public final class HostProcess {
    private HostProcess() {}

    public static final int PIPE = 0, INHERIT = 1, DISCARD = 2, READ = 3, WRITE = 4, APPEND = 5;

    /**
     * Starts a process. environment: null for the host's, else "name=value" strings; kinds and
     * files: per stream (stdin, stdout, stderr) one of the constants above and its file.
     * Throws IOException("Cannot run program ...") or SecurityException.
     */
    public static native int start0(String[] command, String[] environment, String directory,
            int[] kinds, String[] files, boolean mergeErrors) throws java.io.IOException;

    public static native long pid0(int process);

    /** The pid of the process the VM runs in. */
    public static native long currentPid0();

    /** The pid of that process's parent. */
    public static native long parentPid0();

    /** The exit value, or Integer.MIN_VALUE if timeoutMs (negative: none) passed first. */
    public static native int waitFor0(int process, long timeoutMs) throws InterruptedException;

    /** The exit value, or Integer.MIN_VALUE if still running. */
    public static native int exitValue0(int process);

    /** SIGTERM, or SIGKILL if force. */
    public static native void destroy0(int process, boolean force);

    /** Reads the child's stdout (which 1) or stderr (2); -1 at the end. */
    public static native int read0(int process, int which, byte[] b, int off, int len)
            throws java.io.IOException;

    public static native int available0(int process, int which);

    public static native void write0(int process, byte[] b, int off, int len) throws java.io.IOException;

    public static native void closeStdin0(int process);
}
