package net;

import java.net.URL;
import java.util.Random;

/** Seeded random URL specs, alone and against changing contexts, plus host checks. */
public class UrlFuzz {
    static final String[] PIECES = {"http:", "https:", "file:", "ftp:", "mailto:", "jar:", "HTTP:", "//", "/", "/", "?",
        "#", "@", "[", "]", "::1", "%", "%41", "a", "b.c", "-", ".", "..", "./", "../", "1", "1.2.3.4", ":80", ":",
        ":-1", ":x", "user", " ", "\u00e9", ";", "=", "&", "host", "!/", "url:", "\t"};

    static String show(Object o) {
        String s = String.valueOf(o);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        Random rnd = new Random(17L);
        URL base = new URL("http://a/b/c/d;p?q");
        for (int n = 0; n < 1500; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + rnd.nextInt(7);
            for (int i = 0; i < parts; i++) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            String s = sb.toString();
            for (URL ctx : new URL[] {null, base}) {
                try {
                    URL u = new URL(ctx, s);
                    System.out.println("[" + show(s) + "] " + show(u) + " | " + u.getProtocol() + " " + show(u.getAuthority())
                            + " " + show(u.getUserInfo()) + " " + show(u.getHost()) + " " + u.getPort() + " "
                            + show(u.getFile()) + " " + show(u.getPath()) + " " + show(u.getQuery()) + " " + show(u.getRef()));
                    if ((s.length() & 3) == 0) {
                        base = u;
                    }
                } catch (Exception e) {
                    System.out.println("[" + show(s) + "] " + show(e));
                }
            }
        }
        String[] chars = {"\u0000", "\t", "\n", "\r", "\u001f", " ", "\u007f", "\u0080", "\u00e9", "<", "%", "\\", "#",
            "/", "?", "@", "[", "]", "\u2028"};
        for (String c : chars) {
            String h = "a" + c + "b";
            String[] r = new String[4];
            try {
                r[0] = new URL("http://" + h + "/p").getHost();
            } catch (Exception e) {
                r[0] = e.getMessage();
            }
            try {
                r[1] = new URL("http", h, 80, "/p").getHost();
            } catch (Exception e) {
                r[1] = e.getMessage();
            }
            try {
                r[2] = new URL("http://u" + c + "v@h/p").getUserInfo();
            } catch (Exception e) {
                r[2] = e.getMessage();
            }
            try {
                r[3] = new URL("http", "u" + c + "v@h", 80, "/p").getHost();
            } catch (Exception e) {
                r[3] = e.getMessage();
            }
            System.out.println(Integer.toHexString(c.charAt(0)) + " | " + show(r[0]) + " | " + show(r[1]) + " | "
                    + show(r[2]) + " | " + show(r[3]));
        }
        String[] specs = {"http://a\tb:x/", "http://[\t::1]/", "jar:file://a\tb/x!/y", "mailto:a\tb", "file://a\u007f/x",
            "jar:file:/x.jar!/a/../b/./c", "jar:file:/x.jar!/a#r", "jar:jar:file:/x!/y!/z", "jar:file:/x.jar"};
        for (String s : specs) {
            try {
                URL u = new URL(s);
                System.out.println(show(s) + " -> " + show(u) + " " + show(u.getHost()) + " " + show(u.getPath()));
                System.out.println("  " + new URL(u, "../q/./r") + " " + new URL(u, "/abs") + " " + new URL(u, "#f"));
            } catch (Exception e) {
                System.out.println(show(s) + " -> " + show(e.getMessage()));
            }
        }
        String[][] four = {{"http", "a\rb", "1", "/"}, {"http", "a/b", "-5", "/"}, {"foo", "a/b", "1", "/"},
            {"jar", null, "1", "jar:x!/"}, {"jar", "a/b", "1", "jar:x!/"}, {"http", null, "-1", "/p"}};
        for (String[] a : four) {
            try {
                URL u = new URL(a[0], a[1], Integer.parseInt(a[2]), a[3]);
                System.out.println(show(u) + " host=" + u.getHost() + " authority=" + u.getAuthority());
            } catch (Exception e) {
                System.out.println(show(e.getMessage()));
            }
        }
    }
}
