package sun.nio.cs;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;

public final class UTF_16LE extends CortadoCharset {
    public static final UTF_16LE INSTANCE = new UTF_16LE();

    private UTF_16LE() {
        super("UTF-16LE", new String[] {"UTF_16LE", "X-UTF-16LE", "UnicodeLittleUnmarked"},
                "UnicodeLittleUnmarked");
    }

    @Override
    public byte[] encode(char[] chars, int off, int len) {
        return UTF_16BE.encode(chars, off, len, false, false);
    }

    @Override
    public char[] decode(byte[] bytes, int off, int len) {
        return UTF_16BE.decode(bytes, off, len, false);
    }

    @Override
    public int completePrefix(byte[] bytes, int off, int len) {
        return UTF_16BE.completeUnits(bytes, off, len, false);
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
        return new UnicodeCoders.Utf16Decoder(this, UnicodeCoders.LITTLE);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new UnicodeCoders.Utf16Encoder(this, UnicodeCoders.LITTLE, false);
    }
}
