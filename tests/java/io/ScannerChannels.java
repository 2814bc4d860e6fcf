package io;

import java.io.ByteArrayInputStream;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/** Scanners over byte channels: a file channel, standard input as a channel, charsets. */
public class ScannerChannels {
    public static void main(String[] args) throws Exception {
        Path p = Files.createTempFile("scanner-channel", ".txt");
        Files.writeString(p, "3 4 five\nsix seven\n1,5 2,25\n");
        try (FileChannel ch = FileChannel.open(p); Scanner sc = new Scanner(ch)) {
            System.out.println(sc.nextInt() + sc.nextInt() + " " + sc.next() + " [" + sc.nextLine() + "] " + sc.nextLine());
            sc.useLocale(Locale.GERMANY);
            System.out.println(sc.nextDouble() + sc.nextDouble());
            System.out.println(sc.hasNext());
        }
        try (Scanner sc = new Scanner(Channels.newChannel(System.in), "UTF-8")) {
            int n = 0;
            while (sc.hasNextLine()) {
                String line = sc.nextLine();
                System.out.println(++n + ": " + line + " (" + line.length() + ")");
            }
        }
        byte[] latin = "caf\u00e9 na\u00efve".getBytes(StandardCharsets.ISO_8859_1);
        try (Scanner sc = new Scanner(Channels.newChannel(new ByteArrayInputStream(latin)), StandardCharsets.ISO_8859_1)) {
            System.out.println(sc.next() + "|" + sc.next());
        }
        try {
            new Scanner(FileChannel.open(p), "NO-SUCH-CHARSET");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        try {
            new Scanner((ReadableByteChannel) null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException " + e.getMessage());
        }
        Files.delete(p);
    }
}
