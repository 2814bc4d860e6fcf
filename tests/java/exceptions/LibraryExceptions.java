package exceptions;

import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.security.*;
import java.util.*;

public class LibraryExceptions {
    static void describe(Throwable t) {
        List<String> chain = new ArrayList<>();
        for (Class<?> c = t.getClass(); c != Object.class; c = c.getSuperclass()) chain.add(c.getSimpleName());
        System.out.println(t + " | msg=" + t.getMessage() + " | cause=" + t.getCause() + " | " + String.join(" < ", chain));
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("exc");
        Path a = Files.writeString(dir.resolve("a.txt"), "data");
        try {
            Files.move(a, dir.resolve("b.txt"), StandardCopyOption.ATOMIC_MOVE);
            System.out.println("atomic move: " + Files.readString(dir.resolve("b.txt")));
        } catch (AtomicMoveNotSupportedException e) {
            System.out.println("fallback copy");
        }
        Throwable[] all = {
            new CharConversionException(), new CharConversionException("bad byte 0xff"),
            new AtomicMoveNotSupportedException("/src", "/dst", "cross-device"), new AtomicMoveNotSupportedException(null, null, null),
            new NotLinkException("/f"), new NotLinkException("/f", "/g", "not a link"),
            new ClosedDirectoryStreamException(), new ClosedFileSystemException(), new ClosedWatchServiceException(),
            new ReadOnlyFileSystemException(), new FileSystemAlreadyExistsException("jar:x"), new ProviderNotFoundException("no zipfs"),
            new ProtocolException("bad status line"), new PortUnreachableException("icmp"), new HttpRetryException("auth needed", 401, "http://x/login"),
            new KeyStoreException("keystore not loaded"), new KeyStoreException(new IOException("io")), new SignatureException("bad sig", new IllegalStateException("s")),
            new KeyManagementException("km"), new UnrecoverableKeyException("wrong password"), new UnrecoverableEntryException(),
            new ProviderException("provider broke", new RuntimeException("inner")), new java.util.zip.ZipError("corrupt"),
            new java.lang.reflect.MalformedParametersException("bad params"),
        };
        for (Throwable t : all) describe(t);
        HttpRetryException h = new HttpRetryException("redirect", 307, "http://elsewhere/");
        System.out.println(h.responseCode() + " " + h.getReason() + " " + h.getLocation() + " " + new HttpRetryException("x", 500).getLocation());
        AtomicMoveNotSupportedException am = new AtomicMoveNotSupportedException("/s", "/t", "why");
        System.out.println(am.getFile() + " " + am.getOtherFile() + " " + am.getReason());
        try {
            throw new KeyStoreException("thrown");
        } catch (GeneralSecurityException e) {
            System.out.println("caught as GeneralSecurityException: " + e.getMessage());
        }
        try {
            throw new ReadOnlyFileSystemException();
        } catch (UnsupportedOperationException e) {
            System.out.println("caught as UnsupportedOperationException: " + e);
        }
        Files.walk(dir).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
}
