package sun.nio.cs;

import java.nio.charset.Charset;

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

    /** A holder, so that initializing one charset class does not need all the others first. */
    private static final class Registry {
        static final CortadoCharset[] ALL = {
            UTF_8.INSTANCE, ISO_8859_1.INSTANCE, US_ASCII.INSTANCE,
            UTF_16.INSTANCE, UTF_16BE.INSTANCE, UTF_16LE.INSTANCE,
        };
    }

    /** The built-in charset called name (or an alias of it), ignoring case; null if none. */
    public static Charset lookup(String name) {
        for (CortadoCharset cs : Registry.ALL) {
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

    public static CortadoCharset of(Charset cs) {
        if (cs instanceof CortadoCharset) {
            return (CortadoCharset) cs;
        }
        throw new UnsupportedOperationException("charset not supported: " + cs.name());
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
