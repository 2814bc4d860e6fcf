package time;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** FileTime, file modification times and ZipEntry times, and Date's Instant conversions. */
public class FileTimes {
    static void t(String label, Supplier<Object> s) {
        try {
            System.out.println(label + ": " + s.get());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        long[] ms = {0, 1, -1, 1_700_000_000_123L, 1_700_000_000_000L, -62_135_596_800_000L, -62_135_596_800_001L,
            -62_167_219_200_000L, 253_402_300_800_000L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long m : ms) {
            t("fromMillis " + m, () -> {
                FileTime f = FileTime.fromMillis(m);
                return f + " " + f.toMillis() + " " + f.toInstant() + " " + f.to(TimeUnit.SECONDS);
            });
        }
        t("from units", () -> FileTime.from(3, TimeUnit.DAYS) + " " + FileTime.from(-5, TimeUnit.MICROSECONDS) + " "
                + FileTime.from(123_456_789, TimeUnit.NANOSECONDS) + " " + FileTime.from(Long.MAX_VALUE, TimeUnit.DAYS));
        t("from instant", () -> {
            FileTime f = FileTime.from(Instant.ofEpochSecond(1_700_000_000L, 120_000_000));
            return f + " " + f.toMillis() + " " + f.to(TimeUnit.MICROSECONDS) + " " + f.to(TimeUnit.DAYS) + " " + f.toInstant();
        });
        t("instant extremes", () -> FileTime.from(Instant.MAX).toMillis() + " " + FileTime.from(Instant.MIN).to(TimeUnit.NANOSECONDS));
        t("equals", () -> FileTime.fromMillis(1000).equals(FileTime.from(1, TimeUnit.SECONDS)) + " "
                + FileTime.fromMillis(1000).equals(FileTime.from(Instant.ofEpochSecond(1))) + " "
                + (FileTime.fromMillis(1000).hashCode() == FileTime.from(1, TimeUnit.SECONDS).hashCode()) + " "
                + FileTime.fromMillis(1000).compareTo(FileTime.fromMillis(999)) + " "
                + FileTime.from(1, TimeUnit.DAYS).compareTo(FileTime.from(Instant.ofEpochSecond(86400, 1))));

        Path dir = Files.createTempDirectory("time-filetimes");
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "hello");
        FileTime now = Files.getLastModifiedTime(file);
        long diff = Math.abs(now.toMillis() - System.currentTimeMillis());
        System.out.println("fresh file time sane: " + (diff < 120_000));
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_234_567_890_000L));
        System.out.println("set: " + Files.getLastModifiedTime(file) + " " + file.toFile().lastModified());
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2001-02-03T04:05:06.789Z")));
        System.out.println("set instant: " + Files.getLastModifiedTime(file).toMillis());
        try {
            Files.getLastModifiedTime(dir.resolve("missing"));
        } catch (NoSuchFileException e) {
            System.out.println("missing: NoSuchFileException " + e.getMessage().endsWith("missing"));
        }
        Files.delete(file);
        Files.delete(dir);

        // ZipEntry times
        ZipEntry e = new ZipEntry("x");
        System.out.println("unset: " + e.getTime() + " " + e.getLastModifiedTime());
        e.setTime(1_700_000_000_000L);
        System.out.println("setTime: " + e.getTime() + " " + e.getLastModifiedTime());
        e.setTime(100_000L);
        System.out.println("setTime 1970: " + e.getTime() + " " + e.getLastModifiedTime());
        e.setLastModifiedTime(FileTime.from(Instant.ofEpochSecond(1_600_000_000L, 123_456_789)));
        System.out.println("setLastModifiedTime: " + e.getTime() + " " + e.getLastModifiedTime());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry a = new ZipEntry("a");
            a.setLastModifiedTime(FileTime.fromMillis(1_600_000_000_000L));
            out.putNextEntry(a);
            out.write(1);
            ZipEntry b = new ZipEntry("b");
            b.setTime(1_500_000_000_000L);
            out.putNextEntry(b);
            out.write(2);
        }
        System.out.println("zip size " + bytes.size());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ZipEntry r;
            while ((r = in.getNextEntry()) != null) {
                System.out.println("read " + r.getName() + " " + r.getLastModifiedTime() + " " + r.getTime());
            }
        }

        // Date
        t("Date.from", () -> Date.from(Instant.ofEpochMilli(1_700_000_000_123L)).getTime());
        t("Date.from overflow", () -> Date.from(Instant.MAX));
        t("toInstant", () -> new Date(-1).toInstant());
    }
}
