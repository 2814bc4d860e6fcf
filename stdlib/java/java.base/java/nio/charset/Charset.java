package java.nio.charset;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import sun.nio.cs.CortadoCharset;

/**
 * A named mapping between UTF-16 chars and bytes. The supported charsets are the built-in ones
 * in sun.nio.cs; encode/decode go through String (no CharsetEncoder/CharsetDecoder machinery yet).
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
     * The string's bytes in this charset (unmappable characters replaced, as String.getBytes),
     * in a buffer whose capacity is their count.
     */
    public final java.nio.ByteBuffer encode(String str) {
        return java.nio.ByteBuffer.wrap(str.getBytes(this));
    }

    public final java.nio.ByteBuffer encode(java.nio.CharBuffer cb) {
        String s = cb.toString();
        cb.position(cb.limit());
        return encode(s);
    }

    /** The buffer's remaining bytes decoded (malformed input replaced, as new String). */
    public final java.nio.CharBuffer decode(java.nio.ByteBuffer bb) {
        byte[] bytes = new byte[bb.remaining()];
        bb.get(bytes);
        return java.nio.CharBuffer.wrap(new String(bytes, this).toCharArray());
    }

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
