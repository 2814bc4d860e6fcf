package java.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;
import sun.nio.cs.CortadoCharset;

/**
 * Encodes chars into bytes written to an OutputStream (buffered until flush): a built-in
 * charset by its whole-array encoding; a CharsetEncoder given to the constructor, or the
 * encoder of a charset of the program's own, by the encoder (errors as its actions say).
 */
public class OutputStreamWriter extends Writer {
    private final OutputStream out;
    /** The built-in charset, or null when an encoder encodes. */
    private final CortadoCharset cs;
    private final CharsetEncoder encoder;
    private final char[] buf = new char[8192];
    private int count;
    private boolean closed;
    /** Whether chars were encoded: UTF-16 writes its byte-order mark only before the first. */
    private boolean started;

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        this(out, PrintStream.toCharset(charsetName));
    }

    public OutputStreamWriter(OutputStream out) {
        this(out, Charset.defaultCharset());
    }

    public OutputStreamWriter(OutputStream out, Charset cs) {
        super(out);
        this.out = Objects.requireNonNull(out);
        Objects.requireNonNull(cs, "charset");
        if (cs instanceof CortadoCharset) {
            this.cs = (CortadoCharset) cs;
            this.encoder = null;
        } else {
            this.cs = null;
            this.encoder = cs.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
        }
    }

    public OutputStreamWriter(OutputStream out, CharsetEncoder enc) {
        super(out);
        this.out = Objects.requireNonNull(out);
        this.cs = null;
        this.encoder = Objects.requireNonNull(enc, "charset encoder");
    }

    public String getEncoding() {
        if (closed) {
            return null;
        }
        if (cs != null) {
            return cs.historicalName();
        }
        Charset c = encoder.charset();
        return c instanceof CortadoCharset ? ((CortadoCharset) c).historicalName() : c.name();
    }

    /** Encoder mode: encoded bytes not yet written (written when full and at flush). */
    private ByteBuffer bytesOut;

    /**
     * Encoder mode, as the JDK's StreamEncoder: chars are encoded as they are written (so an
     * error is thrown by the write), into bytesOut; what the encoder cannot take yet (a
     * trailing high surrogate) stays in buf. all: the end of input (close), then the encoder
     * is flushed. write: also write bytesOut to the stream.
     */
    private void encodeChars(boolean all, boolean write) throws IOException {
        if (bytesOut == null) {
            bytesOut = ByteBuffer.allocate(8192);
        }
        CharBuffer cb = CharBuffer.wrap(buf, 0, count);
        try {
            for (;;) {
                CoderResult cr = encoder.encode(cb, bytesOut, all);
                if (cr.isOverflow()) {
                    writeBytesOut();
                    continue;
                }
                if (cr.isError()) {
                    cr.throwException();
                }
                break;
            }
            while (all) {
                CoderResult cr = encoder.flush(bytesOut);
                if (cr.isUnderflow()) {
                    break;
                }
                writeBytesOut();
            }
            if (write) {
                writeBytesOut();
            }
        } finally {
            int left = cb.remaining();
            System.arraycopy(buf, cb.position(), buf, 0, left);
            count = left;
        }
    }

    private void writeBytesOut() throws IOException {
        if (bytesOut.position() > 0) {
            out.write(bytesOut.array(), 0, bytesOut.position());
            bytesOut.clear();
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    /** Encodes buffered chars, keeping a trailing high surrogate for the next write. */
    private void flushBuffer(boolean all) throws IOException {
        if (encoder != null) {
            encodeChars(all, true);
            return;
        }
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
            byte[] bytes = started ? cs.encodeContinued(buf, 0, n) : cs.encode(buf, 0, n);
            started = true;
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
            if (encoder != null) {
                encodeChars(false, false);
            }
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
                if (encoder != null) {
                    encodeChars(false, false);
                }
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
