package sun.nio.cs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * The coders of the single-byte charsets (ISO-8859-1, US-ASCII and the SingleByte tables), as
 * the JDK's: a byte without a char is malformed (US-ASCII) or unmappable (a table's unassigned
 * byte); a char without a byte is unmappable, a surrogate pair as one character of length 2,
 * an unpaired surrogate malformed. Which comes first when the output is full matters: the
 * JDK's array loops (both buffers with arrays) stop at min(input, room) before they look at
 * the next byte or char, its buffer loops look at it first.
 */
final class ByteCoders {
    private ByteCoders() {}

    /** What a charset's single bytes and chars map to. */
    abstract static class Table {
        /** The char of byte b (0..255), or -1 if b is malformed, -2 if unmappable. */
        abstract int decode(int b);

        /** The byte of c (0..255), or -1 if none. */
        abstract int encode(char c);
    }

    static final class Decoder extends CharsetDecoder {
        private final Table table;

        Decoder(CortadoCharset cs, Table table) {
            super(cs, 1.0f, 1.0f);
            this.table = table;
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer src, CharBuffer dst) {
            int sp = src.position();
            int sl = src.limit();
            int dp = dst.position();
            int dl = dst.limit();
            CoderResult cr = CoderResult.UNDERFLOW;
            try {
                boolean roomFirst = src.hasArray() && dst.hasArray();
                while (sp < sl) {
                    if (roomFirst && dp >= dl) {
                        cr = CoderResult.OVERFLOW;
                        break;
                    }
                    int c = table.decode(src.get(sp) & 0xff);
                    if (c == -1) {
                        cr = CoderResult.malformedForLength(1);
                        break;
                    }
                    if (c == -2) {
                        cr = CoderResult.unmappableForLength(1);
                        break;
                    }
                    if (dp >= dl) {
                        cr = CoderResult.OVERFLOW;
                        break;
                    }
                    dst.put(dp++, (char) c);
                    sp++;
                }
                return cr;
            } finally {
                src.position(sp);
                dst.position(dp);
            }
        }
    }

    static final class Encoder extends CharsetEncoder {
        private final Table table;

        Encoder(CortadoCharset cs, Table table) {
            super(cs, 1.0f, 1.0f);
            this.table = table;
        }

        @Override
        public boolean canEncode(char c) {
            return table.encode(c) >= 0;
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer src, ByteBuffer dst) {
            int sp = src.position();
            int sl = src.limit();
            int dp = dst.position();
            int dl = dst.limit();
            CoderResult cr = CoderResult.UNDERFLOW;
            try {
                boolean roomFirst = src.hasArray() && dst.hasArray();
                while (sp < sl) {
                    if (roomFirst && dp >= dl) {
                        cr = CoderResult.OVERFLOW;
                        break;
                    }
                    char c = src.get(sp);
                    int b = table.encode(c);
                    if (b < 0) {
                        if (Character.isSurrogate(c)) {
                            CoderResult err = Surrogates.parse(c, src, sp, sl);
                            cr = err != null ? err : CoderResult.unmappableForLength(2);
                        } else {
                            cr = CoderResult.unmappableForLength(1);
                        }
                        break;
                    }
                    if (dp >= dl) {
                        cr = CoderResult.OVERFLOW;
                        break;
                    }
                    dst.put(dp++, (byte) b);
                    sp++;
                }
                return cr;
            } finally {
                src.position(sp);
                dst.position(dp);
            }
        }
    }
}
