package sun.nio.cs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A charset of the program's own (a Charset subclass outside the library) seen as a
 * CortadoCharset, so that String, PrintStream and the readers and writers take it: whole arrays
 * go through its encoder and decoder with CodingErrorAction.REPLACE, as the JDK's String does
 * for such charsets.
 */
final class CoderCharset extends CortadoCharset {
    private final Charset base;

    CoderCharset(Charset base) {
        super(base.name(), base.aliases().toArray(new String[0]), base.name());
        this.base = base;
    }

    @Override
    public boolean statefulDecoding() {
        return true;
    }

    @Override
    public CharsetDecoder newDecoder() {
        return base.newDecoder();
    }

    @Override
    public CharsetEncoder newEncoder() {
        return base.newEncoder();
    }

    @Override
    public boolean contains(Charset cs) {
        return base.contains(cs);
    }

    @Override
    public String displayName() {
        return base.displayName();
    }

    @Override
    public boolean canEncode() {
        return base.canEncode();
    }

    @Override
    public byte[] encode(char[] chars, int off, int len) {
        try {
            ByteBuffer bb = base.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).encode(CharBuffer.wrap(chars, off, len));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException x) {
            throw new Error(x);
        }
    }

    @Override
    public char[] decode(byte[] bytes, int off, int len) {
        try {
            CharBuffer cb = base.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes, off, len));
            char[] out = new char[cb.remaining()];
            cb.get(out);
            return out;
        } catch (CharacterCodingException x) {
            throw new Error(x);
        }
    }

    /** What a decoder takes of the bytes before it needs more input. */
    @Override
    public int completePrefix(byte[] bytes, int off, int len) {
        CharsetDecoder dec = base.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
        CharBuffer out = CharBuffer.allocate(64);
        for (;;) {
            CoderResult cr = dec.decode(in, out, false);
            if (!cr.isOverflow()) {
                return in.position() - off;
            }
            out.clear();
        }
    }

    @Override
    public CharacterCodingException encodeError(char[] chars, int off, int len, boolean endOfInput) {
        CharsetEncoder enc = base.newEncoder();
        CharBuffer in = CharBuffer.wrap(chars, off, len);
        ByteBuffer out = ByteBuffer.allocate(64);
        for (;;) {
            CoderResult cr = enc.encode(in, out, endOfInput);
            if (cr.isOverflow()) {
                out.clear();
                continue;
            }
            if (cr.isError()) {
                try {
                    cr.throwException();
                } catch (CharacterCodingException x) {
                    return x;
                }
            }
            return null;
        }
    }

    @Override
    public int malformedLength(byte[] bytes, int off, int len, boolean endOfInput) {
        CharsetDecoder dec = base.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
        CharBuffer out = CharBuffer.allocate(64);
        for (;;) {
            CoderResult cr = dec.decode(in, out, endOfInput);
            if (cr.isOverflow()) {
                out.clear();
                continue;
            }
            return cr.isMalformed() ? cr.length() : 0;
        }
    }
}
