package java.net;

import java.util.ArrayList;

/**
 * URI path normalization and relative resolution (RFC 2396 section 5.2, as the JDK does it):
 * a normal path has no empty segments ("//"), no "." segments and no ".." segment preceded by
 * a segment other than ".."; a trailing slash is kept, and a relative path whose first
 * segment would read as a scheme gets a leading "./".
 */
final class UriPaths {
    private UriPaths() {
    }

    private static boolean isDots(String path, int start, int end) {
        int len = end - start;
        return (len == 1 || len == 2) && path.charAt(start) == '.' && (len == 1 || path.charAt(start + 1) == '.');
    }

    /** Whether the path has repeated slashes or a "." or ".." segment. */
    private static boolean needsNormalization(String path) {
        int n = path.length();
        int p = 0;
        while (p < n && path.charAt(p) == '/') {
            p++;
        }
        if (p > 1) {
            return true;
        }
        while (p < n) {
            int end = path.indexOf('/', p);
            if (end < 0) {
                end = n;
            }
            if (isDots(path, p, end)) {
                return true;
            }
            p = end;
            if (p < n) {
                p++;
                if (p < n && path.charAt(p) == '/') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The normal form of path; path itself (the same object) if it is normal already. */
    static String normalize(String path, boolean removeLeadingDots) {
        if (!needsNormalization(path)) {
            return path;
        }
        int n = path.length();
        boolean absolute = n > 0 && path.charAt(0) == '/';
        // segments, each with whether a slash followed it
        ArrayList<String> segs = new ArrayList<>();
        ArrayList<Boolean> slashAfter = new ArrayList<>();
        int p = 0;
        while (p < n && path.charAt(p) == '/') {
            p++;
        }
        while (p < n) {
            int end = path.indexOf('/', p);
            if (end < 0) {
                end = n;
            }
            segs.add(path.substring(p, end));
            slashAfter.add(end < n);
            p = end;
            while (p < n && path.charAt(p) == '/') {
                p++;
            }
        }
        int ns = segs.size();
        boolean[] removed = new boolean[ns];
        for (int i = 0; i < ns; i++) {
            String s = segs.get(i);
            if (s.equals(".")) {
                removed[i] = true;
            } else if (s.equals("..")) {
                int j = i - 1;
                while (j >= 0 && removed[j]) {
                    j--;
                }
                if (j >= 0) {
                    if (!segs.get(j).equals("..")) {
                        removed[i] = true;
                        removed[j] = true;
                    }
                } else if (removeLeadingDots) {
                    removed[i] = true;
                }
            }
        }
        StringBuilder sb = new StringBuilder(n);
        if (absolute) {
            sb.append('/');
        } else {
            // a first segment with a colon must not read as a scheme
            int first = 0;
            while (first < ns && removed[first]) {
                first++;
            }
            if (first > 0 && first < ns && segs.get(first).indexOf(':') >= 0) {
                sb.append("./");
            }
        }
        for (int i = 0; i < ns; i++) {
            if (!removed[i]) {
                sb.append(segs.get(i));
                if (slashAfter.get(i)) {
                    sb.append('/');
                }
            }
        }
        String s = sb.toString();
        return s.equals(path) ? path : s;
    }

    /** The child path resolved against the base path (RFC 2396 5.2 step 6). */
    static String resolve(String base, String child, boolean absolute) {
        int slash = base.lastIndexOf('/');
        String merged;
        if (child.isEmpty()) {
            merged = slash >= 0 ? base.substring(0, slash + 1) : "";
        } else if (slash >= 0 || !absolute) {
            merged = base.substring(0, slash + 1).concat(child);
        } else {
            merged = "/".concat(child);
        }
        return normalize(merged, false);
    }
}
