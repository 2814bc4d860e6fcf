package sun.nio.cs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.UnmappableCharacterException;

public final class UTF_8 extends CortadoCharset {
    public static final UTF_8 INSTANCE = new UTF_8();

    private UTF_8() {
        super("UTF-8", new String[] {"UTF8", "unicode-1-1-utf-8"}, "UTF8");
    }

    @Override
    public byte[] encode(char[] chars, int off, int len) {
        byte[] out = new byte[len * 3];
        int n = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    int cp = Character.toCodePoint(c, chars[++i]);
                    out[n++] = (byte) (0xF0 | (cp >> 18));
                    out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    out[n++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    out[n++] = (byte) '?'; // unpaired surrogate
                }
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return trim(out, n);
    }

    private static boolean isCont(int b) {
        return (b & 0xC0) == 0x80;
    }

    @Override
    public char[] decode(byte[] bytes, int off, int len) {
        char[] out = new char[len];
        int n = 0;
        int i = off;
        int end = off + len;
        while (i < end) {
            int b1 = bytes[i] & 0xFF;
            if (b1 < 0x80) {
                out[n++] = (char) b1;
                i++;
            } else if (b1 >= 0xC2 && b1 <= 0xDF) {
                if (i + 1 < end && isCont(bytes[i + 1])) {
                    out[n++] = (char) (((b1 & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                    i += 2;
                } else {
                    out[n++] = '\uFFFD';
                    i++;
                }
            } else if (b1 >= 0xE0 && b1 <= 0xEF) {
                // Overlongs (E0 80..9F) are malformed after one byte; an encoded surrogate
                // (ED A0..BF xx) becomes one U+FFFD, as in the JDK.
                int b2 = i + 1 < end ? bytes[i + 1] & 0xFF : -1;
                if (b2 < 0 || !isCont(b2) || (b1 == 0xE0 && b2 < 0xA0)) {
                    out[n++] = '\uFFFD';
                    i++;
                } else if (i + 2 < end && isCont(bytes[i + 2])) {
                    char c = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                    out[n++] = Character.isSurrogate(c) ? '\uFFFD' : c;
                    i += 3;
                } else {
                    out[n++] = '\uFFFD';
                    i += 2;
                }
            } else if (b1 >= 0xF0 && b1 <= 0xF4) {
                int lo = b1 == 0xF0 ? 0x90 : 0x80;
                int hi = b1 == 0xF4 ? 0x8F : 0xBF;
                int b2 = i + 1 < end ? bytes[i + 1] & 0xFF : -1;
                if (b2 < lo || b2 > hi) {
                    out[n++] = '\uFFFD';
                    i++;
                } else if (!(i + 2 < end && isCont(bytes[i + 2]))) {
                    out[n++] = '\uFFFD';
                    i += 2;
                } else if (!(i + 3 < end && isCont(bytes[i + 3]))) {
                    out[n++] = '\uFFFD';
                    i += 3;
                } else {
                    int cp = ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6)
                            | (bytes[i + 3] & 0x3F);
                    out[n++] = Character.highSurrogate(cp);
                    out[n++] = Character.lowSurrogate(cp);
                    i += 4;
                }
            } else {
                out[n++] = '\uFFFD';
                i++;
            }
        }
        return trim(out, n);
    }

    private static boolean malformed3x2(int b1, int b2) {
        return (b1 == 0xE0 && (b2 & 0xE0) == 0x80) || !isCont(b2);
    }

    private static boolean malformed4x2(int b1, int b2) {
        return (b1 == 0xF0 && (b2 < 0x90 || b2 > 0xBF)) || (b1 == 0xF4 && (b2 & 0xF0) != 0x80) || !isCont(b2);
    }

    @Override
    public int malformedLength(byte[] bytes, int off, int len, boolean endOfInput) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int b1 = bytes[i] & 0xFF;
            int rest = end - i;
            if (b1 < 0x80) {
                i++;
            } else if (b1 >= 0xC2 && b1 <= 0xDF) {
                if (rest < 2) {
                    return endOfInput ? rest : 0;
                }
                if (!isCont(bytes[i + 1])) {
                    return 1;
                }
                i += 2;
            } else if (b1 >= 0xE0 && b1 <= 0xEF) {
                if (rest < 3) {
                    if (rest > 1 && malformed3x2(b1, bytes[i + 1] & 0xFF)) {
                        return 1;
                    }
                    return endOfInput ? rest : 0;
                }
                int b2 = bytes[i + 1] & 0xFF;
                if (malformed3x2(b1, b2)) {
                    return 1;
                }
                if (!isCont(bytes[i + 2])) {
                    return 2;
                }
                if (b1 == 0xED && b2 >= 0xA0) {
                    return 3; // an encoded surrogate
                }
                i += 3;
            } else if (b1 >= 0xF0 && b1 <= 0xF7) {
                if (rest < 4) {
                    if (b1 > 0xF4 || (rest > 1 && malformed4x2(b1, bytes[i + 1] & 0xFF))) {
                        return 1;
                    }
                    if (rest > 2 && !isCont(bytes[i + 2])) {
                        return 2;
                    }
                    return endOfInput ? rest : 0;
                }
                if (b1 > 0xF4 || malformed4x2(b1, bytes[i + 1] & 0xFF)) {
                    return 1;
                }
                if (!isCont(bytes[i + 2])) {
                    return 2;
                }
                if (!isCont(bytes[i + 3])) {
                    return 3;
                }
                i += 4;
            } else {
                return 1;
            }
        }
        return 0;
    }

    @Override
    public int malformedStringLength(byte[] bytes, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int b1 = bytes[i] & 0xFF;
            int rest = end - i;
            if (b1 < 0x80) {
                i++;
            } else if (b1 >= 0xC2 && b1 <= 0xDF) {
                if (rest < 2 || !isCont(bytes[i + 1])) {
                    return 1;
                }
                i += 2;
            } else if (b1 >= 0xE0 && b1 <= 0xEF) {
                if (rest < 3) {
                    return rest == 2 && malformed3x2(b1, bytes[i + 1] & 0xFF) ? 2 : 1;
                }
                int b2 = bytes[i + 1] & 0xFF;
                if (malformed3x2(b1, b2) || !isCont(bytes[i + 2]) || (b1 == 0xED && b2 >= 0xA0)) {
                    return 3;
                }
                i += 3;
            } else if (b1 >= 0xF0 && b1 <= 0xF7) {
                if (rest < 4) {
                    return 1;
                }
                if (b1 > 0xF4 || malformed4x2(b1, bytes[i + 1] & 0xFF) || !isCont(bytes[i + 2])
                        || !isCont(bytes[i + 3])) {
                    return 4;
                }
                i += 4;
            } else {
                return 1;
            }
        }
        return 0;
    }

    /** The JDK's strict String encoding reports an unpaired surrogate as unmappable. */
    @Override
    public CharacterCodingException stringEncodeError(char[] chars, int off, int len) {
        CharacterCodingException e = encodeError(chars, off, len, true);
        return e == null ? null : new UnmappableCharacterException(1);
    }

    @Override
    public int completePrefix(byte[] bytes, int off, int len) {
        // Look back over up to three continuation bytes for a lead byte whose sequence is cut off.
        int end = off + len;
        for (int back = 1; back <= 3 && end - back >= off; back++) {
            int b = bytes[end - back] & 0xFF;
            if (isCont(b)) {
                continue;
            }
            int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > back ? len - back : len;
        }
        return len;
    }

    @Override
    public float averageBytesPerChar() {
        return 1.1f;
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new Decoder(this);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new Encoder(this);
    }

    /** The JDK's UTF_8.Decoder: the same results and malformed lengths, on buffer indexes. */
    private static final class Decoder extends CharsetDecoder {
        Decoder(UTF_8 cs) {
            super(cs, 1.0f, 1.0f);
        }

        private static boolean isNotContinuation(int b) {
            return (b & 0xc0) != 0x80;
        }

        private static boolean isMalformed3(int b1, int b2, int b3) {
            return (b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80) || (b2 & 0xc0) != 0x80 || (b3 & 0xc0) != 0x80;
        }

        private static boolean isMalformed3x2(int b1, int b2) {
            return (b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80) || (b2 & 0xc0) != 0x80;
        }

        private static boolean isMalformed4(int b2, int b3, int b4) {
            return (b2 & 0xc0) != 0x80 || (b3 & 0xc0) != 0x80 || (b4 & 0xc0) != 0x80;
        }

        private static boolean isMalformed4x2(int b1, int b2) {
            return (b1 == 0xf0 && (b2 < 0x90 || b2 > 0xbf)) || (b1 == 0xf4 && (b2 & 0xf0) != 0x80) || (b2 & 0xc0) != 0x80;
        }

        private static CoderResult xflow(ByteBuffer src, int sp, int sl, CharBuffer dst, int dp, int nb) {
            src.position(sp);
            dst.position(dp);
            return (nb == 0 || sl - sp < nb) ? CoderResult.UNDERFLOW : CoderResult.OVERFLOW;
        }

        private static CoderResult malformed(ByteBuffer src, int sp, CharBuffer dst, int dp, int nb) {
            src.position(sp);
            dst.position(dp);
            int len;
            if (nb == 3) {
                int b1 = src.get(sp);
                int b2 = src.get(sp + 1);
                len = ((b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80) || isNotContinuation(b2)) ? 1 : 2;
            } else if (nb == 4) {
                int b1 = src.get(sp) & 0xff;
                int b2 = src.get(sp + 1) & 0xff;
                if (b1 > 0xf4 || (b1 == 0xf0 && (b2 < 0x90 || b2 > 0xbf)) || (b1 == 0xf4 && (b2 & 0xf0) != 0x80)
                        || isNotContinuation(b2)) {
                    len = 1;
                } else if (isNotContinuation(src.get(sp + 2))) {
                    len = 2;
                } else {
                    len = 3;
                }
            } else {
                len = 1;
            }
            return CoderResult.malformedForLength(len);
        }

        private static CoderResult malformedForLength(ByteBuffer src, int sp, CharBuffer dst, int dp, int len) {
            src.position(sp);
            dst.position(dp);
            return CoderResult.malformedForLength(len);
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer src, CharBuffer dst) {
            int sp = src.position();
            int sl = src.limit();
            int dp = dst.position();
            int dl = dst.limit();
            while (sp < sl) {
                int b1 = src.get(sp);
                if (b1 >= 0) {
                    if (dp >= dl) {
                        return xflow(src, sp, sl, dst, dp, 1);
                    }
                    dst.put(dp++, (char) b1);
                    sp++;
                } else if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) {
                    if (sl - sp < 2 || dp >= dl) {
                        return xflow(src, sp, sl, dst, dp, 2);
                    }
                    int b2 = src.get(sp + 1);
                    if (isNotContinuation(b2)) {
                        return malformedForLength(src, sp, dst, dp, 1);
                    }
                    dst.put(dp++, (char) (((b1 << 6) ^ b2) ^ (((byte) 0xC0 << 6) ^ ((byte) 0x80 << 0))));
                    sp += 2;
                } else if ((b1 >> 4) == -2) {
                    int srcRemaining = sl - sp;
                    if (srcRemaining < 3 || dl <= dp) {
                        if (srcRemaining > 1 && isMalformed3x2(b1, src.get(sp + 1))) {
                            return malformedForLength(src, sp, dst, dp, 1);
                        }
                        return xflow(src, sp, sl, dst, dp, 3);
                    }
                    int b2 = src.get(sp + 1);
                    int b3 = src.get(sp + 2);
                    if (isMalformed3(b1, b2, b3)) {
                        return malformed(src, sp, dst, dp, 3);
                    }
                    char c = (char) ((b1 << 12) ^ (b2 << 6)
                            ^ (b3 ^ (((byte) 0xE0 << 12) ^ ((byte) 0x80 << 6) ^ ((byte) 0x80 << 0))));
                    if (Character.isSurrogate(c)) {
                        return malformedForLength(src, sp, dst, dp, 3);
                    }
                    dst.put(dp++, c);
                    sp += 3;
                } else if ((b1 >> 3) == -2) {
                    int srcRemaining = sl - sp;
                    if (srcRemaining < 4 || dl - dp < 2) {
                        b1 &= 0xff;
                        if (b1 > 0xf4 || srcRemaining > 1 && isMalformed4x2(b1, src.get(sp + 1) & 0xff)) {
                            return malformedForLength(src, sp, dst, dp, 1);
                        }
                        if (srcRemaining > 2 && isNotContinuation(src.get(sp + 2))) {
                            return malformedForLength(src, sp, dst, dp, 2);
                        }
                        return xflow(src, sp, sl, dst, dp, 4);
                    }
                    int b2 = src.get(sp + 1);
                    int b3 = src.get(sp + 2);
                    int b4 = src.get(sp + 3);
                    int uc = ((b1 << 18) ^ (b2 << 12) ^ (b3 << 6)
                            ^ (b4 ^ (((byte) 0xF0 << 18) ^ ((byte) 0x80 << 12) ^ ((byte) 0x80 << 6) ^ ((byte) 0x80 << 0))));
                    if (isMalformed4(b2, b3, b4) || !Character.isSupplementaryCodePoint(uc)) {
                        return malformed(src, sp, dst, dp, 4);
                    }
                    dst.put(dp++, Character.highSurrogate(uc));
                    dst.put(dp++, Character.lowSurrogate(uc));
                    sp += 4;
                } else {
                    return malformed(src, sp, dst, dp, 1);
                }
            }
            return xflow(src, sp, sl, dst, dp, 0);
        }
    }

    /** The JDK's UTF_8.Encoder: an unpaired surrogate is malformed (length 1). */
    private static final class Encoder extends CharsetEncoder {
        Encoder(UTF_8 cs) {
            super(cs, 1.1f, 3.0f);
        }

        @Override
        public boolean canEncode(char c) {
            return !Character.isSurrogate(c);
        }

        private static CoderResult overflow(CharBuffer src, int sp, ByteBuffer dst, int dp) {
            src.position(sp);
            dst.position(dp);
            return CoderResult.OVERFLOW;
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer src, ByteBuffer dst) {
            int sp = src.position();
            int sl = src.limit();
            int dp = dst.position();
            int dl = dst.limit();
            while (sp < sl) {
                char c = src.get(sp);
                if (c < 0x80) {
                    if (dp >= dl) {
                        return overflow(src, sp, dst, dp);
                    }
                    dst.put(dp++, (byte) c);
                } else if (c < 0x800) {
                    if (dl - dp < 2) {
                        return overflow(src, sp, dst, dp);
                    }
                    dst.put(dp++, (byte) (0xc0 | (c >> 6)));
                    dst.put(dp++, (byte) (0x80 | (c & 0x3f)));
                } else if (Character.isSurrogate(c)) {
                    CoderResult err = Surrogates.parse(c, src, sp, sl);
                    if (err != null) {
                        src.position(sp);
                        dst.position(dp);
                        return err;
                    }
                    int uc = Character.toCodePoint(c, src.get(sp + 1));
                    if (dl - dp < 4) {
                        return overflow(src, sp, dst, dp);
                    }
                    dst.put(dp++, (byte) (0xf0 | ((uc >> 18))));
                    dst.put(dp++, (byte) (0x80 | ((uc >> 12) & 0x3f)));
                    dst.put(dp++, (byte) (0x80 | ((uc >> 6) & 0x3f)));
                    dst.put(dp++, (byte) (0x80 | (uc & 0x3f)));
                    sp++; // 2 chars
                } else {
                    if (dl - dp < 3) {
                        return overflow(src, sp, dst, dp);
                    }
                    dst.put(dp++, (byte) (0xe0 | ((c >> 12))));
                    dst.put(dp++, (byte) (0x80 | ((c >> 6) & 0x3f)));
                    dst.put(dp++, (byte) (0x80 | (c & 0x3f)));
                }
                sp++;
            }
            src.position(sp);
            dst.position(dp);
            return CoderResult.UNDERFLOW;
        }
    }
}
