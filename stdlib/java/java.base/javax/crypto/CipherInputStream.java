package javax.crypto;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads what a cipher makes of the bytes of another stream, finishing it at the end. */
public class CipherInputStream extends FilterInputStream {
    private final Cipher cipher;
    private final byte[] input = new byte[512];
    private byte[] buffered = new byte[0];
    private int position;
    private boolean done;
    private boolean closed;

    public CipherInputStream(InputStream is, Cipher c) {
        super(is);
        this.cipher = c;
    }

    protected CipherInputStream(InputStream is) {
        this(is, null);
    }

    /** Fills `buffered` with the next output; -1 at the end. */
    private int fill() throws IOException {
        while (position >= buffered.length) {
            if (done) {
                return -1;
            }
            int n = in.read(input);
            try {
                byte[] next;
                if (n == -1) {
                    done = true;
                    next = cipher.doFinal();
                } else {
                    next = cipher.update(input, 0, n);
                }
                buffered = next == null ? new byte[0] : next;
                position = 0;
            } catch (IllegalBlockSizeException | BadPaddingException e) {
                throw new IOException(e);
            }
        }
        return buffered.length - position;
    }

    @Override
    public int read() throws IOException {
        if (fill() < 0) {
            return -1;
        }
        return buffered[position++] & 0xff;
    }

    @Override
    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int available = fill();
        if (available < 0) {
            return -1;
        }
        int n = Math.min(len, available);
        System.arraycopy(buffered, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        int available = Math.max(0, buffered.length - position);
        int skipped = (int) Math.max(0, Math.min(n, available));
        position += skipped;
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return Math.max(0, buffered.length - position);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        in.close();
        if (!done) {
            try {
                cipher.doFinal();
            } catch (BadPaddingException | IllegalBlockSizeException e) {
                // As the JDK's: a stream closed early hides the cipher's complaint.
            }
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
