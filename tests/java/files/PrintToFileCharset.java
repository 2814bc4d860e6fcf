package files;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.Arrays;

/** PrintWriter and PrintStream opened on a File with a charset name (textbook file output). */
public class PrintToFileCharset {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("ptfc");
        File utf8 = dir.resolve("utf8.txt").toFile();
        try (PrintWriter pw = new PrintWriter(utf8, "UTF-8")) {
            pw.println("naïve café");
            pw.printf("%d items%n", 3);
        }
        System.out.println(Arrays.toString(Files.readAllBytes(utf8.toPath())));
        File latin = dir.resolve("latin.txt").toFile();
        try (PrintStream ps = new PrintStream(latin, "ISO-8859-1")) {
            ps.print("naïve");
        }
        System.out.println(Arrays.toString(Files.readAllBytes(latin.toPath())));
        File cs = dir.resolve("cs.txt").toFile();
        try (PrintStream ps = new PrintStream(cs, StandardCharsets.UTF_16BE)) {
            ps.print("é");
        }
        System.out.println(Arrays.toString(Files.readAllBytes(cs.toPath())));
        File bad = dir.resolve("bad.txt").toFile();
        try {
            new PrintWriter(bad, "no-such-charset");
        } catch (UnsupportedEncodingException e) {
            System.out.println("PrintWriter: " + e + ", file created: " + bad.exists());
        }
        try {
            new PrintStream(bad, "no-such-charset");
        } catch (UnsupportedEncodingException e) {
            System.out.println("PrintStream: " + e + ", file created: " + bad.exists());
        }
        try {
            new PrintWriter(dir.resolve("missing/x.txt").toFile(), "UTF-8");
        } catch (FileNotFoundException e) {
            System.out.println("FileNotFoundException: " + e.getMessage().endsWith("(No such file or directory)"));
        }
        for (File f : dir.toFile().listFiles()) f.delete();
        Files.delete(dir);
    }
}
