package net;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

public class UrlParse {
    static void dump(String label, URL u) {
        System.out.println(label + " -> " + u);
        System.out.println("  protocol=" + u.getProtocol() + " authority=" + u.getAuthority() + " userInfo="
                + u.getUserInfo() + " host=" + u.getHost() + " port=" + u.getPort() + " default=" + u.getDefaultPort());
        System.out.println("  file=" + u.getFile() + " path=" + u.getPath() + " query=" + u.getQuery() + " ref="
                + u.getRef());
        try {
            URI uri = u.toURI();
            System.out.println("  uri=" + uri + " host=" + uri.getHost() + " port=" + uri.getPort());
        } catch (Exception e) {
            System.out.println("  uri: " + e);
        }
    }

    static void parse(String spec) {
        try {
            dump(spec, new URL(spec));
        } catch (MalformedURLException e) {
            System.out.println(spec + " -> MalformedURLException: " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        String[] specs = {
            "http://example.com/", "http://example.com", "HTTP://Example.COM:8080/a/b?c=d#e", "https://u:p@h:443/x",
            "http://[::1]:8080/p", "http://[::1]/", "http://192.168.0.1/", "ftp://ftp.example.com/pub/file.txt",
            "file:/tmp/x", "file:///tmp/x", "file://host/tmp/x", "file:tmp/x", "file:", "mailto:a@b.com",
            "mailto:a@b.com?subject=hi", "jar:file:/tmp/x.jar!/a/b.class", "http://h/a b", "http://h/%zz",
            "http://h:/p", "http://h:abc/p", "http://h:-1/p", "http://h:99999/", "http://h?q", "http://h#r",
            "http://h/p?q?r#s#t", "  http://h/trim  ", "url:http://h/x", "URL:http://h/y", "http:/p", "http:p",
            "http://", "http:", "//h/p", "/p", "p", "", "foo://h/", "1http://h/", "http://u@h/", "http://@h/",
            "http://h/\u00e9", "http://h/a/./b/../c", "jrt:/java.base/java/lang/Object.class",
        };
        for (String s : specs) {
            parse(s);
        }
        URL base = new URL("http://a/b/c/d;p?q");
        String[] rel = {"g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./",
            "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..",
            "..g", "./../g", "./g/.", "g/./h", "g/../h", "http:g", "http://h2/x", "https:g", "ftp://f/x", "mailto:m"};
        for (String r : rel) {
            try {
                dump("base + " + r, new URL(base, r));
            } catch (MalformedURLException e) {
                System.out.println("base + " + r + " -> MalformedURLException: " + e.getMessage());
            }
        }
        URL fbase = new URL("file:/tmp/dir/f.txt");
        for (String r : new String[] {"g", "../g", "/abs", "#r", "?q", "sub/x.txt", "file:other"}) {
            dump("fbase + " + r, new URL(fbase, r));
        }
        dump("4-arg", new URL("http", "h", 81, "/p?q#r"));
        dump("4-arg ipv6", new URL("http", "::1", -1, "/p"));
        dump("3-arg", new URL("https", "h", "/x"));
        dump("4-arg empty", new URL("file", "", -1, "/tmp/x"));
        dump("4-arg upper", new URL("HTTP", "H", 80, "x"));
        for (Object[] a : new Object[][] {{"http", "h", -2, "/"}, {"nope", "h", 1, "/"}}) {
            try {
                new URL((String) a[0], (String) a[1], (Integer) a[2], (String) a[3]);
            } catch (MalformedURLException e) {
                System.out.println("4-arg " + a[0] + " " + a[2] + " -> " + e.getMessage());
            }
        }
        URL x = new URL("http://127.0.0.1/a#f");
        URL y = new URL("http://127.0.0.1:80/a#g");
        URL z = new URL("http://127.0.0.1/a#f");
        System.out.println(x.sameFile(y) + " " + x.equals(y) + " " + x.equals(z) + " " + (x.hashCode() == z.hashCode()));
        System.out.println(new URL("http://127.0.0.1/a").hashCode() + " " + new URL("file:/tmp/x").hashCode());
        System.out.println(URI.create("http://h/a%20b?c=%41#f").toURL() + " " + URI.create("file:/tmp/x").toURL().getPath());
    }
}
