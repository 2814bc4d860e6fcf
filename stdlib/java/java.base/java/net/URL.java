package java.net;

/**
 * A Uniform Resource Locator, parsed as the JDK's built-in protocol handlers parse it (http,
 * https, ftp, file, jar, mailto, jrt). Cortado opens no network connections: openStream reads
 * file: URLs (through the host's files, so the sandbox applies) and jar: URLs of class-path
 * jars. equals and hashCode compare numeric hosts by address and other hosts by name (the JDK
 * looks names up, and falls back to their names when that fails).
 */
public final class URL implements java.io.Serializable {
    private static final long serialVersionUID = -7627629688361524110L;

    private String protocol;
    private String host;
    private int port = -1;
    private String file;
    private transient String query;
    private String authority;
    private transient String path;
    private transient String userInfo;
    private String ref;
    /** The cached hash code, -1 until computed (serialized, as the JDK's). */
    private int hashCode = -1;

    public URL(String protocol, String host, int port, String file) throws MalformedURLException {
        protocol = protocol.toLowerCase();
        this.protocol = protocol;
        if (host != null) {
            if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
                host = "[" + host + "]";
            }
            this.host = host;
            if (port < -1) {
                throw new MalformedURLException("Invalid port number :" + port);
            }
            this.port = port;
            this.authority = port == -1 ? host : host + ":" + port;
        }
        int hash = file.indexOf('#');
        this.ref = hash < 0 ? null : file.substring(hash + 1);
        file = hash < 0 ? file : file.substring(0, hash);
        int q = file.lastIndexOf('?');
        if (q >= 0) {
            this.query = file.substring(q + 1);
            this.path = file.substring(0, q);
            this.file = path + "?" + query;
        } else {
            this.path = file;
            this.file = file;
        }
        checkProtocol(protocol);
        if (host != null) {
            checkHost(host, true);
        }
        if (protocol.equals("jar") && nestedJar(file)) {
            throw new MalformedURLException("Nested JAR URLs are not supported");
        }
    }

    /** Rejects a host with control characters (or, given as such, a slash) as the JDK does. */
    private static void checkHost(String host, boolean slash) throws MalformedURLException {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            String what = null;
            if (c == '\n') {
                what = "LF";
            } else if (c == '\r') {
                what = "CR";
            } else if (c < 0x20 || c == 0x7f) {
                what = "control char (code=" + (int) c + ")";
            } else if (c == '/' && slash) {
                what = "'/'";
            }
            if (what != null) {
                throw new MalformedURLException("Illegal character found in host: " + what);
            }
        }
    }

    public URL(String protocol, String host, String file) throws MalformedURLException {
        this(protocol, host, -1, file);
    }

    public URL(String spec) throws MalformedURLException {
        this(null, spec);
    }

    public URL(URL context, String spec) throws MalformedURLException {
        try {
            parse(context, spec);
        } catch (MalformedURLException e) {
            throw e;
        } catch (Exception e) {
            MalformedURLException m = new MalformedURLException(e.getMessage());
            m.initCause(e);
            throw m;
        }
    }

    private void parse(URL context, String spec) throws MalformedURLException {
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
        boolean refOnly = start < spec.length() && spec.charAt(start) == '#';
        String newProtocol = null;
        for (int i = start; !refOnly && i < limit; i++) {
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
        protocol = newProtocol;
        boolean relative = false;
        if (context != null && (newProtocol == null || newProtocol.equalsIgnoreCase(context.protocol))) {
            // a hierarchical context's own scheme in the spec is ignored (RFC 2396 5.2.3)
            if (context.path != null && context.path.startsWith("/")) {
                newProtocol = null;
            }
            if (newProtocol == null) {
                protocol = context.protocol;
                authority = context.authority;
                userInfo = context.userInfo;
                host = context.host;
                port = context.port;
                file = context.file;
                path = context.path;
                relative = true;
            }
        }
        if (protocol == null) {
            throw new MalformedURLException("no protocol: " + original);
        }
        checkProtocol(protocol);
        int hash = spec.indexOf('#', start);
        if (hash >= 0) {
            ref = spec.substring(hash + 1, limit);
            limit = hash;
        }
        if (relative && start == limit) {
            query = context.query;
            if (ref == null) {
                ref = context.ref;
            }
        }
        switch (protocol) {
            case "jar" -> UrlParsing.parseJar(this, spec, start, limit);
            case "mailto" -> UrlParsing.parseMailto(this, spec, start, limit);
            default -> UrlParsing.parseHierarchical(this, spec, start, limit);
        }
        if (host != null) {
            checkHost(host, false);
        }
    }

    /** Sets the parsed components (the file is the path and query). */
    void set(String host, int port, String authority, String userInfo, String path, String query, String ref) {
        this.host = host;
        this.port = port;
        this.file = query == null ? path : path + "?" + query;
        this.userInfo = userInfo;
        this.path = path;
        this.ref = ref;
        this.query = query;
        this.authority = authority;
    }

    /**
     * Sets host (possibly with user info), port and file, the query being what follows the
     * file's last '?'; an empty host means no authority.
     */
    void set(String host, int port, String file, String ref) {
        String auth = null;
        String ui = null;
        if (host != null && !host.isEmpty()) {
            auth = port == -1 ? host : host + ":" + port;
            int at = host.lastIndexOf('@');
            if (at >= 0) {
                ui = host.substring(0, at);
                host = host.substring(at + 1);
            }
        }
        String p = file;
        String q = null;
        if (file != null) {
            int mark = file.lastIndexOf('?');
            if (mark >= 0) {
                q = file.substring(mark + 1);
                p = file.substring(0, mark);
            }
        }
        set(host, port, auth, ui, p, q, ref);
    }

    static boolean nestedJar(String file) {
        return file.regionMatches(true, 0, "jar:", 0, 4);
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
        if (host == null || host.isEmpty()) {
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
        if (a.host != null && b.host != null) {
            return a.host.equalsIgnoreCase(b.host);
        }
        return a.host == null && b.host == null;
    }

    @Override
    public synchronized int hashCode() {
        if (hashCode != -1) {
            return hashCode;
        }
        int h = protocol.hashCode();
        if (protocol.equals("jar")) {
            // the jar handler's: the inner URL's hash plus the entry's, no fragment
            int bang = file.indexOf("!/");
            if (bang < 0) {
                h += file.hashCode();
            } else {
                String inner = file.substring(0, bang);
                try {
                    h += new URL(inner).hashCode();
                } catch (MalformedURLException e) {
                    h += inner.hashCode();
                }
                h += file.substring(bang + 2).hashCode();
            }
            hashCode = h;
            return h;
        }
        InetAddress address = literalAddress();
        if (address != null) {
            h += address.hashCode();
        } else if (host != null) {
            h += host.toLowerCase().hashCode();
        }
        if (file != null) {
            h += file.hashCode();
        }
        h += port == -1 ? getDefaultPort() : port;
        if (ref != null) {
            h += ref.hashCode();
        }
        hashCode = h;
        return h;
    }

    // --- serialization: the JDK's fields (protocol, host, port, file, authority, ref, hashCode)

    private synchronized void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        out.defaultWriteObject();
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        hashCode = -1;
        if (authority == null && ((host != null && !host.isEmpty()) || port != -1)) {
            if (host == null) {
                host = "";
            }
            authority = port == -1 ? host : host + ":" + port;
            int at = host.lastIndexOf('@');
            if (at >= 0) {
                userInfo = host.substring(0, at);
                host = host.substring(at + 1);
            }
        } else if (authority != null) {
            int at = authority.indexOf('@');
            if (at >= 0) {
                userInfo = authority.substring(0, at);
            }
        }
        path = null;
        query = null;
        if (file != null) {
            int q = file.lastIndexOf('?');
            if (q >= 0) {
                query = file.substring(q + 1);
                path = file.substring(0, q);
            } else {
                path = file;
            }
        }
    }

    public boolean sameFile(URL other) {
        if (protocol.equals("jar")) {
            return sameJarFile(other);
        }
        return genericSameFile(other);
    }

    /** The jar handler's: same entry in the same inner URL. */
    private boolean sameJarFile(URL other) {
        if (!other.protocol.equals("jar")) {
            return false;
        }
        int bang = file.indexOf("!/");
        int otherBang = other.file.indexOf("!/");
        if (bang < 0 || otherBang < 0) {
            return genericSameFile(other);
        }
        if (!file.substring(bang + 2).equals(other.file.substring(otherBang + 2))) {
            return false;
        }
        URL inner;
        URL otherInner;
        try {
            inner = new URL(file.substring(0, bang));
            otherInner = new URL(other.file.substring(0, otherBang));
        } catch (MalformedURLException e) {
            return genericSameFile(other);
        }
        return inner.genericSameFile(otherInner);
    }

    private boolean genericSameFile(URL other) {
        return protocol.equalsIgnoreCase(other.protocol) && hostsEqual(this, other)
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
        if (protocol.equals("file")) {
            return new java.io.FileInputStream(UrlParsing.decodePath(path));
        }
        if (spec.startsWith("jar:file:")) {
            int bang = spec.indexOf("!/");
            if (bang > 0) {
                byte[] bytes = readJarEntry0(spec.substring(9, bang), spec.substring(bang + 2));
                if (bytes != null) {
                    return new java.io.ByteArrayInputStream(bytes);
                }
                // A jar not on the class path: read through the host's files.
                String jarPath = UrlParsing.decodePath(spec.substring(9, bang));
                if (new java.io.File(jarPath).isFile()) {
                    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(jarPath)) {
                        java.util.zip.ZipEntry entry = jar.getEntry(spec.substring(bang + 2));
                        if (entry != null) {
                            try (java.io.InputStream in = jar.getInputStream(entry)) {
                                return new java.io.ByteArrayInputStream(in.readAllBytes());
                            }
                        }
                    }
                }
            }
            throw new java.io.FileNotFoundException(spec);
        }
        throw new UnknownServiceException("no content-type");
    }

    /**
     * A connection to the resource: file: URLs read the host's files; jar: URLs read entries
     * of class-path jars; other protocols fail to connect (Cortado opens no network
     * connections).
     */
    public URLConnection openConnection() throws java.io.IOException {
        if (protocol.equals("file") && (host == null || host.isEmpty() || host.equals("~")
                || host.equalsIgnoreCase("localhost"))) {
            return new sun.net.www.protocol.file.FileURLConnection(this, new java.io.File(UrlParsing.decodePath(path)));
        }
        return new UrlStreamConnection(this);
    }

    /** The bytes of an entry of a jar on the class path, or null. */
    private static native byte[] readJarEntry0(String jarPath, String entry);

    public String toExternalForm() {
        StringBuilder sb = new StringBuilder(protocol).append(':');
        if (authority != null && !authority.isEmpty()) {
            sb.append("//").append(authority);
        }
        if (path != null) {
            sb.append(path);
        }
        if (query != null) {
            sb.append('?').append(query);
        }
        if (ref != null) {
            sb.append('#').append(ref);
        }
        return sb.toString();
    }
}
