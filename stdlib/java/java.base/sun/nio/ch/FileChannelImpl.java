package sun.nio.ch;

import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jdk.internal.io.HostFiles;

/**
 * The FileChannel of a host file descriptor, shared with the stream or RandomAccessFile it
 * came from (same position; closing one closes the other). Positional reads and writes seek
 * and restore the descriptor's position under the channel's position lock. Locks are
 * recorded per file in this VM (overlaps throw OverlappingFileLockException) and taken on
 * nothing else. map is not supported.
 */
public class FileChannelImpl extends FileChannel {
    private static final HostFiles.StreamAccess ACCESS = HostFiles.streamAccess();
    private static final int TRANSFER_CHUNK = 8192;

    private final FileDescriptor fd;
    private final String path;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    private final Closeable parent;
    private final Object positionLock = new Object();

    private FileChannelImpl(FileDescriptor fd, String path, boolean readable, boolean writable,
            boolean append, Closeable parent) {
        this.fd = fd;
        this.path = path;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.parent = parent;
    }

    /** The channel of a stream or RandomAccessFile (parent), which closing the channel closes. */
    public static FileChannel open(FileDescriptor fd, String path, boolean readable,
            boolean writable, boolean append, Closeable parent) {
        return new FileChannelImpl(fd, path, readable, writable, append, parent);
    }

    /** FileChannel.open: the options as the JDK's Unix provider reads them. */
    public static FileChannel open(Path path, Set<? extends OpenOption> options)
            throws IOException {
        boolean read = false;
        boolean write = false;
        boolean append = false;
        boolean truncate = false;
        boolean create = false;
        boolean createNew = false;
        boolean deleteOnClose = false;
        for (OpenOption option : options) {
            if (option instanceof StandardOpenOption) {
                switch ((StandardOpenOption) option) {
                    case READ: read = true; break;
                    case WRITE: write = true; break;
                    case APPEND: append = true; break;
                    case TRUNCATE_EXISTING: truncate = true; break;
                    case CREATE: create = true; break;
                    case CREATE_NEW: createNew = true; break;
                    case DELETE_ON_CLOSE: deleteOnClose = true; break;
                    default: break; // SPARSE, SYNC, DSYNC: nothing to do
                }
                continue;
            }
            if (option == LinkOption.NOFOLLOW_LINKS) {
                continue;
            }
            if (option == null) {
                throw new NullPointerException();
            }
            throw new UnsupportedOperationException(option + " not supported");
        }
        if (!read && !write) {
            if (append) {
                write = true;
            } else {
                read = true;
            }
        }
        if (read && append) {
            throw new IllegalArgumentException("READ + APPEND not allowed");
        }
        if (append && truncate) {
            throw new IllegalArgumentException("APPEND + TRUNCATE_EXISTING not allowed");
        }
        int flags = 0;
        if (read) {
            flags |= HostFiles.READ;
        }
        if (write) {
            flags |= HostFiles.WRITE;
            if (append) {
                flags |= HostFiles.APPEND;
            }
            if (truncate) {
                flags |= HostFiles.TRUNCATE;
            }
            if (createNew) {
                flags |= HostFiles.CREATE_NEW;
            } else if (create) {
                flags |= HostFiles.CREATE;
            }
        }
        String name = path.toString();
        int f = HostFiles.open0(name, flags);
        if (f < 0) {
            throw sun.nio.fs.FileErrors.translate(-f, name, null);
        }
        if (deleteOnClose) {
            // As the JDK on Unix: the name goes at once; the open descriptor keeps the file.
            HostFiles.delete0(name);
        }
        FileDescriptor fdObj = ACCESS.newInputStream(f, name).getFD();
        return new FileChannelImpl(fdObj, name, read, write, append, null);
    }

    // ---- checks

    private int fdOrThrow() throws IOException {
        int f = ACCESS.fd(fd);
        if (f == -1 || !isOpen()) {
            throw new ClosedChannelException();
        }
        return f;
    }

    private void ensureOpen() throws IOException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    private static long check(long result) throws IOException {
        if (result < 0) {
            throw new IOException(HostFiles.strerror0((int) -result));
        }
        return result;
    }

    // ---- transfers between buffers and the descriptor

    /** One read at the descriptor's position into dst; -1 at end of file. */
    private int readInto(int f, ByteBuffer dst) throws IOException {
        int rem = dst.remaining();
        if (rem == 0) {
            return 0;
        }
        int n;
        if (dst.hasArray()) {
            n = ACCESS.read(f, dst.array(), dst.arrayOffset() + dst.position(), rem);
            if (n > 0) {
                dst.position(dst.position() + n);
            }
        } else {
            byte[] tmp = new byte[rem];
            n = ACCESS.read(f, tmp, 0, rem);
            if (n > 0) {
                dst.put(tmp, 0, n);
            }
        }
        return n < 0 ? -1 : n;
    }

    /** Writes all of src at the descriptor's position. */
    private int writeFrom(int f, ByteBuffer src) throws IOException {
        int rem = src.remaining();
        if (rem == 0) {
            return 0;
        }
        if (src.hasArray()) {
            ACCESS.write(f, src.array(), src.arrayOffset() + src.position(), rem);
            src.position(src.position() + rem);
        } else {
            byte[] tmp = new byte[rem];
            src.get(tmp);
            ACCESS.write(f, tmp, 0, rem);
        }
        return rem;
    }

    private static void checkReadable(ByteBuffer dst) {
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("Read-only buffer");
        }
    }

    // ---- FileChannel

    @Override
    public int read(ByteBuffer dst) throws IOException {
        Objects.requireNonNull(dst);
        ensureOpen();
        if (!readable) {
            throw new NonReadableChannelException();
        }
        checkReadable(dst);
        synchronized (positionLock) {
            return readInto(fdOrThrow(), dst);
        }
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, dsts.length);
        ensureOpen();
        if (!readable) {
            throw new NonReadableChannelException();
        }
        for (int i = offset; i < offset + length; i++) {
            checkReadable(dsts[i]);
        }
        synchronized (positionLock) {
            int f = fdOrThrow();
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                ByteBuffer dst = dsts[i];
                if (!dst.hasRemaining()) {
                    continue;
                }
                int want = dst.remaining();
                int n = readInto(f, dst);
                if (n < 0) {
                    return total == 0 ? -1 : total;
                }
                total += n;
                if (n < want) {
                    break;
                }
            }
            return total;
        }
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        Objects.requireNonNull(src);
        ensureOpen();
        if (!writable) {
            throw new NonWritableChannelException();
        }
        synchronized (positionLock) {
            return writeFrom(fdOrThrow(), src);
        }
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, srcs.length);
        ensureOpen();
        if (!writable) {
            throw new NonWritableChannelException();
        }
        synchronized (positionLock) {
            int f = fdOrThrow();
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                total += writeFrom(f, srcs[i]);
            }
            return total;
        }
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        synchronized (positionLock) {
            int f = fdOrThrow();
            return append ? check(HostFiles.seek0(f, 0, 2)) : check(HostFiles.seek0(f, 0, 1));
        }
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException();
        }
        synchronized (positionLock) {
            check(HostFiles.seek0(fdOrThrow(), newPosition, 0));
        }
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        synchronized (positionLock) {
            return sizeOf(fdOrThrow());
        }
    }

    private static long sizeOf(int f) throws IOException {
        long pos = check(HostFiles.seek0(f, 0, 1));
        long end = check(HostFiles.seek0(f, 0, 2));
        check(HostFiles.seek0(f, pos, 0));
        return end;
    }

    @Override
    public FileChannel truncate(long newSize) throws IOException {
        ensureOpen();
        if (newSize < 0) {
            throw new IllegalArgumentException("Negative size");
        }
        if (!writable) {
            throw new NonWritableChannelException();
        }
        synchronized (positionLock) {
            int f = fdOrThrow();
            long p = check(HostFiles.seek0(f, 0, 1));
            if (newSize < sizeOf(f)) {
                check(HostFiles.setLength0(f, newSize));
            }
            if (p > newSize) {
                p = newSize;
            }
            check(HostFiles.seek0(f, p, 0));
        }
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        ensureOpen();
        // Writes go straight to the host file; there is nothing buffered to flush.
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target)
            throws IOException {
        ensureOpen();
        if (!target.isOpen()) {
            throw new ClosedChannelException();
        }
        if (!readable) {
            throw new NonReadableChannelException();
        }
        if (target instanceof FileChannelImpl && !((FileChannelImpl) target).writable) {
            throw new NonWritableChannelException();
        }
        if (position < 0 || count < 0) {
            throw new IllegalArgumentException();
        }
        long sz = size();
        if (position > sz) {
            return 0;
        }
        long left = Math.min(count, sz - position);
        long done = 0;
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(left, TRANSFER_CHUNK));
        while (left > 0) {
            buf.clear();
            if (left < buf.capacity()) {
                buf.limit((int) left);
            }
            int n = read(buf, position + done);
            if (n <= 0) {
                break;
            }
            buf.flip();
            while (buf.hasRemaining()) {
                if (target.write(buf) <= 0 && buf.hasRemaining()) {
                    return done + (n - buf.remaining());
                }
            }
            done += n;
            left -= n;
        }
        return done;
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count)
            throws IOException {
        ensureOpen();
        if (!src.isOpen()) {
            throw new ClosedChannelException();
        }
        if (src instanceof FileChannelImpl && !((FileChannelImpl) src).readable) {
            throw new NonReadableChannelException();
        }
        if (!writable) {
            throw new NonWritableChannelException();
        }
        if (position < 0 || count < 0) {
            throw new IllegalArgumentException();
        }
        if (position > size()) {
            return 0;
        }
        long done = 0;
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(Math.max(count, 1), TRANSFER_CHUNK));
        while (done < count) {
            buf.clear();
            if (count - done < buf.capacity()) {
                buf.limit((int) (count - done));
            }
            int n = src.read(buf);
            if (n <= 0) {
                break;
            }
            buf.flip();
            write(buf, position + done);
            done += n;
        }
        return done;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        if (dst == null) {
            throw new NullPointerException();
        }
        if (position < 0) {
            throw new IllegalArgumentException("Negative position");
        }
        ensureOpen();
        if (!readable) {
            throw new NonReadableChannelException();
        }
        checkReadable(dst);
        synchronized (positionLock) {
            int f = fdOrThrow();
            long saved = check(HostFiles.seek0(f, 0, 1));
            try {
                check(HostFiles.seek0(f, position, 0));
                return readInto(f, dst);
            } finally {
                check(HostFiles.seek0(f, saved, 0));
            }
        }
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        if (src == null) {
            throw new NullPointerException();
        }
        if (position < 0) {
            throw new IllegalArgumentException("Negative position");
        }
        ensureOpen();
        if (!writable) {
            throw new NonWritableChannelException();
        }
        synchronized (positionLock) {
            int f = fdOrThrow();
            long saved = check(HostFiles.seek0(f, 0, 1));
            try {
                check(HostFiles.seek0(f, position, 0));
                return writeFrom(f, src);
            } finally {
                check(HostFiles.seek0(f, saved, 0));
            }
        }
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Size exceeds Integer.MAX_VALUE");
        }
        Objects.requireNonNull(mode, "Mode is null");
        ensureOpen();
        if (position < 0L) {
            throw new IllegalArgumentException("Negative position");
        }
        if (size < 0L) {
            throw new IllegalArgumentException("Negative size");
        }
        if (position + size < 0) {
            throw new IllegalArgumentException("Position + size overflow");
        }
        if (mode != MapMode.READ_ONLY && !writable) {
            throw new NonWritableChannelException();
        }
        if (!readable) {
            throw new NonReadableChannelException();
        }
        if (mode == MapMode.READ_WRITE) {
            throw new UnsupportedOperationException(
                    "FileChannel.map: READ_WRITE mappings are not supported by Cortado");
        }
        synchronized (positionLock) {
            int f = fdOrThrow();
            if (sizeOf(f) < position + size) {
                if (!writable) {
                    throw new IOException("Channel not open for writing "
                            + "- cannot extend file to required size");
                }
                check(HostFiles.setLength0(f, position + size));
            }
        }
        // A copy of the region as it is now (Cortado maps by copying).
        byte[] data = new byte[(int) size];
        ByteBuffer dst = ByteBuffer.wrap(data);
        long at = position;
        while (dst.hasRemaining()) {
            int n = read(dst, at);
            if (n <= 0) {
                break;
            }
            at += n;
        }
        return HostFiles.mapAccess().map(data, mode == MapMode.READ_ONLY);
    }

    // ---- locks

    /** The locks held in this VM, by file path. */
    static final List<FileLockImpl> LOCKS = new ArrayList<>();

    private String lockKey() {
        try {
            return path == null ? "fd:" + ACCESS.fd(fd) : new java.io.File(path).getCanonicalPath();
        } catch (IOException e) {
            return path;
        }
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        ensureOpen();
        if (shared && !readable) {
            throw new NonReadableChannelException();
        }
        if (!shared && !writable) {
            throw new NonWritableChannelException();
        }
        FileLockImpl lock = new FileLockImpl(this, position, size, shared, lockKey());
        synchronized (LOCKS) {
            for (FileLockImpl held : LOCKS) {
                if (held.key.equals(lock.key) && held.overlaps(position, size)) {
                    throw new OverlappingFileLockException();
                }
            }
            LOCKS.add(lock);
        }
        return lock;
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return lock(position, size, shared);
    }

    // ---- closing

    @Override
    protected void implCloseChannel() throws IOException {
        synchronized (LOCKS) {
            LOCKS.removeIf(l -> {
                if (l.channel() == this) {
                    l.invalidate();
                    return true;
                }
                return false;
            });
        }
        if (parent != null) {
            parent.close();
        } else {
            ACCESS.close(fd);
        }
    }
}
