package java.io;

/** An open host file descriptor. */
public final class FileDescriptor {
    private int fd;

    public static final FileDescriptor in = new FileDescriptor(0);
    public static final FileDescriptor out = new FileDescriptor(1);
    public static final FileDescriptor err = new FileDescriptor(2);

    public FileDescriptor() {
        fd = -1;
    }

    FileDescriptor(int fd) {
        this.fd = fd;
    }

    int fd() {
        return fd;
    }

    public boolean valid() {
        return fd != -1;
    }

    public void sync() throws SyncFailedException {}

    /** Closes the descriptor once; later operations fail with "Stream Closed". */
    void close() throws IOException {
        int f = fd;
        if (f != -1) {
            fd = -1;
            close0(f);
        }
    }

    /** Closes host descriptor fd; throws IOException on failure. */
    private static native void close0(int fd) throws IOException;
}
