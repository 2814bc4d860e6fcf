package sun.nio.cs;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;

/** UTF-16 with a byte-order mark: big-endian with a BOM when encoding, BOM-detected decoding. */
public final class UTF_16 extends CortadoCharset {
    public static final UTF_16 INSTANCE = new UTF_16();

    private UTF_16() {
        super("UTF-16", new String[] {"UTF_16", "utf16", "unicode", "UnicodeBig"}, "UTF-16");
    }

    @Override
    public byte[] encode(char[] chars, int off, int len) {
        return UTF_16BE.encode(chars, off, len, true, true);
    }

    @Override
    public byte[] encodeContinued(char[] chars, int off, int len) {
        return UTF_16BE.encode(chars, off, len, true, false);
    }

    @Override
    public boolean statefulDecoding() {
        return true;
    }

    @Override
    public char[] decode(byte[] bytes, int off, int len) {
        boolean big = true;
        if (len >= 2) {
            int b0 = bytes[off] & 0xFF;
            int b1 = bytes[off + 1] & 0xFF;
            if (b0 == 0xFE && b1 == 0xFF) {
                off += 2;
                len -= 2;
            } else if (b0 == 0xFF && b1 == 0xFE) {
                big = false;
                off += 2;
                len -= 2;
            }
        }
        return UTF_16BE.decode(bytes, off, len, big);
    }

    @Override
    public int completePrefix(byte[] bytes, int off, int len) {
        return UTF_16BE.completeUnits(bytes, off, len, true);
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
        return new UnicodeCoders.Utf16Decoder(this, UnicodeCoders.NONE);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new UnicodeCoders.Utf16Encoder(this, UnicodeCoders.BIG, true);
    }
}
