package files;

import java.io.IOException;
import java.nio.file.*;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.*;

public class WalkFileTree {
    static Path base;

    static String rel(Path p) {
        String r = base.relativize(p).toString();
        return r.isEmpty() ? "." : r;
    }

    /** Records every call; answers with the result chosen per event by `decide`. */
    static class Recorder implements FileVisitor<Path> {
        final List<String> events = new ArrayList<>();
        final Map<String, FileVisitResult> answers = new HashMap<>();

        FileVisitResult answer(String event) {
            events.add(event);
            return answers.getOrDefault(event, FileVisitResult.CONTINUE);
        }

        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!attrs.isDirectory() || attrs.isRegularFile()) throw new AssertionError(dir);
            return answer("pre " + rel(dir));
        }

        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String kind = attrs.isDirectory() ? "dir" : attrs.isRegularFile() ? "file(" + attrs.size() + ")" : "other";
            return answer("visit " + rel(file) + " " + kind);
        }

        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            return answer("failed " + rel(file) + " " + exc.getClass().getSimpleName());
        }

        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            return answer("post " + rel(dir) + (exc == null ? "" : " " + exc));
        }
    }

    /** Renders events as a tree with siblings sorted (the directory order is the host's). */
    static int pos;

    static String render(List<String> ev, Set<String> noChildren) {
        String e = ev.get(pos++);
        if (!e.startsWith("pre ") || noChildren.contains(e)) return e;
        String name = e.substring(4);
        List<String> children = new ArrayList<>();
        while (pos < ev.size() && !ev.get(pos).equals("post " + name)) {
            children.add(render(ev, noChildren));
        }
        Collections.sort(children);
        String end = pos < ev.size() ? ev.get(pos++) : "(no post)";
        return "{" + e + " " + children + " " + end + "}";
    }

    static String tree(List<String> ev, String... noChildren) {
        pos = 0;
        StringBuilder sb = new StringBuilder();
        Set<String> skip = new HashSet<>(Arrays.asList(noChildren));
        while (pos < ev.size()) sb.append(render(ev, skip)).append(pos < ev.size() ? " | " : "");
        return sb.toString();
    }

    static Recorder walk(Path start, Set<FileVisitOption> opts, int depth, String... answers) throws IOException {
        Recorder r = new Recorder();
        for (int i = 0; i < answers.length; i += 2) r.answers.put(answers[i], FileVisitResult.valueOf(answers[i + 1]));
        Path ret = Files.walkFileTree(start, opts, depth, r);
        if (ret != start) throw new AssertionError("return value");
        return r;
    }

    static void write(String name, String content) throws IOException {
        Files.writeString(base.resolve(name), content);
    }

    public static void main(String[] args) throws IOException {
        base = Files.createTempDirectory("cortado-walk-");
        Files.createDirectories(base.resolve("a/sub"));
        Files.createDirectory(base.resolve("a/empty"));
        Files.createDirectory(base.resolve("c"));
        write("a/x.txt", "xx");
        write("a/y.txt", "yyyy");
        write("a/sub/deep.txt", "deep content");
        write("b.txt", "b");
        write("c/only.txt", "only one");
        Set<FileVisitOption> none = EnumSet.noneOf(FileVisitOption.class);

        Recorder full = new Recorder();
        Files.walkFileTree(base, full);
        System.out.println("full: " + tree(full.events));
        System.out.println("full count: " + full.events.size() + " first: " + full.events.get(0) + " last: "
                + full.events.get(full.events.size() - 1));
        for (int d = 0; d <= 4; d++) {
            System.out.println("maxDepth " + d + ": " + tree(walk(base, none, d).events));
        }
        Recorder follow = walk(base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE);
        System.out.println("follow links same: " + tree(follow.events).equals(tree(full.events)));

        // SKIP_SUBTREE from preVisitDirectory: no entries, no postVisitDirectory
        Recorder st = walk(base, none, Integer.MAX_VALUE, "pre a", "SKIP_SUBTREE");
        System.out.println("skip subtree a: " + tree(st.events, "pre a"));
        // SKIP_SUBTREE from visitFile acts as CONTINUE
        Recorder sf = walk(base, none, Integer.MAX_VALUE, "visit b.txt file(1)", "SKIP_SUBTREE");
        System.out.println("skip subtree file: " + tree(sf.events).equals(tree(full.events)));
        // SKIP_SUBTREE from postVisitDirectory acts as CONTINUE
        Recorder sp = walk(base, none, Integer.MAX_VALUE, "post a/sub", "SKIP_SUBTREE", "post c", "SKIP_SIBLINGS");
        System.out.println("skip from post: " + tree(sp.events).equals(tree(full.events)));

        // SKIP_SIBLINGS from visitFile: the rest of the directory is skipped, its post still comes
        Recorder ss = walk(base, none, Integer.MAX_VALUE, "visit a/x.txt file(2)", "SKIP_SIBLINGS");
        int i = ss.events.indexOf("visit a/x.txt file(2)");
        System.out.println("skip siblings: next after x.txt = " + ss.events.get(i + 1));
        List<String> outside = new ArrayList<>();
        for (String e : ss.events) if (!e.contains(" a/")) outside.add(e);
        Collections.sort(outside);
        System.out.println("skip siblings outside a: " + outside);

        // SKIP_SIBLINGS from preVisitDirectory: no post for it, parent's rest skipped
        Recorder sd = walk(base, none, Integer.MAX_VALUE, "pre a/sub", "SKIP_SIBLINGS");
        i = sd.events.indexOf("pre a/sub");
        System.out.println("skip siblings dir: next = " + sd.events.get(i + 1) + " post sub seen: "
                + sd.events.contains("post a/sub") + " deep seen: " + sd.events.contains("visit a/sub/deep.txt file(12)"));

        // TERMINATE
        Recorder t = walk(base, none, Integer.MAX_VALUE, "visit a/sub/deep.txt file(12)", "TERMINATE");
        System.out.println("terminate: last = " + t.events.get(t.events.size() - 1) + " post . seen: "
                + t.events.contains("post ."));
        Recorder t2 = walk(base, none, Integer.MAX_VALUE, "pre .", "TERMINATE");
        System.out.println("terminate at start: " + t2.events);
        Recorder t3 = walk(base, none, Integer.MAX_VALUE, "pre .", "SKIP_SIBLINGS");
        System.out.println("skip siblings at start: " + t3.events);
        Recorder t4 = walk(base, none, Integer.MAX_VALUE, "post a", "TERMINATE");
        System.out.println("terminate at post a: last = " + t4.events.get(t4.events.size() - 1));

        // start is a file; start missing; start an empty directory
        System.out.println("file start: " + walk(base.resolve("b.txt"), none, 5).events);
        System.out.println("file start depth 0: " + walk(base.resolve("a/y.txt"), none, 0).events);
        System.out.println("missing start: " + walk(base.resolve("nope"), none, 5).events);
        System.out.println("empty dir: " + walk(base.resolve("a/empty"), none, 5).events);
        System.out.println("nested start: " + tree(walk(base.resolve("a/sub"), none, 9).events));
        try {
            Files.walkFileTree(base.resolve("missing/deeper"), new SimpleFileVisitor<Path>() {});
            System.out.println("no exception");
        } catch (NoSuchFileException e) {
            System.out.println("SimpleFileVisitor rethrows: " + e.getClass().getName() + " " + rel(Path.of(e.getFile())));
        }

        // errors
        try {
            Files.walkFileTree(base, none, -1, new SimpleFileVisitor<Path>() {});
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        try {
            Files.walkFileTree(base, new SimpleFileVisitor<Path>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return null;
                }
            });
        } catch (NullPointerException e) {
            System.out.println("null result: NullPointerException");
        }
        try {
            Files.walkFileTree(base, new SimpleFileVisitor<Path>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    throw new IOException("boom at " + file.getFileName().toString().length());
                }
            });
        } catch (IOException e) {
            System.out.println("visitor exception propagates: " + e.getMessage().startsWith("boom at "));
        }

        // typical uses: total size, file list, copy a tree, delete a tree
        long[] total = {0};
        List<String> names = new ArrayList<>();
        Files.walkFileTree(base, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                total[0] += attrs.size();
                names.add(rel(file));
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(names);
        System.out.println("total size " + total[0] + " files " + names);

        Path copy = base.resolve("copy");
        Path src = base.resolve("a");
        Files.walkFileTree(src, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectory(copy.resolve(src.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, copy.resolve(src.relativize(file)));
                return FileVisitResult.CONTINUE;
            }
        });
        System.out.println("copy: " + tree(walk(copy, none, 10).events));
        System.out.println("copied content: " + Files.readString(copy.resolve("sub/deep.txt")));

        BasicFileAttributes fa = Files.readAttributes(base.resolve("a/y.txt"), BasicFileAttributes.class);
        System.out.println("attrs file: dir=" + fa.isDirectory() + " reg=" + fa.isRegularFile() + " link="
                + fa.isSymbolicLink() + " other=" + fa.isOther() + " size=" + fa.size() + " mtime ok="
                + fa.lastModifiedTime().equals(Files.getLastModifiedTime(base.resolve("a/y.txt"))));
        BasicFileAttributes da = Files.readAttributes(base.resolve("a"), BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        System.out.println("attrs dir: dir=" + da.isDirectory() + " reg=" + da.isRegularFile());
        try {
            Files.readAttributes(base.resolve("zz"), BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            System.out.println("attrs missing: NoSuchFileException " + rel(Path.of(e.getMessage())));
        }

        List<String> deleted = new ArrayList<>();
        Files.walkFileTree(base, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                deleted.add(rel(file));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) throw exc;
                Files.delete(dir);
                deleted.add(rel(dir) + "/");
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(deleted);
        System.out.println("deleted " + deleted);
        System.out.println("base exists: " + Files.exists(base));
        System.out.println(Arrays.toString(FileVisitResult.values()) + " " + Arrays.toString(FileVisitOption.values()));
    }
}
