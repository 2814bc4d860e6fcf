package java.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.util.Objects;
import sun.nio.cs.CortadoCharset;

/**
 * Decodes bytes from an InputStream into chars: a built-in charset by its whole-array decoding
 * (malformed input replaced as the JDK's reader does); a CharsetDecoder given to the
 * constructor, or the decoder of a charset of the program's own, by the decoder (errors as its
 * actions say).
 */
public class InputStreamReader extends Reader {
    private final InputStream in;
    /** The built-in charset, or null when a decoder decodes. */
    private final CortadoCharset cs;
    private final CharsetDecoder decoder;
    /** Decoder mode: bytes read and not yet decoded (in read mode between reads). */
    private ByteBuffer pending;
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
        Objects.requireNonNull(cs, "charset");
        if (cs instanceof CortadoCharset && !((CortadoCharset) cs).statefulDecoding()) {
            this.cs = (CortadoCharset) cs;
            this.decoder = null;
        } else {
            // A byte-order mark read at the start decides the rest (UTF-16, UTF-32), or a
            // charset of the program's own: its decoder, replacing errors as the JDK's reader
            // does (a reporting charset, as Files uses, reports them).
            this.cs = null;
            CharsetDecoder d = cs.newDecoder();
            if (!(cs instanceof CortadoCharset && ((CortadoCharset) cs).reports())) {
                d.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            }
            this.decoder = d;
        }
    }

    public InputStreamReader(InputStream in, CharsetDecoder dec) {
        super(in);
        this.in = Objects.requireNonNull(in);
        this.cs = null;
        this.decoder = Objects.requireNonNull(dec, "charset decoder");
    }

    public String getEncoding() {
        if (closed) {
            return null;
        }
        if (cs != null) {
            return cs.historicalName();
        }
        Charset c = decoder.charset();
        return c instanceof CortadoCharset ? ((CortadoCharset) c).historicalName() : c.name();
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

    // ---- decoder mode, as the JDK's StreamDecoder: the caller's buffer is decoded into
    // directly, so an error discards what the same call decoded before it, as there

    private boolean haveLeftoverChar;
    private char leftoverChar;

    private ByteBuffer pending() {
        if (pending == null) {
            pending = ByteBuffer.wrap(bytes);
            pending.flip();
        }
        return pending;
    }

    private int readBytes() throws IOException {
        ByteBuffer bb = pending();
        bb.compact();
        try {
            int pos = bb.position();
            int n = in.read(bytes, pos, bb.limit() - pos);
            if (n < 0) {
                return n;
            }
            if (n == 0) {
                throw new IOException("Underlying input stream returned zero bytes");
            }
            bb.position(pos + n);
        } finally {
            bb.flip();
        }
        return bb.remaining();
    }

    private boolean inReady() {
        try {
            return in.available() > 0;
        } catch (IOException x) {
            return false;
        }
    }

    private int decoderRead0() throws IOException {
        if (haveLeftoverChar) {
            haveLeftoverChar = false;
            return leftoverChar;
        }
        char[] cb = new char[2];
        int n = decoderRead(cb, 0, 2);
        switch (n) {
            case -1:
                return -1;
            case 2:
                leftoverChar = cb[1];
                haveLeftoverChar = true;
                return cb[0];
            default:
                return cb[0];
        }
    }

    private int decoderRead(char[] cbuf, int off, int len) throws IOException {
        int n = 0;
        if (haveLeftoverChar) {
            cbuf[off] = leftoverChar;
            off++;
            len--;
            haveLeftoverChar = false;
            n = 1;
            if (len == 0 || !(pending().hasRemaining() || inReady())) {
                return n;
            }
        }
        if (len == 1) {
            int c = decoderRead0();
            if (c == -1) {
                return n == 0 ? -1 : n;
            }
            cbuf[off] = (char) c;
            return n + 1;
        }
        return n + implRead(cbuf, off, off + len);
    }

    private int implRead(char[] cbuf, int off, int end) throws IOException {
        ByteBuffer bb = pending();
        CharBuffer cb = CharBuffer.wrap(cbuf, off, end - off).slice();
        boolean atEnd = false;
        for (;;) {
            CoderResult cr = decoder.decode(bb, cb, atEnd);
            if (cr.isUnderflow()) {
                if (atEnd || !cb.hasRemaining()) {
                    break;
                }
                if (cb.position() > 0 && !inReady()) {
                    break; // block at most once
                }
                int n = readBytes();
                if (n < 0) {
                    atEnd = true;
                    if (cb.position() == 0 && !bb.hasRemaining()) {
                        break;
                    }
                }
                continue;
            }
            if (cr.isOverflow()) {
                break;
            }
            cr.throwException();
        }
        if (atEnd) {
            decoder.reset();
        }
        if (cb.position() == 0 && atEnd) {
            return -1;
        }
        return cb.position();
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
            if (decoder != null) {
                return decoderRead0();
            }
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
            if (decoder != null) {
                return decoderRead(cbuf, off, len);
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
            if (decoder != null) {
                return haveLeftoverChar || pending().hasRemaining() || inReady();
            }
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
