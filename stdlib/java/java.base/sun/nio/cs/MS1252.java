package sun.nio.cs;

/**
 * windows-1252: ISO 8859-1 with printable characters in 0x80..0x9F (the Unicode mapping
 * table CP1252.TXT); the five unassigned bytes decode to U+FFFD, and encoding writes '?' for
 * what has no byte.
 */
public final class MS1252 extends CortadoCharset {
    public static final MS1252 INSTANCE = new MS1252();

    /** The chars of bytes 0x80..0x9F, U+FFFD where unassigned. */
    private static final char[] HIGH = {
        '\u20AC', '\uFFFD', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFD', '\u017D', '\uFFFD',
        '\uFFFD', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFD', '\u017E', '\u0178',
    };

    private MS1252() {
        super("windows-1252", new String[] {"cp1252", "cp5348", "ibm-1252", "ibm1252"}, "Cp1252");
    }

    /** The byte for c, or -1 if windows-1252 has none. */
    private static int byteOf(char c) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            return c;
        }
        if (c != '\uFFFD') {
            for (int i = 0; i < HIGH.length; i++) {
                if (HIGH[i] == c) {
                    return 0x80 + i;
                }
            }
        }
        return -1;
    }

    @Override
    protected int maxChar() {
        return 0x2122;
    }

    @Override
    protected boolean maps(char c) {
        return byteOf(c) >= 0;
    }

    @Override
    public byte[] encode(char[] chars, int off, int len) {
        byte[] out = new byte[len];
        int n = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = chars[i];
            int b = byteOf(c);
            if (b >= 0) {
                out[n++] = (byte) b;
            } else {
                // Unmappable; a surrogate pair is one character and gets one '?'.
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                }
                out[n++] = (byte) '?';
            }
        }
        return trim(out, n);
    }

    @Override
    public char[] decode(byte[] bytes, int off, int len) {
        char[] out = new char[len];
        for (int i = 0; i < len; i++) {
            int b = bytes[off + i] & 0xFF;
            out[i] = b >= 0x80 && b < 0xA0 ? HIGH[b - 0x80] : (char) b;
        }
        return out;
    }

    @Override
    public int malformedLength(byte[] bytes, int off, int len, boolean endOfInput) {
        return 0;
    }
}
