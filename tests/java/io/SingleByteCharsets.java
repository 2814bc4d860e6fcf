package io;

import java.io.*;
import java.nio.charset.*;
import java.nio.file.*;
import java.util.*;

/** The JDK's single-byte charsets beyond Latin-1 and windows-1252: names, aliases, tables. */
public class SingleByteCharsets {
    public static void main(String[] args) throws IOException {
        String[] names = {"ISO-8859-2", "latin2", "ISO-8859-5", "ISO-8859-7", "ISO-8859-9", "ISO-8859-13", "ISO-8859-15", "LATIN9",
            "windows-1250", "Cp1250", "windows-1251", "windows-1253", "windows-1254", "windows-1257", "KOI8-R", "koi8", "KOI8-U",
            "IBM437", "cp437", "IBM850", "x-MacRoman", "MacRoman", "ISO-8859-3", "ISO-8859-4"};
        String text = "Grüße, €5 — Łódź, Ελλάδα, Москва, İzmir, naïve ☺";
        byte[] all = new byte[128];
        for (int i = 0; i < 128; i++) all[i] = (byte) (0x80 + i);
        for (String n : names) {
            Charset cs = Charset.forName(n);
            List<String> aliases = new ArrayList<>(cs.aliases());
            Collections.sort(aliases);
            String enc = new InputStreamReader(InputStream.nullInputStream(), cs).getEncoding();
            byte[] b = text.getBytes(cs);
            String back = new String(b, cs);
            String high = new String(all, cs);
            System.out.println(n + " -> " + cs.name() + " (" + enc + ") aliases " + aliases);
            System.out.println("  " + back + " | " + b.length + " bytes, high half hash " + high.hashCode() + ", unassigned " + high.chars().filter(c -> c == 0xFFFD).count());
        }
        Path dir = Files.createTempDirectory("sbcs");
        Path f = dir.resolve("pl.txt");
        try (Writer w = new OutputStreamWriter(new FileOutputStream(f.toFile()), "Cp1250")) {
            w.write("Zażółć gęślą jaźń\nłódka\n");
        }
        System.out.println(Arrays.toString(Files.readAllBytes(f)));
        System.out.println(Files.readAllLines(f, Charset.forName("windows-1250")));
        System.out.println(new String(Files.readAllBytes(f), Charset.forName("ISO-8859-2")));
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(f.toFile()), "windows-1250"))) {
            System.out.println(r.readLine().toUpperCase());
        }
        Files.delete(f);
        Files.delete(dir);
        System.out.println(Charset.isSupported("ISO-8859-15") + " " + Charset.isSupported("cp1251") + " " + Charset.forName("l2").equals(Charset.forName("ISO-8859-2")));
    }
}
