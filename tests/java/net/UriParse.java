package net;

import java.net.URI;
import java.net.URISyntaxException;

public class UriParse {
    static final String[] INPUTS = {
        "http://java.sun.com/j2se/1.3/",
        "docs/guide/collections/designfaq.html#28",
        "../../../demo/jfc/SwingSet2/src/SwingSet2.java",
        "file:///~/calendar",
        "mailto:a@b.com",
        "news:comp.lang.java",
        "urn:isbn:096139210x",
        "http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag",
        "http://[::1]:80/x",
        "http://[fe80::1%25eth0]/",
        "http://[fe80::1%eth0]/",
        "http://[1080:0:0:0:8:800:200C:417A]/index.html",
        "http://[::192.9.5.5]/ipng",
        "http://[::FFFF:129.144.52.38]:80/index.html",
        "http://[2010:836B:4179::836B:4179]",
        "http://[1:2:3:4:5:6:7:8]/",
        "http://[1:2:3:4:5:6:7]/",
        "http://[1:2:3:4:5:6:7:8:9]/",
        "http://[1::2::3]/",
        "http://[12345::]/",
        "http://[::1/",
        "http://[]/",
        "http://[::1%]/",
        "http://[1.2.3.4]/",
        "http://[::1.2.3]/",
        "http://[::1.2.3.400]/",
        "http://192.168.0.1:8080/",
        "http://192.168.0.256/",
        "http://1.2.3/",
        "http://1.2.3.4.5/",
        "http://a.b.c-d.com/",
        "http://a-.com/",
        "http://-a.com/",
        "http://a..b/",
        "http://my_host/path",
        "http://host:/path",
        "http://host:abc/path",
        "http://host:99999999999/",
        "http://host:65536/",
        "http://@host/",
        "http://u@/",
        "http://host.com./",
        "http://a b/",
        "http://ho%st/",
        "http://ho%41st/",
        "http:///path",
        "http://",
        "http:",
        "http:/",
        "http://host?q",
        "http://host#f",
        "//host/path",
        "///path",
        "/absolute/path?q#f",
        "relative",
        "",
        "#",
        "?",
        "#frag",
        "?query",
        ":nope",
        "1http://x/",
        "ht~tp://x/",
        "a+b-c.d:rest",
        "a/b:c",
        "a?b:c",
        "mailto:",
        "mailto:#f",
        "mailto:java-net@www.example.com",
        "mailto:a b@c",
        "http://host/a b",
        "http://host/a%20b",
        "http://host/a%2",
        "http://host/a%zz",
        "http://host/%C3%A9t%C3%A9",
        "http://host/\u00e9t\u00e9?\u00e9#\u00e9",
        "http://host/a\u00a0b",
        "http://host/a\u0085b",
        "http://host/?q=[1]",
        "http://host/[1]",
        "http://host/?a=%5B%41%5D&b=[%41]",
        "http://host/#[%41]",
        "http://host/a|b",
        "http://host/a^b",
        "http://host/a\"b",
        "http://host/a<b>",
        "http://host/a{b}",
        "http://host/a\\b",
        "http://host/a`b",
        "http://host/q?a b",
        "http://host/q#a b",
        "http://host/q#a#b",
        "http://x/y?z?w",
        "http://user@:80/",
        "http://user name@host/",
        "http://u%40v@host/",
        "http://a;b@host/",
        "http://host:8080:90/",
        "ftp://ftp.is.co.za/rfc/rfc1808.txt",
        "ldap://[2001:db8::7]/c=GB?objectClass?one",
        "tel:+1-816-555-1212",
        "telnet://192.0.2.16:80/",
        "urn:oasis:names:specification:docbook:dtd:xml:4.1.2",
        "jar:file:/tmp/x.jar!/a/b.class",
        "file:/C:/Program%20Files/",
        "file:C:/x",
        "s3://bucket_name/key",
        "git+ssh://git@github.com/a/b.git",
        "HTTP://EXAMPLE.com/",
        "x:/",
        "x://",
        "x:?q",
        "x:#f",
        "x:y#",
        "http://h/\u0001",
        "http://h/\u007f",
        "http://h/\u0080",
        "http://h/\u0081",
        "http://h/\u2028",
        "http://h/\ud83d\ude00",
        "http://\u00e9.com/",
        "http://h\u00e9/",
        "http://exa mple/",
        "http://[v1.x]/",
        "http://h/%",
        "http://h/p%",
        "http://h/?%4",
        "http://h/#%",
        "http://[::1]x/",
        "http://[::1]:x/",
        "http://[::1]:/",
        "http://[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210]:80/index.html",
        "http://[1:2:3:4:5:6:1.2.3.4]/",
        "http://[1:2:3:4:5:6:7:1.2.3.4]/",
        "http://[::ffff:1.2.3.4%x]/",
        "http://[fe80::1%eth0.1_a]/",
        "http://[fe80::1%eth-0]/",
        "http://[:1]/",
        "http://[1:]/",
        "http://[g::1]/",
    };

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

    static void dump(URI u) {
        System.out.println("  scheme=" + show(u.getScheme()) + " opaque=" + u.isOpaque() + " absolute=" + u.isAbsolute());
        System.out.println("  ssp=" + show(u.getRawSchemeSpecificPart()) + " / " + show(u.getSchemeSpecificPart()));
        System.out.println("  authority=" + show(u.getRawAuthority()) + " / " + show(u.getAuthority()));
        System.out.println("  userInfo=" + show(u.getRawUserInfo()) + " / " + show(u.getUserInfo()));
        System.out.println("  host=" + show(u.getHost()) + " port=" + u.getPort());
        System.out.println("  path=" + show(u.getRawPath()) + " / " + show(u.getPath()));
        System.out.println("  query=" + show(u.getRawQuery()) + " / " + show(u.getQuery()));
        System.out.println("  fragment=" + show(u.getRawFragment()) + " / " + show(u.getFragment()));
        System.out.println("  toString=" + show(u.toString()) + " ascii=" + show(u.toASCIIString()));
        System.out.println("  hash=" + u.hashCode() + " normalize=" + show(u.normalize().toString()));
    }

    public static void main(String[] args) {
        for (String s : INPUTS) {
            System.out.println(show(s));
            try {
                dump(new URI(s));
            } catch (URISyntaxException e) {
                System.out.println("  URISyntaxException: " + show(e.getMessage()));
                System.out.println("  reason=" + show(e.getReason()) + " index=" + e.getIndex() + " input=" + show(e.getInput()));
            }
            try {
                URI u = URI.create(s);
                URI p = u.parseServerAuthority();
                System.out.println("  server: host=" + show(p.getHost()) + " port=" + p.getPort() + " same=" + (p == u));
            } catch (IllegalArgumentException e) {
                System.out.println("  IAE: " + show(e.getMessage()) + " cause=" + e.getCause().getClass().getName());
            } catch (URISyntaxException e) {
                System.out.println("  server: " + show(e.getMessage()));
            }
        }
        try {
            new URI(null);
        } catch (NullPointerException e) {
            System.out.println("null: NPE");
        } catch (URISyntaxException e) {
            System.out.println("null: " + e);
        }
        URISyntaxException e = new URISyntaxException("in", "why");
        System.out.println(e.getMessage() + " " + e.getIndex() + " " + e);
        e = new URISyntaxException("in", "why", 0);
        System.out.println(e.getMessage() + " " + e.getIndex());
        try {
            new URISyntaxException("in", "why", -2);
        } catch (IllegalArgumentException x) {
            System.out.println("IAE " + x.getMessage());
        }
        try {
            new URISyntaxException(null, "why");
        } catch (NullPointerException x) {
            System.out.println("NPE");
        }
    }
}
