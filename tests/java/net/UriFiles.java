package net;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;

public class UriFiles {
    static String cwdFile;
    static String cwdPath;
    static String cwdDir;

    static String show(Object o) {
        String s = String.valueOf(o);
        s = s.replace(cwdFile, "<cwd>/").replace(cwdPath, "<cwd>/").replace(cwdDir + "/", "<cwd>/").replace(cwdDir, "<cwd>");
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
        cwdFile = new File("").getAbsoluteFile().toURI().toString();
        cwdPath = Path.of("").toAbsolutePath().toUri().toString();
        cwdDir = new File("").getAbsolutePath();
        System.out.println(cwdFile.startsWith("file:/") + " " + cwdFile.endsWith("/") + " " + cwdPath.startsWith("file:///"));
        String[] files = {"/", "/tmp", "/tmp/", "/no-such-dir-cortado/a b/c#d?e%f.txt", "/no-such-dir-cortado/\u00e9t\u00e9",
            "/no-such-dir-cortado/a:b", "//no-such-dir-cortado//x", "/no-such-dir-cortado/../y/./z", "rel/x y",
            "/no-such-dir-cortado/[x]{y}|^`\\\"<>", "/no-such-dir-cortado/a\u00a0b\u2028c", "/no-such-dir-cortado/\ud83d\ude00",
            "/no-such-dir-cortado/;=&+$,!~*'()@", "", "."};
        for (String f : files) {
            File file = new File(f);
            URI u = file.toURI();
            Path p = Path.of(f);
            URI pu = p.toUri();
            System.out.println(show(f));
            System.out.println("  File.toURI  " + show(u) + " ascii=" + show(u.toASCIIString()) + " path=" + show(u.getPath()));
            System.out.println("  back        " + show(new File(u)) + " " + new File(u).equals(file.getAbsoluteFile()));
            System.out.println("  File.toURL  " + show(file.toURL()));
            System.out.println("  Path.toUri  " + show(pu) + " path=" + show(pu.getPath()));
            System.out.println("  Paths.get   " + show(Paths.get(pu)) + " " + Path.of(pu).equals(p.toAbsolutePath()) + " "
                    + show(Path.of(u)));
        }
        String[] uris = {"file:///tmp/a%20b", "file:/tmp/x", "file:///", "file:/", "file:///a/b/", "file:///a//b",
            "FILE:///x", "file://host/x", "file:///x?q", "file:///x#f", "file:x", "file:///a%00b", "file:/a%00b",
            "file:///\u00e9", "file:/\u00e9", "file:///%C3%A9", "http://h/x", "mailto:a@b", "rel/x", "/abs/x",
            "jar:file:/x.jar!/a", "jar:file:/x.jar", "file:///a/../b", "file://", "file:////x",};
        for (String s : uris) {
            URI u;
            try {
                u = new URI(s);
            } catch (Exception e) {
                System.out.println(show(s) + " " + e);
                continue;
            }
            String path;
            try {
                path = show(Paths.get(u));
            } catch (RuntimeException e) {
                path = e.getClass().getName() + ": " + show(e.getMessage());
            }
            String file;
            try {
                file = show(new File(u));
            } catch (RuntimeException e) {
                file = e.getClass().getName() + ": " + show(e.getMessage());
            }
            System.out.println(show(s) + " path=" + path + " file=" + file);
        }
        String[] urls = {"http://h:80/p?q#r", "http://h/a b", "file:/tmp/x y", "http://[::1]:8080/", "mailto:a@b",
            "jar:file:/x.jar!/a/b", "http://h/%zz", "http://user@h/", "ftp://h/x;type=i"};
        for (String s : urls) {
            try {
                URL url = new URL(s);
                URI u = url.toURI();
                System.out.println("URL " + s + " -> " + u + " host=" + u.getHost() + " path=" + u.getPath()
                        + " back=" + u.toURL() + " eq=" + u.toURL().equals(url));
            } catch (Exception e) {
                System.out.println("URL " + s + " -> " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            new File((URI) null);
        } catch (NullPointerException e) {
            System.out.println("File(null): NPE");
        }
        try {
            Path.of((URI) null);
        } catch (NullPointerException e) {
            System.out.println("Path.of(null): NPE");
        }
    }
}
