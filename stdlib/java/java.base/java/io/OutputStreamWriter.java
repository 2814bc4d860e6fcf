package java.io;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.Objects;
import sun.nio.cs.CortadoCharset;

/** Encodes chars into bytes written to an OutputStream (buffered until flush). */
public class OutputStreamWriter extends Writer {
    private final OutputStream out;
    private final CortadoCharset cs;
    private final char[] buf = new char[8192];
    private int count;
    private boolean closed;

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        this(out, PrintStream.toCharset(charsetName));
    }

    public OutputStreamWriter(OutputStream out) {
        this(out, Charset.defaultCharset());
    }

    public OutputStreamWriter(OutputStream out, Charset cs) {
        super(out);
        this.out = Objects.requireNonNull(out);
        this.cs = CortadoCharset.of(Objects.requireNonNull(cs, "charset"));
    }

    public String getEncoding() {
        return closed ? null : cs.historicalName();
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    /** Encodes buffered chars, keeping a trailing high surrogate for the next write. */
    private void flushBuffer(boolean all) throws IOException {
        int n = count;
        if (!all && n > 0 && Character.isHighSurrogate(buf[n - 1])) {
            n--;
        }
        if (n > 0) {
            if (cs.reports()) {
                // A charset that reports (CortadoCharset.reporting) throws, as the JDK's.
                CharacterCodingException e = cs.encodeError(buf, 0, n, true);
                if (e != null) {
                    throw e;
                }
            }
            byte[] bytes = cs.encode(buf, 0, n);
            out.write(bytes, 0, bytes.length);
            System.arraycopy(buf, n, buf, 0, count - n);
            count -= n;
        }
    }

    @Override
    public void write(int c) throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (count == buf.length) {
                flushBuffer(false);
            }
            buf[count++] = (char) c;
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, cbuf.length);
            while (len > 0) {
                if (count == buf.length) {
                    flushBuffer(false);
                }
                int n = Math.min(len, buf.length - count);
                System.arraycopy(cbuf, off, buf, count, n);
                count += n;
                off += n;
                len -= n;
            }
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, str.length());
        char[] c = new char[len];
        str.getChars(off, off + len, c, 0);
        write(c, 0, len);
    }

    void flushBuffer() throws IOException {
        synchronized (lock) {
            ensureOpen();
            flushBuffer(false);
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            ensureOpen();
            flushBuffer(false);
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            try {
                flushBuffer(true);
                out.flush();
            } finally {
                closed = true;
                out.close();
            }
        }
    }
}
