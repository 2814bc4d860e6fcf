package java.net;

import static java.net.UriChars.*;

/**
 * Parses a URI reference per RFC 2396 (with RFC 2732's IPv6 literals) into a URI's fields,
 * with the JDK's deviations: an empty path or authority is allowed, and an authority that is
 * not a valid server (user info, host, port) is kept as a registry-based one unless the caller
 * insists on a server. Errors are URISyntaxExceptions with the JDK's reasons and indexes.
 */
final class UriParser {
    private final String input;
    private final URI uri;
    private boolean requireServer;
    private int ipv6Bytes;

    UriParser(URI uri, String input) {
        this.uri = uri;
        this.input = input;
        uri.string = input;
    }

    // --- failures

    private void fail(String reason, int index) throws URISyntaxException {
        throw new URISyntaxException(input, reason, index);
    }

    private void failExpecting(String what, int index) throws URISyntaxException {
        fail("Expected " + what, index);
    }

    // --- scanning

    private boolean at(int p, int end, char c) {
        return p < end && input.charAt(p) == c;
    }

    private boolean at(int p, int end, String s) {
        int n = s.length();
        if (n > end - p) {
            return false;
        }
        return input.regionMatches(p, s, 0, n);
    }

    /** Index of the first char of stop from p (or end); -1 if a char of err comes first. */
    private int find(int p, int end, String err, String stop) {
        for (; p < end; p++) {
            char c = input.charAt(p);
            if (err.indexOf(c) >= 0) {
                return -1;
            }
            if (stop.indexOf(c) >= 0) {
                break;
            }
        }
        return p;
    }

    private int find(int p, int end, String stop) {
        return find(p, end, "", stop);
    }

    /** p + 1 if the char at p is c, else p. */
    private int skip(int p, int end, char c) {
        return at(p, end, c) ? p + 1 : p;
    }

    /** Past the escape or visible non-ASCII char at p, or p if there is none. */
    private int escapeEnd(int p, int end, char c) throws URISyntaxException {
        if (c == '%') {
            if (p + 3 <= end && match(input.charAt(p + 1), LO_HEX, HI_HEX)
                    && match(input.charAt(p + 2), LO_HEX, HI_HEX)) {
                return p + 3;
            }
            fail("Malformed escape pair", p);
        } else if (isVisibleOther(c)) {
            return p + 1;
        }
        return p;
    }

    /** Past the longest run of chars in the class (and escapes, if it allows them) from p. */
    private int span(int p, int end, long lo, long hi) throws URISyntaxException {
        while (p < end) {
            char c = input.charAt(p);
            if (match(c, lo, hi)) {
                p++;
                continue;
            }
            if ((lo & LO_ESCAPED) != 0) {
                int q = escapeEnd(p, end, c);
                if (q > p) {
                    p = q;
                    continue;
                }
            }
            break;
        }
        return p;
    }

    private void checkChars(int start, int end, long lo, long hi, String what) throws URISyntaxException {
        int p = span(start, end, lo, hi);
        if (p < end) {
            fail("Illegal character in " + what, p);
        }
    }

    // --- URI reference

    void parse(boolean requireServer) throws URISyntaxException {
        this.requireServer = requireServer;
        int n = input.length();
        int p = find(0, n, "/?#", ":");
        int sspStart;
        if (p >= 0 && at(p, n, ':')) {
            if (p == 0) {
                failExpecting("scheme name", 0);
            }
            checkChars(0, 1, LO_ALPHA, HI_ALPHA, "scheme name");
            checkChars(1, p, LO_SCHEME, HI_SCHEME, "scheme name");
            uri.scheme = input.substring(0, p);
            p++;
            sspStart = p;
            if (at(p, n, '/')) {
                p = parseHierarchical(p, n);
            } else {
                int q = find(p, n, "#");
                if (q <= p) {
                    failExpecting("scheme-specific part", p);
                }
                checkChars(p, q, LO_URIC, HI_URIC, "opaque part");
                p = q;
            }
        } else {
            sspStart = 0;
            p = parseHierarchical(0, n);
        }
        uri.schemeSpecificPart = input.substring(sspStart, p);
        if (at(p, n, '#')) {
            checkChars(p + 1, n, LO_URIC, HI_URIC, "fragment");
            uri.fragment = input.substring(p + 1, n);
            p = n;
        }
        if (p < n) {
            failExpecting("end of URI", p);
        }
    }

    private int parseHierarchical(int start, int n) throws URISyntaxException {
        int p = start;
        if (at(p, n, '/') && at(p + 1, n, '/')) {
            p += 2;
            int q = find(p, n, "/?#");
            if (q > p) {
                p = parseAuthority(p, q);
            } else if (q >= n) {
                failExpecting("authority", p);
            }
        }
        int q = find(p, n, "?#");
        checkChars(p, q, LO_PATH, HI_PATH, "path");
        uri.path = input.substring(p, q);
        p = q;
        if (at(p, n, '?')) {
            p++;
            q = find(p, n, "#");
            checkChars(p, q, LO_URIC, HI_URIC, "query");
            uri.query = input.substring(p, q);
            p = q;
        }
        return p;
    }

    // --- authority

    private int parseAuthority(int start, int n) throws URISyntaxException {
        boolean serverChars;
        if (find(start, n, "]") > start) {
            serverChars = span(start, n, LO_SERVER_PERCENT, HI_SERVER_PERCENT) == n;
        } else {
            serverChars = span(start, n, LO_SERVER, HI_SERVER) == n;
        }
        boolean regChars = span(start, n, LO_REG_NAME, HI_REG_NAME) == n;
        if (regChars && !serverChars) {
            uri.authority = input.substring(start, n);
            return n;
        }
        int q = start;
        URISyntaxException serverFailure = null;
        if (serverChars) {
            try {
                q = parseServer(start, n);
                if (q < n) {
                    failExpecting("end of authority", q);
                }
                uri.authority = input.substring(start, n);
            } catch (URISyntaxException e) {
                uri.userInfo = null;
                uri.host = null;
                uri.port = -1;
                if (requireServer) {
                    throw e;
                }
                serverFailure = e;
                q = start;
            }
        }
        if (q < n) {
            if (regChars) {
                uri.authority = input.substring(start, n);
            } else if (serverFailure != null) {
                throw serverFailure;
            } else {
                fail("Illegal character in authority", q);
            }
        }
        return n;
    }

    private int parseServer(int start, int n) throws URISyntaxException {
        int p = start;
        int q = find(p, n, "/?#", "@");
        if (q >= p && at(q, n, '@')) {
            checkChars(p, q, LO_USERINFO, HI_USERINFO, "user info");
            uri.userInfo = input.substring(p, q);
            p = q + 1;
        }
        if (at(p, n, '[')) {
            p++;
            q = find(p, n, "/?#", "]");
            if (q > p && at(q, n, ']')) {
                int percent = find(p, q, "%");
                if (percent > p) {
                    parseIPv6(p, percent);
                    if (percent + 1 == q) {
                        fail("scope id expected", -1);
                    }
                    checkChars(percent + 1, q, LO_SCOPE_ID, HI_SCOPE_ID, "scope id");
                } else {
                    parseIPv6(p, q);
                }
                uri.host = input.substring(p - 1, q + 1);
                p = q + 1;
            } else {
                failExpecting("closing bracket for IPv6 address", q);
            }
        } else {
            q = parseIPv4Host(p, n);
            if (q <= p) {
                q = parseHostname(p, n);
            }
            p = q;
        }
        if (at(p, n, ':')) {
            p++;
            q = find(p, n, "/");
            if (q > p) {
                checkChars(p, q, LO_DIGIT, HI_DIGIT, "port number");
                try {
                    uri.port = Integer.parseInt(input, p, q, 10);
                } catch (NumberFormatException e) {
                    fail("Malformed port number", p);
                }
                p = q;
            }
        }
        if (p < n) {
            failExpecting("port number", p);
        }
        return p;
    }

    /** Past a decimal byte (at most 255) from p; p if there is none or it is too large. */
    private int scanByte(int p, int end) throws URISyntaxException {
        int q = span(p, end, LO_DIGIT, HI_DIGIT);
        if (q <= p) {
            return q;
        }
        if (Integer.parseInt(input, p, q, 10) > 255) {
            return p;
        }
        return q;
    }

    /**
     * Past a dotted-quad IPv4 address at p, or -1 if the chars there are not digits and dots
     * (or, when strict, do not reach end); fails if they are but do not form one.
     */
    private int scanIPv4(int start, int end, boolean strict) throws URISyntaxException {
        int p = start;
        int m = span(p, end, LO_DIGIT | LO_DOT, HI_DIGIT | HI_DOT);
        if (m <= p || (strict && m != end)) {
            return -1;
        }
        int q = p;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                q = skip(p, m, '.');
                if (q <= p) {
                    break;
                }
                p = q;
            }
            q = scanByte(p, m);
            if (q <= p) {
                break;
            }
            p = q;
            if (part == 3 && q >= m) {
                return q;
            }
        }
        fail("Malformed IPv4 address", q);
        return -1;
    }

    private int parseIPv4Host(int start, int n) {
        int p;
        try {
            p = scanIPv4(start, n, false);
        } catch (URISyntaxException | NumberFormatException e) {
            return -1;
        }
        if (p > start && p < n && input.charAt(p) != ':') {
            p = -1;
        }
        if (p > start) {
            uri.host = input.substring(start, p);
        }
        return p;
    }

    private int takeIPv4(int start, int end, String expected) throws URISyntaxException {
        int p = scanIPv4(start, end, true);
        if (p <= start) {
            failExpecting(expected, start);
        }
        return p;
    }

    /** hostname = *( domainlabel "." ) toplabel [ "." ]; labels of alphanumerics and inner dashes. */
    private int parseHostname(int start, int n) throws URISyntaxException {
        int p = start;
        int lastLabel = -1;
        do {
            int q = span(p, n, LO_ALPHANUM, HI_ALPHANUM);
            if (q <= p) {
                break;
            }
            lastLabel = p;
            p = q;
            q = span(p, n, LO_ALPHANUM | LO_DASH, HI_ALPHANUM | HI_DASH);
            if (q > p) {
                if (input.charAt(q - 1) == '-') {
                    fail("Illegal character in hostname", q - 1);
                }
                p = q;
            }
            q = skip(p, n, '.');
            if (q <= p) {
                break;
            }
            p = q;
        } while (p < n);
        if (p < n && !at(p, n, ':')) {
            fail("Illegal character in hostname", p);
        }
        if (lastLabel < 0) {
            failExpecting("hostname", start);
        }
        if (lastLabel > start && !match(input.charAt(lastLabel), LO_ALPHA, HI_ALPHA)) {
            fail("Illegal character in hostname", lastLabel);
        }
        uri.host = input.substring(start, p);
        return p;
    }

    // --- IPv6 (RFC 2373 text forms)

    private void parseIPv6(int start, int n) throws URISyntaxException {
        int p = start;
        boolean compressed = false;
        ipv6Bytes = 0;
        int q = scanHexSeq(p, n);
        if (q > p) {
            p = q;
            if (at(p, n, "::")) {
                compressed = true;
                p = scanHexPost(p + 2, n);
            } else if (at(p, n, ':')) {
                p = takeIPv4(p + 1, n, "IPv4 address");
                ipv6Bytes += 4;
            }
        } else if (at(p, n, "::")) {
            compressed = true;
            p = scanHexPost(p + 2, n);
        }
        if (p < n) {
            fail("Malformed IPv6 address", start);
        }
        if (ipv6Bytes > 16) {
            fail("IPv6 address too long", start);
        }
        if (!compressed && ipv6Bytes < 16) {
            fail("IPv6 address too short", start);
        }
        if (compressed && ipv6Bytes == 16) {
            fail("Malformed IPv6 address", start);
        }
    }

    private int scanHexPost(int start, int n) throws URISyntaxException {
        int p = start;
        if (p == n) {
            return p;
        }
        int q = scanHexSeq(p, n);
        if (q > p) {
            p = q;
            if (at(p, n, ':')) {
                p = takeIPv4(p + 1, n, "hex digits or IPv4 address");
                ipv6Bytes += 4;
            }
        } else {
            p = takeIPv4(p, n, "hex digits or IPv4 address");
            ipv6Bytes += 4;
        }
        return p;
    }

    /** hexseq = hex4 *( ":" hex4 ), stopping before "::" or an IPv4 tail; -1 if none. */
    private int scanHexSeq(int start, int n) throws URISyntaxException {
        int p = start;
        int q = span(p, n, LO_HEX, HI_HEX);
        if (q <= p || at(q, n, '.')) {
            return -1;
        }
        if (q > p + 4) {
            fail("IPv6 hexadecimal digit sequence too long", p);
        }
        ipv6Bytes += 2;
        p = q;
        while (p < n && at(p, n, ':') && !at(p + 1, n, ':')) {
            p++;
            q = span(p, n, LO_HEX, HI_HEX);
            if (q <= p) {
                failExpecting("digits for an IPv6 address", p);
            }
            if (at(q, n, '.')) {
                p--;
                break;
            }
            if (q > p + 4) {
                fail("IPv6 hexadecimal digit sequence too long", p);
            }
            ipv6Bytes += 2;
            p = q;
        }
        return p;
    }
}
