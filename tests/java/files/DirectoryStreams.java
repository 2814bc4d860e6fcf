package files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.*;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.*;
import java.util.regex.PatternSyntaxException;
import java.util.stream.*;

public class DirectoryStreams {
    static Path base;

    static String rel(Path p) {
        String r = base.relativize(p).toString();
        return r.isEmpty() ? "." : r;
    }

    static List<String> list(DirectoryStream<Path> ds) throws IOException {
        List<String> out = new ArrayList<>();
        try (ds) {
            for (Path p : ds) out.add(rel(p));
        }
        Collections.sort(out);
        return out;
    }

    public static void main(String[] args) throws IOException {
        base = Files.createTempDirectory("cortado-dirstream-");
        for (String f : new String[] {"a.txt", "b.txt", "ab.txt", "c.java", "Main.java", "notes.md", ".hidden", "x1",
                "x22", "data.tar.gz", "brace{1}.txt", "sub/inner.txt", "sub/deep/more.java", "sub/deep/z.txt"}) {
            Path p = base.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, f);
        }
        System.out.println("all: " + list(Files.newDirectoryStream(base)));
        for (String glob : new String[] {"*", "*.txt", "*.java", "{a,b}*", "[ab].txt", "[!ab]*", "?.txt", "x?", "x??",
                "*.{md,java}", "**", "*.*.*", ".*", "[a-c]*", "*.[tj]*", "brace\\{1\\}.txt", "A.TXT", "sub", "*[0-9]",
                "[-x]*", "[x-]*", "{}", "**.txt"}) {
            System.out.println("glob " + glob + ": " + list(Files.newDirectoryStream(base, glob)));
        }
        for (String bad : new String[] {"[abc", "{a,{b}}", "{a", "[z-a]", "a\\", "[a/b]"}) {
            try {
                Files.newDirectoryStream(base, bad).close();
                System.out.println("bad glob accepted: " + bad);
            } catch (PatternSyntaxException e) {
                System.out.println("bad glob " + bad + ": " + e.getDescription() + " at " + e.getIndex());
            }
        }
        System.out.println("filter dirs: " + list(Files.newDirectoryStream(base, Files::isDirectory)));
        System.out.println("filter size>5: " + list(Files.newDirectoryStream(base, p -> Files.isRegularFile(p) && Files.size(p) > 5)));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(base, p -> {
            throw new IOException("filter failed");
        })) {
            ds.iterator().hasNext();
        } catch (DirectoryIteratorException e) {
            System.out.println("DirectoryIteratorException cause: " + e.getCause().getMessage() + " "
                    + (e instanceof ConcurrentModificationException));
        }
        DirectoryStream<Path> ds = Files.newDirectoryStream(base.resolve("sub"));
        Iterator<Path> it = ds.iterator();
        try {
            ds.iterator();
        } catch (IllegalStateException e) {
            System.out.println("second iterator: " + e.getMessage());
        }
        List<String> seen = new ArrayList<>();
        while (it.hasNext()) seen.add(rel(it.next()));
        Collections.sort(seen);
        System.out.println("sub: " + seen);
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("next past end: NoSuchElementException");
        }
        ds.close();
        ds.close();
        try {
            ds.iterator();
        } catch (IllegalStateException e) {
            System.out.println("after close: " + e.getMessage());
        }
        DirectoryStream<Path> ds2 = Files.newDirectoryStream(base);
        Iterator<Path> it2 = ds2.iterator();
        ds2.close();
        System.out.println("hasNext after close: " + it2.hasNext());
        try {
            Files.newDirectoryStream(base.resolve("a.txt"));
        } catch (NotDirectoryException e) {
            System.out.println("not a directory: NotDirectoryException " + rel(Path.of(e.getFile())));
        }
        try {
            Files.newDirectoryStream(base.resolve("missing"));
        } catch (NoSuchFileException e) {
            System.out.println("missing: NoSuchFileException " + rel(Path.of(e.getFile())));
        }

        // Files.find
        try (Stream<Path> s = Files.find(base, Integer.MAX_VALUE, (p, a) -> a.isRegularFile() && p.toString().endsWith(".java"))) {
            System.out.println("find *.java: " + s.map(DirectoryStreams::rel).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.find(base, 1, (p, a) -> a.isDirectory())) {
            System.out.println("find dirs depth 1: " + s.map(DirectoryStreams::rel).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.find(base, 0, (p, a) -> true)) {
            System.out.println("find depth 0: " + s.map(DirectoryStreams::rel).collect(Collectors.toList()));
        }
        System.out.println("find count: " + Files.find(base, 10, (p, a) -> true).count() + " sizes "
                + Files.find(base, 10, (p, a) -> a.isRegularFile()).mapToLong(p -> {
                    try {
                        return Files.size(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).sum());
        System.out.println("find from file: " + Files.find(base.resolve("x1"), 5, (p, a) -> true).map(DirectoryStreams::rel)
                .collect(Collectors.toList()));
        try {
            Files.find(base.resolve("nope"), 3, (p, a) -> true);
        } catch (NoSuchFileException e) {
            System.out.println("find missing: NoSuchFileException " + rel(Path.of(e.getFile())));
        }
        try {
            Files.find(base, -1, (p, a) -> true);
        } catch (IllegalArgumentException e) {
            System.out.println("find -1: " + e.getMessage());
        }
        // lazy: the matcher runs while the stream is consumed
        List<String> log = new ArrayList<>();
        Stream<Path> lazy = Files.find(base.resolve("sub/deep"), 1, (p, a) -> {
            log.add("test");
            return true;
        });
        System.out.println("before consuming: " + log.size());
        long n = lazy.count();
        System.out.println("after consuming: " + log.size() + " count " + n);

        // Files.walk is lazy too: a file created in a directory not yet listed is seen
        Stream<Path> walk = Files.walk(base.resolve("sub"));
        Files.writeString(base.resolve("sub/deep/late.txt"), "late");
        System.out.println("walk sees late file: " + walk.map(DirectoryStreams::rel).sorted().collect(Collectors.toList()));
        Files.delete(base.resolve("sub/deep/late.txt"));
        try {
            Files.walk(base.resolve("nope"));
        } catch (NoSuchFileException e) {
            System.out.println("walk missing: NoSuchFileException " + rel(Path.of(e.getFile())));
        }
        try {
            Files.walk(base, -2);
        } catch (IllegalArgumentException e) {
            System.out.println("walk -2: " + e.getMessage());
        }
        System.out.println("walk depth 1: " + Files.walk(base, 1).map(DirectoryStreams::rel).sorted().collect(Collectors.toList()));

        // path matchers
        FileSystem fs = FileSystems.getDefault();
        System.out.println("fs: same " + (base.getFileSystem() == fs) + " sep " + fs.getSeparator() + " open " + fs.isOpen()
                + " ro " + fs.isReadOnly() + " roots " + StreamSupport.stream(fs.getRootDirectories().spliterator(), false).collect(Collectors.toList()) + " path " + fs.getPath("a", "b", "c"));
        for (String m : new String[] {"glob:**/*.java", "glob:*.java", "regex:.*\\.txt", "GLOB:**/sub/**", "glob:**/{a,b}.txt",
                "regex:.*/x[0-9]+", "glob:**.md"}) {
            PathMatcher pm = fs.getPathMatcher(m);
            try (Stream<Path> s = Files.walk(base)) {
                System.out.println(m + ": " + s.filter(pm::matches).map(DirectoryStreams::rel).sorted().collect(Collectors.toList()));
            }
        }
        System.out.println("relative: " + fs.getPathMatcher("glob:*.txt").matches(Path.of("a.txt")) + " "
                + fs.getPathMatcher("glob:*.txt").matches(Path.of("d/a.txt")) + " "
                + fs.getPathMatcher("glob:*/*.txt").matches(Path.of("d/a.txt")));
        for (String m : new String[] {"foo:bar", "nocolon", ":x", "glob:", "regex:("}) {
            try {
                fs.getPathMatcher(m);
                System.out.println(m + " accepted");
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                System.out.println(m + " " + e.getClass().getSimpleName() + ": " + (e instanceof PatternSyntaxException
                        ? ((PatternSyntaxException) e).getDescription() : e.getMessage()));
            }
        }

        // clean up
        try (Stream<Path> s = Files.walk(base)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) Files.delete(p);
        }
        System.out.println("cleaned: " + Files.notExists(base));
    }
}
