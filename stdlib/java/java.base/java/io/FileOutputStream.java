package java.io;

import java.util.Objects;

/** Writes bytes to a host file descriptor (unbuffered). */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;
    private final String path;
    private volatile boolean closed;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        if (name == null) {
            throw new NullPointerException();
        }
        this.fd = new FileDescriptor(open0(name, append));
        this.path = name;
    }

    public FileOutputStream(File file) throws FileNotFoundException {
        this(file.getPath(), false);
    }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        this(file.getPath(), append);
    }

    FileOutputStream(FileDescriptor fdObj, String path) {
        this.fd = fdObj;
        this.path = path;
    }

    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
        this.path = null;
    }

    /** Opens (creating or truncating unless append) path for writing; returns the descriptor. */
    private static int open0(String path, boolean append) throws FileNotFoundException {
        int flags = jdk.internal.io.HostFiles.WRITE | jdk.internal.io.HostFiles.CREATE
                | (append ? jdk.internal.io.HostFiles.APPEND : jdk.internal.io.HostFiles.TRUNCATE);
        return FileInputStream.openOrThrow(path, flags);
    }

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
        fd.close();
    }
}
