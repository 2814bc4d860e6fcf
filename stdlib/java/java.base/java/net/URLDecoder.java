package java.net;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Objects;

/**
 * Decodes HTML form encoding: '+' is a space, and each run of "%XX" escapes is decoded as
 * bytes of the charset.
 */
public class URLDecoder {
    private URLDecoder() {
    }

    /** @deprecated depends on the default charset; use {@link #decode(String, Charset)}. */
    @Deprecated
    public static String decode(String s) {
        return decode(s, Charset.defaultCharset());
    }

    public static String decode(String s, String enc) throws UnsupportedEncodingException {
        if (enc.isEmpty()) {
            throw new UnsupportedEncodingException("URLDecoder: empty string enc parameter");
        }
        Charset charset;
        try {
            charset = Charset.forName(enc);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedEncodingException(enc);
        }
        return decode(s, charset);
    }

    public static String decode(String s, Charset charset) {
        Objects.requireNonNull(charset, "Charset");
        int n = s.length();
        StringBuilder sb = null;
        byte[] bytes = null;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '+' && c != '%') {
                if (sb != null) {
                    sb.append(c);
                }
                i++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n).append(s, 0, i);
            }
            if (c == '+') {
                sb.append(' ');
                i++;
                continue;
            }
            if (bytes == null) {
                bytes = new byte[(n - i) / 3];
            }
            int count = 0;
            while (i + 2 < n && s.charAt(i) == '%') {
                int v;
                try {
                    v = Integer.parseInt(s, i + 1, i + 3, 16);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "URLDecoder: Illegal hex characters in escape (%) pattern - " + e.getMessage());
                }
                if (v < 0) {
                    throw new IllegalArgumentException(
                            "URLDecoder: Illegal hex characters in escape (%) pattern - negative value");
                }
                bytes[count++] = (byte) v;
                i += 3;
            }
            if (i < n && s.charAt(i) == '%') {
                throw new IllegalArgumentException("URLDecoder: Incomplete trailing escape (%) pattern");
            }
            sb.append(new String(bytes, 0, count, charset));
        }
        return sb == null ? s : sb.toString();
    }
}
