package sun.nio.cs;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;

/**
 * UTF-32, UTF-32BE and UTF-32LE, as the JDK's UTF_32Coder: encoding writes no byte-order mark
 * (UTF-32 is big-endian) and U+FFFD for an unpaired surrogate; decoding skips a leading mark
 * (UTF-32: either, then that order; UTF-32BE/LE: only their own), takes every BMP value
 * (surrogates too) and valid supplementary code point, and gives U+FFFD for other units and
 * for 1 to 3 bytes left at the end.
 */
public final class UTF_32 extends CortadoCharset {
    public static final UTF_32 INSTANCE = new UTF_32("UTF-32", new String[] {"UTF_32", "UTF32"}, 0);
    public static final UTF_32 BE = new UTF_32("UTF-32BE", new String[] {"UTF_32BE", "X-UTF-32BE"}, 1);
    public static final UTF_32 LE = new UTF_32("UTF-32LE", new String[] {"UTF_32LE", "X-UTF-32LE"}, 2);

    private static final int BOM_BIG = 0xFEFF;
    private static final int BOM_LITTLE = 0xFFFE0000;

    /** 0: either order, by the mark (default big-endian); 1: big-endian; 2: little-endian. */
    private final int expected;

    private UTF_32(String name, String[] aliases, int expected) {
        super(name, aliases, name);
        this.expected = expected;
    }

    private static void put(byte[] out, int at, int cp, boolean little) {
        if (little) {
            out[at] = (byte) cp;
            out[at + 1] = (byte) (cp >> 8);
            out[at + 2] = (byte) (cp >> 16);
            out[at + 3] = (byte) (cp >> 24);
        } else {
            out[at] = (byte) (cp >> 24);
            out[at + 1] = (byte) (cp >> 16);
            out[at + 2] = (byte) (cp >> 8);
            out[at + 3] = (byte) cp;
        }
    }

    @Override
    public byte[] encode(char[] chars, int off, int len) {
        boolean little = expected == 2;
        byte[] out = new byte[len * 4];
        int n = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = chars[i];
            int cp;
            if (!Character.isSurrogate(c)) {
                cp = c;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                cp = Character.toCodePoint(c, chars[++i]);
            } else {
                cp = 0xFFFD;
            }
            put(out, n, cp, little);
            n += 4;
        }
        return trim(out, n);
    }

    private static int unit(byte[] b, int at, boolean little) {
        if (little) {
            return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
        }
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    @Override
    public boolean statefulDecoding() {
        return true;
    }

    @Override
    public char[] decode(byte[] bytes, int off, int len) {
        int end = off + len;
        boolean little = expected == 2;
        if (len >= 4) {
            int first = unit(bytes, off, false);
            if (first == BOM_BIG && expected != 2) {
                little = false;
                off += 4;
            } else if (first == BOM_LITTLE && expected != 1) {
                little = true;
                off += 4;
            }
        }
        char[] out = new char[(end - off) / 2 + 1];
        int n = 0;
        int i = off;
        for (; i + 4 <= end; i += 4) {
            int cp = unit(bytes, i, little);
            if (Character.isBmpCodePoint(cp)) {
                out[n++] = (char) cp;
            } else if (Character.isValidCodePoint(cp)) {
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
            } else {
                out[n++] = '\uFFFD';
            }
        }
        if (i < end) {
            out[n++] = '\uFFFD';
        }
        return trim(out, n);
    }

    @Override
    public int completePrefix(byte[] bytes, int off, int len) {
        return len - len % 4;
    }

    @Override
    public float averageBytesPerChar() {
        return 4.0f;
    }

    @Override
    public float averageCharsPerByte() {
        return 0.25f;
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new UnicodeCoders.Utf32Decoder(this, expected == 1 ? UnicodeCoders.BIG : expected == 2 ? UnicodeCoders.LITTLE : UnicodeCoders.NONE);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new UnicodeCoders.Utf32Encoder(this, expected == 2 ? UnicodeCoders.LITTLE : UnicodeCoders.BIG, false);
    }
}
