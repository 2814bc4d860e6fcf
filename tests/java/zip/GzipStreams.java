package zip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

public class GzipStreams {
    static String hex(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to && i < b.length; i++) {
            sb.append(String.format("%02x", b[i] & 0xff));
        }
        return sb.toString();
    }

    static String crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return Long.toHexString(c.getValue());
    }

    static byte[] text(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < n; i++) {
            sb.append("gzip line ").append(i).append(' ').append(i * i % 1013).append('\n');
        }
        return sb.substring(0, n).getBytes();
    }

    static byte[] gzip(byte[] in, int size, int pieces) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos, size)) {
            int step = Math.max(1, in.length / pieces);
            for (int i = 0; i < in.length; i += step) {
                gz.write(in, i, Math.min(step, in.length - i));
            }
        }
        return bos.toByteArray();
    }

    static byte[] readAll(InputStream in, int bufSize) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        byte[] buf = new byte[bufSize];
        int n;
        while ((n = in.read(buf)) != -1) {
            bos.write(buf, 0, n);
        }
        return bos.toByteArray();
    }

    static void gunzip(String label, byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] back = readAll(in, 333);
            System.out.println(label + ": " + back.length + " crc " + crc(back) + " read after end " + in.read()
                    + " available " + in.available());
        } catch (IOException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) throws IOException {
        for (int n : new int[] { 0, 1, 100, 10000, 400000 }) {
            byte[] in = text(n);
            for (int size : new int[] { 1, 512, 65536 }) {
                byte[] gz = gzip(in, size, 7);
                System.out.println("gzip " + n + " buf " + size + ": " + gz.length + " header " + hex(gz, 0, 10)
                        + " trailer " + hex(gz, gz.length - 8, gz.length) + " crc " + crc(gz));
            }
            gunzip("  gunzip", gzip(in, 512, 3));
        }
        byte[] a = gzip("first member\n".getBytes(), 512, 1);
        byte[] b = gzip("second member\n".getBytes(), 512, 1);
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(both))) {
            System.out.print("concatenated: " + new String(readAll(in, 5)));
        }
        gunzip("empty", new byte[0]);
        gunzip("not gzip", "hello world".getBytes());
        byte[] bad = gzip(text(1000), 512, 1);
        byte[] method = bad.clone();
        method[2] = 7;
        gunzip("method", method);
        byte[] trailer = bad.clone();
        trailer[trailer.length - 3] ^= 1;
        gunzip("bad trailer", trailer);
        byte[] body = bad.clone();
        body[20] ^= 0x55;
        gunzip("bad body", body);
        gunzip("truncated", Arrays.copyOf(bad, bad.length - 20));
        gunzip("no trailer", Arrays.copyOf(bad, bad.length - 8));
        gunzip("header only", Arrays.copyOf(bad, 10));
        // header with FNAME, FCOMMENT, FEXTRA and FHCRC
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        h.write(new byte[] { 0x1f, (byte) 0x8b, 8, 4 | 8 | 16 | 2, 0, 0, 0, 0, 0, 3 });
        h.write(new byte[] { 3, 0, 'x', 'y', 'z' });
        h.write("name.txt\0".getBytes());
        h.write("a comment\0".getBytes());
        CRC32 hc = new CRC32();
        hc.update(h.toByteArray());
        h.write((int) hc.getValue() & 0xff);
        h.write(((int) hc.getValue() >> 8) & 0xff);
        h.write(bad, 10, bad.length - 10);
        gunzip("full header", h.toByteArray());
        byte[] badHcrc = h.toByteArray();
        badHcrc[35] ^= 1;
        gunzip("bad header crc", badHcrc);

        // deflater streams
        byte[] in = text(50000);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        DeflaterOutputStream dos = new DeflaterOutputStream(bos, new Deflater(9), 100);
        dos.write(in, 0, 25000);
        for (int i = 25000; i < 25100; i++) {
            dos.write(in[i]);
        }
        dos.write(in, 25100, in.length - 25100);
        dos.finish();
        System.out.println("deflater stream: " + bos.size() + " crc " + crc(bos.toByteArray()));
        try {
            dos.write(1);
        } catch (IOException e) {
            System.out.println("write after finish: " + e.getMessage());
        }
        dos.close();
        InflaterInputStream iis = new InflaterInputStream(new ByteArrayInputStream(bos.toByteArray()), new Inflater(), 50);
        System.out.println("first bytes: " + (char) iis.read() + (char) iis.read() + " skip " + iis.skip(1000) + " available " + iis.available());
        byte[] rest = readAll(iis, 4096);
        System.out.println("rest " + rest.length + " read " + iis.read() + " available " + iis.available() + " markSupported " + iis.markSupported());
        iis.close();
        try {
            iis.read();
        } catch (IOException e) {
            System.out.println("after close: " + e.getMessage());
        }
        // sync flush
        ByteArrayOutputStream sb = new ByteArrayOutputStream();
        DeflaterOutputStream sync = new DeflaterOutputStream(sb, true);
        sync.write("partial".getBytes());
        sync.flush();
        System.out.println("after sync flush: " + sb.size() + " " + hex(sb.toByteArray(), 0, sb.size()));
        InflaterInputStream partial = new InflaterInputStream(new ByteArrayInputStream(sb.toByteArray()));
        byte[] p = new byte[100];
        int pn = partial.read(p);
        System.out.println("readable so far: " + new String(p, 0, pn));
        try {
            partial.read(p);
        } catch (EOFException e) {
            System.out.println("EOFException: " + e.getMessage());
        }
        sync.close();
        System.out.println("closed: " + sb.size() + " " + hex(sb.toByteArray(), 0, sb.size()));
        try {
            readAll(new InflaterInputStream(new ByteArrayInputStream("garbage!".getBytes())), 10);
        } catch (ZipException e) {
            System.out.println("ZipException: " + e.getMessage());
        }
        // checked streams
        CheckedOutputStream cos = new CheckedOutputStream(new ByteArrayOutputStream(), new Adler32());
        cos.write(in, 0, 1000);
        cos.write(7);
        CheckedInputStream cis = new CheckedInputStream(new ByteArrayInputStream(in, 0, 1001), new Adler32());
        byte[] all = readAll(cis, 99);
        System.out.println("checked: " + Long.toHexString(cos.getChecksum().getValue()) + " "
                + Long.toHexString(cis.getChecksum().getValue()) + " " + all.length);
        // gzip sync flush stream
        ByteArrayOutputStream gs = new ByteArrayOutputStream();
        GZIPOutputStream gzs = new GZIPOutputStream(gs, true);
        gzs.write("flushed".getBytes());
        gzs.flush();
        System.out.println("gzip flushed: " + gs.size());
        gzs.close();
        System.out.println("gzip closed: " + gs.size() + " " + hex(gs.toByteArray(), 0, gs.size()));
    }
}
