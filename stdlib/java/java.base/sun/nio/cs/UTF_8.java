package sun.nio.cs;

import java.nio.charset.CharacterCodingException;
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
}
