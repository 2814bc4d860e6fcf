package sun.nio.cs;

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

    static char[] decode(byte[] bytes, int off, int len, boolean big) {
        char[] out = new char[len / 2 + 1];
        int n = 0;
        int units = len / 2;
        for (int u = 0; u < units; u++) {
            int b0 = bytes[off + 2 * u] & 0xFF;
            int b1 = bytes[off + 2 * u + 1] & 0xFF;
            char c = (char) (big ? (b0 << 8) | b1 : (b1 << 8) | b0);
            if (Character.isHighSurrogate(c)) {
                if (u + 1 < units) {
                    int c0 = bytes[off + 2 * u + 2] & 0xFF;
                    int c1 = bytes[off + 2 * u + 3] & 0xFF;
                    char low = (char) (big ? (c0 << 8) | c1 : (c1 << 8) | c0);
                    if (Character.isLowSurrogate(low)) {
                        out[n++] = c;
                        out[n++] = low;
                        u++;
                        continue;
                    }
                }
                c = '\uFFFD';
            } else if (Character.isLowSurrogate(c)) {
                c = '\uFFFD';
            }
            out[n++] = c;
        }
        if ((len & 1) != 0) {
            out[n++] = '\uFFFD'; // odd trailing byte
        }
        return trim(out, n);
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
}
