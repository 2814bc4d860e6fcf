package net;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class UriCompare {
    static final String[] URIS = {
        "http://example.com/a", "HTTP://EXAMPLE.COM/a", "http://example.com/A", "http://example.com:80/a",
        "http://example.com/a%7e", "http://example.com/a%7E", "http://example.com/a~", "http://example.com/a#f",
        "http://example.com/a#F", "http://example.com/a?q", "http://example.com/a?Q", "http://u@example.com/a",
        "http://U@example.com/a", "http://reg_name/a", "http://REG_NAME/a", "mailto:a@b", "MAILTO:a@b",
        "mailto:A@b", "mailto:a%40b", "mailto:a%40B", "mailto:a@b#x", "a/b", "a/b#c", "", "#", "?", "/a",
        "//h", "//h/", "//H/", "file:/x", "file:///x", "file://h/x", "http://[::1]/", "http://[::1]:80/",
        "http://[0:0:0:0:0:0:0:1]/", "http://h:/", "http://h/", "x:y", "x:/y", "X:/y", "https://h/", "h/%C3%A9",
        "h/%c3%a9", "http://h/%41", "http://h/A", "news:comp.lang.java",
    };

    public static void main(String[] args) {
        List<URI> list = new ArrayList<>();
        for (String s : URIS) {
            URI u = URI.create(s);
            list.add(u);
            System.out.println(s + " hash=" + u.hashCode() + " hash2=" + URI.create(s).hashCode());
        }
        for (int i = 0; i < list.size(); i++) {
            StringBuilder eq = new StringBuilder();
            StringBuilder cmp = new StringBuilder();
            for (int j = 0; j < list.size(); j++) {
                URI a = list.get(i);
                URI b = list.get(j);
                eq.append(a.equals(b) ? '=' : '.');
                int c = a.compareTo(b);
                cmp.append(c).append(' ');
                if (a.equals(b) != (c == 0)) {
                    eq.append('!');
                }
            }
            System.out.println(URIS[i] + "\n  eq  " + eq + "\n  cmp " + cmp);
        }
        List<URI> sorted = new ArrayList<>(list);
        Collections.sort(sorted);
        System.out.println(sorted);
        System.out.println(list.get(0).equals(null) + " " + list.get(0).equals("http://example.com/a"));
        try {
            list.get(0).compareTo(null);
        } catch (NullPointerException e) {
            System.out.println("compareTo null: NPE");
        }
        // equal URIs from different constructors
        try {
            URI a = new URI("http", "h", "/a b", null);
            URI b = new URI("http://h/a%20b");
            URI c = new URI("http://h/a%20B".replace('B', 'b'));
            System.out.println(a.equals(b) + " " + b.equals(c) + " " + (a.hashCode() == b.hashCode()));
            URI d = URI.create("http://h/x/../a%20b").normalize();
            System.out.println(d + " " + d.equals(b) + " " + (d.hashCode() == b.hashCode()) + " " + d.compareTo(b));
        } catch (Exception e) {
            System.out.println(e);
        }
    }
}
