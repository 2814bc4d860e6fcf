package sun.nio.cs;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;

public final class UTF_16BE extends CortadoCharset {
    public static final UTF_16BE INSTANCE = new UTF_16BE();

    private UTF_16BE() {
        super("UTF-16BE", new String[] {"UTF_16BE", "ISO-10646-UCS-2", "X-UTF-16BE", "UnicodeBigUnmarked"},
                "UnicodeBigUnmarked");
    }

    @Override
    public byte[] encode(char[] chars, int off, int len) {
        return encode(chars, off, len, true, false);
    }

    @Override
    public char[] decode(byte[] bytes, int off, int len) {
        return decode(bytes, off, len, true);
    }

    @Override
    public int completePrefix(byte[] bytes, int off, int len) {
        return completeUnits(bytes, off, len, true);
    }

    static byte[] encode(char[] chars, int off, int len, boolean big, boolean bom) {
        byte[] out = new byte[len * 2 + (bom ? 2 : 0)];
        int n = 0;
        if (bom && len > 0) {
            out[n++] = big ? (byte) 0xFE : (byte) 0xFF;
            out[n++] = big ? (byte) 0xFF : (byte) 0xFE;
        }
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = chars[i];
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    n = put(out, n, c, big);
                    c = chars[++i];
                } else {
                    c = '\uFFFD'; // unpaired surrogate
                }
            }
            n = put(out, n, c, big);
        }
        return trim(out, n);
    }

    private static int put(byte[] out, int n, char c, boolean big) {
        out[n++] = (byte) (big ? c >> 8 : c);
        out[n++] = (byte) (big ? c : c >> 8);
        return n;
    }

    /**
     * As the JDK's UTF-16 decoder with CodingErrorAction.REPLACE: a high surrogate followed by
     * a unit that is not a low one is one malformed sequence of both units, an unpaired low
     * surrogate one of its unit, and whatever is left after the last whole unit (or after a
     * high surrogate at the end) one more.
     */
    static char[] decode(byte[] bytes, int off, int len, boolean big) {
        char[] out = new char[len / 2 + 1];
        int n = 0;
        int i = off;
        int end = off + len;
        while (end - i > 1) {
            char c = unit(bytes, i, big);
            i += 2;
            if (Character.isHighSurrogate(c)) {
                if (end - i < 2) {
                    i -= 2; // the high surrogate and the rest: one malformed sequence
                    break;
                }
                char low = unit(bytes, i, big);
                i += 2;
                if (Character.isLowSurrogate(low)) {
                    out[n++] = c;
                    out[n++] = low;
                } else {
                    out[n++] = '\uFFFD';
                }
            } else {
                out[n++] = Character.isLowSurrogate(c) ? '\uFFFD' : c;
            }
        }
        if (i < end) {
            out[n++] = '\uFFFD';
        }
        return trim(out, n);
    }

    private static char unit(byte[] bytes, int i, boolean big) {
        int b0 = bytes[i] & 0xFF;
        int b1 = bytes[i + 1] & 0xFF;
        return (char) (big ? (b0 << 8) | b1 : (b1 << 8) | b0);
    }

    /** Whole code units, not ending in a high surrogate whose low half may follow. */
    static int completeUnits(byte[] bytes, int off, int len, boolean big) {
        int even = len & ~1;
        if (even >= 2) {
            int b0 = bytes[off + even - 2] & 0xFF;
            int b1 = bytes[off + even - 1] & 0xFF;
            char c = (char) (big ? (b0 << 8) | b1 : (b1 << 8) | b0);
            if (Character.isHighSurrogate(c)) {
                even -= 2;
            }
        }
        return even;
    }

    @Override
    public float averageBytesPerChar() {
        return 2.0f;
    }

    @Override
    public float averageCharsPerByte() {
        return 0.5f;
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new UnicodeCoders.Utf16Decoder(this, UnicodeCoders.BIG);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new UnicodeCoders.Utf16Encoder(this, UnicodeCoders.BIG, false);
    }
}
