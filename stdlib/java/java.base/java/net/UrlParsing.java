package java.net;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The parsing of a URL spec after its protocol, as the JDK's protocol handlers do it: the
 * generic hierarchical one (http, https, ftp, file, jrt), jar: (whose file holds an inner URL
 * and an entry after "!/") and mailto: (an address, no fragment). The URL passed in carries
 * the context's components when the spec is relative; each method sets the result.
 */
final class UrlParsing {
    private UrlParsing() {
    }

    static void parseHierarchical(URL u, String spec, int start, int limit) {
        String authority = u.getAuthority();
        String userInfo = u.getUserInfo();
        String host = u.getHost();
        int port = u.getPort();
        String path = u.getPath();
        String query = u.getQuery();
        boolean relativePath = false;
        boolean queryOnly = false;
        if (start < limit) {
            int queryStart = spec.indexOf('?');
            queryOnly = queryStart == start;
            if (queryStart >= 0 && queryStart < limit) {
                query = spec.substring(queryStart + 1, limit);
                limit = queryStart;
                spec = spec.substring(0, queryStart);
            }
        }
        // "////x" (a UNC name) has no authority
        boolean unc = start <= limit - 4 && spec.startsWith("////", start);
        if (!unc && start <= limit - 2 && spec.startsWith("//", start)) {
            start += 2;
            int end = spec.indexOf('/', start);
            if (end < 0 || end > limit) {
                end = spec.indexOf('?', start);
                if (end < 0 || end > limit) {
                    end = limit;
                }
            }
            host = authority = spec.substring(start, end);
            int at = authority.indexOf('@');
            if (at >= 0) {
                if (at != authority.lastIndexOf('@')) {
                    // more than one '@': not a server
                    userInfo = null;
                    host = null;
                } else {
                    userInfo = authority.substring(0, at);
                    host = authority.substring(at + 1);
                }
            } else {
                userInfo = null;
            }
            if (host != null) {
                port = -1;
                if (!host.isEmpty() && host.charAt(0) == '[') {
                    int close = host.indexOf(']');
                    if (close <= 2) {
                        throw new IllegalArgumentException("Invalid authority field: " + authority);
                    }
                    String hostPort = host;
                    host = hostPort.substring(0, close + 1);
                    if (InetAddress.parseNumeric(host.substring(1, close)) == null
                            || host.indexOf(':') < 0) {
                        throw new IllegalArgumentException("Invalid host: " + host);
                    }
                    if (hostPort.length() > close + 1) {
                        if (hostPort.charAt(close + 1) != ':') {
                            throw new IllegalArgumentException("Invalid authority field: " + authority);
                        }
                        if (hostPort.length() > close + 2) {
                            port = Integer.parseInt(hostPort, close + 2, hostPort.length(), 10);
                        }
                    }
                } else {
                    int colon = host.indexOf(':');
                    if (colon >= 0) {
                        if (host.length() > colon + 1) {
                            port = Integer.parseInt(host, colon + 1, host.length(), 10);
                        }
                        host = host.substring(0, colon);
                    }
                }
            } else {
                host = "";
            }
            if (port < -1) {
                throw new IllegalArgumentException("Invalid port number :" + port);
            }
            start = end;
            // an authority in the spec brings its own path (RFC 2396 5.2.4)
            if (!authority.isEmpty()) {
                path = "";
            }
        }
        if (host == null) {
            host = "";
        }
        if (start < limit) {
            if (spec.charAt(start) == '/') {
                path = spec.substring(start, limit);
            } else if (path != null && !path.isEmpty()) {
                relativePath = true;
                int slash = path.lastIndexOf('/');
                String separator = slash < 0 && authority != null ? "/" : "";
                path = path.substring(0, slash + 1) + separator + spec.substring(start, limit);
            } else {
                path = spec.substring(start, limit);
                path = authority != null ? "/" + path : path;
            }
        } else if (queryOnly && path != null) {
            int slash = Math.max(path.lastIndexOf('/'), 0);
            path = path.substring(0, slash) + "/";
        }
        if (path == null) {
            path = "";
        }
        if (relativePath) {
            path = removeDots(path);
        }
        u.set(host, port, authority, userInfo, path, query, u.getRef());
    }

    /**
     * Removes "." and "seg/.." segments from a merged relative path as the JDK's generic
     * handler does: a ".." with nothing to cancel before it stays (so "/../g" is kept).
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

    static void parseMailto(URL u, String spec, int start, int limit) {
        String file = start < limit ? spec.substring(start, limit) : "";
        if (file.isBlank()) {
            throw new RuntimeException("No email address");
        }
        u.set("", u.getPort(), file, null);
    }

    /** The index of the '/' of the last "!/", or -1. */
    private static int bangSlash(String spec) {
        for (int i = spec.lastIndexOf('!'); i >= 0; i = spec.lastIndexOf('!', i - 1)) {
            if (i != spec.length() - 1 && spec.charAt(i + 1) == '/') {
                return i + 1;
            }
            if (i == 0) {
                break;
            }
        }
        return -1;
    }

    static void parseJar(URL u, String spec, int start, int limit) {
        String file = null;
        String ref = null;
        int refAt = spec.indexOf('#', limit);
        boolean refOnly = refAt == start;
        if (refAt >= 0) {
            ref = spec.substring(refAt + 1);
            if (refOnly) {
                file = u.getFile();
            }
        }
        boolean absolute = spec.length() >= 4 && spec.regionMatches(true, 0, "jar:", 0, 4);
        spec = spec.substring(start, limit);
        if (URL.nestedJar(spec)) {
            throw new NullPointerException("Nested JAR URLs are not supported");
        }
        if (absolute) {
            int slash = bangSlash(spec);
            if (slash < 0) {
                throw new NullPointerException("no !/ in spec");
            }
            try {
                new URL(spec.substring(0, slash - 1));
            } catch (MalformedURLException e) {
                throw new NullPointerException("invalid url: " + spec + " (" + e + ")");
            }
            file = spec;
        } else if (!refOnly) {
            String context = u.getFile();
            if (context == null) {
                // a context that is no jar: URL (the JDK's handler fails on it this way)
                throw new NullPointerException(spec.startsWith("/")
                        ? "Cannot invoke \"String.length()\" because \"spec\" is null"
                        : "Cannot invoke \"String.lastIndexOf(int)\" because \"ctxFile\" is null");
            }
            if (spec.startsWith("/")) {
                int slash = bangSlash(context);
                if (slash < 0) {
                    throw new NullPointerException("malformed context url:" + u + ": no !/");
                }
                context = context.substring(0, slash);
            }
            if (!context.endsWith("/") && !spec.startsWith("/")) {
                int last = context.lastIndexOf('/');
                if (last < 0) {
                    throw new NullPointerException("malformed context url:" + u);
                }
                context = context.substring(0, last + 1);
            }
            file = context + spec;
            int slash = bangSlash(file);
            file = file.substring(0, slash) + canonize(file.substring(slash));
        }
        u.set("", -1, file, ref);
    }

    /** Removes "." and "seg/.." segments of a jar entry name. */
    private static String canonize(String file) {
        int len = file.length();
        if (len == 0 || (file.indexOf("./") < 0 && file.charAt(len - 1) != '.')) {
            return file;
        }
        int i;
        while ((i = file.indexOf("/../")) >= 0) {
            int prev = file.lastIndexOf('/', i - 1);
            file = prev >= 0 ? file.substring(0, prev) + file.substring(i + 3) : file.substring(i + 3);
        }
        while ((i = file.indexOf("/./")) >= 0) {
            file = file.substring(0, i) + file.substring(i + 2);
        }
        while (file.endsWith("/..")) {
            i = file.indexOf("/..");
            int prev = file.lastIndexOf('/', i - 1);
            file = prev >= 0 ? file.substring(0, prev + 1) : file.substring(0, i);
        }
        if (file.endsWith("/.")) {
            file = file.substring(0, file.length() - 1);
        }
        return file;
    }

    /** A file URL's path with its %XX escapes decoded as UTF-8. */
    static String decodePath(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        StringBuilder sb = new StringBuilder(path.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < n && Character.digit(path.charAt(i + 1), 16) >= 0
                    && Character.digit(path.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(path.charAt(i + 1), 16) * 16 + Character.digit(path.charAt(i + 2), 16));
                i += 3;
                continue;
            }
            if (bytes.size() > 0) {
                sb.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            sb.append(c);
            i++;
        }
        if (bytes.size() > 0) {
            sb.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
