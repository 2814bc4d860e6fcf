package io;

import java.io.*;
import java.nio.charset.*;
import java.util.*;

/** UTF-32, UTF-32BE and UTF-32LE: byte-order marks, surrogates, invalid units, streams. */
public class Utf32 {
    public static void main(String[] args) throws IOException {
        byte[] marked = {0, 0, (byte) 0xfe, (byte) 0xff, 0, 0, 0, 65, 0, 0, (byte) 0xd8, 0, 0, 0x11, 0, 0, 0, 0, 0};
        byte[] little = {(byte) 0xff, (byte) 0xfe, 0, 0, 65, 0, 0, 0, 0x00, (byte) 0xf6, 0x01, 0x00};
        for (String n : new String[] {"UTF-32", "UTF-32BE", "UTF-32LE", "utf32", "X-UTF-32LE"}) {
            Charset cs = Charset.forName(n);
            List<String> al = new ArrayList<>(cs.aliases());
            Collections.sort(al);
            System.out.println(n + " -> " + cs.name() + " (" + new InputStreamReader(InputStream.nullInputStream(), cs).getEncoding() + ") " + al);
            System.out.println("  encode " + Arrays.toString("a\ud800b\udc00\ud83d\ude00\ud83d".getBytes(cs)));
            System.out.println("  decode " + new String(marked, cs).chars().boxed().toList() + " " + new String(little, cs).chars().boxed().toList());
            String text = "Grüße 😀 €";
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            try (Writer w = new OutputStreamWriter(bos, cs)) {
                w.write(text);
                w.write('\n');
                w.write(text.toUpperCase());
            }
            System.out.println("  " + bos.size() + " bytes");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bos.toByteArray()), cs))) {
                String line;
                while ((line = r.readLine()) != null) System.out.println("  read: " + line + " (" + line.codePointCount(0, line.length()) + " code points)");
            }
        }
    }
}
