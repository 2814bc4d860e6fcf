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
            pth = rest;
            q = null;
        } else {
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
                    String ps = hp.substring(colon + 1);
                    hp = hp.substring(0, colon);
                    if (!ps.isEmpty()) {
                        for (int k = 0; k < ps.length(); k++) {
                            if (ps.charAt(k) < '0' || ps.charAt(k) > '9') {
                                throw new MalformedURLException("Error at index " + k + " in: \"" + ps + "\"");
                            }
                        }
                        try {
                            p = Integer.parseInt(ps);
                        } catch (NumberFormatException e) {
                            throw new MalformedURLException("For input string: \"" + ps + "\"");
                        }
                        if (p < 0) {
                            throw new MalformedURLException("Invalid port number :" + p);
                        }
                    }
                }
                h = hp;
                pth = "";
                q = null;
            }
            int qm = rest.indexOf('?');
            String newPath = qm >= 0 ? rest.substring(0, qm) : rest;
            if (qm == 0 && context != null) {
                int slash = pth.lastIndexOf('/');
                pth = slash >= 0 ? pth.substring(0, slash + 1) : pth;
            }
            if (qm >= 0) {
                q = rest.substring(qm + 1);
            } else if (!rest.isEmpty()) {
                q = null;
            }
            if (!newPath.isEmpty()) {
                if (newPath.charAt(0) == '/' || pth.isEmpty() && h.isEmpty()) {
                    pth = newPath;
                } else {
                    int slash = pth.lastIndexOf('/');
                    pth = (slash >= 0 ? pth.substring(0, slash + 1) : (h.isEmpty() ? "" : "/")) + newPath;
                }
                if (context != null) {
                    pth = normalize(pth);
                }
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

    private static String normalize(String path) {
        if (path.indexOf("/.") < 0) {
            return path;
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String s = parts[i];
            if (s.equals(".")) {
                if (i == parts.length - 1) {
                    out.add("");
                }
            } else if (s.equals("..")) {
                if (out.size() > 1) {
                    out.remove(out.size() - 1);
                }
                if (i == parts.length - 1) {
                    out.add("");
                }
            } else {
                out.add(s);
            }
        }
        return String.join("/", out);
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

    @Override
    public int hashCode() {
        int h = protocol.hashCode();
        h += host.toLowerCase().hashCode();
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
        return protocol.equals(other.protocol) && host.equalsIgnoreCase(other.host)
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
