package files;

import java.io.*;
import java.nio.file.*;
import java.nio.file.attribute.*;
import java.util.*;
import java.util.stream.*;

public class LinkLoops {
    public static void main(String[] args) throws Exception {
        Path base = Files.createTempDirectory("cortado-loop-").toRealPath();
        Files.createDirectories(base.resolve("a/b"));
        Files.writeString(base.resolve("a/b/f.txt"), "x");
        Files.createSymbolicLink(base.resolve("a/b/up"), base.resolve("a"));
        Files.createSymbolicLink(base.resolve("a/dang"), Paths.get("nowhere"));
        try (Stream<Path> s = Files.walk(base)) { System.out.println(s.map(p -> base.relativize(p).toString()).sorted().collect(Collectors.toList())); }
        try (Stream<Path> s = Files.walk(base, FileVisitOption.FOLLOW_LINKS)) { System.out.println(s.count()); } catch (UncheckedIOException e) { System.out.println("UIOE " + e.getCause().getClass().getName() + " " + e.getCause().getMessage().replace(base.toString(), "B")); }
        List<String> ev = new ArrayList<>();
        Files.walkFileTree(base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 10, new SimpleFileVisitor<Path>() {
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) { ev.add("F " + base.relativize(f) + " " + a.isSymbolicLink()); return FileVisitResult.CONTINUE; }
            public FileVisitResult visitFileFailed(Path f, IOException e) { ev.add("X " + base.relativize(f) + " " + e.getClass().getSimpleName()); return FileVisitResult.CONTINUE; }
        });
        Collections.sort(ev); System.out.println(ev);
        ev.clear();
        Files.walkFileTree(base, new SimpleFileVisitor<Path>() {
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) { ev.add("F " + base.relativize(f) + " " + a.isSymbolicLink() + " " + a.isOther()); return FileVisitResult.CONTINUE; }
        });
        Collections.sort(ev); System.out.println(ev);
        File up = base.resolve("a/b/up").toFile();
        System.out.println(up.isDirectory() + " " + up.exists() + " " + up.list().length + " " + new File(base.toFile(), "a/dang").exists() + " " + Files.deleteIfExists(base.resolve("a/dang")));
        try (Stream<Path> s = Files.find(base, 5, (p, a) -> a.isSymbolicLink())) { System.out.println(s.map(p -> base.relativize(p).toString()).collect(Collectors.toList())); }
        try (Stream<Path> s = Files.list(base.resolve("a/b/up"))) { System.out.println(s.map(p -> base.relativize(p).toString()).sorted().collect(Collectors.toList())); }
        System.out.println(up.delete() + " " + Files.exists(base.resolve("a")));
        Files.createSymbolicLink(base.resolve("a/b/up"), base.resolve("a"));
        Files.delete(base.resolve("a/b/f.txt")); // one entry per directory: a fixed order
        try (Stream<Path> s = Files.walk(base, FileVisitOption.FOLLOW_LINKS)) {
            s.forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    System.out.println(base.relativize(p) + " dir=" + a.isDirectory() + " key=" + (a.fileKey() != null)
                            + " times=" + a.lastModifiedTime().equals(Files.getLastModifiedTime(p)));
                } catch (IOException e) {
                    System.out.println(base.relativize(p) + " " + e);
                }
            });
        } catch (UncheckedIOException e) {
            System.out.println("stopped at the loop: " + e.getCause().getClass().getSimpleName());
        }
        try (Stream<Path> s = Files.walk(base)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) Files.delete(p);
        }
        System.out.println("cleaned: " + Files.exists(base));
    }
}
