package java.net;

/**
 * A Uniform Resource Locator. Cortado parses and prints URLs of the protocols the JDK knows
 * (http, https, ftp, file, jar, mailto); it does not open connections.
 */
public final class URL implements java.io.Serializable {
    private static final long serialVersionUID = -7627629688361524110L;

    private final String protocol;
    private final String host;
    private final int port;
    private final String file;
    private final String query;
    private final String authority;
    private final String path;
    private final String userInfo;
    private final String ref;

    public URL(String protocol, String host, int port, String file) throws MalformedURLException {
        if (port < -1) {
            throw new MalformedURLException("Invalid port number :" + port);
        }
        protocol = protocol.toLowerCase();
        checkProtocol(protocol);
        if (host != null && host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        this.protocol = protocol;
        this.host = host == null ? "" : host;
        this.port = port;
        String f = file;
        String r = null;
        int hash = f.indexOf('#');
        if (hash >= 0) {
            r = f.substring(hash + 1);
            f = f.substring(0, hash);
        }
        this.ref = r;
        int q = f.lastIndexOf('?');
        if (q >= 0) {
            this.query = f.substring(q + 1);
            this.path = f.substring(0, q);
        } else {
            this.query = null;
            this.path = f;
        }
        this.file = f;
        this.userInfo = null;
        this.authority = host == null ? null : (port == -1 ? this.host : this.host + ":" + port);
    }

    public URL(String protocol, String host, String file) throws MalformedURLException {
        this(protocol, host, -1, file);
    }

    public URL(String spec) throws MalformedURLException {
        this(null, spec);
    }

    public URL(URL context, String spec) throws MalformedURLException {
        String original = spec;
        int limit = spec.length();
        while (limit > 0 && spec.charAt(limit - 1) <= ' ') {
            limit--;
        }
        int start = 0;
        while (start < limit && spec.charAt(start) <= ' ') {
            start++;
        }
        if (spec.regionMatches(true, start, "url:", 0, 4)) {
            start += 4;
        }
        String newProtocol = null;
        for (int i = start; i < limit; i++) {
            char c = spec.charAt(i);
            if (c == '/') {
                break;
            }
            if (c == ':') {
                String s = spec.substring(start, i).toLowerCase();
                if (isValidProtocol(s)) {
                    newProtocol = s;
                    start = i + 1;
                }
                break;
            }
        }
        String proto = newProtocol;
        if (context != null && (proto == null || proto.equals(context.protocol))) {
            proto = context.protocol;
        } else {
            context = null;
        }
        if (proto == null) {
            throw new MalformedURLException("no protocol: " + original);
        }
        checkProtocol(proto);
        this.protocol = proto;

        String rest = spec.substring(start, limit);
        String r = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            r = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String h = context != null ? context.host : "";
        int p = context != null ? context.port : -1;
        String auth = context != null ? context.authority : null;
        String ui = context != null ? context.userInfo : null;
        String pth = context != null ? context.path : "";
        String q = context != null ? context.query : null;
        boolean opaque = proto.equals("mailto");
        if (opaque) {
            // the file is everything; the query is what follows its last '?'
            int last = rest.lastIndexOf('?');
            pth = last >= 0 ? rest.substring(0, last) : rest;
            q = last >= 0 ? rest.substring(last + 1) : null;
        } else {
            boolean queryOnly = rest.startsWith("?");
            if (rest.startsWith("//")) {
                int end = 2;
                while (end < rest.length() && "/?".indexOf(rest.charAt(end)) < 0) {
                    end++;
                }
                auth = rest.substring(2, end);
                rest = rest.substring(end);
                String hp = auth;
                ui = null;
                int at = hp.lastIndexOf('@');
                if (at >= 0) {
                    ui = hp.substring(0, at);
                    hp = hp.substring(at + 1);
                }
                p = -1;
                int colon = hp.startsWith("[") ? hp.indexOf(':', Math.max(hp.indexOf(']'), 0)) : hp.indexOf(':');
                if (colon >= 0) {
                    if (hp.length() > colon + 1) {
                        try {
                            p = Integer.parseInt(hp, colon + 1, hp.length(), 10);
                        } catch (NumberFormatException e) {
                            throw new MalformedURLException(e.getMessage());
                        }
                        if (p < -1) {
                            throw new MalformedURLException("Invalid port number :" + p);
                        }
                    }
                    hp = hp.substring(0, colon);
                }
                h = hp;
                pth = "";
                q = null;
            }
            int qm = rest.indexOf('?');
            String newPath = qm >= 0 ? rest.substring(0, qm) : rest;
            boolean merged = false;
            if (!newPath.isEmpty()) {
                if (newPath.charAt(0) == '/') {
                    pth = newPath;
                } else if (pth != null && !pth.isEmpty()) {
                    merged = true;
                    int slash = pth.lastIndexOf('/');
                    pth = pth.substring(0, slash + 1) + (slash < 0 && auth != null ? "/" : "") + newPath;
                } else {
                    pth = auth != null ? "/" + newPath : newPath;
                }
            } else if (queryOnly && pth != null) {
                pth = pth.substring(0, Math.max(pth.lastIndexOf('/'), 0)) + "/";
            }
            if (qm >= 0) {
                q = rest.substring(qm + 1);
            } else if (!rest.isEmpty()) {
                q = null;
            }
            if (merged) {
                pth = removeDots(pth);
            }
        }
        this.host = h == null ? "" : h;
        this.port = p;
        this.authority = auth;
        this.userInfo = ui;
        this.path = pth;
        this.query = q;
        this.file = q == null ? pth : pth + "?" + q;
        this.ref = r;
    }

    /**
     * Removes "." and "seg/.." segments from a merged relative path as the JDK's handlers do:
     * a ".." with nothing to cancel before it stays (so "/../g" is kept).
     */
    private static String removeDots(String path) {
        int i;
        while ((i = path.indexOf("/./")) >= 0) {
            path = path.substring(0, i) + path.substring(i + 2);
        }
        i = 0;
        while ((i = path.indexOf("/../", i)) >= 0) {
            int prev;
            if (i > 0 && (prev = path.lastIndexOf('/', i - 1)) >= 0 && path.indexOf("/../", prev) != 0) {
                path = path.substring(0, prev) + path.substring(i + 3);
                i = 0;
            } else {
                i += 3;
            }
        }
        while (path.endsWith("/..")) {
            i = path.indexOf("/..");
            int prev = path.lastIndexOf('/', i - 1);
            if (prev < 0) {
                break;
            }
            path = path.substring(0, prev + 1);
        }
        if (path.startsWith("./") && path.length() > 2) {
            path = path.substring(2);
        }
        if (path.endsWith("/.")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static boolean isValidProtocol(String protocol) {
        if (protocol.isEmpty() || !Character.isLetter(protocol.charAt(0))) {
            return false;
        }
        for (int i = 1; i < protocol.length(); i++) {
            char c = protocol.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '+' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static void checkProtocol(String protocol) throws MalformedURLException {
        switch (protocol) {
            case "http", "https", "ftp", "file", "jar", "mailto", "jrt" -> {
            }
            default -> throw new MalformedURLException("unknown protocol: " + protocol);
        }
    }

    public String getQuery() {
        return query;
    }

    public String getPath() {
        return path;
    }

    public String getUserInfo() {
        return userInfo;
    }

    public String getAuthority() {
        return authority;
    }

    public int getPort() {
        return port;
    }

    public int getDefaultPort() {
        switch (protocol) {
            case "http":
                return 80;
            case "https":
                return 443;
            case "ftp":
                return 21;
            default:
                return -1;
        }
    }

    public String getProtocol() {
        return protocol;
    }

    public String getHost() {
        return host;
    }

    public String getFile() {
        return file;
    }

    public String getRef() {
        return ref;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof URL)) {
            return false;
        }
        URL u = (URL) obj;
        return sameFile(u) && java.util.Objects.equals(ref, u.ref);
    }

    /**
     * The address of a numeric host (the JDK looks every host up; Cortado resolves no names
     * here, which is what the JDK falls back to when a lookup fails), or null.
     */
    private InetAddress literalAddress() {
        if (host.isEmpty()) {
            return null;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        byte[] bytes = InetAddress.parseNumeric(literal);
        return bytes == null ? null : InetAddress.of(null, bytes);
    }

    private static boolean hostsEqual(URL a, URL b) {
        InetAddress x = a.literalAddress();
        InetAddress y = b.literalAddress();
        if (x != null && y != null) {
            return x.equals(y);
        }
        return a.host.equalsIgnoreCase(b.host);
    }

    @Override
    public int hashCode() {
        int h = protocol.hashCode();
        InetAddress address = literalAddress();
        h += address != null ? address.hashCode() : host.toLowerCase().hashCode();
        if (file != null) {
            h += file.hashCode();
        }
        h += port == -1 ? getDefaultPort() : port;
        if (ref != null) {
            h += ref.hashCode();
        }
        return h;
    }

    public boolean sameFile(URL other) {
        return protocol.equals(other.protocol) && hostsEqual(this, other)
                && java.util.Objects.equals(file, other.file)
                && (port == -1 ? getDefaultPort() : port) == (other.port == -1 ? other.getDefaultPort() : other.port);
    }

    @Override
    public String toString() {
        return toExternalForm();
    }

    /** The URI of this URL's string form (which fails if it has characters a URI may not). */
    public URI toURI() throws URISyntaxException {
        return new URI(toString());
    }

    /**
     * The content of a file: URL (through the host's files, so the sandbox applies) or of a
     * jar: URL of a class-path jar; other protocols have no connections in Cortado.
     */
    public final java.io.InputStream openStream() throws java.io.IOException {
        String spec = toExternalForm();
        if (spec.startsWith("file:")) {
            return new java.io.FileInputStream(spec.substring(5));
        }
        if (spec.startsWith("jar:file:")) {
            int bang = spec.indexOf("!/");
            if (bang > 0) {
                byte[] bytes = readJarEntry0(spec.substring(9, bang), spec.substring(bang + 2));
                if (bytes != null) {
                    return new java.io.ByteArrayInputStream(bytes);
                }
            }
            throw new java.io.FileNotFoundException(spec);
        }
        throw new UnknownServiceException("no content-type");
    }

    /** The bytes of an entry of a jar on the class path, or null. */
    private static native byte[] readJarEntry0(String jarPath, String entry);

    public String toExternalForm() {
        StringBuilder sb = new StringBuilder(protocol).append(':');
        if (authority != null && !authority.isEmpty()) {
            sb.append("//").append(authority);
        }
        if (file != null) {
            sb.append(file);
        }
        if (ref != null) {
            sb.append('#').append(ref);
        }
        return sb.toString();
    }
}
