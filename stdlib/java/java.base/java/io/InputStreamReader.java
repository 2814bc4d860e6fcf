package java.io;

import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.util.Objects;
import sun.nio.cs.CortadoCharset;

/** Decodes bytes from an InputStream into chars. */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private final CortadoCharset cs;
    private final byte[] bytes = new byte[8192];
    /** Undecoded bytes (an incomplete sequence) are kept at bytes[0, byteCount). */
    private int byteCount;
    private char[] chars = new char[0];
    private int charPos;
    private boolean eof;
    private boolean closed;

    public InputStreamReader(InputStream in) {
        this(in, Charset.defaultCharset());
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        this(in, PrintStream.toCharset(charsetName));
    }

    public InputStreamReader(InputStream in, Charset cs) {
        super(in);
        this.in = Objects.requireNonNull(in);
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

    /** Decodes more chars; returns false at end of input. */
    private boolean fill() throws IOException {
        while (charPos >= chars.length) {
            if (eof) {
                if (byteCount == 0) {
                    return false;
                }
                if (cs.reports()) {
                    report(cs.malformedLength(bytes, 0, byteCount, true));
                }
                chars = cs.decode(bytes, 0, byteCount); // malformed tail becomes U+FFFD
                charPos = 0;
                byteCount = 0;
                continue;
            }
            int n = in.read(bytes, byteCount, bytes.length - byteCount);
            if (n < 0) {
                eof = true;
                continue;
            }
            byteCount += n;
            int complete = cs.completePrefix(bytes, 0, byteCount);
            if (cs.reports()) {
                report(cs.malformedLength(bytes, 0, complete, false));
            }
            chars = cs.decode(bytes, 0, complete);
            charPos = 0;
            System.arraycopy(bytes, complete, bytes, 0, byteCount - complete);
            byteCount -= complete;
        }
        return true;
    }

    /** A charset that reports (CortadoCharset.reporting) throws at malformed input, as the JDK's. */
    private static void report(int malformedLength) throws MalformedInputException {
        if (malformedLength > 0) {
            throw new MalformedInputException(malformedLength);
        }
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (!fill()) {
                return -1;
            }
            return chars[charPos++];
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chars.length - charPos);
            System.arraycopy(chars, charPos, cbuf, off, n);
            charPos += n;
            return n;
        }
    }

    @Override
    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return charPos < chars.length || in.available() > 0;
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            in.close();
        }
    }
}
