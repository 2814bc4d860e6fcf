package zip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Seeded random corruptions of deflate, gzip and zip data: zlib's verdicts, never a crash. */
public class Corruptions {
    static byte[] sample() {
        StringBuilder sb = new StringBuilder();
        Random r = new Random(7);
        for (int i = 0; i < 3000; i++) {
            sb.append(Integer.toString(r.nextInt(5000), 36)).append(i % 7 == 0 ? '\n' : ' ');
        }
        return sb.toString().getBytes();
    }

    static byte[] mutate(byte[] good, Random r) {
        byte[] b = good.clone();
        int kind = r.nextInt(4);
        int count = 1 + r.nextInt(3);
        for (int k = 0; k < count; k++) {
            int at = r.nextInt(b.length);
            switch (kind) {
                case 0:
                    b[at] ^= (byte) (1 << r.nextInt(8));
                    break;
                case 1:
                    b[at] = (byte) r.nextInt(256);
                    break;
                case 2:
                    b = java.util.Arrays.copyOf(b, Math.max(1, at));
                    break;
                default:
                    b[at] = 0;
                    break;
            }
        }
        return b;
    }

    static String inflate(byte[] data, boolean nowrap) {
        Inflater inf = new Inflater(nowrap);
        inf.setInput(data);
        byte[] out = new byte[4096];
        CRC32 crc = new CRC32();
        long total = 0;
        try {
            for (int i = 0; i < 1000 && !inf.finished(); i++) {
                int n = inf.inflate(out);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                crc.update(out, 0, n);
                total += n;
            }
            return "ok " + total + " " + Long.toHexString(crc.getValue()) + " finished " + inf.finished() + " remaining "
                    + inf.getRemaining();
        } catch (DataFormatException e) {
            return "DataFormatException: " + e.getMessage();
        } finally {
            inf.end();
        }
    }

    static String drain(InputStream in) {
        CRC32 crc = new CRC32();
        long total = 0;
        byte[] buf = new byte[1000];
        try {
            int n;
            while ((n = in.read(buf)) != -1) {
                crc.update(buf, 0, n);
                total += n;
            }
            return "ok " + total + " " + Long.toHexString(crc.getValue());
        } catch (IOException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    public static void main(String[] args) throws IOException {
        byte[] data = sample();
        Deflater d = new Deflater(6);
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[data.length];
        int n = d.deflate(buf);
        byte[] zlib = java.util.Arrays.copyOf(buf, n);
        System.out.println("zlib " + zlib.length + ": " + inflate(zlib, false));
        Random r = new Random(12345);
        for (int i = 0; i < 120; i++) {
            byte[] bad = mutate(zlib, r);
            System.out.println("zlib " + i + ": " + inflate(bad, false));
        }
        for (int i = 0; i < 40; i++) {
            byte[] bad = mutate(zlib, r);
            System.out.println("raw " + i + ": " + inflate(java.util.Arrays.copyOfRange(bad, 2, bad.length), true));
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(data);
        }
        byte[] gzip = gz.toByteArray();
        for (int i = 0; i < 60; i++) {
            byte[] bad = mutate(gzip, r);
            String result;
            try {
                result = drain(new GZIPInputStream(new ByteArrayInputStream(bad)));
            } catch (IOException e) {
                result = "open: " + e.getClass().getName() + ": " + e.getMessage();
            }
            System.out.println("gzip " + i + ": " + result);
        }
        ByteArrayOutputStream zb = new ByteArrayOutputStream();
        try (ZipOutputStream zos = new ZipOutputStream(zb)) {
            for (int e = 0; e < 3; e++) {
                ZipEntry entry = new ZipEntry("entry" + e);
                entry.setTime(1500000000000L);
                zos.putNextEntry(entry);
                zos.write(data, e * 1000, 5000);
            }
        }
        byte[] zip = zb.toByteArray();
        for (int i = 0; i < 60; i++) {
            byte[] bad = mutate(zip, r);
            StringBuilder sb = new StringBuilder("zip " + i + ":");
            try (ZipInputStream zis = new ZipInputStream(new ByteArrayInputStream(bad))) {
                ZipEntry e;
                while ((e = zis.getNextEntry()) != null) {
                    sb.append(' ').append(e.getName()).append('=').append(drain(zis));
                }
            } catch (IOException | IllegalArgumentException e) {
                sb.append(' ').append(e.getClass().getName()).append(": ").append(e.getMessage());
            }
            System.out.println(sb);
        }
    }
}
