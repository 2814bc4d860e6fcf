package files;

import java.io.IOException;
import java.nio.file.*;
import java.nio.file.attribute.*;
import java.time.Instant;
import java.util.*;
import java.util.stream.*;

/** POSIX attributes: owner, group, permissions, initial permissions, file keys, nanosecond times. */
public class PosixAttributes {
    interface Op { Object call() throws Exception; }

    static Path base;

    static void t(String label, Op op) {
        try {
            Object r = op.call();
            System.out.println(label + ": " + String.valueOf(r).replace(base.toString(), "BASE"));
        } catch (Exception e) {
            System.out.println(label + " threw " + e.getClass().getName() + ": "
                    + String.valueOf(e.getMessage()).replace(base.toString(), "BASE"));
        }
    }

    static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    static FileAttribute<?> named(String name) {
        return new FileAttribute<Object>() {
            public String name() { return name; }
            public Object value() { return Boolean.TRUE; }
        };
    }

    public static void main(String[] args) throws Exception {
        base = Files.createTempDirectory("cortado-posix-");
        String user = System.getProperty("user.name");
        t("temp directory", () -> perms(base));
        Path temp = Files.createTempFile(base, "t", ".txt");
        t("temp file", () -> perms(temp));
        t("temp file with attributes", () -> perms(Files.createTempFile(base, "u", null,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")))));
        t("temp directory with attributes", () -> perms(Files.createTempDirectory(base, "d",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")))));
        t("createFile rwxr-x---", () -> perms(Files.createFile(base.resolve("exec.sh"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")))));
        t("createDirectory rwx--x--x", () -> perms(Files.createDirectory(base.resolve("dir"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")))));
        t("createDirectories rwx------", () -> {
            Files.createDirectories(base.resolve("a/b/c"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            return perms(base.resolve("a")) + " " + perms(base.resolve("a/b/c"));
        });
        t("unsupported initial attribute", () -> Files.createFile(base.resolve("dos.txt"), named("dos:hidden")));
        t("not created", () -> Files.exists(base.resolve("dos.txt")));
        t("unix:permissions", () -> perms(Files.createFile(base.resolve("unix.txt"), new FileAttribute<Set<PosixFilePermission>>() {
            public String name() { return "unix:permissions"; }
            public Set<PosixFilePermission> value() { return EnumSet.of(PosixFilePermission.OWNER_READ); }
        })));

        Path file = Files.writeString(base.resolve("data.txt"), "hello\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        PosixFileAttributes attrs = Files.readAttributes(file, PosixFileAttributes.class);
        t("owner is user.name", () -> attrs.owner().getName().equals(user) + " " + attrs.owner().toString().equals(user));
        t("group", () -> (attrs.group() instanceof GroupPrincipal) + " " + !attrs.group().getName().isEmpty());
        t("permissions", () -> PosixFilePermissions.toString(attrs.permissions()));
        t("size and kind", () -> attrs.size() + " " + attrs.isRegularFile() + " " + attrs.isDirectory());
        t("getOwner", () -> Files.getOwner(file).equals(attrs.owner()) + " " + Files.getOwner(file).getName().equals(user));
        t("owner:owner", () -> Files.getAttribute(file, "owner:owner").equals(attrs.owner()));
        t("posix:group", () -> Files.getAttribute(file, "posix:group").equals(attrs.group()));
        t("posix:permissions", () -> PosixFilePermissions.toString(
                (Set<PosixFilePermission>) Files.getAttribute(file, "posix:permissions")));
        t("posix:*", () -> new TreeSet<>(Files.readAttributes(file, "posix:*").keySet()));
        t("owner:*", () -> Files.readAttributes(file, "owner:*").keySet());
        t("owner:size", () -> Files.getAttribute(file, "owner:size"));
        t("posix:size,owner", () -> new TreeSet<>(Files.readAttributes(file, "posix:size,owner").keySet()));
        t("basic:owner", () -> Files.getAttribute(file, "basic:owner"));

        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        t("posix view", () -> view.name() + " " + view.getOwner().getName().equals(user) + " " + view.readAttributes().size());
        view.setPermissions(PosixFilePermissions.fromString("r--------"));
        t("after setPermissions", () -> perms(file));
        FileOwnerAttributeView ownerView = Files.getFileAttributeView(file, FileOwnerAttributeView.class);
        t("owner view", () -> ownerView.name() + " " + ownerView.getOwner().equals(attrs.owner()));

        Path hard = Files.createLink(base.resolve("hard.txt"), file);
        Path copy = Files.copy(file, base.resolve("copy.txt"));
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        t("fileKey", () -> key.toString().startsWith("(dev=") + " " + key.toString().contains(",ino="));
        t("fileKey of hard link", () -> key.equals(Files.readAttributes(hard, BasicFileAttributes.class).fileKey()));
        t("fileKey of copy", () -> key.equals(Files.readAttributes(copy, BasicFileAttributes.class).fileKey()));
        t("isSameFile hard link", () -> Files.isSameFile(file, hard));
        t("isSameFile copy", () -> Files.isSameFile(file, copy));
        t("isSameFile missing", () -> Files.isSameFile(file, base.resolve("missing")));

        for (String when : new String[] {"2020-01-02T03:04:05.678Z", "2021-06-30T12:00:00Z", "1999-12-31T23:59:59.001Z"}) {
            Files.setLastModifiedTime(copy, FileTime.from(Instant.parse(when)));
            BasicFileAttributes b = Files.readAttributes(copy, BasicFileAttributes.class);
            t("modified " + when, () -> b.lastModifiedTime() + " " + b.creationTime().equals(b.lastModifiedTime()) + " "
                    + b.lastModifiedTime().toMillis() + " " + Files.getLastModifiedTime(copy).equals(b.lastModifiedTime()));
        }

        Path script = Files.writeString(base.resolve("run.sh"), "echo hi\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        t("copy keeps permissions", () -> perms(Files.copy(script, base.resolve("run2.sh"))));
        t("copy with attributes", () -> perms(Files.copy(script, base.resolve("run3.sh"), StandardCopyOption.COPY_ATTRIBUTES)));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("r--r-----"));
        t("copy of read-only", () -> perms(Files.copy(script, base.resolve("run4.sh"))) + " "
                + Files.readString(base.resolve("run4.sh")).trim());
        Path sub = Files.createDirectory(base.resolve("locked"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-x---")));
        t("copy of directory", () -> perms(Files.copy(sub, base.resolve("locked2"))));
        Files.createSymbolicLink(base.resolve("link"), Paths.get("run.sh"));
        t("copy of link, not followed", () -> {
            Path c = Files.copy(base.resolve("link"), base.resolve("link2"), LinkOption.NOFOLLOW_LINKS);
            return Files.isSymbolicLink(c) + " " + Files.readSymbolicLink(c);
        });
        t("copy of link, followed", () -> Files.isSymbolicLink(Files.copy(base.resolve("link"), base.resolve("link3"))));

        // access(2): root reads and writes anything; execute needs some execute bit
        boolean root = "root".equals(user);
        java.io.File f = script.toFile();
        for (String mode : new String[] {"---------", "r--------", "-w-------", "--x------", "------r-x", "rwxrwxrwx"}) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString(mode));
            boolean r = root || mode.charAt(0) == 'r';
            boolean w = root || mode.charAt(1) == 'w';
            boolean x = mode.indexOf('x') >= 0 && (root || mode.charAt(2) == 'x');
            t("access " + mode, () -> (f.canRead() == r) + " " + (f.canWrite() == w) + " " + (f.canExecute() == x)
                    + " " + (Files.isReadable(script) == r) + " " + (Files.isWritable(script) == w) + " "
                    + (Files.isExecutable(script) == x));
        }
        t("access missing", () -> new java.io.File(base.toFile(), "none").canRead() + " "
                + Files.isReadable(base.resolve("none")) + " " + Files.isExecutable(base.resolve("none")));

        try (Stream<Path> s = Files.walk(base)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
                }
                Files.delete(p);
            }
        }
        System.out.println("cleaned: " + Files.exists(base));
    }
}
