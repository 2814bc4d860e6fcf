package net;

import java.net.URI;
import java.net.URISyntaxException;

public class UriBuild {
    static String show(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    interface Maker {
        URI make() throws URISyntaxException;
    }

    static void t(String label, Maker m) {
        try {
            URI u = m.make();
            System.out.println(label + " -> " + show(u.toString()) + " ascii=" + show(u.toASCIIString()));
            System.out.println("   auth=" + show(u.getRawAuthority()) + " host=" + show(u.getHost()) + " port="
                    + u.getPort() + " ui=" + show(u.getRawUserInfo()) + " path=" + show(u.getRawPath()) + "/"
                    + show(u.getPath()) + " q=" + show(u.getRawQuery()) + "/" + show(u.getQuery()) + " f="
                    + show(u.getRawFragment()) + "/" + show(u.getFragment()) + " ssp=" + show(u.getRawSchemeSpecificPart())
                    + "/" + show(u.getSchemeSpecificPart()));
        } catch (URISyntaxException e) {
            System.out.println(label + " -> URISyntaxException " + show(e.getMessage()) + " index=" + e.getIndex());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + " " + show(e.getMessage()));
        }
    }

    public static void main(String[] args) {
        // seven arguments: scheme, userInfo, host, port, path, query, fragment
        t("7a", () -> new URI("http", "user:pw", "example.com", 8080, "/a b/c", "q=a b&c=%", "frag ment"));
        t("7b", () -> new URI("http", null, "::1", -1, "/x", null, null));
        t("7c", () -> new URI("http", null, "[::1]", 80, "/x", null, null));
        t("7d", () -> new URI("http", null, "host", -1, "rel", null, null));
        t("7e", () -> new URI(null, null, null, -1, "rel/a b", null, null));
        t("7f", () -> new URI("http", "a@b c", "h", 1, null, null, null));
        t("7g", () -> new URI("http", null, "my_host", -1, "/", null, null));
        t("7h", () -> new URI("http", null, "h\u00e9", -1, "/", null, null));
        t("7i", () -> new URI("http", null, "h", -1, "/\u00e9t\u00e9 \u00a0\u2028/%41", "\u00e9=\u00e9", "\u00e9"));
        t("7j", () -> new URI("http", null, null, -1, "/p", "q", "f"));
        t("7k", () -> new URI("file", null, null, -1, "/tmp/a#b?c;d[e]", null, null));
        t("7l", () -> new URI("http", null, "h", -1, "/a\tb\u0000c\u007f", "[x]", "#"));
        t("7m", () -> new URI("1x", null, "h", -1, "/", null, null));
        t("7n", () -> new URI("http", null, "h", 70000, "/", null, null));
        t("7o", () -> new URI("http", null, "h", -5, "/", null, null));
        t("7p", () -> new URI(null, null, "h", -1, null, null, null));
        t("7q", () -> new URI(null, null, null, -1, null, null, null));
        t("7r", () -> new URI(null, null, null, -1, "a:b", null, null));
        t("7s", () -> new URI("s", null, null, -1, null, null, "f"));
        t("7t", () -> new URI("http", null, "fe80::1%eth0", -1, "/", null, null));
        t("7u", () -> new URI("http", null, "h", -1, "", "", ""));
        // five arguments: scheme, authority, path, query, fragment
        t("5a", () -> new URI("http", "user@host:80", "/p q", "a=b c", "f g"));
        t("5b", () -> new URI("http", "reg name", "/p", null, null));
        t("5c", () -> new URI("http", "my_host:80", "/p", null, null));
        t("5d", () -> new URI("http", "[::1]:80", "/p", null, null));
        t("5e", () -> new URI("http", "[::1]%x", "/p", null, null));
        t("5f", () -> new URI("http", "[noclose", "/p", null, null));
        t("5g", () -> new URI("http", "host%", "/p", null, null));
        t("5h", () -> new URI("http", "h", "rel", null, null));
        t("5i", () -> new URI(null, null, "a:b/c", null, null));
        t("5j", () -> new URI(null, "h", "p", null, null));
        t("5k", () -> new URI("x", null, null, "q", null));
        t("5l", () -> new URI(null, null, "", null, null));
        t("5m", () -> new URI("http", "h\u00e9", "/", null, null));
        // four arguments: scheme, host, path, fragment
        t("4a", () -> new URI("http", "example.com", "/docs/a b.html", "sec 2"));
        t("4b", () -> new URI("file", null, "/tmp/x y", null));
        t("4c", () -> new URI("http", "h", "p", null));
        t("4d", () -> new URI("http", "", "/p", null));
        // three arguments: scheme, scheme-specific part, fragment
        t("3a", () -> new URI("mailto", "a b@example.com", "x y"));
        t("3b", () -> new URI("http", "//h/p q?r s", null));
        t("3c", () -> new URI("http", "//[::1]:80/p q", null));
        t("3d", () -> new URI("http", "//[::1/p", null));
        t("3e", () -> new URI("http", "//[x]/p", null));
        t("3f", () -> new URI("urn", "isbn:\u00e9 %", "\u00e9"));
        t("3g", () -> new URI(null, "rel path", null));
        t("3h", () -> new URI("x", null, "f"));
        t("3i", () -> new URI("x", "", null));
        t("3j", () -> new URI(null, "a:b", null));
        t("3k", () -> new URI("tel", "+1 555", null));
        // string constructor with non-ASCII: the ASCII form is NFC + UTF-8
        t("s1", () -> new URI("http://h/e\u0301"));
        t("s2", () -> new URI("http://h/\ud83d\ude00?\u4e2d#\u00fc"));
        t("s3", () -> new URI("mailto:\u00fc@x"));
        t("s4", () -> new URI("http://u\u00e9@h/"));
        // create
        t("c1", () -> URI.create("http://h/ok"));
        t("c2", () -> URI.create("http://h/not ok"));
        try {
            URI.create("::");
        } catch (IllegalArgumentException e) {
            URISyntaxException cause = (URISyntaxException) e.getCause();
            System.out.println("create: " + e.getMessage() + " | " + cause.getReason() + " " + cause.getIndex());
        }
        // toURL
        String[] urls = {"http://h:81/a?b#c", "file:/tmp/x", "rel/x", "mailto:a@b", "jar:file:/x.jar!/a", "foo://h/"};
        for (String s : urls) {
            try {
                System.out.println("toURL " + s + " -> " + URI.create(s).toURL());
            } catch (Exception e) {
                System.out.println("toURL " + s + " -> " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
