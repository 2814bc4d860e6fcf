package net;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Random;

/** Seeded random URI references from pieces that exercise the parser's corners. */
public class UriFuzz {
    static final String[] PIECES = {
        "http", "s", "x+y", ":", "//", "/", "/", "?", "#", "@", "[", "]", "::1", "fe80::1", "%25", "%eth0", "%", "%4",
        "%41", "%c3%a9", "a", "b.c", "-", "_", ".", "..", "1", "255", "256", "1.2.3.4", ":80", ":", "user", "~", " ",
        "\u00e9", "\u00a0", "\t", "|", ";", "=", "&", "+", "$", ",", "!", "*", "'", "(", ")", "host", "h-1", "1h",
        "mailto", "file", "a:b", "./", "../", "//", "[::1]", "[v]", "0", "99999", "65535", "\\", "^", "{",
    };

    static String show(String s) {
        if (s == null) {
            return "-";
        }
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

    public static void main(String[] args) {
        Random rnd = new Random(20261128L);
        URI prev = URI.create("http://a/b/c/d;p?q");
        int ok = 0;
        int bad = 0;
        for (int n = 0; n < 2500; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + rnd.nextInt(7);
            for (int i = 0; i < parts; i++) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            String s = sb.toString();
            try {
                URI u = new URI(s);
                ok++;
                URI norm = u.normalize();
                URI res = prev.resolve(u);
                URI rel = prev.relativize(u);
                System.out.println(show(s) + " | " + show(u.getScheme()) + " " + show(u.getRawSchemeSpecificPart()) + " "
                        + show(u.getRawAuthority()) + " " + show(u.getRawUserInfo()) + " " + show(u.getHost()) + " "
                        + u.getPort() + " " + show(u.getRawPath()) + " " + show(u.getRawQuery()) + " "
                        + show(u.getRawFragment()) + " | " + show(u.getSchemeSpecificPart()) + " " + show(u.getPath())
                        + " " + show(u.getQuery()) + " " + show(u.getFragment()) + " " + show(u.getAuthority()) + " | "
                        + u.hashCode() + " " + Integer.signum(u.compareTo(prev)) + " " + u.equals(norm) + " | "
                        + show(norm.toString()) + " | " + show(res.toString()) + " | " + show(rel.toString()));
                prev = u;
            } catch (URISyntaxException e) {
                bad++;
                System.out.println(show(s) + " ! " + show(e.getReason()) + " " + e.getIndex());
            }
        }
        System.out.println(ok + " parsed, " + bad + " rejected");
        rebuild(new Random(5L), 1500);
    }

    static final String[] WIDE = {
        "\ud83d\ude00", "\ud83d", "\ude00", "e\u0301", "\u0301", "\uff21", "\u2028", "\u3000", "\u00ad", "\ufeff",
        "\u0000", "\u007f", "\u0080", "\u0081", "%e2%80%a8", "%ff", "%C3", "[fe80::1%25x]",
    };

    /** Random references with non-ASCII pieces, rebuilt through each constructor from their decoded parts. */
    static void rebuild(Random rnd, int count) {
        for (int n = 0; n < count; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + rnd.nextInt(7);
            for (int i = 0; i < parts; i++) {
                sb.append(rnd.nextInt(3) == 0 ? WIDE[rnd.nextInt(WIDE.length)] : PIECES[rnd.nextInt(PIECES.length)]);
            }
            String s = sb.toString();
            URI u;
            try {
                u = new URI(s);
            } catch (URISyntaxException e) {
                System.out.println(show(s) + " ! " + show(e.getMessage()));
                continue;
            }
            StringBuilder out = new StringBuilder(show(s)).append(" | ");
            try {
                out.append(show(u.toASCIIString()));
            } catch (NullPointerException e) {
                out.append("NPE");
            }
            try {
                URI c = new URI(u.getScheme(), u.getUserInfo(), u.getHost(), u.getPort(), u.getPath(), u.getQuery(),
                        u.getFragment());
                out.append(" | c7 ").append(show(c.toString())).append(' ').append(c.equals(u));
            } catch (URISyntaxException e) {
                out.append(" | c7 ").append(show(e.getMessage()));
            }
            try {
                URI c = new URI(u.getScheme(), u.getAuthority(), u.getPath(), u.getQuery(), u.getFragment());
                out.append(" | c5 ").append(show(c.toString())).append(' ').append(c.equals(u));
            } catch (URISyntaxException e) {
                out.append(" | c5 ").append(show(e.getMessage()));
            }
            try {
                URI c = new URI(u.getScheme(), u.getSchemeSpecificPart(), u.getFragment());
                out.append(" | c3 ").append(show(c.toString())).append(' ').append(c.equals(u));
            } catch (URISyntaxException e) {
                out.append(" | c3 ").append(show(e.getMessage()));
            }
            try {
                URI c = new URI(s).parseServerAuthority();
                out.append(" | server ").append(show(c.getHost())).append(' ').append(c.getPort());
            } catch (URISyntaxException e) {
                out.append(" | server ").append(show(e.getMessage()));
            }
            System.out.println(out);
        }
    }
}
