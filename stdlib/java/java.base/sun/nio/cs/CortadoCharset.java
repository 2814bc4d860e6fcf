package sun.nio.cs;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;

/**
 * Base of the built-in charsets: whole-array encoding and decoding with the JDK's replacement
 * behaviour ('?' or U+FFFD for unmappable or malformed input).
 */
public abstract class CortadoCharset extends Charset {
    private final String historicalName;

    protected CortadoCharset(String canonicalName, String[] aliases, String historicalName) {
        super(canonicalName, aliases);
        this.historicalName = historicalName;
    }

    /** The name InputStreamReader.getEncoding reports. */
    public final String historicalName() {
        return historicalName;
    }

    public abstract byte[] encode(char[] chars, int off, int len);

    public abstract char[] decode(byte[] bytes, int off, int len);

    /** The length of the longest prefix of bytes[off, off+len) that ends on a char boundary. */
    public int completePrefix(byte[] bytes, int off, int len) {
        return len;
    }

    @Override
    public boolean contains(Charset cs) {
        return cs == this;
    }

    /**
     * The bytes of chars that continue a stream already begun: as encode, but for a charset
     * that starts its output with a byte-order mark (UTF-16), without one.
     */
    public byte[] encodeContinued(char[] chars, int off, int len) {
        return encode(chars, off, len);
    }

    /**
     * Whether decoding depends on what came before (a byte-order mark read at the start):
     * readers then decode through the charset's decoder rather than chunk by chunk.
     */
    public boolean statefulDecoding() {
        return false;
    }

    // ---- the coders' figures (CharsetEncoder/CharsetDecoder: newEncoder, newDecoder)

    /** The averageBytesPerChar of this charset's encoder, without making one. */
    public float averageBytesPerChar() {
        return 1.0f;
    }

    /** The averageCharsPerByte of this charset's decoder, without making one. */
    public float averageCharsPerByte() {
        return 1.0f;
    }

    // ---- reporting malformed and unmappable input ----

    /**
     * The length of the first malformed sequence a JDK CharsetDecoder of this charset finds
     * in bytes[off, off+len) (the length its MalformedInputException reports), or 0 if there
     * is none. A sequence cut off by the end is malformed only at the end of input, with the
     * length of what is left.
     */
    public int malformedLength(byte[] bytes, int off, int len, boolean endOfInput) {
        return 0;
    }

    /**
     * As malformedLength for the whole input, with the lengths the JDK's strict String
     * decoding reports (Files.readString), where they differ from a CharsetDecoder's.
     */
    public int malformedStringLength(byte[] bytes, int off, int len) {
        return malformedLength(bytes, off, len, true);
    }

    /** The largest char this charset maps; 0xFFFF: every char, and surrogate pairs. */
    protected int maxChar() {
        return 0xFFFF;
    }

    /** Whether this charset has bytes for c (not a surrogate). */
    protected boolean maps(char c) {
        return c <= maxChar();
    }

    /**
     * What a JDK CharsetEncoder of this charset reports for chars[off, off+len), or null if it
     * encodes them: an unpaired surrogate is malformed (length 1); a char (or surrogate pair,
     * length 2) the charset cannot represent is unmappable. A high surrogate at the end is
     * unpaired only at the end of input.
     */
    public CharacterCodingException encodeError(char[] chars, int off, int len, boolean endOfInput) {
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    if (maxChar() < 0xFFFF) { // no supplementary characters
                        return new UnmappableCharacterException(2);
                    }
                    i++;
                } else if (i + 1 < end || endOfInput) {
                    return new MalformedInputException(1);
                }
            } else if (Character.isLowSurrogate(c)) {
                return new MalformedInputException(1);
            } else if (!maps(c)) {
                return new UnmappableCharacterException(1);
            }
        }
        return null;
    }

    /** As encodeError for a whole String, as the JDK's strict String encoding (Files.writeString). */
    public CharacterCodingException stringEncodeError(char[] chars, int off, int len) {
        return encodeError(chars, off, len, true);
    }

    /** Whether readers and writers report malformed and unmappable input (see reporting). */
    public boolean reports() {
        return false;
    }

    /**
     * cs as the JDK's Files uses it (through newDecoder/newEncoder, CodingErrorAction.REPORT):
     * an InputStreamReader or OutputStreamWriter given it throws MalformedInputException or
     * UnmappableCharacterException instead of replacing the input.
     */
    public static CortadoCharset reporting(Charset cs) {
        CortadoCharset base = of(cs);
        return base.reports() ? base : new Reporting(base);
    }

    /** A charset that codes as its base and reports errors. */
    private static final class Reporting extends CortadoCharset {
        private final CortadoCharset base;

        Reporting(CortadoCharset base) {
            super(base.name(), base.aliases().toArray(new String[0]), base.historicalName());
            this.base = base;
        }

        @Override
        public byte[] encode(char[] chars, int off, int len) {
            return base.encode(chars, off, len);
        }

        @Override
        public char[] decode(byte[] bytes, int off, int len) {
            return base.decode(bytes, off, len);
        }

        @Override
        public int completePrefix(byte[] bytes, int off, int len) {
            return base.completePrefix(bytes, off, len);
        }

        @Override
        public int malformedLength(byte[] bytes, int off, int len, boolean endOfInput) {
            return base.malformedLength(bytes, off, len, endOfInput);
        }

        @Override
        public int malformedStringLength(byte[] bytes, int off, int len) {
            return base.malformedStringLength(bytes, off, len);
        }

        @Override
        public CharacterCodingException encodeError(char[] chars, int off, int len, boolean endOfInput) {
            return base.encodeError(chars, off, len, endOfInput);
        }

        @Override
        public CharacterCodingException stringEncodeError(char[] chars, int off, int len) {
            return base.stringEncodeError(chars, off, len);
        }

        @Override
        public boolean reports() {
            return true;
        }

        @Override
        public byte[] encodeContinued(char[] chars, int off, int len) {
            return base.encodeContinued(chars, off, len);
        }

        @Override
        public boolean statefulDecoding() {
            return base.statefulDecoding();
        }

        @Override
        public java.nio.charset.CharsetDecoder newDecoder() {
            return base.newDecoder();
        }

        @Override
        public java.nio.charset.CharsetEncoder newEncoder() {
            return base.newEncoder();
        }

        @Override
        public float averageBytesPerChar() {
            return base.averageBytesPerChar();
        }

        @Override
        public float averageCharsPerByte() {
            return base.averageCharsPerByte();
        }

        @Override
        public boolean contains(Charset cs) {
            return base.contains(cs);
        }
    }

    /**
     * A holder, so that initializing one charset class does not need all the others first:
     * the common charsets; the other single-byte ones (`SingleByte.Tables`, 17 tables) are set up
     * only when a name is not among these, which start-up never needs.
     */
    private static final class Registry {
        static final CortadoCharset[] COMMON = {
            UTF_8.INSTANCE, ISO_8859_1.INSTANCE, US_ASCII.INSTANCE,
            UTF_16.INSTANCE, UTF_16BE.INSTANCE, UTF_16LE.INSTANCE, MS1252.INSTANCE,
            UTF_32.INSTANCE, UTF_32.BE, UTF_32.LE,
        };
    }

    /** The built-in charset called name (or an alias of it), ignoring case; null if none. */
    public static Charset lookup(String name) {
        Charset found = lookupIn(Registry.COMMON, name);
        return found != null ? found : lookupIn(SingleByte.Tables.ALL, name);
    }

    private static Charset lookupIn(CortadoCharset[] charsets, String name) {
        for (CortadoCharset cs : charsets) {
            if (cs.name().equalsIgnoreCase(name)) {
                return cs;
            }
            for (String alias : cs.aliases()) {
                if (alias.equalsIgnoreCase(name)) {
                    return cs;
                }
            }
        }
        return null;
    }

    /** cs as a CortadoCharset: a charset of the program's own through its coders (CoderCharset). */
    public static CortadoCharset of(Charset cs) {
        if (cs instanceof CortadoCharset) {
            return (CortadoCharset) cs;
        }
        return new CoderCharset(cs);
    }

    /** Shrinks buf to its first n elements. */
    static byte[] trim(byte[] buf, int n) {
        if (n == buf.length) {
            return buf;
        }
        byte[] r = new byte[n];
        System.arraycopy(buf, 0, r, 0, n);
        return r;
    }

    static char[] trim(char[] buf, int n) {
        if (n == buf.length) {
            return buf;
        }
        char[] r = new char[n];
        System.arraycopy(buf, 0, r, 0, n);
        return r;
    }
}
