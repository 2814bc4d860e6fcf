package files;

import java.io.File;
import java.nio.file.*;
import java.nio.file.attribute.*;
import java.util.*;

/**
 * POSIX permissions: PosixFilePermissions converts between sets and "rwxr-x---";
 * Files.get/setPosixFilePermissions and File.setReadable/setWritable/setExecutable/setReadOnly
 * change the mode bits (checked through the permission sets, which do not depend on the user).
 */
public class Permissions {
    static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    public static void main(String[] args) throws Exception {
        Set<PosixFilePermission> set = PosixFilePermissions.fromString("rwxr-x--x");
        System.out.println(new TreeSet<>(set) + " " + PosixFilePermissions.toString(set));
        System.out.println(PosixFilePermissions.toString(EnumSet.noneOf(PosixFilePermission.class)) + " "
                + PosixFilePermissions.toString(EnumSet.allOf(PosixFilePermission.class)));
        for (String bad : new String[] {"rwx", "rwxrwxrwxr", "xwrxwrxwr", "rw-r--r-?"}) {
            try {
                PosixFilePermissions.fromString(bad);
            } catch (IllegalArgumentException e) {
                System.out.println(bad + ": " + e.getMessage());
            }
        }
        FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(set);
        System.out.println(attr.name() + " " + PosixFilePermissions.toString(attr.value()));
        try {
            attr.value().add(PosixFilePermission.OWNER_READ);
        } catch (UnsupportedOperationException e) {
            System.out.println("attribute value is unmodifiable");
        }
        System.out.println(PosixFilePermission.valueOf("GROUP_WRITE").ordinal() + " " + Arrays.toString(PosixFilePermission.values()));

        Path dir = Files.createTempDirectory("perms");
        Path f = dir.resolve("script.sh");
        Files.writeString(f, "#!/bin/sh\necho hi\n");
        for (String m : new String[] {"rw-r--r--", "r--------", "rwxrwxrwx", "---------", "rw-------", "rwxr-xr-x"}) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(m));
            System.out.println(m + " -> " + mode(f));
        }
        File file = f.toFile();
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        System.out.println(file.setExecutable(true) + " " + mode(f));
        System.out.println(file.setExecutable(true, false) + " " + mode(f));
        System.out.println(file.setWritable(true, false) + " " + mode(f));
        System.out.println(file.setReadOnly() + " " + mode(f));
        System.out.println(file.setReadable(false) + " " + mode(f));
        System.out.println(file.setReadable(false, false) + " " + mode(f));
        System.out.println(file.setReadable(true, false) + " " + mode(f));
        System.out.println(file.setWritable(true) + " " + mode(f));
        System.out.println(file.setExecutable(false, false) + " " + mode(f));
        File missing = new File(dir.toFile(), "missing");
        System.out.println(missing.setReadable(true) + " " + missing.setWritable(false) + " " + missing.setExecutable(true)
                + " " + missing.setReadOnly());
        try {
            Files.setPosixFilePermissions(dir.resolve("missing"), set);
        } catch (NoSuchFileException e) {
            System.out.println("NoSuchFileException " + e.getMessage().endsWith("missing"));
        }
        try {
            Files.getPosixFilePermissions(dir.resolve("missing"));
        } catch (NoSuchFileException e) {
            System.out.println("NoSuchFileException " + e.getMessage().endsWith("missing"));
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        System.out.println(mode(dir));
        Files.delete(f);
        Files.delete(dir);
    }
}
