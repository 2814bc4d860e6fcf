package java.io;

import java.util.Objects;

/** Writes bytes to a host file descriptor (unbuffered). */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;
    private final String path;
    private volatile boolean closed;
    private final boolean append;
    private java.nio.channels.FileChannel channel;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null, false); // hotspot-line: 123
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        this(name != null ? new File(name) : null, append);
    }

    public FileOutputStream(File file) throws FileNotFoundException {
        this(file, false); // hotspot-line: 184
    }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        if (name == null) {
            throw new NullPointerException();
        }
        this.path = name;
        this.append = append;
        this.fd = new FileDescriptor(open(name, append)); // hotspot-line: 235
    }

    FileOutputStream(FileDescriptor fdObj, String path) {
        this.append = false;
        this.fd = fdObj;
        this.path = path;
    }

    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.append = false;
        this.fd = fdObj;
        this.path = null;
    }

    /** Opens (creating or truncating unless append) path for writing; returns the descriptor. */
    private int open(String name, boolean append) throws FileNotFoundException {
        int flags = jdk.internal.io.HostFiles.WRITE | jdk.internal.io.HostFiles.CREATE
                | (append ? jdk.internal.io.HostFiles.APPEND : jdk.internal.io.HostFiles.TRUNCATE);
        return open0(name, flags); // hotspot-line: 293
    }

    /** As FileInputStream.open0: throws FileNotFoundException("path (reason)") itself. */
    private static native int open0(String name, int flags) throws FileNotFoundException;

    /** Writes all of b[off, off+len) to fd; throws IOException on failure. */
    static native void writeBytes0(int fd, byte[] b, int off, int len) throws IOException;

    private int fdOrThrow() throws IOException {
        int f = fd.fd();
        if (f == -1 || closed) {
            throw new IOException("Stream Closed");
        }
        return f;
    }

    @Override
    public void write(int b) throws IOException {
        writeBytes0(fdOrThrow(), new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        writeBytes0(fdOrThrow(), b, off, len);
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

    /** The channel writing this stream's file (at its end if the stream appends). */
    public java.nio.channels.FileChannel getChannel() {
        synchronized (this) {
            if (channel == null) {
                channel = sun.nio.ch.FileChannelImpl.open(fd, path, false, true, append, this);
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
