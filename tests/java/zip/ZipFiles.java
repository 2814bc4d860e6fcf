package zip;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

public class ZipFiles {
    static final long TIME = 1600000000000L;

    static byte[] content(int n, int seed) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < n; i++) {
            sb.append(seed).append(':').append(i * 17 % 1009).append(' ');
        }
        return sb.substring(0, n).getBytes();
    }

    static String crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return Long.toHexString(c.getValue());
    }

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        byte[] buf = new byte[777];
        int n;
        while ((n = in.read(buf)) != -1) {
            bos.write(buf, 0, n);
        }
        return bos.toByteArray();
    }

    static void show(ZipEntry e) {
        System.out.println("  " + e.getName() + " method " + e.getMethod() + " size " + e.getSize() + " csize "
                + e.getCompressedSize() + " crc " + Long.toHexString(e.getCrc()) + " time " + e.getTime() + " comment "
                + e.getComment() + " dir " + e.isDirectory());
    }

    public static void main(String[] args) throws IOException {
        File dir = new File(System.getProperty("java.io.tmpdir"));
        File f = File.createTempFile("cortado-zip", ".zip", dir);
        try {
            try (ZipOutputStream zos = new ZipOutputStream(new FileOutputStream(f))) {
                zos.setComment("the comment");
                String[] names = { "one.txt", "sub/", "sub/two.txt", "sub/three.bin", "empty.txt" };
                for (int i = 0; i < names.length; i++) {
                    ZipEntry e = new ZipEntry(names[i]);
                    e.setTime(TIME + i * 2000);
                    byte[] data = names[i].endsWith("/") ? new byte[0] : content(i * 40000 + (i == 4 ? -160000 : 10), i);
                    if (names[i].endsWith(".bin")) {
                        e.setMethod(ZipEntry.STORED);
                        e.setSize(data.length);
                        CRC32 c = new CRC32();
                        c.update(data);
                        e.setCrc(c.getValue());
                        e.setComment("stored");
                    }
                    zos.putNextEntry(e);
                    zos.write(data);
                }
            }
            System.out.println("file length " + f.length());
            try (ZipFile zf = new ZipFile(f)) {
                System.out.println("size " + zf.size() + " comment " + zf.getComment() + " name ok "
                        + zf.getName().equals(f.getPath()));
                for (Enumeration<? extends ZipEntry> en = zf.entries(); en.hasMoreElements();) {
                    ZipEntry e = en.nextElement();
                    show(e);
                    try (InputStream in = zf.getInputStream(e)) {
                        int avail = in.available();
                        byte[] data = readAll(in);
                        System.out.println("    available " + avail + " read " + data.length + " crc " + crc(data)
                                + " after " + in.read() + " " + in.available());
                    }
                }
                System.out.println("stream " + zf.stream().map(ZipEntry::getName).collect(Collectors.joining(",")));
                ZipEntry two = zf.getEntry("sub/two.txt");
                show(two);
                show(zf.getEntry("sub"));
                System.out.println("missing " + zf.getEntry("nope"));
                System.out.println("missing stream " + zf.getInputStream(new ZipEntry("nope")));
                InputStream in = zf.getInputStream(two);
                System.out.println("skip " + in.skip(1000) + " first " + (char) in.read());
                InputStream stored = zf.getInputStream(zf.getEntry("sub/three.bin"));
                System.out.println("stored skip " + stored.skip(100) + " next " + (char) stored.read());
                try {
                    zf.getEntry(null);
                } catch (NullPointerException e) {
                    System.out.println("NPE " + e.getMessage());
                }
                zf.close();
                try {
                    in.read();
                } catch (IOException e) {
                    System.out.println("read after close: " + e.getClass().getName() + ": " + e.getMessage());
                }
                try {
                    zf.getEntry("one.txt");
                } catch (IllegalStateException e) {
                    System.out.println("IllegalStateException: " + e.getMessage());
                }
                try {
                    zf.size();
                } catch (IllegalStateException e) {
                    System.out.println("IllegalStateException: " + e.getMessage());
                }
            }
            // not a zip, empty, missing
            try (FileOutputStream out = new FileOutputStream(f)) {
                out.write("this is not a zip file at all, just some text".getBytes());
            }
            try {
                new ZipFile(f).close();
            } catch (IOException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
            new FileOutputStream(f).close();
            try {
                new ZipFile(f).close();
            } catch (IOException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
            try {
                new ZipFile(f, 2).close();
            } catch (IllegalArgumentException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        } finally {
            f.delete();
        }
        try {
            new ZipFile(new File(f.getPath() + ".missing")).close();
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + " " + e.getMessage().endsWith(".missing"));
        }
    }
}
