package java.net;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Objects;

/**
 * HTML form encoding (application/x-www-form-urlencoded): letters, digits and ".-*_" stay,
 * a space becomes '+', anything else the bytes of its charset encoding as "%XX".
 */
public class URLEncoder {
    private URLEncoder() {
    }

    private static boolean keeps(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '-'
                || c == '_' || c == '.' || c == '*';
    }

    /** @deprecated depends on the default charset; use {@link #encode(String, Charset)}. */
    @Deprecated
    public static String encode(String s) {
        return encode(s, Charset.defaultCharset());
    }

    public static String encode(String s, String enc) throws UnsupportedEncodingException {
        if (enc == null) {
            throw new NullPointerException("charsetName");
        }
        Charset charset;
        try {
            charset = Charset.forName(enc);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedEncodingException(enc);
        }
        return encode(s, charset);
    }

    public static String encode(String s, Charset charset) {
        Objects.requireNonNull(charset, "charset");
        StringBuilder out = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (keeps(c)) {
                if (c == ' ') {
                    if (out == null) {
                        out = new StringBuilder(n + 16).append(s, 0, i);
                    }
                    out.append('+');
                } else if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16).append(s, 0, i);
            }
            // the run of characters to encode, as one string (surrogate pairs stay together)
            int start = i;
            while (i < n && !keeps(s.charAt(i))) {
                i++;
            }
            byte[] bytes = s.substring(start, i).getBytes(charset);
            for (byte b : bytes) {
                UriChars.appendEscape(out, b);
            }
        }
        return out == null ? s : out.toString();
    }
}
