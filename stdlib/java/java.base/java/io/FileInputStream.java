package java.io;

import java.util.Objects;

/** Reads bytes from a host file descriptor. */
public class FileInputStream extends InputStream {
    private final FileDescriptor fd;
    private final String path;
    private volatile boolean closed;
    private java.nio.channels.FileChannel channel;

    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null); // hotspot-line: 111
    }

    public FileInputStream(File file) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        if (name == null) {
            throw new NullPointerException();
        }
        this.path = name;
        this.fd = new FileDescriptor(open(name)); // hotspot-line: 157
    }

    FileInputStream(FileDescriptor fdObj, String path) {
        this.fd = fdObj;
        this.path = path;
    }

    public FileInputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
        this.path = null;
    }

    /** Opens path for reading; returns the descriptor or throws FileNotFoundException. */
    private int open(String name) throws FileNotFoundException {
        return open0(name, jdk.internal.io.HostFiles.READ); // hotspot-line: 216
    }

    /**
     * HostFiles.open0 that throws FileNotFoundException("path (reason)") itself, so that the
     * trace starts at a native open0 as the JDK's.
     */
    private static native int open0(String name, int flags) throws FileNotFoundException;

    /** Opens path with HostFiles flags, throwing FileNotFoundException("path (reason)"). */
    static int openOrThrow(String path, int flags) throws FileNotFoundException {
        int fd = jdk.internal.io.HostFiles.open0(path, flags);
        if (fd < 0) {
            throw new FileNotFoundException(path + " (" + jdk.internal.io.HostFiles.strerror0(-fd) + ")");
        }
        return fd;
    }

    /** Reads up to len bytes into b[off..]; returns the count, or -1 at end of file. */
    static native int readBytes0(int fd, byte[] b, int off, int len) throws IOException;

    /** Bytes readable without blocking (0 if unknown). */
    private static native int available0(int fd) throws IOException;

    private int fdOrThrow() throws IOException {
        int f = fd.fd();
        if (f == -1 || closed) {
            throw new IOException("Stream Closed");
        }
        return f;
    }

    @Override
    public int read() throws IOException {
        byte[] b = new byte[1];
        int n = readBytes0(fdOrThrow(), b, 0, 1);
        return n <= 0 ? -1 : (b[0] & 0xff);
    }

    @Override
    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        return readBytes0(fdOrThrow(), b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        int f = fdOrThrow();
        if (f < 3 || n <= 0) {
            return super.skip(n);
        }
        long position = jdk.internal.io.HostFiles.seek0(f, 0, 1);
        long end = jdk.internal.io.HostFiles.seek0(f, 0, 2);
        long target = Math.min(end, position + n);
        jdk.internal.io.HostFiles.seek0(f, target, 0);
        return Math.max(0, target - position);
    }

    @Override
    public int available() throws IOException {
        return available0(fdOrThrow());
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        java.nio.channels.FileChannel fc;
        synchronized (this) {
            fc = channel;
        }
        if (fc != null) {
            fc.close();
        }
        fd.close();
    }

    /** The channel reading this stream's file at the stream's position. */
    public java.nio.channels.FileChannel getChannel() {
        synchronized (this) {
            if (channel == null) {
                channel = sun.nio.ch.FileChannelImpl.open(fd, path, true, false, false, this);
                if (closed) {
                    try {
                        channel.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            }
            return channel;
        }
    }
}
