package net;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URL;

public class UrlSerial {
    public static void main(String[] args) throws Exception {
        String[] specs = {"http://u:p@127.0.0.1:8080/a/b?q=1#frag", "file:/tmp/x", "mailto:a@b?s", "jar:file:/x.jar!/a/b",
            "https://[::1]/p"};
        for (String s : specs) {
            for (boolean hashed : new boolean[] {false, true}) {
                URL u = new URL(s);
                if (hashed) {
                    u.hashCode();
                }
                ByteArrayOutputStream bos = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new ObjectOutputStream(bos)) {
                    out.writeObject(u);
                }
                byte[] bytes = bos.toByteArray();
                StringBuilder hex = new StringBuilder();
                for (byte b : bytes) {
                    hex.append(String.format("%02x", b & 0xff));
                }
                System.out.println(s + " " + hashed + " " + bytes.length + " " + hex);
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                    URL back = (URL) in.readObject();
                    System.out.println("  " + back + " " + back.equals(u) + " " + back.getUserInfo() + " " + back.getHost()
                            + " " + back.getPort() + " " + back.getPath() + " " + back.getQuery() + " " + back.getRef()
                            + " " + back.getAuthority() + " " + (back.hashCode() == u.hashCode()));
                }
            }
        }
        // equality and hashes (numeric hosts only: the JDK looks names up)
        String[] urls = {"jar:file:/x.jar!/a", "jar:file:///x.jar!/a", "jar:file:/x.jar!/a#r", "jar:file:/y.jar!/a",
            "jar:file:/x.jar!/b", "http://127.0.0.1/a", "http://127.0.0.1:80/a", "HTTP://127.0.0.1/a",
            "http://127.0.0.1/a#r", "http://[::1]/a", "http://[0:0:0:0:0:0:0:1]/a", "file:/x.jar", "file:///x.jar",
            "mailto:a@b", "mailto:a@b#r"};
        for (String a : urls) {
            StringBuilder sb = new StringBuilder();
            URL ua = new URL(a);
            for (String b : urls) {
                URL ub = new URL(b);
                sb.append(ua.equals(ub) ? '=' : ua.sameFile(ub) ? 's' : '.');
            }
            System.out.println(sb + " " + ua.hashCode() + " " + a);
        }
    }
}
