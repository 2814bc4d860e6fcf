package lang;

import java.io.*;
import java.nio.file.*;
import java.nio.file.attribute.*;
import java.security.*;
import java.util.*;

@SuppressWarnings("removal")
public class Privileged {
    static String readProp(String name) {
        return AccessController.doPrivileged((PrivilegedAction<String>) () -> System.getProperty(name, "none"));
    }

    public static void main(String[] args) throws Exception {
        System.out.println(readProp("no.such.property") + " " + readProp("file.separator"));
        Integer n = AccessController.doPrivileged(new PrivilegedExceptionAction<Integer>() {
            public Integer run() throws Exception { return Integer.parseInt("42"); }
        });
        System.out.println(n);
        try {
            AccessController.doPrivileged((PrivilegedExceptionAction<Object>) () -> { throw new IOException("disk gone"); });
        } catch (PrivilegedActionException e) {
            System.out.println(e + " | " + e.getMessage() + " | " + e.getException() + " | " + e.getCause());
        }
        try {
            AccessController.doPrivileged((PrivilegedExceptionAction<Object>) () -> { throw new IllegalStateException("unchecked passes"); });
        } catch (IllegalStateException e) {
            System.out.println("unchecked: " + e.getMessage());
        }
        try {
            AccessController.doPrivileged((PrivilegedAction<Object>) () -> { throw new UnsupportedOperationException("plain"); });
        } catch (UnsupportedOperationException e) {
            System.out.println("plain: " + e.getMessage());
        }
        AccessControlContext ctx = AccessController.getContext();
        System.out.println(AccessController.doPrivileged((PrivilegedAction<String>) () -> "with context", ctx));
        try { AccessController.doPrivileged((PrivilegedAction<String>) () -> "x", ctx, (Permission) null); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        System.out.println(new PrivilegedActionException(null) + " " + new PrivilegedActionException(new Exception("m")).getLocalizedMessage());

        for (Permission p : new Permission[]{new PropertyPermission("java.version", "read"), new PropertyPermission("user.home", "read"), new PropertyPermission("os.name", "read,write"), new RuntimePermission("exitVM.3"), new RuntimePermission("setIO")}) {
            try { AccessController.checkPermission(p); System.out.println("granted " + p); } catch (AccessControlException e) { System.out.println(e.getMessage() + " " + (e.getPermission() == p)); }
            try { ctx.checkPermission(p); System.out.println("ctx granted"); } catch (AccessControlException e) { System.out.println("ctx denied"); }
        }
        Path dir = Files.createTempDirectory("views");
        Path file = dir.resolve("f.txt");
        Files.writeString(file, "content!");
        BasicFileAttributeView view = Files.getFileAttributeView(file, BasicFileAttributeView.class);
        System.out.println(view.name() + " " + view.readAttributes().size() + " " + view.readAttributes().isRegularFile());
        view.setTimes(FileTime.fromMillis(1500000000000L), null, null);
        System.out.println(Files.getLastModifiedTime(file) + " " + view.readAttributes().lastModifiedTime());
        view.setTimes(null, null, null);
        System.out.println(Files.getLastModifiedTime(file));
        BasicFileAttributeView missing = Files.getFileAttributeView(dir.resolve("nope"), BasicFileAttributeView.class);
        try { missing.readAttributes(); } catch (NoSuchFileException e) { System.out.println("NSFE " + e.getFile().endsWith("nope")); }
        try { missing.setTimes(FileTime.fromMillis(0), null, null); } catch (NoSuchFileException e) { System.out.println("NSFE2 " + e.getFile().endsWith("nope")); }
        Files.delete(file);
        Files.delete(dir);
    }
}
