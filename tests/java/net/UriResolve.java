package net;

import java.net.URI;

public class UriResolve {
    static final String[] RFC2396 = {
        "g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s",
        ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
        "", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g",
        "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
        "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "//g/h?i#j", "#", "?",
        "a:b/c", "./a:b", "a/..", "%2e%2e/x", "mailto:x@y",
    };

    static final String[] NORMALIZE = {
        "", ".", "..", "./", "../", "/", "///", "/.", "/..", "/./", "/../", "a/b/../c", "a/./b", "a//b",
        "a///b/", "/a/b/c/../../d", "/a/../../b", "../a/../b", "a/../../b", "a/b/..", "a/b/.", "a/b/../",
        "./a:b", "a/../b:c", "./b:c/d", "x/../y:z/..", "/a/../b:c", "../../a/./b/", "a/.../b", "a/..b/./c",
        "http://h/a/./b/../c?q=./..#f/../", "http://h", "http://h/", "http://h//a//b", "mailto:a/../b",
        "file:///a/b/../../../c", "a/b/c/./../../g", "mid/content=5/../6", "/a/b/%2e%2e/c", "a:b/./c",
        "http://h/a/b/", "http://h/a/b/..", "//h/../x", "..//a", ".//a", "a/.//b", "a/..//b",
    };

    static final String[][] RELATIVIZE = {
        {"http://a/b/", "http://a/b/c/d"},
        {"http://a/b", "http://a/b/c/d"},
        {"http://a/b/c", "http://a/b/c"},
        {"http://a/b/c/", "http://a/b/c"},
        {"http://a/b/c", "http://a/b/c/"},
        {"http://a/b/", "http://a/x/y"},
        {"http://a/b/", "http://b/b/c"},
        {"http://a/b/", "https://a/b/c"},
        {"HTTP://a/b/", "http://a/b/c?q#f"},
        {"http://A/b/", "http://a/b/c"},
        {"http://a/b/./", "http://a/b/../b/c"},
        {"a/b/", "a/b/c/d"},
        {"a/b/", "/a/b/c"},
        {"", "x/y"},
        {"", ""},
        {"/", "/x"},
        {"mailto:a", "mailto:a/b"},
        {"http://a/b/", "mailto:x"},
        {"http://a/%7e/", "http://a/%7E/x"},
        {"http://u@a/b/", "http://a/b/c"},
        {"file:/tmp/", "file:/tmp/a%20b/c.txt"},
        {"http://a/b/c?q", "http://a/b/c?r#s"},
    };

    public static void main(String[] args) {
        URI base = URI.create("http://a/b/c/d;p?q");
        System.out.println("base " + base);
        for (String r : RFC2396) {
            URI child = URI.create(r);
            URI res = base.resolve(child);
            System.out.println(r + " -> " + res + " [path=" + res.getRawPath() + " ssp=" + res.getRawSchemeSpecificPart()
                    + " host=" + res.getHost() + " child=" + (res == child) + " base=" + (res == base) + "]");
        }
        URI[] bases = {
            URI.create("http://a/b/c/d;p?q#f"), URI.create("http://a"), URI.create("http://a/"), URI.create("a/b"),
            URI.create("/a/b"), URI.create("b"), URI.create(""), URI.create("mailto:x@y"),
            URI.create("http://u@h:8080/a%20b/c?x#y"), URI.create("file:/a/b"), URI.create("x:a/b"),
            URI.create("http://[::1]:81/d/e"), URI.create("s://reg_name/p/q"),
        };
        String[] children = {"", "#f", "#g", "?z", "g", "../g", "../../../x", "//h2/p", "/abs", "x:y", "./c:d",
            "%41/b%20c", "g?q#f", "."};
        for (URI b : bases) {
            for (String c : children) {
                try {
                    URI res = b.resolve(c);
                    System.out.println(b + " + " + c + " -> " + res + " (" + res.getRawSchemeSpecificPart() + ", "
                            + res.getSchemeSpecificPart() + ", " + res.getPath() + ", " + res.getAuthority() + ", "
                            + res.getPort() + ", " + res.hashCode() + ")");
                } catch (RuntimeException e) {
                    System.out.println(b + " + " + c + " -> " + e);
                }
            }
        }
        for (String n : NORMALIZE) {
            URI u = URI.create(n);
            URI v = u.normalize();
            System.out.println("normalize " + n + " -> " + v + " same=" + (u == v) + " path=" + v.getRawPath()
                    + " ssp=" + v.getRawSchemeSpecificPart() + " eq=" + u.equals(v));
        }
        for (String[] pair : RELATIVIZE) {
            URI b = URI.create(pair[0]);
            URI c = URI.create(pair[1]);
            URI r = b.relativize(c);
            System.out.println("relativize " + pair[0] + " " + pair[1] + " -> " + r + " same=" + (r == c) + " path="
                    + r.getRawPath() + " back=" + b.resolve(r));
        }
        try {
            base.resolve((URI) null);
        } catch (NullPointerException e) {
            System.out.println("resolve null: NPE");
        }
        try {
            base.resolve("a b");
        } catch (IllegalArgumentException e) {
            System.out.println("resolve bad: " + e.getMessage());
        }
        try {
            base.relativize(null);
        } catch (NullPointerException e) {
            System.out.println("relativize null: NPE");
        }
    }
}
