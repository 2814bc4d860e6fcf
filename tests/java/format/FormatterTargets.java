package format;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.Arrays;
import java.util.Formatter;
import java.util.FormatterClosedException;
import java.util.Locale;

public class FormatterTargets {
    public static void main(String[] args) throws Exception {
        Formatter out = new Formatter(System.out);
        out.format("%-8s|%6.2f|%n", "stdout", 3.14159);
        out.flush();
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        Formatter f = new Formatter(bo);
        f.format("%s=%d;", "a", 1).format("%x", 255);
        System.out.println("before flush: " + bo.size());
        f.flush();
        System.out.println("after flush: " + bo.toString());
        ByteArrayOutputStream b2 = new ByteArrayOutputStream();
        try (Formatter g = new Formatter(b2, "UTF-16BE")) { g.format("%c", 'é'); }
        System.out.println(Arrays.toString(b2.toByteArray()));
        ByteArrayOutputStream b3 = new ByteArrayOutputStream();
        try (Formatter g = new Formatter(b3, StandardCharsets.ISO_8859_1, Locale.GERMANY)) { g.format("%,.2f %s", 1234.5, "é"); }
        System.out.println(Arrays.toString(b3.toByteArray()));
        try { new Formatter(new ByteArrayOutputStream(), "no-such-cs"); } catch (UnsupportedEncodingException e) { System.out.println("UEE " + e.getMessage()); }
        try { new Formatter((PrintStream) null); } catch (NullPointerException e) { System.out.println("NPE ps"); }
        try { new Formatter((OutputStream) null); } catch (NullPointerException e) { System.out.println("NPE os"); }
        Path dir = Files.createTempDirectory("fmt");
        File file = dir.resolve("out.txt").toFile();
        try (Formatter g = new Formatter(file)) { g.format("line %d%n", 1); }
        try (Formatter g = new Formatter(file.getPath(), "UTF-8")) { g.format("line %d %s%n", 2, "ü"); }
        System.out.println(Files.readAllLines(file.toPath()));
        try (Formatter g = new Formatter(file.getPath())) { g.format("%s", "x"); System.out.println(g.locale() + " " + (g.out() instanceof BufferedWriter)); }
        System.out.println(Files.readString(file.toPath()));
        File bad = dir.resolve("bad.txt").toFile();
        try { new Formatter(bad, "nope"); } catch (UnsupportedEncodingException e) { System.out.println("UEE " + e.getMessage() + " created=" + bad.exists()); }
        try { new Formatter(dir.resolve("missing/x.txt").toString()); } catch (FileNotFoundException e) { System.out.println("FNF"); }
        try { new Formatter(bad, (String) null); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        Formatter closed = new Formatter(new ByteArrayOutputStream()); closed.close();
        try { closed.format("x"); } catch (FormatterClosedException e) { System.out.println("closed"); }
        file.delete(); dir.toFile().delete();
    }
}
