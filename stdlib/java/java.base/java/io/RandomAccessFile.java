package java.io;

import java.util.Objects;
import jdk.internal.io.HostFiles;

/** Random access to a file's bytes through a host descriptor. */
public class RandomAccessFile implements DataOutput, DataInput, Closeable {
    private final FileDescriptor fd;
    private final String path;
    private final boolean rw;
    private volatile boolean closed;
    private java.nio.channels.FileChannel channel;

    public RandomAccessFile(String name, String mode) throws FileNotFoundException {
        this(name != null ? new File(name) : null, mode);
    }

    public RandomAccessFile(File file, String mode) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        int flags;
        if (mode.equals("r")) {
            flags = HostFiles.READ;
            rw = false;
        } else if (mode.equals("rw") || mode.equals("rws") || mode.equals("rwd")) {
            flags = HostFiles.READ | HostFiles.WRITE | HostFiles.CREATE;
            rw = true;
        } else {
            throw new IllegalArgumentException("Illegal mode \"" + mode
                    + "\" must be one of \"r\", \"rw\", \"rws\", or \"rwd\"");
        }
        if (name == null) {
            throw new NullPointerException();
        }
        this.fd = new FileDescriptor(FileInputStream.openOrThrow(name, flags));
        this.path = name;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }

    private int fdOrThrow() throws IOException {
        int f = fd.fd();
        if (f == -1 || closed) {
            throw new IOException("Stream Closed");
        }
        return f;
    }

    private static long check(long result) throws IOException {
        if (result < 0) {
            throw new IOException(HostFiles.strerror0((int) -result));
        }
        return result;
    }

    public int read() throws IOException {
        byte[] b = new byte[1];
        int n = FileInputStream.readBytes0(fdOrThrow(), b, 0, 1);
        return n <= 0 ? -1 : (b[0] & 0xff);
    }

    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        return FileInputStream.readBytes0(fdOrThrow(), b, off, len);
    }

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    public final void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    public final void readFully(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int count = read(b, off + n, len - n);
            if (count < 0) {
                throw new EOFException();
            }
            n += count;
        }
    }

    public int skipBytes(int n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        long pos = getFilePointer();
        long len = length();
        long newpos = Math.min(pos + n, len);
        seek(newpos);
        return (int) (newpos - pos);
    }

    public void write(int b) throws IOException {
        FileOutputStream.writeBytes0(fdOrThrow(), new byte[] {(byte) b}, 0, 1);
    }

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        FileOutputStream.writeBytes0(fdOrThrow(), b, off, len);
    }

    public long getFilePointer() throws IOException {
        return check(HostFiles.seek0(fdOrThrow(), 0, 1));
    }

    public void seek(long pos) throws IOException {
        if (pos < 0) {
            throw new IOException("Negative seek offset");
        }
        check(HostFiles.seek0(fdOrThrow(), pos, 0));
    }

    public long length() throws IOException {
        int f = fdOrThrow();
        long pos = check(HostFiles.seek0(f, 0, 1));
        long end = check(HostFiles.seek0(f, 0, 2));
        check(HostFiles.seek0(f, pos, 0));
        return end;
    }

    public void setLength(long newLength) throws IOException {
        int f = fdOrThrow();
        long pos = getFilePointer();
        check(HostFiles.setLength0(f, newLength));
        if (pos > newLength) {
            seek(newLength);
        }
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

    /** The channel of this file, sharing its file pointer. */
    public final java.nio.channels.FileChannel getChannel() {
        synchronized (this) {
            if (channel == null) {
                channel = sun.nio.ch.FileChannelImpl.open(fd, path, true, rw, false, this);
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

    public final boolean readBoolean() throws IOException {
        return readUnsignedByte() != 0;
    }

    public final byte readByte() throws IOException {
        return (byte) readUnsignedByte();
    }

    public final int readUnsignedByte() throws IOException {
        int ch = read();
        if (ch < 0) {
            throw new EOFException();
        }
        return ch;
    }

    public final short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    public final int readUnsignedShort() throws IOException {
        int ch1 = readUnsignedByte();
        int ch2 = readUnsignedByte();
        return (ch1 << 8) + ch2;
    }

    public final char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    public final int readInt() throws IOException {
        byte[] b = new byte[4];
        readFully(b);
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    public final long readLong() throws IOException {
        return ((long) readInt() << 32) + (readInt() & 0xFFFFFFFFL);
    }

    public final float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    public final double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    public final String readLine() throws IOException {
        StringBuilder input = new StringBuilder();
        int c = -1;
        boolean eol = false;
        while (!eol) {
            switch (c = read()) {
                case -1:
                case '\n':
                    eol = true;
                    break;
                case '\r':
                    eol = true;
                    long cur = getFilePointer();
                    if (read() != '\n') {
                        seek(cur);
                    }
                    break;
                default:
                    input.append((char) c);
                    break;
            }
        }
        if (c == -1 && input.length() == 0) {
            return null;
        }
        return input.toString();
    }

    public final String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }

    public final void writeUTF(String str) throws IOException {
        write(DataOutputStream.encodeUTF(str, true));
    }

    public final void writeBoolean(boolean v) throws IOException {
        write(v ? 1 : 0);
    }

    public final void writeByte(int v) throws IOException {
        write(v);
    }

    public final void writeShort(int v) throws IOException {
        write(new byte[] {(byte) (v >>> 8), (byte) v});
    }

    public final void writeChar(int v) throws IOException {
        writeShort(v);
    }

    public final void writeInt(int v) throws IOException {
        write(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }

    public final void writeLong(long v) throws IOException {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    public final void writeFloat(float v) throws IOException {
        writeInt(Float.floatToIntBits(v));
    }

    public final void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToLongBits(v));
    }

    public final void writeBytes(String s) throws IOException {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        write(b);
    }

    public final void writeChars(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            writeChar(s.charAt(i));
        }
    }
}
