package sun.nio.cs;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.UnmappableCharacterException;

public final class ISO_8859_1 extends CortadoCharset {
    public static final ISO_8859_1 INSTANCE = new ISO_8859_1();

    private ISO_8859_1() {
        super("ISO-8859-1", new String[] {"iso-ir-100", "ISO_8859-1", "latin1", "l1", "IBM819", "cp819", "csISOLatin1", "819", "IBM-819", "ISO8859_1", "ISO_8859-1:1987", "ISO_8859_1", "8859_1", "ISO8859-1"}, "ISO8859_1");
    }

    @Override
    protected int maxChar() {
        return 0xFF;
    }

    /** The JDK's strict String encoding reports any char above U+00FF alone as unmappable. */
    @Override
    public CharacterCodingException stringEncodeError(char[] chars, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (chars[i] > 0xFF) {
                return new UnmappableCharacterException(1);
            }
        }
        return null;
    }

    @Override
    public byte[] encode(char[] chars, int off, int len) {
        byte[] out = new byte[len];
        int n = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = chars[i];
            if (c <= 0xFF) {
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
    public char[] decode(byte[] bytes, int off, int len) {
        char[] out = new char[len];
        for (int i = 0; i < len; i++) {
            int b = bytes[off + i] & 0xFF;
            out[i] = b <= 0xFF ? (char) b : '\uFFFD';
        }
        return out;
    }

    /** The coders' table, in a holder so that start-up (which loads this charset) skips it. */
    private static final class Coders {
        static final ByteCoders.Table TABLE = new ByteCoders.Table() {
            @Override
            int decode(int b) {
                return b;
            }

            @Override
            int encode(char c) {
                return c <= 0xFF ? c : -1;
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
