package zip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

public class ZipStreams {
    static final long TIME = 1700000000000L; // 2023-11-14T22:13:20Z

    static String hex(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to && i < b.length; i++) {
            sb.append(String.format("%02x", b[i] & 0xff));
        }
        return sb.toString();
    }

    static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    static byte[] content(int n, int seed) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < n; i++) {
            sb.append("entry ").append(seed).append(" row ").append(i).append(" = ").append(i * seed % 101).append('\n');
        }
        return sb.substring(0, n).getBytes();
    }

    static void describe(String prefix, ZipEntry e) {
        System.out.println(prefix + e.getName() + " dir " + e.isDirectory() + " method " + e.getMethod() + " size "
                + e.getSize() + " csize " + e.getCompressedSize() + " crc " + Long.toHexString(e.getCrc()) + " time "
                + e.getTime() + " comment " + e.getComment() + " extra "
                + (e.getExtra() == null ? "null" : hex(e.getExtra(), 0, e.getExtra().length)));
    }

    static byte[] build() throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ZipOutputStream zos = new ZipOutputStream(bos);
        zos.setComment("archive comment");
        ZipEntry a = new ZipEntry("a.txt");
        a.setTime(TIME);
        zos.putNextEntry(a);
        zos.write(content(5000, 1));
        zos.closeEntry();
        describe("written ", a);
        ZipEntry dir = new ZipEntry("dir/");
        dir.setTime(TIME + 1234);
        zos.putNextEntry(dir);
        zos.closeEntry();
        byte[] stored = content(300, 2);
        ZipEntry s = new ZipEntry("dir/stored.bin");
        s.setMethod(ZipEntry.STORED);
        s.setSize(stored.length);
        s.setCrc(crc(stored));
        s.setTime(TIME + 3000);
        s.setComment("stored entry");
        s.setExtra(new byte[] { (byte) 0xca, (byte) 0xfe, 2, 0, 1, 2 });
        zos.putNextEntry(s);
        zos.write(stored, 0, 100);
        zos.write(stored, 100, 200);
        describe("written ", s);
        zos.setLevel(Deflater.BEST_COMPRESSION);
        ZipEntry big = new ZipEntry("big/ünïcödé.txt");
        big.setTime(TIME - 86400000L * 400);
        zos.putNextEntry(big);
        byte[] bigData = content(300000, 3);
        for (int i = 0; i < bigData.length; i += 7000) {
            zos.write(bigData, i, Math.min(7000, bigData.length - i));
        }
        ZipEntry empty = new ZipEntry("empty");
        empty.setTime(TIME);
        zos.putNextEntry(empty);
        describe("written ", big);
        ZipEntry old = new ZipEntry("old.txt");
        old.setTime(0);
        zos.putNextEntry(old);
        zos.write("from 1970".getBytes());
        ZipEntry known = new ZipEntry("known.txt");
        byte[] kd = "known sizes".getBytes();
        known.setTime(TIME);
        known.setSize(kd.length);
        known.setCrc(crc(kd));
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(kd);
        d.finish();
        known.setCompressedSize(d.deflate(new byte[100]));
        zos.putNextEntry(known);
        zos.write(kd);
        zos.close();
        describe("written ", known);
        return bos.toByteArray();
    }

    static void read(String label, byte[] zip) {
        System.out.println(label + ":");
        try (ZipInputStream zis = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = zis.getNextEntry()) != null) {
                describe("  entry ", e);
                ByteArrayOutputStream bos = new ByteArrayOutputStream();
                byte[] buf = new byte[1000];
                int n;
                while ((n = zis.read(buf)) != -1) {
                    bos.write(buf, 0, n);
                }
                describe("  after ", e);
                System.out.println("  data " + bos.size() + " crc " + Long.toHexString(crc(bos.toByteArray())) + " available "
                        + zis.available());
            }
            System.out.println("  end, read " + zis.read(new byte[1]));
        } catch (IOException ex) {
            System.out.println("  " + ex.getClass().getName() + ": " + ex.getMessage());
        }
    }

    public static void main(String[] args) throws IOException {
        byte[] zip = build();
        System.out.println("zip " + zip.length + " bytes crc " + Long.toHexString(crc(zip)));
        System.out.println("head " + hex(zip, 0, 64));
        System.out.println("tail " + hex(zip, zip.length - 64, zip.length));
        read("read back", zip);
        // skipping entries without reading them
        try (ZipInputStream zis = new ZipInputStream(new ByteArrayInputStream(zip))) {
            StringBuilder names = new StringBuilder();
            ZipEntry e;
            while ((e = zis.getNextEntry()) != null) {
                names.append(e.getName()).append(' ');
                if (e.getName().equals("a.txt")) {
                    names.append("skip=").append(zis.skip(100)).append(' ');
                }
            }
            System.out.println("names " + names);
        }
        // corruptions
        byte[] c1 = zip.clone();
        c1[60] ^= 0x40;
        read("corrupt data", c1);
        byte[] c2 = Arrays.copyOf(zip, 2000);
        read("truncated", c2);
        read("empty", new byte[0]);
        read("not a zip", "PK not really a zip file".getBytes());
        // errors while writing
        ZipOutputStream zos = new ZipOutputStream(new ByteArrayOutputStream());
        try {
            zos.write(1);
        } catch (ZipException e) {
            System.out.println("ZipException: " + e.getMessage());
        }
        ZipEntry x = new ZipEntry("x");
        x.setTime(TIME);
        zos.putNextEntry(x);
        try {
            ZipEntry y = new ZipEntry("x");
            zos.putNextEntry(y);
        } catch (ZipException e) {
            System.out.println("ZipException: " + e.getMessage());
        }
        try {
            ZipEntry s = new ZipEntry("s");
            s.setMethod(ZipEntry.STORED);
            zos.putNextEntry(s);
        } catch (ZipException e) {
            System.out.println("ZipException: " + e.getMessage());
        }
        try {
            ZipEntry s = new ZipEntry("s2");
            s.setMethod(ZipEntry.STORED);
            s.setSize(3);
            s.setCrc(0);
            s.setTime(TIME);
            zos.putNextEntry(s);
            zos.write(new byte[4]);
        } catch (ZipException e) {
            System.out.println("ZipException: " + e.getMessage());
        }
        try {
            ZipEntry s = new ZipEntry("s3");
            s.setMethod(ZipEntry.STORED);
            s.setSize(3);
            s.setCrc(0);
            s.setTime(TIME);
            zos.putNextEntry(s);
            zos.write(new byte[3]);
            zos.closeEntry();
        } catch (ZipException e) {
            System.out.println("ZipException: " + e.getMessage());
        }
        try {
            zos.setMethod(5);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            zos.close();
        } catch (ZipException e) {
            System.out.println("close: ZipException: " + e.getMessage());
        }
        try {
            zos.close();
        } catch (ZipException e) {
            System.out.println("close again: ZipException: " + e.getMessage());
        }
        try {
            zos.putNextEntry(new ZipEntry("z"));
        } catch (IOException e) {
            System.out.println("IOException: " + e.getMessage());
        }
        // ZipEntry API
        ZipEntry e = new ZipEntry("some/name.txt");
        describe("fresh ", e);
        System.out.println("toString " + e + " hash " + (e.hashCode() == "some/name.txt".hashCode()));
        for (long t : new long[] { TIME, TIME + 1, TIME + 999, TIME + 1000, TIME + 1999, 315532800000L, 315532799999L,
                4102444800000L, -1000L, 1000L }) {
            e.setTime(t);
            System.out.println("time " + t + " -> " + e.getTime());
        }
        try {
            e.setSize(-1);
        } catch (IllegalArgumentException ex) {
            System.out.println("IllegalArgumentException: " + ex.getMessage());
        }
        try {
            e.setCrc(0x100000000L);
        } catch (IllegalArgumentException ex) {
            System.out.println("IllegalArgumentException: " + ex.getMessage());
        }
        try {
            e.setMethod(1);
        } catch (IllegalArgumentException ex) {
            System.out.println("IllegalArgumentException: " + ex.getMessage());
        }
        try {
            new ZipEntry((String) null);
        } catch (NullPointerException ex) {
            System.out.println("NullPointerException: " + ex.getMessage());
        }
        e.setSize(5);
        e.setCompressedSize(3);
        e.setCrc(0xffffffffL);
        e.setMethod(ZipEntry.DEFLATED);
        e.setComment("c");
        e.setExtra(new byte[] { 1, 2, 3, 4 });
        ZipEntry copy = new ZipEntry(e);
        ZipEntry cl = (ZipEntry) e.clone();
        describe("copy ", copy);
        describe("clone ", cl);
        System.out.println("extra shared " + (copy.getExtra() == e.getExtra()) + " cloned " + (cl.getExtra() == e.getExtra()));
        System.out.println("constants " + ZipEntry.LOCHDR + " " + ZipEntry.CENHDR + " " + Long.toHexString(ZipEntry.CENSIG)
                + " " + ZipOutputStream.STORED + " " + ZipOutputStream.DEFLATED);
        // ISO-8859-1 names
        ByteArrayOutputStream latin = new ByteArrayOutputStream();
        try (ZipOutputStream lz = new ZipOutputStream(latin, StandardCharsets.ISO_8859_1)) {
            ZipEntry le = new ZipEntry("café");
            le.setTime(TIME);
            lz.putNextEntry(le);
            lz.write("x".getBytes());
        }
        byte[] lb = latin.toByteArray();
        System.out.println("latin1 " + lb.length + " " + hex(lb, 0, 40));
        try (ZipInputStream lz = new ZipInputStream(new ByteArrayInputStream(lb), StandardCharsets.ISO_8859_1)) {
            System.out.println("latin1 name " + lz.getNextEntry().getName());
        }
    }
}
