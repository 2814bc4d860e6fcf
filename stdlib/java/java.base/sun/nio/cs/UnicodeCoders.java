package sun.nio.cs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * The coders of UTF-16 (the JDK's UnicodeDecoder/UnicodeEncoder) and UTF-32 (UTF_32Coder),
 * with their byte-order marks, malformed lengths and replacements.
 */
final class UnicodeCoders {
    private UnicodeCoders() {}

    static final int NONE = 0;
    static final int BIG = 1;
    static final int LITTLE = 2;

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REVERSED_MARK = '\uFFFE';

    /** UTF-16: expected NONE reads a mark (else big-endian); BIG and LITTLE take none. */
    static final class Utf16Decoder extends CharsetDecoder {
        private final int expectedByteOrder;
        private int currentByteOrder;

        Utf16Decoder(Charset cs, int bo) {
            super(cs, 0.5f, 1.0f);
            expectedByteOrder = currentByteOrder = bo;
        }

        private char decode(int b1, int b2) {
            return currentByteOrder == LITTLE ? (char) ((b2 << 8) | b1) : (char) ((b1 << 8) | b2);
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer src, CharBuffer dst) {
            int mark = src.position();
            try {
                while (src.remaining() > 1) {
                    int b1 = src.get() & 0xff;
                    int b2 = src.get() & 0xff;
                    if (currentByteOrder == NONE) {
                        char c = (char) ((b1 << 8) | b2);
                        if (c == BYTE_ORDER_MARK) {
                            currentByteOrder = BIG;
                            mark += 2;
                            continue;
                        } else if (c == REVERSED_MARK) {
                            currentByteOrder = LITTLE;
                            mark += 2;
                            continue;
                        } else {
                            currentByteOrder = BIG;
                        }
                    }
                    char c = decode(b1, b2);
                    if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c)) {
                            if (src.remaining() < 2) {
                                return CoderResult.UNDERFLOW;
                            }
                            char c2 = decode(src.get() & 0xff, src.get() & 0xff);
                            if (!Character.isLowSurrogate(c2)) {
                                return CoderResult.malformedForLength(4);
                            }
                            if (dst.remaining() < 2) {
                                return CoderResult.OVERFLOW;
                            }
                            mark += 4;
                            dst.put(c);
                            dst.put(c2);
                            continue;
                        }
                        return CoderResult.malformedForLength(2); // an unpaired low surrogate
                    }
                    if (!dst.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    mark += 2;
                    dst.put(c);
                }
                return CoderResult.UNDERFLOW;
            } finally {
                src.position(mark);
            }
        }

        @Override
        protected void implReset() {
            currentByteOrder = expectedByteOrder;
        }
    }

    /** UTF-16 encoders: big- or little-endian, UTF-16's with a leading mark. */
    static final class Utf16Encoder extends CharsetEncoder {
        private final int byteOrder;
        private final boolean usesMark;
        private boolean needsMark;

        Utf16Encoder(Charset cs, int bo, boolean m) {
            super(cs, 2.0f, m ? 4.0f : 2.0f,
                    bo == BIG ? new byte[] {(byte) 0xff, (byte) 0xfd} : new byte[] {(byte) 0xfd, (byte) 0xff});
            usesMark = needsMark = m;
            byteOrder = bo;
        }

        private void put(char c, ByteBuffer dst) {
            if (byteOrder == BIG) {
                dst.put((byte) (c >> 8));
                dst.put((byte) (c & 0xff));
            } else {
                dst.put((byte) (c & 0xff));
                dst.put((byte) (c >> 8));
            }
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer src, ByteBuffer dst) {
            int mark = src.position();
            if (needsMark && src.hasRemaining()) {
                if (dst.remaining() < 2) {
                    return CoderResult.OVERFLOW;
                }
                put(BYTE_ORDER_MARK, dst);
                needsMark = false;
            }
            try {
                while (src.hasRemaining()) {
                    char c = src.get();
                    if (!Character.isSurrogate(c)) {
                        if (dst.remaining() < 2) {
                            return CoderResult.OVERFLOW;
                        }
                        mark++;
                        put(c, dst);
                        continue;
                    }
                    CoderResult err = Surrogates.parse(c, src, mark, src.limit());
                    if (err != null) {
                        return err;
                    }
                    char d = src.get();
                    if (dst.remaining() < 4) {
                        return CoderResult.OVERFLOW;
                    }
                    mark += 2;
                    put(c, dst);
                    put(d, dst);
                }
                return CoderResult.UNDERFLOW;
            } finally {
                src.position(mark);
            }
        }

        @Override
        protected void implReset() {
            needsMark = usesMark;
        }

        @Override
        public boolean canEncode(char c) {
            return !Character.isSurrogate(c);
        }
    }

    private static final int BOM_BIG = 0xFEFF;
    private static final int BOM_LITTLE = 0xFFFE0000;

    /** UTF-32: expected NONE takes either mark (else big-endian); BIG and LITTLE only their own. */
    static final class Utf32Decoder extends CharsetDecoder {
        private int currentBO;
        private final int expectedBO;

        Utf32Decoder(Charset cs, int bo) {
            super(cs, 0.25f, 1.0f);
            this.expectedBO = bo;
            this.currentBO = NONE;
        }

        private int getCP(ByteBuffer src) {
            int b0 = src.get() & 0xff;
            int b1 = src.get() & 0xff;
            int b2 = src.get() & 0xff;
            int b3 = src.get() & 0xff;
            return currentBO == BIG ? (b0 << 24) | (b1 << 16) | (b2 << 8) | b3 : b0 | (b1 << 8) | (b2 << 16) | (b3 << 24);
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer src, CharBuffer dst) {
            if (src.remaining() < 4) {
                return CoderResult.UNDERFLOW;
            }
            int mark = src.position();
            int cp;
            try {
                if (currentBO == NONE) {
                    cp = ((src.get() & 0xff) << 24) | ((src.get() & 0xff) << 16) | ((src.get() & 0xff) << 8)
                            | (src.get() & 0xff);
                    if (cp == BOM_BIG && expectedBO != LITTLE) {
                        currentBO = BIG;
                        mark += 4;
                    } else if (cp == BOM_LITTLE && expectedBO != BIG) {
                        currentBO = LITTLE;
                        mark += 4;
                    } else {
                        currentBO = expectedBO == NONE ? BIG : expectedBO;
                        src.position(mark);
                    }
                }
                while (src.remaining() >= 4) {
                    cp = getCP(src);
                    if (Character.isBmpCodePoint(cp)) {
                        if (!dst.hasRemaining()) {
                            return CoderResult.OVERFLOW;
                        }
                        mark += 4;
                        dst.put((char) cp);
                    } else if (Character.isValidCodePoint(cp)) {
                        if (dst.remaining() < 2) {
                            return CoderResult.OVERFLOW;
                        }
                        mark += 4;
                        dst.put(Character.highSurrogate(cp));
                        dst.put(Character.lowSurrogate(cp));
                    } else {
                        return CoderResult.malformedForLength(4);
                    }
                }
                return CoderResult.UNDERFLOW;
            } finally {
                src.position(mark);
            }
        }

        @Override
        protected void implReset() {
            currentBO = NONE;
        }
    }

    static final class Utf32Encoder extends CharsetEncoder {
        private final boolean doBOM;
        private boolean doneBOM;
        private final int byteOrder;

        Utf32Encoder(Charset cs, int byteOrder, boolean doBOM) {
            super(cs, 4.0f, doBOM ? 8.0f : 4.0f, byteOrder == BIG
                    ? new byte[] {(byte) 0, (byte) 0, (byte) 0xff, (byte) 0xfd}
                    : new byte[] {(byte) 0xfd, (byte) 0xff, (byte) 0, (byte) 0});
            this.byteOrder = byteOrder;
            this.doBOM = doBOM;
            this.doneBOM = !doBOM;
        }

        private void put(int cp, ByteBuffer dst) {
            if (byteOrder == BIG) {
                dst.put((byte) (cp >> 24));
                dst.put((byte) (cp >> 16));
                dst.put((byte) (cp >> 8));
                dst.put((byte) cp);
            } else {
                dst.put((byte) cp);
                dst.put((byte) (cp >> 8));
                dst.put((byte) (cp >> 16));
                dst.put((byte) (cp >> 24));
            }
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer src, ByteBuffer dst) {
            int mark = src.position();
            if (!doneBOM && src.hasRemaining()) {
                if (dst.remaining() < 4) {
                    return CoderResult.OVERFLOW;
                }
                put(BOM_BIG, dst);
                doneBOM = true;
            }
            try {
                while (src.hasRemaining()) {
                    char c = src.get();
                    if (!Character.isSurrogate(c)) {
                        if (dst.remaining() < 4) {
                            return CoderResult.OVERFLOW;
                        }
                        mark++;
                        put(c, dst);
                    } else if (Character.isHighSurrogate(c)) {
                        if (!src.hasRemaining()) {
                            return CoderResult.UNDERFLOW;
                        }
                        char low = src.get();
                        if (Character.isLowSurrogate(low)) {
                            if (dst.remaining() < 4) {
                                return CoderResult.OVERFLOW;
                            }
                            mark += 2;
                            put(Character.toCodePoint(c, low), dst);
                        } else {
                            return CoderResult.malformedForLength(1);
                        }
                    } else {
                        return CoderResult.malformedForLength(1);
                    }
                }
                return CoderResult.UNDERFLOW;
            } finally {
                src.position(mark);
            }
        }

        @Override
        protected void implReset() {
            doneBOM = !doBOM;
        }
    }
}
