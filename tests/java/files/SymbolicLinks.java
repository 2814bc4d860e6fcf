package files;

import java.io.File;
import java.nio.file.*;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.*;
import java.util.stream.*;

/** Symbolic and hard links, real and canonical paths through links, content type probes. */
public class SymbolicLinks {
    interface Op { Object call() throws Exception; }

    static Path base;

    static String rel(String s) {
        return s == null ? null : s.replace(base.toString(), "BASE");
    }

    static void t(String label, Op op) {
        try {
            System.out.println(label + ": " + rel(String.valueOf(op.call())));
        } catch (Exception e) {
            System.out.println(label + " threw " + e.getClass().getName() + ": " + rel(e.getMessage()));
        }
    }

    public static void main(String[] args) throws Exception {
        base = Files.createTempDirectory("cortado-links-").toRealPath();
        Path real = Files.writeString(base.resolve("real.txt"), "content\n");
        Files.createDirectories(base.resolve("dir/inner"));
        Files.writeString(base.resolve("dir/inner/f.txt"), "inner\n");

        t("relative link", () -> Files.createSymbolicLink(base.resolve("link.txt"), Paths.get("real.txt")));
        t("absolute link", () -> Files.createSymbolicLink(base.resolve("alias"), base.resolve("dir")));
        t("dangling link", () -> Files.createSymbolicLink(base.resolve("dangling"), Paths.get("nowhere")));
        t("link exists", () -> Files.createSymbolicLink(base.resolve("link.txt"), Paths.get("x")));
        t("link in missing dir", () -> Files.createSymbolicLink(base.resolve("no/l"), Paths.get("x")));
        t("link with attributes", () -> Files.createSymbolicLink(base.resolve("x"), real,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))));

        t("read relative", () -> Files.readSymbolicLink(base.resolve("link.txt")));
        t("read absolute", () -> Files.readSymbolicLink(base.resolve("alias")));
        t("read dangling", () -> Files.readSymbolicLink(base.resolve("dangling")));
        t("read not a link", () -> Files.readSymbolicLink(real));
        t("read missing", () -> Files.readSymbolicLink(base.resolve("missing")));

        t("isSymbolicLink", () -> Files.isSymbolicLink(base.resolve("link.txt")) + " " + Files.isSymbolicLink(real));
        t("content via link", () -> Files.readString(base.resolve("link.txt")).trim());
        t("dangling exists", () -> Files.exists(base.resolve("dangling")) + " "
                + Files.exists(base.resolve("dangling"), LinkOption.NOFOLLOW_LINKS) + " "
                + Files.notExists(base.resolve("dangling")));
        t("isDirectory", () -> Files.isDirectory(base.resolve("alias")) + " "
                + Files.isDirectory(base.resolve("alias"), LinkOption.NOFOLLOW_LINKS));
        t("attributes", () -> {
            BasicFileAttributes a = Files.readAttributes(base.resolve("alias"), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            BasicFileAttributes b = Files.readAttributes(base.resolve("alias"), BasicFileAttributes.class);
            return a.isSymbolicLink() + " " + a.isDirectory() + " " + b.isSymbolicLink() + " " + b.isDirectory();
        });

        Path via = base.resolve("alias/inner/f.txt");
        t("toRealPath", () -> via.toRealPath());
        t("toRealPath nofollow", () -> via.toRealPath(LinkOption.NOFOLLOW_LINKS));
        t("toRealPath ..", () -> base.resolve("alias/..").toRealPath());
        t("toRealPath missing", () -> base.resolve("alias/missing").toRealPath());
        t("isSameFile", () -> Files.isSameFile(via, base.resolve("dir/inner/f.txt")));
        t("canonical", () -> new File(via.toString()).getCanonicalPath());
        t("canonical ..", () -> new File(base.toString(), "alias/../real.txt").getCanonicalPath());
        t("canonical missing tail", () -> new File(base.toString(), "alias/inner/none/../x").getCanonicalPath());
        t("canonical file", () -> new File(base.toFile(), "link.txt").getCanonicalFile().getName());

        t("hard link", () -> Files.createLink(base.resolve("hard.txt"), real));
        t("hard link exists", () -> Files.createLink(base.resolve("hard.txt"), real));
        t("hard link missing", () -> Files.createLink(base.resolve("hard2.txt"), base.resolve("missing")));
        Files.writeString(base.resolve("hard.txt"), "changed\n");
        t("write through hard link", () -> Files.readString(real).trim());
        t("delete link keeps target", () -> {
            Files.delete(base.resolve("link.txt"));
            return Files.exists(real);
        });

        List<String> names;
        try (Stream<Path> s = Files.walk(base)) {
            names = s.map(p -> base.relativize(p).toString()).sorted().collect(Collectors.toList());
        }
        System.out.println("walk: " + names);
        try (Stream<Path> s = Files.walk(base, FileVisitOption.FOLLOW_LINKS)) {
            System.out.println("walk following links: " + s.filter(p -> p.toString().endsWith("f.txt")).count());
        } catch (Exception e) {
            System.out.println("walk following links threw " + e.getClass().getName());
        }

        for (String n : new String[] {"a.txt", "b.html", "c.png", "archive.tar.gz", "noext", "d.JSON", "e.csv",
                ".hidden", "g.", "h.jpg", "k.pdf", "l.zip", "n.svg", "o.js", "q.jar", "r.xml", "s.md",
                "i.xyzunknown"}) {
            System.out.println(n + " -> " + Files.probeContentType(Paths.get("/nonexistent/dir", n)));
        }
        System.out.println("root -> " + Files.probeContentType(Paths.get("/")));
        try {
            Files.probeContentType(null);
        } catch (NullPointerException e) {
            System.out.println("null path: NullPointerException");
        }

        try (Stream<Path> s = Files.walk(base)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
        System.out.println("cleaned: " + Files.exists(base));
    }
}
