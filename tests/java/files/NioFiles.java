package files;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

public class NioFiles {
    static Path tmp;

    static String rel(Object p) {
        String s = String.valueOf(p);
        String b = tmp.toString();
        return s.replace(b, "<tmp>");
    }

    static void paths() {
        String[] inputs = {"a/b/c.txt", "/a/b/", "a//b", "/", "", "name", "/x", "./a/../b", "a/./b/../../c", "/../a", "../../x"};
        for (String in : inputs) {
            Path p = Path.of(in);
            System.out.println("[" + in + "] " + p + " file=" + p.getFileName() + " parent=" + p.getParent() + " root="
                    + p.getRoot() + " abs=" + p.isAbsolute() + " count=" + p.getNameCount() + " norm=[" + p.normalize()
                    + "]");
        }
        Path p = Paths.get("/usr", "local", "", "bin/java");
        System.out.println(p + " " + p.getName(0) + " " + p.subpath(1, 3) + " " + p.startsWith("/usr") + " "
                + p.startsWith("usr") + " " + p.startsWith(Path.of("/usr/loc")) + " " + p.endsWith("bin/java") + " "
                + p.endsWith("java") + " " + p.endsWith("/bin/java"));
        List<String> parts = new ArrayList<>();
        for (Path part : p) {
            parts.add(part.toString());
        }
        System.out.println(parts);
        System.out.println(Path.of("a").resolve("b") + " " + Path.of("a").resolve("/b") + " " + Path.of("/").resolve("b")
                + " " + Path.of("").resolve("b") + " [" + Path.of("a").resolve("") + "] " + Path.of("a/b").resolveSibling("c")
                + " " + Path.of("a").resolveSibling("c"));
        System.out.println(Path.of("/a/b").relativize(Path.of("/a/c/d")) + " [" + Path.of("a").relativize(Path.of("a"))
                + "] " + Path.of("a/b/c").relativize(Path.of("a")) + " " + Path.of("").relativize(Path.of("x/y")));
        try {
            Path.of("a").relativize(Path.of("/a"));
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        System.out.println(Path.of("a/b").equals(Path.of("a//b/")) + " " + Path.of("a/b").equals(Path.of("a/c")) + " "
                + (Path.of("x/y").hashCode() == Path.of("x/y").hashCode()) + " "
                + Integer.signum(Path.of("a").compareTo(Path.of("b"))));
        System.out.println(Path.of("rel").toAbsolutePath().equals(Path.of(System.getProperty("user.dir"), "rel")));
        System.out.println(Path.of("f.txt").toFile().getName() + " " + new File("q/r").toPath().getParent());
    }

    public static void main(String[] args) throws IOException {
        paths();
        // A fresh directory (the golden harness runs modes in parallel), then fixed names in it.
        Path base = Files.createTempDirectory("cortado-nio-");
        System.out.println("base " + base.startsWith(System.getProperty("java.io.tmpdir")) + " "
                + base.getFileName().toString().startsWith("cortado-nio-"));
        tmp = base.resolve("nio");
        System.out.println("exists " + Files.exists(tmp) + " notExists " + Files.notExists(tmp));
        System.out.println(rel(Files.createDirectory(tmp)) + " dir " + Files.isDirectory(tmp) + " regular "
                + Files.isRegularFile(tmp));
        try {
            Files.createDirectory(tmp);
        } catch (FileAlreadyExistsException e) {
            System.out.println("FAEE " + rel(e.getMessage()) + " file=" + rel(e.getFile()));
        }

        Path a = tmp.resolve("a.txt");
        Files.write(a, "alpha\nbeta\n".getBytes(StandardCharsets.UTF_8));
        System.out.println("size " + Files.size(a) + " regular " + Files.isRegularFile(a) + " readable "
                + Files.isReadable(a) + " writable " + Files.isWritable(a) + " hidden " + Files.isHidden(a));
        Files.write(a, "gamma\n".getBytes(), StandardOpenOption.APPEND);
        System.out.println(Files.readAllLines(a));
        System.out.println(Files.readString(a).replace("\n", "|"));
        System.out.println(Arrays.toString(Files.readAllBytes(a)).length());
        Files.writeString(a, "one\ntwo\nthree\n\u00fcnicode\n");
        try (Stream<String> lines = Files.lines(a)) {
            System.out.println(lines.map(String::toUpperCase).collect(Collectors.joining(",")));
        }
        System.out.println(Files.lines(a).filter(s -> s.startsWith("t")).count());
        Path b = tmp.resolve("b.txt");
        Files.write(b, List.of("x", "y", "z"));
        Files.write(b, Arrays.asList("w"), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        System.out.println(Files.readAllLines(b, StandardCharsets.UTF_8) + " " + Files.size(b));
        Files.write(b, "short".getBytes(), StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        System.out.println(Files.readString(b));
        try (BufferedWriter w = Files.newBufferedWriter(tmp.resolve("c.txt"))) {
            w.write("written by writer");
            w.newLine();
            w.write("second");
        }
        try (BufferedReader r = Files.newBufferedReader(tmp.resolve("c.txt"))) {
            System.out.println(r.readLine() + " / " + r.readLine() + " / " + r.readLine());
        }
        try (OutputStream out = Files.newOutputStream(tmp.resolve("d.bin"))) {
            out.write(new byte[] {1, 2, 3, 4, 5});
        }
        try (InputStream in = Files.newInputStream(tmp.resolve("d.bin"))) {
            System.out.println(in.read() + " " + in.read() + " " + in.readAllBytes().length);
        }

        // Errors
        Path missing = tmp.resolve("missing.txt");
        try {
            Files.readAllBytes(missing);
        } catch (NoSuchFileException e) {
            System.out.println("NSFE " + rel(e.getMessage()));
        }
        try {
            Files.size(missing);
        } catch (NoSuchFileException e) {
            System.out.println("NSFE " + rel(e.getMessage()));
        }
        try {
            Files.readString(tmp);
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + " " + rel(e.getMessage()));
        }
        try {
            Files.write(tmp, new byte[1]);
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + " " + rel(e.getMessage()));
        }
        try {
            Files.write(missing, new byte[1], StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + " " + rel(e.getMessage()));
        }
        try {
            Files.write(a, new byte[1], StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + " " + rel(e.getMessage()));
        }
        try {
            Files.write(a, new byte[1], StandardOpenOption.APPEND, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            Files.lines(missing);
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + " " + rel(e.getMessage()));
        }
        try {
            Files.list(a);
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + " " + rel(e.getMessage()));
        }
        try {
            Files.createDirectory(tmp.resolve("no/such/dir"));
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + " " + rel(e.getMessage()));
        }

        // Create / delete
        Path e = tmp.resolve("e.txt");
        System.out.println(rel(Files.createFile(e)) + " " + Files.size(e));
        try {
            Files.createFile(e);
        } catch (FileAlreadyExistsException x) {
            System.out.println("FAEE " + rel(x.getMessage()));
        }
        Path deep = tmp.resolve("x/y/z");
        System.out.println(rel(Files.createDirectories(deep)) + " " + Files.isDirectory(deep));
        System.out.println(rel(Files.createDirectories(deep)));
        try {
            Files.createDirectories(a.resolve("sub"));
        } catch (IOException x) {
            System.out.println(x.getClass().getName() + " " + rel(x.getMessage()));
        }
        try {
            Files.createDirectories(a);
        } catch (IOException x) {
            System.out.println(x.getClass().getName() + " " + rel(x.getMessage()));
        }
        Files.writeString(deep.resolve("leaf.txt"), "leaf");
        try {
            Files.delete(tmp.resolve("x"));
        } catch (DirectoryNotEmptyException x) {
            System.out.println("DNEE " + rel(x.getMessage()));
        }
        try {
            Files.delete(missing);
        } catch (NoSuchFileException x) {
            System.out.println("NSFE " + rel(x.getMessage()));
        }
        System.out.println("deleteIfExists " + Files.deleteIfExists(e) + " " + Files.deleteIfExists(e));

        // Listing and walking (sorted: directory order is the host's)
        try (Stream<Path> s = Files.list(tmp)) {
            System.out.println(s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.walk(tmp)) {
            System.out.println(s.map(p -> rel(p)).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.walk(tmp, 1)) {
            System.out.println(s.count());
        }
        List<String> files = Files.walk(tmp).filter(Files::isRegularFile).map(p -> tmp.relativize(p).toString()).sorted()
                .collect(Collectors.toList());
        System.out.println(files);

        // Copy and move
        Path copy = tmp.resolve("copy.txt");
        Files.copy(a, copy);
        System.out.println("copy " + Files.readString(copy).length() + " " + Files.size(a));
        try {
            Files.copy(a, copy);
        } catch (FileAlreadyExistsException x) {
            System.out.println("FAEE " + rel(x.getMessage()));
        }
        Files.copy(b, copy, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("replaced " + Files.readString(copy));
        Path moved = tmp.resolve("x/moved.txt");
        Files.move(copy, moved);
        System.out.println("moved " + Files.exists(copy) + " " + Files.exists(moved) + " " + Files.readString(moved));
        try {
            Files.move(missing, moved);
        } catch (NoSuchFileException x) {
            System.out.println("NSFE " + rel(x.getMessage()));
        }
        try {
            Files.move(a, moved);
        } catch (FileAlreadyExistsException x) {
            System.out.println("FAEE " + rel(x.getMessage()));
        }
        Files.move(a, moved, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("replaced move " + Files.readAllLines(moved).size() + " " + Files.exists(a));
        long n = Files.copy(new ByteArrayInputStream("from stream".getBytes()), tmp.resolve("s.txt"));
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        System.out.println(n + " " + Files.copy(tmp.resolve("s.txt"), bos) + " " + bos);

        // Temporary files
        Path tf = Files.createTempFile(tmp, "pre", ".suf");
        Path td = Files.createTempDirectory(tmp, "dir");
        System.out.println("temp " + tf.getFileName().toString().startsWith("pre") + " "
                + tf.getFileName().toString().endsWith(".suf") + " " + Files.isRegularFile(tf) + " "
                + Files.isDirectory(td) + " " + td.getParent().equals(tmp));

        // java.io.File interplay
        File f = moved.toFile();
        System.out.println(f.exists() + " " + f.length() + " " + f.toPath().equals(moved));

        cleanup(base);
        System.out.println("cleaned " + Files.notExists(tmp) + " " + Files.notExists(base));
    }

    static void cleanup(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
        }
        for (Path p : all) {
            Files.delete(p);
        }
    }
}
