package java.nio.charset;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import sun.nio.cs.CortadoCharset;

/**
 * A named mapping between UTF-16 chars and bytes. The supported charsets are the built-in ones
 * in sun.nio.cs (CortadoCharset), with JDK-style CharsetEncoder/CharsetDecoder; encode and
 * decode take the built-in charsets' whole-array paths (as String does).
 */
public abstract class Charset implements Comparable<Charset> {
    private final String name;
    private final String[] aliases;

    protected Charset(String canonicalName, String[] aliases) {
        String[] as = Objects.requireNonNullElse(aliases, new String[0]);
        checkName(canonicalName);
        for (String a : as) {
            checkName(a);
        }
        this.name = canonicalName;
        this.aliases = as.clone();
    }

    /** Legal names: letters, digits, and - + . : _ (not first, except digits and letters). */
    private static void checkName(String s) {
        int n = s.length();
        if (n == 0) {
            throw new IllegalCharsetNameException(s);
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                continue;
            }
            if (i > 0 && (c == '-' || c == '+' || c == ':' || c == '_' || c == '.')) {
                continue;
            }
            throw new IllegalCharsetNameException(s);
        }
    }

    private static Charset lookup(String charsetName) {
        if (charsetName == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        Charset cs = CortadoCharset.lookup(charsetName);
        if (cs == null) {
            checkName(charsetName);
        }
        return cs;
    }

    public static boolean isSupported(String charsetName) {
        return lookup(charsetName) != null;
    }

    public static Charset forName(String charsetName) {
        Charset cs = lookup(charsetName);
        if (cs == null) {
            throw new UnsupportedCharsetException(charsetName);
        }
        return cs;
    }

    /** The named charset, or fallback when the name is unknown or illegal (Java 18). */
    public static Charset forName(String charsetName, Charset fallback) {
        try {
            Charset cs = lookup(charsetName);
            return cs != null ? cs : fallback;
        } catch (IllegalCharsetNameException icne) {
            return fallback;
        }
    }

    private static volatile Charset defaultCharset;

    /**
     * As JDK 17's: the charset of the {@code file.encoding} property as the VM started with it
     * (the host's native encoding unless given on the command line), UTF-8 when it names no
     * supported charset. Read once, after the system properties are set.
     */
    public static Charset defaultCharset() {
        Charset cs = defaultCharset;
        if (cs == null) {
            String name = jdk.internal.util.StaticProperty.get("file.encoding");
            if (name == null) {
                return StandardCharsets.UTF_8;
            }
            cs = forName(name, StandardCharsets.UTF_8);
            defaultCharset = cs;
        }
        return cs;
    }

    /**
     * The string's bytes in this charset, unmappable and malformed input replaced (as
     * String.getBytes). The built-in charsets take their whole-array path (see encodeBuffer).
     */
    public final java.nio.ByteBuffer encode(String str) {
        if (this instanceof CortadoCharset) {
            return encodeBuffer(str.getBytes(this), str.length());
        }
        return encode(java.nio.CharBuffer.wrap(str));
    }

    public final java.nio.ByteBuffer encode(java.nio.CharBuffer cb) {
        if (this instanceof CortadoCharset) {
            int n = cb.remaining();
            char[] chars = new char[n];
            cb.get(chars);
            return encodeBuffer(((CortadoCharset) this).encode(chars, 0, n), n);
        }
        try {
            return newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).encode(cb);
        } catch (CharacterCodingException x) {
            throw new Error(x);
        }
    }

    /**
     * The bytes of a built-in charset's array encoding of len chars, in a buffer of the capacity the JDK's
     * CharsetEncoder.encode(CharBuffer) ends with: it starts at remaining * averageBytesPerChar
     * and grows to 2n + 1 while the output does not fit (the encoders only overflow when it
     * does not), so programs printing the buffer see HotSpot's capacity.
     */
    private java.nio.ByteBuffer encodeBuffer(byte[] bytes, int len) {
        int n = (int) (len * ((CortadoCharset) this).averageBytesPerChar());
        if (n == 0 && len == 0) {
            return java.nio.ByteBuffer.allocate(0);
        }
        while (n < bytes.length) {
            n = 2 * n + 1;
        }
        if (n == bytes.length) {
            return java.nio.ByteBuffer.wrap(bytes);
        }
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(n);
        out.put(bytes);
        out.flip();
        return out;
    }

    /**
     * The buffer's remaining bytes decoded, malformed and unmappable input replaced (as new
     * String), in a buffer of the capacity the JDK's CharsetDecoder.decode(ByteBuffer) ends with.
     */
    public final java.nio.CharBuffer decode(java.nio.ByteBuffer bb) {
        if (this instanceof CortadoCharset) {
            CortadoCharset cs = (CortadoCharset) this;
            int len = bb.remaining();
            byte[] bytes = new byte[len];
            bb.get(bytes);
            char[] chars = cs.decode(bytes, 0, len);
            int n = (int) (len * cs.averageCharsPerByte());
            if (n == 0 && len == 0) {
                return java.nio.CharBuffer.allocate(0);
            }
            while (n < chars.length) {
                n = 2 * n + 1;
            }
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(n);
            out.put(chars);
            out.flip();
            return out;
        }
        try {
            return newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(bb);
        } catch (CharacterCodingException x) {
            throw new Error(x);
        }
    }

    public abstract CharsetDecoder newDecoder();

    public abstract CharsetEncoder newEncoder();

    public final String name() {
        return name;
    }

    public final Set<String> aliases() {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(aliases)));
    }

    public String displayName() {
        return name;
    }

    public final boolean isRegistered() {
        return !name.startsWith("X-") && !name.startsWith("x-");
    }

    public boolean canEncode() {
        return true;
    }

    public abstract boolean contains(Charset cs);

    @Override
    public final int compareTo(Charset that) {
        return name().compareToIgnoreCase(that.name());
    }

    @Override
    public final int hashCode() {
        return name().hashCode();
    }

    @Override
    public final boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        return ob instanceof Charset && name.equals(((Charset) ob).name());
    }

    @Override
    public final String toString() {
        return name();
    }
}
