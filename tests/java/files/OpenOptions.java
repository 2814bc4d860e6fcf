package files;

import java.io.*;
import java.nio.file.*;
import java.nio.charset.*;
import java.util.*;
import static java.nio.file.StandardOpenOption.*;

public class OpenOptions {
    interface Op { Object call() throws Exception; }
    static Path d;
    static void t(String l, Op o) { try { System.out.println(l + ": " + String.valueOf(o.call()).replace(d.toString(), "D")); } catch (Exception e) { System.out.println(l + " threw " + e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replace(d.toString(), "D")); } }
    public static void main(String[] args) throws Exception {
        d = Files.createTempDirectory("cortado-options-");
        Path f = d.resolve("f.txt");
        t("append missing", () -> Files.writeString(f, "x", APPEND));
        t("create append", () -> Files.writeString(f, "a\n", CREATE, APPEND));
        t("append again", () -> Files.writeString(f, "b\n", APPEND));
        t("read", () -> Files.readAllLines(f));
        t("write read opt", () -> Files.writeString(f, "x", READ));
        t("truncate append", () -> Files.write(f, "x".getBytes(), APPEND, TRUNCATE_EXISTING));
        t("create_new existing", () -> Files.write(f, new byte[0], CREATE_NEW));
        t("write no create", () -> Files.write(d.resolve("g"), new byte[0], WRITE));
        t("newInputStream write", () -> Files.newInputStream(f, WRITE));
        t("newInputStream append", () -> Files.newInputStream(f, APPEND));
        t("dir write", () -> Files.writeString(d, "x"));
        t("dir read", () -> Files.readString(d));
        t("dir readAllLines", () -> Files.readAllLines(d));
        t("dir newBufferedReader", () -> Files.newBufferedReader(d).readLine());
        t("dir lines", () -> Files.lines(d).count());
        t("unmappable", () -> Files.writeString(f, "é€", StandardCharsets.US_ASCII));
        t("unmappable write lines", () -> Files.write(f, List.of("é"), StandardCharsets.US_ASCII));
        t("bw unmappable", () -> { try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.US_ASCII)) { w.write("é"); } return "ok"; });
        t("FileWriter unmappable", () -> { try (Writer w = new FileWriter(f.toFile(), StandardCharsets.US_ASCII)) { w.write("é€x"); } return Files.readString(f, StandardCharsets.ISO_8859_1); });
        t("sync/dsync", () -> Files.writeString(f, "s", SYNC, DSYNC, CREATE, TRUNCATE_EXISTING, WRITE));
        t("delete on close", () -> { try (OutputStream o = Files.newOutputStream(d.resolve("tmp"), CREATE, DELETE_ON_CLOSE)) { o.write(1); } return Files.exists(d.resolve("tmp")); });
        t("sparse", () -> Files.write(d.resolve("sp"), new byte[]{1}, CREATE_NEW, SPARSE));
        t("copy dir nonempty replace", () -> { Files.createDirectory(d.resolve("x")); Files.writeString(d.resolve("x/y"), "y"); return Files.copy(f, d.resolve("x"), StandardCopyOption.REPLACE_EXISTING); });
        t("move into missing", () -> Files.move(f, d.resolve("nope/f")));
        t("move dir", () -> Files.move(d.resolve("x"), d.resolve("x2")).getFileName());
        t("move atomic", () -> Files.move(d.resolve("sp"), d.resolve("sp2"), StandardCopyOption.ATOMIC_MOVE).getFileName());
        t("copy missing", () -> Files.copy(d.resolve("zz"), d.resolve("zz2")));
        t("mismatch", () -> Files.mismatch(f, d.resolve("sp2")));
        t("newBufferedWriter default", () -> { try (BufferedWriter w = Files.newBufferedWriter(f)) { w.write("over"); } return Files.readString(f); });
        t("size dir", () -> Files.size(d) > 0);
        t("input delete on close", () -> {
            Path p = Files.writeString(d.resolve("in.txt"), "kept while open");
            try (InputStream in = Files.newInputStream(p, DELETE_ON_CLOSE)) {
                return Files.exists(p) + " " + new String(in.readAllBytes());
            }
        });
        try (java.util.stream.Stream<Path> s = Files.walk(d)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).collect(java.util.stream.Collectors.toList())) Files.delete(p);
        }
        System.out.println("cleaned: " + Files.exists(d));
    }
}
