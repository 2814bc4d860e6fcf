package files;

import java.io.*;
import java.nio.charset.*;
import java.nio.file.*;
import java.util.*;

/**
 * Files decodes and encodes strictly, as the JDK's newDecoder/newEncoder and strict String
 * coding: malformed or unmappable input throws MalformedInputException or
 * UnmappableCharacterException (with the JDK's input lengths) instead of being replaced;
 * readers and writers made without Files keep replacing.
 */
public class StrictCharsets {
    interface Action {
        Object run() throws Exception;
    }

    static void t(String what, Action a) {
        try {
            System.out.println(what + " -> " + a.run());
        } catch (Exception e) {
            System.out.println(what + " !! " + e);
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("strict");
        Path f = dir.resolve("f.txt");
        int[][] cases = {
            {0x80}, {0xC1, 0x80}, {0xC3}, {0xC3, 0x41}, {0xE0, 0x80, 0x80}, {0xE0, 0xA0}, {0xE0, 0x80},
            {0xE2, 0x82}, {0xE2, 0x41, 0x41}, {0xE2, 0x82, 0x41}, {0xED, 0xA0, 0x80}, {0xF0, 0x90, 0x80},
            {0xF0, 0x90}, {0xF0}, {0xF0, 0x80, 0x80, 0x80}, {0xF0, 0x90, 0x41, 0x41}, {0xF0, 0x90, 0x80, 0x41},
            {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xF8, 0x41}, {0xFF}, {0xE2, 0x82, 0xAC, 0xE2},
            {0xF0, 0x41}, {0xF0, 0x90, 0x41}, {0xF5, 0x80}, {0xE0, 0x41}, {0xE2, 0x82, 0xAC}, {0xF0, 0x9F, 0x98, 0x80},
        };
        for (int[] c : cases) {
            StringBuilder name = new StringBuilder();
            for (int x : c) {
                name.append(Integer.toHexString(x)).append(' ');
            }
            for (String tail : new String[] {"", "zz\n"}) {
                byte[] b = new byte[1 + c.length + tail.length()];
                b[0] = 'a';
                for (int i = 0; i < c.length; i++) {
                    b[i + 1] = (byte) c[i];
                }
                for (int i = 0; i < tail.length(); i++) {
                    b[1 + c.length + i] = (byte) tail.charAt(i);
                }
                Files.write(f, b);
                String s1;
                String s2;
                try {
                    s1 = "ok " + Files.readString(f).length();
                } catch (CharacterCodingException e) {
                    s1 = e.getMessage();
                }
                try {
                    s2 = "ok " + Files.readAllLines(f).get(0).length();
                } catch (CharacterCodingException e) {
                    s2 = e.getMessage();
                }
                System.out.println(name + (tail.isEmpty() ? "" : "+zz ") + "| " + s1 + " | " + s2);
            }
        }

        Files.write(f, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n', 'x', '\n'});
        t("readString latin1", () -> Files.readString(f, StandardCharsets.ISO_8859_1).length());
        t("readString ascii", () -> Files.readString(f, StandardCharsets.US_ASCII));
        t("readAllLines ascii", () -> Files.readAllLines(f, StandardCharsets.US_ASCII));
        t("lines", () -> {
            try (var s = Files.lines(f)) {
                return s.count();
            }
        });
        t("newBufferedReader", () -> {
            try (BufferedReader r = Files.newBufferedReader(f)) {
                return r.readLine();
            }
        });
        t("FileReader replaces", () -> {
            try (BufferedReader r = new BufferedReader(new FileReader(f.toFile(), StandardCharsets.UTF_8))) {
                return r.readLine().length();
            }
        });
        t("InputStreamReader replaces", () -> {
            try (Reader r = new InputStreamReader(Files.newInputStream(f), StandardCharsets.US_ASCII)) {
                return (int) new BufferedReader(r).readLine().charAt(3);
            }
        });
        t("new String replaces", () -> new String(Files.readAllBytes(f), StandardCharsets.UTF_8).length());

        String[] texts = {"a\uD800", "a\uD800b", "a\uDC00b", "\uD83D\uDE00", "\u00EF", "a\uD83D\uDE00", "plain"};
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1}) {
            for (String text : texts) {
                String r1;
                String r2;
                String r3;
                try {
                    Files.writeString(f, text, cs);
                    r1 = "ok " + Files.size(f);
                } catch (CharacterCodingException e) {
                    r1 = e.getClass().getSimpleName() + " " + e.getMessage();
                }
                try {
                    Files.write(f, List.of(text), cs);
                    r2 = "ok " + Files.size(f);
                } catch (CharacterCodingException e) {
                    r2 = e.getClass().getSimpleName() + " " + e.getMessage();
                }
                try (BufferedWriter w = Files.newBufferedWriter(f, cs)) {
                    w.write(text);
                    w.write("x");
                    r3 = "ok";
                } catch (CharacterCodingException e) {
                    r3 = e.getClass().getSimpleName() + " " + e.getMessage();
                }
                System.out.println(cs + " " + text.length() + " | " + r1 + " | " + r2 + " | " + r3);
            }
        }
        t("OutputStreamWriter replaces", () -> {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(f), StandardCharsets.US_ASCII)) {
                w.write("na\u00EFve");
            }
            return Files.readString(f);
        });
        MalformedInputException m = new MalformedInputException(5);
        UnmappableCharacterException u = new UnmappableCharacterException(2);
        System.out.println(m.getInputLength() + " " + m.getMessage() + " " + u.getInputLength() + " " + u);

        // RandomAccessFile is a DataInput and a DataOutput, with modified UTF-8 strings.
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(0);
            DataOutput out = raf;
            out.writeInt(7);
            out.writeUTF("h\u00E9llo \u0000 \uD83D\uDE00");
            out.writeUTF("");
            out.writeLong(-2);
            raf.seek(0);
            DataInput in = raf;
            System.out.println(in.readInt() + " [" + in.readUTF() + "] [" + in.readUTF() + "] " + in.readLong() + " "
                    + raf.getFilePointer() + " " + raf.length());
            try {
                in.readUTF();
            } catch (EOFException e) {
                System.out.println("EOF");
            }
        }
        Files.delete(f);
        Files.delete(dir);
    }
}
