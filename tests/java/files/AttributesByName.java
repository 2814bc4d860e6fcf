package files;

import java.nio.file.*;
import java.nio.file.attribute.*;
import java.util.*;

/** Files.getAttribute/readAttributes by name ("size", "basic:isDirectory", "*") and Files.mismatch. */
public class AttributesByName {
    interface Action {
        Object run() throws Exception;
    }

    static Path dir;

    static void t(String what, Action a) {
        try {
            System.out.println(what + " -> " + a.run());
        } catch (Exception e) {
            System.out.println(what + " !! " + e.toString().replace(dir.toString(), "<dir>"));
        }
    }

    public static void main(String[] args) throws Exception {
        dir = Files.createTempDirectory("attrs");
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "hello world");
        Path g = dir.resolve("b.txt");
        Files.writeString(g, "hello there");
        Path h = dir.resolve("c.txt");
        Files.writeString(h, "hello world");
        Path prefix = dir.resolve("d.txt");
        Files.writeString(prefix, "hello");
        Path empty = dir.resolve("e.txt");
        Files.createFile(empty);
        t("size", () -> Files.getAttribute(f, "size"));
        t("basic:size", () -> Files.getAttribute(f, "basic:size"));
        t("isDirectory", () -> Files.getAttribute(dir, "isDirectory") + " " + Files.getAttribute(f, "basic:isRegularFile")
                + " " + Files.getAttribute(f, "isSymbolicLink") + " " + Files.getAttribute(f, "isOther"));
        t("lastModifiedTime type", () -> Files.getAttribute(f, "lastModifiedTime").getClass().getSimpleName());
        t("map", () -> new TreeMap<>(Files.readAttributes(f, "size,isDirectory")));
        t("basic map", () -> new TreeMap<>(Files.readAttributes(dir, "basic:isDirectory,isRegularFile")));
        t("all", () -> new TreeSet<>(Files.readAttributes(f, "*").keySet()));
        t("posix permissions", () -> {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
            @SuppressWarnings("unchecked")
            Set<PosixFilePermission> p = (Set<PosixFilePermission>) Files.getAttribute(f, "posix:permissions");
            return PosixFilePermissions.toString(p);
        });
        t("unknown", () -> Files.getAttribute(f, "colour"));
        t("unknown in map", () -> Files.readAttributes(f, "size,colour"));
        t("missing file", () -> Files.getAttribute(dir.resolve("nope"), "size"));
        t("mismatch same content", () -> Files.mismatch(f, h));
        t("mismatch same file", () -> Files.mismatch(f, f));
        t("mismatch differs", () -> Files.mismatch(f, g));
        t("mismatch prefix", () -> Files.mismatch(f, prefix) + " " + Files.mismatch(prefix, f));
        t("mismatch empty", () -> Files.mismatch(empty, f) + " " + Files.mismatch(empty, empty));
        t("mismatch missing", () -> Files.mismatch(f, dir.resolve("nope")));
        byte[] big = new byte[20000];
        Files.write(g, big);
        big[15000] = 1;
        Files.write(h, big);
        t("mismatch big", () -> Files.mismatch(g, h));
        for (Path p : new Path[] {f, g, h, prefix, empty}) {
            Files.delete(p);
        }
        Files.delete(dir);
    }
}
