package io;

import java.io.*;
import java.nio.charset.*;
import java.util.*;

/** The windows-1252 charset (aliases Cp1252, cp1252...): decoding, encoding, readers and writers. */
public class Cp1252 {
    public static void main(String[] args) throws Exception {
        Charset cs = Charset.forName("windows-1252");
        System.out.println(cs + " " + new TreeSet<>(cs.aliases()) + " " + Charset.forName("Cp1252") + " "
                + Charset.forName("CP1252").name() + " " + Charset.isSupported("ibm-1252") + " " + cs.canEncode());
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String s = new String(all, cs);
        StringBuilder sb = new StringBuilder();
        for (int i = 0x7E; i < 0xA2; i++) {
            sb.append(Integer.toHexString(s.charAt(i))).append(' ');
        }
        System.out.println(s.length() + " " + sb);
        int h = 0;
        for (int i = 0; i < 256; i++) {
            h = h * 31 + s.charAt(i);
        }
        System.out.println(h);
        StringBuilder chars = new StringBuilder();
        for (int c = 0; c < 0x3000; c++) {
            chars.append((char) c);
        }
        byte[] enc = chars.toString().getBytes(cs);
        int eh = 0;
        int q = 0;
        for (byte b : enc) {
            eh = eh * 31 + b;
            if (b == '?') {
                q++;
            }
        }
        System.out.println(enc.length + " " + eh + " " + q);
        String text = "\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019"
                + "\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178\u0081\u00FF\uD83D\uDE00";
        System.out.println(Arrays.toString(text.getBytes(cs)));
        System.out.println(new String(new byte[] {(byte) 0x93, 'h', 'i', (byte) 0x94, (byte) 0x85}, "Cp1252"));
        InputStreamReader r = new InputStreamReader(new ByteArrayInputStream(new byte[] {(byte) 0x80, (byte) 0x9F}), "windows-1252");
        System.out.println(r.getEncoding() + " " + (char) r.read() + (char) r.read() + " " + r.read());
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bos, cs)) {
            w.write("na\u00EFve \u2013 \u201Cquoted\u201D \u4E2D");
        }
        System.out.println(Arrays.toString(bos.toByteArray()));
        System.out.println(bos.toString("windows-1252"));
    }
}
