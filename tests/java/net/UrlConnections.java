package net;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.UnknownServiceException;
import java.nio.charset.StandardCharsets;

/** Connections of file: URLs (a class-path resource) and the settings every connection has. */
public class UrlConnections {
    public static void main(String[] args) throws Exception {
        URL res = UrlConnections.class.getResource("conn.txt");
        URLConnection c = res.openConnection();
        System.out.println(c.getClass().getName() + " " + c.toString().endsWith("/net/conn.txt") + " " + (c.getURL() == res));
        System.out.println(c.getDoInput() + " " + c.getDoOutput() + " " + c.getUseCaches() + " " + c.getConnectTimeout()
                + " " + c.getReadTimeout() + " " + c.getAllowUserInteraction() + " " + c.getIfModifiedSince());
        c.setRequestProperty("Accept", "text/plain");
        c.addRequestProperty("Accept", "*/*");
        c.addRequestProperty("X-Other", "1");
        System.out.println(c.getRequestProperty("accept") + " " + c.getRequestProperties().get("Accept") + " "
                + c.getRequestProperties().size());
        c.setConnectTimeout(5);
        c.setReadTimeout(7);
        System.out.println(c.getConnectTimeout() + " " + c.getReadTimeout());
        System.out.println(c.getContentType() + " " + c.getContentLength() + " " + c.getContentLengthLong() + " "
                + (c.getLastModified() > 0) + " " + c.getContentEncoding() + " " + c.getExpiration() + " " + c.getDate());
        System.out.println(c.getHeaderField("Content-Type") + " " + c.getHeaderField("content-length") + " "
                + c.getHeaderFieldKey(0) + " " + c.getHeaderField(0) + " " + c.getHeaderFieldKey(1) + " "
                + c.getHeaderFieldKey(2) + " " + c.getHeaderFieldKey(3) + " " + c.getHeaderFields().keySet() + " "
                + c.getHeaderFieldInt("content-length", -5) + " " + c.getHeaderFieldLong("nope", -6) + " "
                + (c.getHeaderFieldDate("last-modified", -1) == c.getLastModified()));
        try (InputStream in = c.getInputStream()) {
            System.out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        for (Runnable r : new Runnable[] {() -> c.setDoOutput(true), () -> c.setUseCaches(false),
            () -> c.setRequestProperty("a", "b"), () -> c.getRequestProperties()}) {
            try {
                r.run();
                System.out.println("no exception");
            } catch (IllegalStateException e) {
                System.out.println(e);
            }
        }
        try {
            c.getOutputStream();
        } catch (UnknownServiceException e) {
            System.out.println(e);
        }
        URLConnection missing = new URL(res, "no-such-file.txt").openConnection();
        System.out.println(missing.getContentType() + " " + missing.getContentLength() + " " + missing.getLastModified()
                + " " + missing.getHeaderFields());
        try {
            missing.getInputStream();
        } catch (FileNotFoundException e) {
            System.out.println("FileNotFoundException " + e.getMessage().endsWith("no-such-file.txt (No such file or directory)"));
        }
        URLConnection dir = new URL(res, ".").openConnection();
        System.out.println(dir.getContentType() + " " + dir.getHeaderFields().keySet());
        URLConnection http = new URL("http://127.0.0.1:1/x").openConnection();
        http.setRequestProperty("X-A", "1");
        http.addRequestProperty("X-A", "2");
        System.out.println(http.getRequestProperty("X-A") + " " + http.getRequestProperties() + " " + http.getURL());
        try {
            http.setConnectTimeout(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            http.setRequestProperty(null, "x");
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        String[] names = {"a.PNG", "b.gif#x", "http://h/a.txt?q", "x", "dir/x.html", "a.tar.gz", "a.JSON", "c.class"};
        for (String n : names) {
            System.out.println(n + " -> " + URLConnection.guessContentTypeFromName(n));
        }
    }
}
