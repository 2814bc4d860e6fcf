package java.net;

import static java.net.UriChars.*;

/**
 * A URI reference (RFC 2396, with RFC 2732's IPv6 literals), parsed as the JDK parses it.
 * Components are kept in their raw (escaped) form; the {@code get} methods without
 * {@code Raw} decode them. A URI with a scheme whose scheme-specific part does not start
 * with '/' is opaque (no authority, path or query); otherwise it is hierarchical.
 * Its serialized form is the JDK's: the string alone.
 */
public final class URI implements Comparable<URI>, java.io.Serializable {
    private static final long serialVersionUID = -6052424284110960213L;

    // The components, raw; set by UriParser or by normalize/resolve/relativize.
    transient String scheme;
    transient String fragment;
    transient String authority;
    transient String userInfo;
    transient String host;
    transient int port = -1;
    transient String path; // null if and only if opaque
    transient String query;
    transient volatile String schemeSpecificPart;
    private transient volatile int hash;
    private transient volatile String decodedUserInfo;
    private transient volatile String decodedAuthority;
    private transient volatile String decodedPath;
    private transient volatile String decodedQuery;
    private transient volatile String decodedFragment;
    private transient volatile String decodedSchemeSpecificPart;

    /** The string form, once known; the only serialized field. */
    volatile String string;

    private URI() {
    }

    public URI(String str) throws URISyntaxException {
        new UriParser(this, str).parse(false);
    }

    public URI(String scheme, String userInfo, String host, int port, String path, String query, String fragment)
            throws URISyntaxException {
        String s = build(scheme, null, null, userInfo, host, port, path, query, fragment);
        checkPath(s, scheme, path);
        new UriParser(this, s).parse(true);
    }

    public URI(String scheme, String authority, String path, String query, String fragment) throws URISyntaxException {
        String s = build(scheme, null, authority, null, null, -1, path, query, fragment);
        checkPath(s, scheme, path);
        new UriParser(this, s).parse(false);
    }

    public URI(String scheme, String host, String path, String fragment) throws URISyntaxException {
        this(scheme, null, host, -1, path, null, fragment);
    }

    public URI(String scheme, String ssp, String fragment) throws URISyntaxException {
        new UriParser(this, build(scheme, ssp, null, null, null, -1, null, null, fragment)).parse(false);
    }

    public static URI create(String str) {
        try {
            return new URI(str);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void checkPath(String s, String scheme, String path) throws URISyntaxException {
        if (scheme != null && path != null && !path.isEmpty() && path.charAt(0) != '/') {
            throw new URISyntaxException(s, "Relative path in absolute URI");
        }
    }

    /**
     * Parses a registry-based authority as a server (user info, host, port), failing with the
     * reason it is not one. Returns this URI, whose host and port are then known.
     */
    public URI parseServerAuthority() throws URISyntaxException {
        if (host != null || authority == null) {
            return this;
        }
        new UriParser(this, toString()).parse(true);
        return this;
    }

    // --- the string built from components (the multi-argument constructors)

    private static String build(String scheme, String opaque, String authority, String userInfo, String host,
            int port, String path, String query, String fragment) {
        StringBuilder sb = new StringBuilder();
        if (scheme != null) {
            sb.append(scheme).append(':');
        }
        appendSchemeSpecificPart(sb, opaque, authority, userInfo, host, port, path, query);
        if (fragment != null) {
            sb.append('#').append(quote(fragment, LO_URIC, HI_URIC));
        }
        return sb.toString();
    }

    private static void appendSchemeSpecificPart(StringBuilder sb, String opaque, String authority, String userInfo,
            String host, int port, String path, String query) {
        if (opaque != null) {
            // an IPv6 literal at the start stays unquoted
            if (opaque.startsWith("//[")) {
                int close = opaque.indexOf(']');
                if (close >= 0 && opaque.indexOf(':') >= 0) {
                    sb.append(opaque, 0, close + 1);
                    sb.append(quote(opaque.substring(close + 1), LO_URIC, HI_URIC));
                }
            } else {
                sb.append(quote(opaque, LO_URIC, HI_URIC));
            }
            return;
        }
        appendAuthority(sb, authority, userInfo, host, port);
        if (path != null) {
            sb.append(quote(path, LO_PATH, HI_PATH));
        }
        if (query != null) {
            sb.append('?').append(quote(query, LO_URIC, HI_URIC));
        }
    }

    private static void appendHost(StringBuilder sb, String host) {
        boolean brackets = host.indexOf(':') >= 0 && !host.startsWith("[") && !host.endsWith("]");
        if (brackets) {
            sb.append('[');
        }
        sb.append(host);
        if (brackets) {
            sb.append(']');
        }
    }

    private static void appendAuthority(StringBuilder sb, String authority, String userInfo, String host, int port) {
        if (host != null) {
            sb.append("//");
            if (userInfo != null) {
                sb.append(quote(userInfo, LO_USERINFO, HI_USERINFO)).append('@');
            }
            appendHost(sb, host);
            if (port != -1) {
                sb.append(':').append(port);
            }
        } else if (authority != null) {
            sb.append("//");
            String rest = authority;
            if (authority.startsWith("[")) {
                int close = authority.indexOf(']');
                if (close >= 0 && authority.indexOf(':') >= 0) {
                    sb.append(authority, 0, close + 1);
                    rest = authority.substring(close + 1);
                }
            }
            sb.append(quote(rest, LO_REG_NAME | LO_SERVER, HI_REG_NAME | HI_SERVER));
        }
    }

    // --- components

    public String getScheme() {
        return scheme;
    }

    public boolean isAbsolute() {
        return scheme != null;
    }

    public boolean isOpaque() {
        return path == null;
    }

    public String getRawSchemeSpecificPart() {
        String ssp = schemeSpecificPart;
        if (ssp == null) {
            // a URI made by normalize, resolve or relativize: the middle of its string form
            String s = toString();
            int start = scheme == null ? 0 : scheme.length() + 1;
            int end = fragment == null ? s.length() : s.length() - fragment.length() - 1;
            schemeSpecificPart = ssp = s.substring(start, end);
        }
        return ssp;
    }

    public String getSchemeSpecificPart() {
        String s = decodedSchemeSpecificPart;
        if (s == null) {
            decodedSchemeSpecificPart = s = decode(getRawSchemeSpecificPart(), true);
        }
        return s;
    }

    public String getRawAuthority() {
        return authority;
    }

    public String getAuthority() {
        String s = decodedAuthority;
        if (s == null && authority != null) {
            decodedAuthority = s = decode(authority, true);
        }
        return s;
    }

    public String getRawUserInfo() {
        return userInfo;
    }

    public String getUserInfo() {
        String s = decodedUserInfo;
        if (s == null && userInfo != null) {
            decodedUserInfo = s = decode(userInfo, true);
        }
        return s;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String getRawPath() {
        return path;
    }

    public String getPath() {
        String s = decodedPath;
        if (s == null && path != null) {
            decodedPath = s = decode(path, true);
        }
        return s;
    }

    public String getRawQuery() {
        return query;
    }

    public String getQuery() {
        String s = decodedQuery;
        if (s == null && query != null) {
            decodedQuery = s = decode(query, false);
        }
        return s;
    }

    public String getRawFragment() {
        return fragment;
    }

    public String getFragment() {
        String s = decodedFragment;
        if (s == null && fragment != null) {
            decodedFragment = s = decode(fragment, false);
        }
        return s;
    }

    // --- string forms

    @Override
    public String toString() {
        String s = string;
        if (s == null) {
            string = s = defineString();
        }
        return s;
    }

    private String defineString() {
        StringBuilder sb = new StringBuilder();
        if (scheme != null) {
            sb.append(scheme).append(':');
        }
        if (isOpaque()) {
            sb.append(schemeSpecificPart);
        } else {
            if (host != null) {
                sb.append("//");
                if (userInfo != null) {
                    sb.append(userInfo).append('@');
                }
                appendHost(sb, host);
                if (port != -1) {
                    sb.append(':').append(port);
                }
            } else if (authority != null) {
                sb.append("//").append(authority);
            }
            sb.append(path);
            if (query != null) {
                sb.append('?').append(query);
            }
        }
        if (fragment != null) {
            sb.append('#').append(fragment);
        }
        return sb.toString();
    }

    /** The string form with every non-ASCII character as escaped UTF-8 (of its NFC form). */
    public String toASCIIString() {
        return toAscii(toString());
    }

    public URL toURL() throws MalformedURLException {
        if (!isAbsolute()) {
            throw new IllegalArgumentException("URI is not absolute");
        }
        return new URL(toString());
    }

    // --- normalization, resolution, relativization (RFC 2396 section 5.2)

    public URI normalize() {
        if (isOpaque() || path.isEmpty()) {
            return this;
        }
        String np = UriPaths.normalize(path, false);
        if (np == path) {
            return this;
        }
        URI v = new URI();
        v.scheme = scheme;
        v.fragment = fragment;
        v.authority = authority;
        v.userInfo = userInfo;
        v.host = host;
        v.port = port;
        v.path = np;
        v.query = query;
        return v;
    }

    public URI resolve(URI child) {
        if (child.isOpaque() || isOpaque()) {
            return child;
        }
        // a lone fragment refers to this document
        if (child.scheme == null && child.authority == null && child.path.isEmpty() && child.fragment != null
                && child.query == null) {
            if (fragment != null && child.fragment.equals(fragment)) {
                return this;
            }
            URI r = new URI();
            r.scheme = scheme;
            r.authority = authority;
            r.userInfo = userInfo;
            r.host = host;
            r.port = port;
            r.path = path;
            r.query = query;
            r.fragment = child.fragment;
            return r;
        }
        if (child.scheme != null) {
            return child;
        }
        URI r = new URI();
        r.scheme = scheme;
        r.query = child.query;
        r.fragment = child.fragment;
        if (child.authority == null) {
            r.authority = authority;
            r.userInfo = userInfo;
            r.host = host;
            r.port = port;
            if (!child.path.isEmpty() && child.path.charAt(0) == '/') {
                r.path = child.path;
            } else {
                r.path = UriPaths.resolve(path, child.path, isAbsolute());
            }
        } else {
            r.authority = child.authority;
            r.userInfo = child.userInfo;
            r.host = child.host;
            r.port = child.port;
            r.path = child.path;
        }
        return r;
    }

    public URI resolve(String str) {
        return resolve(URI.create(str));
    }

    public URI relativize(URI child) {
        if (child.isOpaque() || isOpaque()) {
            return child;
        }
        if (!equalIgnoringCase(scheme, child.scheme) || !equalEscaped(authority, child.authority)) {
            return child;
        }
        String bp = UriPaths.normalize(path, false);
        String cp = UriPaths.normalize(child.path, false);
        if (!bp.equals(cp)) {
            if (!bp.endsWith("/")) {
                bp = bp + "/";
            }
            if (!cp.startsWith(bp)) {
                return child;
            }
        }
        URI v = new URI();
        v.path = cp.substring(bp.length());
        v.query = child.query;
        v.fragment = child.fragment;
        return v;
    }

    // --- comparison

    private static int lower(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static int upper(char c) {
        return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
    }

    /** Equal, with the hex digits of escapes compared without case. */
    private static boolean equalEscaped(String s, String t) {
        if (s == t) {
            return true;
        }
        if (s == null || t == null || s.length() != t.length()) {
            return false;
        }
        if (s.indexOf('%') < 0) {
            return s.equals(t);
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            char d = t.charAt(i);
            if (c != '%') {
                if (c != d) {
                    return false;
                }
                i++;
                continue;
            }
            if (d != '%') {
                return false;
            }
            for (int k = i + 1; k < i + 3 && k < n; k++) {
                if (lower(s.charAt(k)) != lower(t.charAt(k))) {
                    return false;
                }
            }
            i += 3;
        }
        return true;
    }

    private static boolean equalIgnoringCase(String s, String t) {
        if (s == t) {
            return true;
        }
        if (s == null || t == null || s.length() != t.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (lower(s.charAt(i)) != lower(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof URI)) {
            return false;
        }
        URI that = (URI) obj;
        if (isOpaque() != that.isOpaque() || !equalIgnoringCase(scheme, that.scheme)
                || !equalEscaped(fragment, that.fragment)) {
            return false;
        }
        if (isOpaque()) {
            return equalEscaped(schemeSpecificPart, that.schemeSpecificPart);
        }
        if (!equalEscaped(path, that.path) || !equalEscaped(query, that.query)) {
            return false;
        }
        if (authority == that.authority) {
            return true;
        }
        if (host != null) {
            return equalEscaped(userInfo, that.userInfo) && equalIgnoringCase(host, that.host) && port == that.port;
        }
        if (authority != null) {
            return equalEscaped(authority, that.authority);
        }
        return false;
    }

    private static int hash(int h, String s) {
        if (s == null) {
            return h;
        }
        if (s.indexOf('%') < 0) {
            return h * 127 + s.hashCode();
        }
        // escapes hash as upper case
        int sh = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sh = 31 * sh + c;
            if (c == '%') {
                for (int k = i + 1; k < i + 3 && k < s.length(); k++) {
                    sh = 31 * sh + upper(s.charAt(k));
                }
                i += 2;
            }
        }
        return h * 127 + sh;
    }

    private static int hashIgnoringCase(int h, String s) {
        if (s == null) {
            return h;
        }
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + lower(s.charAt(i));
        }
        return h;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = hashIgnoringCase(0, scheme);
            h = hash(h, fragment);
            if (isOpaque()) {
                h = hash(h, schemeSpecificPart);
            } else {
                h = hash(h, path);
                h = hash(h, query);
                if (host != null) {
                    h = hash(h, userInfo);
                    h = hashIgnoringCase(h, host);
                    h += 1949 * port;
                } else {
                    h = hash(h, authority);
                }
            }
            hash = h;
        }
        return h;
    }

    private static int compare(String s, String t) {
        if (s == t) {
            return 0;
        }
        if (s == null) {
            return -1;
        }
        if (t == null) {
            return 1;
        }
        // the hex digits of escapes compare without case
        int sn = s.length();
        int tn = t.length();
        int n = Math.min(sn, tn);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            char d = t.charAt(i);
            if (c == '%' && d == '%' && i + 2 < sn && i + 2 < tn) {
                for (int k = i + 1; k <= i + 2; k++) {
                    int diff = lower(s.charAt(k)) - lower(t.charAt(k));
                    if (diff != 0) {
                        return diff;
                    }
                }
                i += 3;
                continue;
            }
            if (c != d) {
                return c - d;
            }
            i++;
        }
        return sn - tn;
    }

    private static int compareIgnoringCase(String s, String t) {
        if (s == t) {
            return 0;
        }
        if (s == null) {
            return -1;
        }
        if (t == null) {
            return 1;
        }
        int n = Math.min(s.length(), t.length());
        for (int i = 0; i < n; i++) {
            int c = lower(s.charAt(i)) - lower(t.charAt(i));
            if (c != 0) {
                return c;
            }
        }
        return s.length() - t.length();
    }

    @Override
    public int compareTo(URI that) {
        int c = compareIgnoringCase(scheme, that.scheme);
        if (c != 0) {
            return c;
        }
        if (isOpaque()) {
            if (!that.isOpaque()) {
                return 1;
            }
            c = compare(schemeSpecificPart, that.schemeSpecificPart);
            return c != 0 ? c : compare(fragment, that.fragment);
        }
        if (that.isOpaque()) {
            return -1;
        }
        if (host != null && that.host != null) {
            if ((c = compare(userInfo, that.userInfo)) != 0) {
                return c;
            }
            if ((c = compareIgnoringCase(host, that.host)) != 0) {
                return c;
            }
            if ((c = port - that.port) != 0) {
                return c;
            }
        } else if ((c = compare(authority, that.authority)) != 0) {
            return c;
        }
        if ((c = compare(path, that.path)) != 0) {
            return c;
        }
        if ((c = compare(query, that.query)) != 0) {
            return c;
        }
        return compare(fragment, that.fragment);
    }

    // --- serialization: the string alone, parsed again when read

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        toString();
        out.defaultWriteObject();
    }

    private void readObject(java.io.ObjectInputStream in) throws ClassNotFoundException, java.io.IOException {
        port = -1;
        in.defaultReadObject();
        try {
            new UriParser(this, string).parse(false);
        } catch (URISyntaxException e) {
            java.io.InvalidObjectException ioe = new java.io.InvalidObjectException("Invalid URI");
            ioe.initCause(e);
            throw ioe;
        }
    }
}
