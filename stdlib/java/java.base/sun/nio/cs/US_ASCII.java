package sun.nio.cs;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;

public final class US_ASCII extends CortadoCharset {
    public static final US_ASCII INSTANCE = new US_ASCII();

    private US_ASCII() {
        super("US-ASCII", new String[] {"iso-ir-6", "ANSI_X3.4-1986", "ISO_646.irv:1991", "ASCII", "ISO646-US", "us", "IBM367", "cp367", "csASCII", "default", "646", "iso_646.irv:1983", "ANSI_X3.4-1968", "ascii7"}, "ASCII");
    }

    @Override
    public byte[] encode(char[] chars, int off, int len) {
        byte[] out = new byte[len];
        int n = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = chars[i];
            if (c <= 0x7F) {
                out[n++] = (byte) c;
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
    protected int maxChar() {
        return 0x7F;
    }

    @Override
    public int malformedLength(byte[] bytes, int off, int len, boolean endOfInput) {
        for (int i = off; i < off + len; i++) {
            if (bytes[i] < 0) {
                return 1;
            }
        }
        return 0;
    }

    @Override
    public char[] decode(byte[] bytes, int off, int len) {
        char[] out = new char[len];
        for (int i = 0; i < len; i++) {
            int b = bytes[off + i] & 0xFF;
            out[i] = b <= 0x7F ? (char) b : '\uFFFD';
        }
        return out;
    }

    /** The coders' table, in a holder so that start-up (which loads this charset) skips it. */
    private static final class Coders {
        static final ByteCoders.Table TABLE = new ByteCoders.Table() {
            @Override
            int decode(int b) {
                return b < 0x80 ? b : -1;
            }

            @Override
            int encode(char c) {
                return c < 0x80 ? c : -1;
            }
        };
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new ByteCoders.Decoder(this, Coders.TABLE);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new ByteCoders.Encoder(this, Coders.TABLE);
    }
}
