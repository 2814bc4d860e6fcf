package java.util.zip;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;

/** Decompression with zlib's inflate (the VM's zlib stream, see ZLib). */
public class Inflater {
    private long handle;
    private ZLib.Owner owner;
    private ByteBuffer input;
    private byte[] inputArray;
    private int inputPos;
    private int inputLim;
    private boolean finished;
    private boolean needDict;
    private long bytesRead;
    private long bytesWritten;
    private final int[] consumed = new int[2];

    public Inflater(boolean nowrap) {
        this.owner = ZLib.open(this, false, 0, 0, nowrap);
        this.handle = owner.handle;
    }

    public Inflater() {
        this(false);
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
            needDict = false;
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
            needDict = false;
        }
    }

    public int getRemaining() {
        synchronized (this) {
            ByteBuffer input = this.input;
            return input == null ? inputLim - inputPos : input.remaining();
        }
    }

    public boolean needsInput() {
        synchronized (this) {
            ByteBuffer input = this.input;
            return input == null ? inputLim == inputPos : !input.hasRemaining();
        }
    }

    public boolean needsDictionary() {
        synchronized (this) {
            return needDict;
        }
    }

    public boolean finished() {
        synchronized (this) {
            return finished;
        }
    }

    public int inflate(byte[] output, int off, int len) throws DataFormatException {
        if (off < 0 || len < 0 || off > output.length - len) {
            throw new ArrayIndexOutOfBoundsException();
        }
        synchronized (this) {
            ensureOpen();
            return run(output, off, len);
        }
    }

    public int inflate(byte[] output) throws DataFormatException {
        return inflate(output, 0, output.length);
    }

    public int inflate(ByteBuffer output) throws DataFormatException {
        if (output.isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        synchronized (this) {
            ensureOpen();
            int pos = output.position();
            int rem = Math.max(output.limit() - pos, 0);
            if (output.hasArray()) {
                int written = run(output.array(), output.arrayOffset() + pos, rem);
                output.position(pos + written);
                return written;
            }
            byte[] tmp = new byte[rem];
            int written = run(tmp, 0, rem);
            output.put(tmp, 0, written);
            return written;
        }
    }

    private int run(byte[] output, int off, int len) throws DataFormatException {
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
        long result;
        try {
            result = ZLib.inflate(handle, in, inOff, inLen, output, off, len, consumed);
        } catch (DataFormatException e) {
            // As the JDK's: what zlib used and wrote before the error counts.
            if (buffer == null) {
                inputPos += consumed[0];
            } else {
                buffer.position(buffer.position() + consumed[0]);
            }
            bytesRead += consumed[0];
            bytesWritten += consumed[1];
            consumed[0] = consumed[1] = 0;
            throw e;
        }
        int read = (int) (result & 0x7fff_ffffL);
        int written = (int) (result >>> 31 & 0x7fff_ffffL);
        if ((result >>> 62 & 1) != 0) {
            finished = true;
        }
        if ((result >>> 63 & 1) != 0) {
            needDict = true;
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
            input = null;
            inputArray = null;
            inputPos = inputLim = 0;
            finished = false;
            needDict = false;
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
            throw new NullPointerException("Inflater has been closed");
        }
    }
}
