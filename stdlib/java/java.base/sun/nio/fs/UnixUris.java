package sun.nio.fs;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * file: URIs of Unix paths, as the JDK makes and reads them: Path.toUri gives "file:///..."
 * with every byte of the (UTF-8) path outside RFC 2396's path characters escaped, and a
 * trailing slash for an existing directory; File.toURI gives "file:/..." through URI's
 * quoting constructor. Both read back "file:" URIs without authority, query or fragment.
 */
public final class UnixUris {
    private UnixUris() {
    }

    /** Throws IllegalArgumentException unless uri is a hierarchical file: URI with a plain path. */
    public static void checkFileUri(URI uri) {
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("URI is not absolute");
        }
        if (uri.isOpaque()) {
            throw new IllegalArgumentException("URI is not hierarchical");
        }
        if (!uri.getScheme().equalsIgnoreCase("file")) {
            throw new IllegalArgumentException("URI scheme is not \"file\"");
        }
        if (uri.getRawAuthority() != null) {
            throw new IllegalArgumentException("URI has an authority component");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("URI has a fragment component");
        }
        if (uri.getRawQuery() != null) {
            throw new IllegalArgumentException("URI has a query component");
        }
    }

    private static boolean isPathChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c < 0x80 && "-_.!~*'():@&=+$,;/".indexOf(c) >= 0;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static URI toUri(Path absolute) {
        byte[] bytes = absolute.toString().getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder("file:///");
        for (int i = 1; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (isPathChar(b)) {
                sb.append((char) b);
            } else {
                sb.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
        }
        if (sb.charAt(sb.length() - 1) != '/') {
            try {
                if (new File(absolute.toString()).isDirectory()) {
                    sb.append('/');
                }
            } catch (SecurityException ignored) {
                // unreadable: no slash, as the JDK
            }
        }
        try {
            return new URI(sb.toString());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw new AssertionError();
    }

    static Path fromUri(URI uri) {
        checkFileUri(uri);
        if (!uri.toString().startsWith("file:///")) {
            return new File(uri).toPath();
        }
        String p = uri.getRawPath();
        int len = p.length();
        if (len == 0) {
            throw new IllegalArgumentException("URI path component is empty");
        }
        if (p.endsWith("/") && len > 1) {
            len--;
        }
        byte[] bytes = new byte[len];
        int count = 0;
        int i = 0;
        while (i < len) {
            char c = p.charAt(i++);
            int b;
            if (c == '%') {
                b = (hexValue(p.charAt(i)) << 4) | hexValue(p.charAt(i + 1));
                i += 2;
                if (b == 0) {
                    throw new IllegalArgumentException("Nul character not allowed");
                }
            } else {
                if (c == 0 || c >= 0x80) {
                    throw new IllegalArgumentException("Bad escape");
                }
                b = c;
            }
            bytes[count++] = (byte) b;
        }
        return Path.of(new String(bytes, 0, count, StandardCharsets.UTF_8));
    }
}
