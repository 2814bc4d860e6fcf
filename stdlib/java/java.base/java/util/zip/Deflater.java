package java.util.zip;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;

/** Compression with zlib's deflate (the VM's zlib stream, see ZLib). */
public class Deflater {
    public static final int DEFLATED = 8;
    public static final int NO_COMPRESSION = 0;
    public static final int BEST_SPEED = 1;
    public static final int BEST_COMPRESSION = 9;
    public static final int DEFAULT_COMPRESSION = -1;
    public static final int FILTERED = 1;
    public static final int HUFFMAN_ONLY = 2;
    public static final int DEFAULT_STRATEGY = 0;
    public static final int NO_FLUSH = 0;
    public static final int SYNC_FLUSH = 2;
    public static final int FULL_FLUSH = 3;
    /** zlib's Z_FINISH. */
    private static final int FINISH = 4;

    private long handle;
    private ZLib.Owner owner;
    private ByteBuffer input;
    private byte[] inputArray;
    private int inputPos;
    private int inputLim;
    private int level;
    private int strategy;
    private boolean setParams;
    private boolean finish;
    private boolean finished;
    private long bytesRead;
    private long bytesWritten;

    public Deflater(int level, boolean nowrap) {
        this.level = level;
        this.strategy = DEFAULT_STRATEGY;
        this.owner = ZLib.open(this, true, level, DEFAULT_STRATEGY, nowrap);
        this.handle = owner.handle;
    }

    public Deflater(int level) {
        this(level, false);
    }

    public Deflater() {
        this(DEFAULT_COMPRESSION, false);
    }

    public void setInput(byte[] input, int off, int len) {
        if (off < 0 || len < 0 || off > input.length - len) {
            throw new ArrayIndexOutOfBoundsException();
        }
        synchronized (this) {
            this.input = null;
            this.inputArray = input;
            this.inputPos = off;
            this.inputLim = off + len;
        }
    }

    public void setInput(byte[] input) {
        setInput(input, 0, input.length);
    }

    public void setInput(ByteBuffer input) {
        java.util.Objects.requireNonNull(input);
        synchronized (this) {
            this.input = input;
            this.inputArray = null;
        }
    }

    public void setDictionary(byte[] dictionary, int off, int len) {
        if (off < 0 || len < 0 || off > dictionary.length - len) {
            throw new ArrayIndexOutOfBoundsException();
        }
        synchronized (this) {
            ensureOpen();
            ZLib.setDictionary(handle, dictionary, off, len);
        }
    }

    public void setDictionary(byte[] dictionary) {
        setDictionary(dictionary, 0, dictionary.length);
    }

    public void setDictionary(ByteBuffer dictionary) {
        synchronized (this) {
            ensureOpen();
            int remaining = Math.max(dictionary.limit() - dictionary.position(), 0);
            byte[] copy = new byte[remaining];
            dictionary.get(copy);
            ZLib.setDictionary(handle, copy, 0, remaining);
        }
    }

    public void setStrategy(int strategy) {
        switch (strategy) {
            case DEFAULT_STRATEGY:
            case FILTERED:
            case HUFFMAN_ONLY:
                break;
            default:
                throw new IllegalArgumentException();
        }
        synchronized (this) {
            if (this.strategy != strategy) {
                this.strategy = strategy;
                setParams = true;
            }
        }
    }

    public void setLevel(int level) {
        if ((level < 0 || level > 9) && level != DEFAULT_COMPRESSION) {
            throw new IllegalArgumentException("invalid compression level");
        }
        synchronized (this) {
            if (this.level != level) {
                this.level = level;
                setParams = true;
            }
        }
    }

    public boolean needsInput() {
        synchronized (this) {
            ByteBuffer input = this.input;
            return input == null ? inputLim == inputPos : !input.hasRemaining();
        }
    }

    public void finish() {
        synchronized (this) {
            finish = true;
        }
    }

    public boolean finished() {
        synchronized (this) {
            return finished;
        }
    }

    public int deflate(byte[] output, int off, int len) {
        return deflate(output, off, len, NO_FLUSH);
    }

    public int deflate(byte[] output) {
        return deflate(output, 0, output.length, NO_FLUSH);
    }

    public int deflate(ByteBuffer output) {
        return deflate(output, NO_FLUSH);
    }

    public int deflate(byte[] output, int off, int len, int flush) {
        if (off < 0 || len < 0 || off > output.length - len) {
            throw new ArrayIndexOutOfBoundsException();
        }
        if (flush != NO_FLUSH && flush != SYNC_FLUSH && flush != FULL_FLUSH) {
            throw new IllegalArgumentException();
        }
        synchronized (this) {
            ensureOpen();
            return run(output, off, len, flush);
        }
    }

    public int deflate(ByteBuffer output, int flush) {
        if (output.isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        if (flush != NO_FLUSH && flush != SYNC_FLUSH && flush != FULL_FLUSH) {
            throw new IllegalArgumentException();
        }
        synchronized (this) {
            ensureOpen();
            int pos = output.position();
            int rem = Math.max(output.limit() - pos, 0);
            int written;
            if (output.hasArray()) {
                written = run(output.array(), output.arrayOffset() + pos, rem, flush);
            } else {
                byte[] tmp = new byte[rem];
                written = run(tmp, 0, rem, flush);
                output.put(tmp, 0, written);
                return written;
            }
            output.position(pos + written);
            return written;
        }
    }

    /** One call of zlib's deflate (or deflateParams) over the current input. */
    private int run(byte[] output, int off, int len, int flush) {
        if (finish) {
            flush = FINISH;
        }
        int params = setParams ? 1 | strategy << 1 | level << 3 : 0;
        byte[] in;
        int inOff;
        int inLen;
        ByteBuffer buffer = this.input;
        if (buffer == null) {
            in = inputArray == null ? new byte[0] : inputArray;
            inOff = inputPos;
            inLen = inputLim - inputPos;
        } else {
            inOff = buffer.position();
            inLen = Math.max(buffer.limit() - inOff, 0);
            if (buffer.hasArray()) {
                in = buffer.array();
                inOff += buffer.arrayOffset();
            } else {
                in = new byte[inLen];
                buffer.duplicate().get(in);
                inOff = 0;
            }
        }
        long result = ZLib.deflate(handle, in, inOff, inLen, output, off, len, flush, params);
        int read = (int) (result & 0x7fff_ffffL);
        int written = (int) (result >>> 31 & 0x7fff_ffffL);
        if ((result >>> 62 & 1) != 0) {
            finished = true;
        }
        if (params != 0 && (result >>> 63 & 1) == 0) {
            setParams = false;
        }
        if (buffer == null) {
            inputPos += read;
        } else {
            buffer.position(buffer.position() + read);
        }
        bytesWritten += written;
        bytesRead += read;
        return written;
    }

    public int getAdler() {
        synchronized (this) {
            ensureOpen();
            return ZLib.getAdler(handle);
        }
    }

    public int getTotalIn() {
        return (int) getBytesRead();
    }

    public long getBytesRead() {
        synchronized (this) {
            ensureOpen();
            return bytesRead;
        }
    }

    public int getTotalOut() {
        return (int) getBytesWritten();
    }

    public long getBytesWritten() {
        synchronized (this) {
            ensureOpen();
            return bytesWritten;
        }
    }

    public void reset() {
        synchronized (this) {
            ensureOpen();
            ZLib.reset(handle);
            finish = false;
            finished = false;
            input = null;
            inputArray = null;
            inputPos = inputLim = 0;
            bytesRead = bytesWritten = 0;
        }
    }

    public void end() {
        synchronized (this) {
            if (handle != 0) {
                owner.end();
                handle = 0;
            }
            input = null;
            inputArray = null;
        }
    }

    private void ensureOpen() {
        if (handle == 0) {
            throw new NullPointerException("Deflater has been closed");
        }
    }
}
