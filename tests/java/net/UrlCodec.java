package net;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

public class UrlCodec {
    static String show(String s) {
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

    public static void main(String[] args) throws Exception {
        String[] plain = {"", "abcXYZ019", "a b", "a+b", "-_.*~!'()", "key=value&k2=v 2", "100%", "\u00e9t\u00e9",
            "\u4e2d\u6587", "\ud83d\ude00", "\ud83d", "x\ude00y", "/path/to?x#y", "\t\n\r", "\u0000", "[]{}|\\^`\"<>",
            "@:;,$/", "a\u00a0b",};
        for (String s : plain) {
            String utf8 = URLEncoder.encode(s, StandardCharsets.UTF_8);
            String latin = URLEncoder.encode(s, "ISO-8859-1");
            String ascii = URLEncoder.encode(s, StandardCharsets.US_ASCII);
            System.out.println(show(s) + " -> " + utf8 + " | " + latin + " | " + ascii + " | "
                    + show(URLDecoder.decode(utf8, StandardCharsets.UTF_8)) + " same=" + (utf8 == s));
        }
        String[] encoded = {"", "abc", "a+b", "a%20b", "%41%42%43", "%c3%a9%C3%A9", "%e4%b8%ad", "%ff%fe", "%c3",
            "%c3+", "a%2", "%", "a%", "%zz", "%-1", "%+1", "%1", "%%41", "100%25", "%F0%9F%98%80", "+++", "%e9",
            "%2B+%2b", "%4G",};
        for (String s : encoded) {
            try {
                String d = URLDecoder.decode(s, StandardCharsets.UTF_8);
                System.out.println(show(s) + " -> " + show(d) + " latin1=" + show(URLDecoder.decode(s, "ISO-8859-1"))
                        + " same=" + (d == s));
            } catch (IllegalArgumentException e) {
                System.out.println(show(s) + " -> IAE " + e.getMessage());
            }
        }
        try {
            URLEncoder.encode("x", "no-such-charset");
        } catch (UnsupportedEncodingException e) {
            System.out.println("UEE " + e.getMessage());
        }
        try {
            URLEncoder.encode("x", "bad name!");
        } catch (UnsupportedEncodingException e) {
            System.out.println("UEE " + e.getMessage());
        }
        try {
            URLDecoder.decode("x", "");
        } catch (UnsupportedEncodingException e) {
            System.out.println("UEE " + e.getMessage());
        }
        try {
            URLDecoder.decode("x", "nope");
        } catch (UnsupportedEncodingException e) {
            System.out.println("UEE " + e.getMessage());
        }
        try {
            URLEncoder.encode("x", (String) null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try {
            URLDecoder.decode("x", (java.nio.charset.Charset) null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        System.out.println(URLEncoder.encode("a b\u00e9", "UTF-8") + " " + show(URLDecoder.decode("a+b%C3%A9", "utf-8")));
        System.out.println(URLEncoder.encode("a b") + " " + URLDecoder.decode("a+b%41"));
    }
}
