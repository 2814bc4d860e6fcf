package java.io;

/** An open host file descriptor. */
public final class FileDescriptor {
    private int fd;

    public static final FileDescriptor in = new FileDescriptor(0);
    public static final FileDescriptor out = new FileDescriptor(1);
    public static final FileDescriptor err = new FileDescriptor(2);

    static {
        jdk.internal.io.HostFiles.setStreamAccess(new jdk.internal.io.HostFiles.StreamAccess() {
            @Override
            public FileInputStream newInputStream(int fd, String path) {
                return new FileInputStream(new FileDescriptor(fd), path);
            }

            @Override
            public FileOutputStream newOutputStream(int fd, String path) {
                return new FileOutputStream(new FileDescriptor(fd), path);
            }

            @Override
            public int fd(FileDescriptor d) {
                return d.fd;
            }

            @Override
            public void close(FileDescriptor d) throws IOException {
                d.close();
            }

            @Override
            public int read(int fd, byte[] b, int off, int len) throws IOException {
                return FileInputStream.readBytes0(fd, b, off, len);
            }

            @Override
            public void write(int fd, byte[] b, int off, int len) throws IOException {
                FileOutputStream.writeBytes0(fd, b, off, len);
            }
        });
    }

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

    /** Closes a host descriptor, ignoring errors (for java.io.File). */
    static void closeFd(int fd) {
        try {
            close0(fd);
        } catch (IOException e) {
            // nothing to report
        }
    }

    /** Closes host descriptor fd; throws IOException on failure. */
    private static native void close0(int fd) throws IOException;
}
