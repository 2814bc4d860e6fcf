package java.net;

import java.nio.charset.StandardCharsets;

/**
 * The character classes of RFC 2396 (with RFC 2732's brackets) as pairs of bit masks, one for
 * the characters 0-63 and one for 64-127, and the quoting and decoding of URI components.
 * Bit 0 (the NUL character, never legal) stands for "percent escapes allowed", which also
 * admits visible non-ASCII characters.
 */
final class UriChars {
    private UriChars() {
    }

    static final long LO_ESCAPED = 1L;
    static final long HI_ESCAPED = 0L;

    static long lo(String chars) {
        long m = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c < 64) {
                m |= 1L << c;
            }
        }
        return m;
    }

    static long hi(String chars) {
        long m = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c >= 64 && c < 128) {
                m |= 1L << (c - 64);
            }
        }
        return m;
    }

    private static long loRange(char first, char last) {
        long m = 0;
        for (char c = first; c <= last; c++) {
            if (c < 64) {
                m |= 1L << c;
            }
        }
        return m;
    }

    private static long hiRange(char first, char last) {
        long m = 0;
        for (char c = first; c <= last; c++) {
            if (c >= 64 && c < 128) {
                m |= 1L << (c - 64);
            }
        }
        return m;
    }

    static final long LO_DIGIT = loRange('0', '9');
    static final long HI_DIGIT = 0L;
    static final long LO_ALPHA = 0L;
    static final long HI_ALPHA = hiRange('A', 'Z') | hiRange('a', 'z');
    static final long LO_ALPHANUM = LO_DIGIT | LO_ALPHA;
    static final long HI_ALPHANUM = HI_DIGIT | HI_ALPHA;
    static final long LO_HEX = LO_DIGIT;
    static final long HI_HEX = hiRange('A', 'F') | hiRange('a', 'f');
    static final long LO_DOT = lo(".");
    static final long HI_DOT = hi(".");
    static final long LO_DASH = lo("-");
    static final long HI_DASH = hi("-");

    private static final String MARK = "-_.!~*'()";
    static final long LO_UNRESERVED = LO_ALPHANUM | lo(MARK);
    static final long HI_UNRESERVED = HI_ALPHANUM | hi(MARK);
    private static final String RESERVED = ";/?:@&=+$,[]";
    static final long LO_RESERVED = lo(RESERVED);
    static final long HI_RESERVED = hi(RESERVED);
    static final long LO_URIC = LO_RESERVED | LO_UNRESERVED | LO_ESCAPED;
    static final long HI_URIC = HI_RESERVED | HI_UNRESERVED | HI_ESCAPED;
    static final long LO_PCHAR = LO_UNRESERVED | LO_ESCAPED | lo(":@&=+$,");
    static final long HI_PCHAR = HI_UNRESERVED | HI_ESCAPED | hi(":@&=+$,");
    static final long LO_PATH = LO_PCHAR | lo(";/");
    static final long HI_PATH = HI_PCHAR | hi(";/");
    static final long LO_USERINFO = LO_UNRESERVED | LO_ESCAPED | lo(";:&=+$,");
    static final long HI_USERINFO = HI_UNRESERVED | HI_ESCAPED | hi(";:&=+$,");
    static final long LO_REG_NAME = LO_UNRESERVED | LO_ESCAPED | lo("$,;:@&=+");
    static final long HI_REG_NAME = HI_UNRESERVED | HI_ESCAPED | hi("$,;:@&=+");
    static final long LO_SERVER = LO_USERINFO | LO_ALPHANUM | LO_DASH | lo(".:@[]");
    static final long HI_SERVER = HI_USERINFO | HI_ALPHANUM | HI_DASH | hi(".:@[]");
    static final long LO_SERVER_PERCENT = LO_SERVER | lo("%");
    static final long HI_SERVER_PERCENT = HI_SERVER | hi("%");
    static final long LO_SCHEME = LO_ALPHA | LO_DIGIT | lo("+-.");
    static final long HI_SCHEME = HI_ALPHA | HI_DIGIT | hi("+-.");
    static final long LO_SCOPE_ID = LO_ALPHANUM | lo("_.");
    static final long HI_SCOPE_ID = HI_ALPHANUM | hi("_.");

    static boolean match(char c, long lo, long hi) {
        if (c == 0) {
            return false;
        }
        if (c < 64) {
            return ((1L << c) & lo) != 0;
        }
        if (c < 128) {
            return ((1L << (c - 64)) & hi) != 0;
        }
        return false;
    }

    /** A non-ASCII character that may stand unescaped where escapes are allowed. */
    static boolean isVisibleOther(char c) {
        return c > 128 && !Character.isSpaceChar(c) && !Character.isISOControl(c);
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static void appendEscape(StringBuilder sb, int b) {
        sb.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
    }

    /**
     * Escapes the characters of s outside the class (lo, hi): ASCII ones always, non-ASCII
     * spaces and controls (as UTF-8) when the class allows escapes. Returns s if unchanged.
     */
    static String quote(String s, long lo, long hi) {
        boolean escapesAllowed = (lo & LO_ESCAPED) != 0;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep;
            if (c < 0x80) {
                keep = match(c, lo, hi);
            } else {
                keep = !(escapesAllowed && (Character.isSpaceChar(c) || Character.isISOControl(c)));
            }
            if (keep) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (c < 0x80) {
                appendEscape(sb, c);
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    appendEscape(sb, b);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c - 'A' + 10;
    }

    /**
     * Decodes the percent escapes of a component that parsed (so every '%' starts a valid
     * escape, except inside brackets): runs of escapes are UTF-8, malformed bytes become
     * U+FFFD. With keepInBrackets, a '%' between '[' and ']' (an IPv6 scope) stays as it is.
     */
    static String decode(String s, boolean keepInBrackets) {
        if (s == null || s.indexOf('%') < 0) {
            return s;
        }
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        byte[] bytes = new byte[n / 3 + 1];
        boolean inBrackets = false;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '[') {
                inBrackets = true;
            } else if (c == ']' && inBrackets) {
                inBrackets = false;
            }
            if (c != '%' || (inBrackets && keepInBrackets)) {
                sb.append(c);
                i++;
                continue;
            }
            int count = 0;
            while (i + 2 < n && s.charAt(i) == '%') {
                bytes[count++] = (byte) ((hexValue(s.charAt(i + 1)) << 4) | hexValue(s.charAt(i + 2)));
                i += 3;
            }
            if (count == 0) {
                sb.append(c);
                i++;
                continue;
            }
            sb.append(new String(bytes, 0, count, StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /** The US-ASCII form: non-ASCII characters as escaped UTF-8 of the NFC form. */
    static String toAscii(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 0x80) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        String nfc = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
        for (int k = 0; k < nfc.length(); k++) {
            char c = nfc.charAt(k);
            if (Character.isHighSurrogate(c) && k + 1 < nfc.length() && Character.isLowSurrogate(nfc.charAt(k + 1))) {
                k++;
            } else if (Character.isSurrogate(c)) {
                // the JDK's encoder fails on it and leaves its buffer null
                throw new NullPointerException(
                        "Cannot invoke \"java.nio.ByteBuffer.hasRemaining()\" because \"bb\" is null");
            }
        }
        StringBuilder sb = new StringBuilder(nfc.length() + 16);
        for (byte b : nfc.getBytes(StandardCharsets.UTF_8)) {
            if (b < 0) {
                appendEscape(sb, b);
            } else {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }
}
