package zip;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

public class DeflateStreaming {
    static byte[] text(int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append("record ").append(i * 31 % 977).append(": ").append(Integer.toBinaryString(i)).append('\n');
        }
        return sb.toString().getBytes();
    }

    static String crc(byte[] b, int n) {
        CRC32 c = new CRC32();
        c.update(b, 0, n);
        return Long.toHexString(c.getValue());
    }

    /** Deflate feeding `chunk` bytes at a time, draining with a small output buffer. */
    static byte[] deflate(byte[] in, int level, int chunk, int outSize, int flushEvery) {
        Deflater d = new Deflater(level);
        byte[] buf = new byte[outSize];
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        int calls = 0;
        int fed = 0;
        int chunks = 0;
        while (fed < in.length) {
            int n = Math.min(chunk, in.length - fed);
            d.setInput(in, fed, n);
            fed += n;
            chunks++;
            while (!d.needsInput()) {
                int k = d.deflate(buf);
                calls++;
                bos.write(buf, 0, k);
            }
            if (flushEvery > 0 && chunks % flushEvery == 0) {
                int k;
                do {
                    k = d.deflate(buf, 0, buf.length, chunks % (2 * flushEvery) == 0 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH);
                    calls++;
                    bos.write(buf, 0, k);
                } while (k == buf.length);
            }
        }
        d.finish();
        while (!d.finished()) {
            int k = d.deflate(buf);
            calls++;
            bos.write(buf, 0, k);
        }
        System.out.println("  deflate level " + level + " chunk " + chunk + " out " + outSize + " flush " + flushEvery
                + ": " + bos.size() + " bytes crc " + crc(bos.toByteArray(), bos.size()) + " in " + d.getBytesRead()
                + " out " + d.getBytesWritten() + " calls>0 " + (calls > 0));
        d.end();
        return bos.toByteArray();
    }

    static byte[] inflate(byte[] comp, int chunk, int outSize) throws DataFormatException {
        Inflater inf = new Inflater();
        byte[] buf = new byte[outSize];
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        int fed = 0;
        while (!inf.finished()) {
            if (inf.needsInput()) {
                if (fed == comp.length) {
                    System.out.println("  truncated input");
                    break;
                }
                int n = Math.min(chunk, comp.length - fed);
                inf.setInput(comp, fed, n);
                fed += n;
            }
            int k = inf.inflate(buf);
            bos.write(buf, 0, k);
        }
        System.out.println("  inflate chunk " + chunk + " out " + outSize + ": " + bos.size() + " read " + inf.getBytesRead()
                + " written " + inf.getBytesWritten() + " remaining " + inf.getRemaining());
        inf.end();
        return bos.toByteArray();
    }

    public static void main(String[] args) throws Exception {
        byte[] in = text(12000);
        System.out.println("input " + in.length + " crc " + crc(in, in.length));
        for (int level : new int[] { 0, 1, 6, 9 }) {
            byte[] a = deflate(in, level, in.length, 100000, 0);
            byte[] b = deflate(in, level, 1000, 37, 0);
            byte[] c = deflate(in, level, 4096, 512, 3);
            System.out.println("  same chunked " + Arrays.equals(a, b));
            System.out.println("  round trips " + Arrays.equals(inflate(a, 100, 17), in) + " "
                    + Arrays.equals(inflate(b, 7, 4096), in) + " " + Arrays.equals(inflate(c, 65536, 1), in));
        }
        // setLevel / setStrategy in the middle of a stream
        Deflater d = new Deflater(1);
        byte[] buf = new byte[200000];
        d.setInput(in, 0, 50000);
        int n = d.deflate(buf, 0, buf.length);
        d.setLevel(9);
        d.setInput(in, 50000, 50000);
        n += d.deflate(buf, n, buf.length - n);
        d.setStrategy(Deflater.HUFFMAN_ONLY);
        d.setInput(in, 100000, in.length - 100000);
        n += d.deflate(buf, n, buf.length - n);
        d.setLevel(0);
        d.setStrategy(Deflater.DEFAULT_STRATEGY);
        d.finish();
        while (!d.finished()) {
            n += d.deflate(buf, n, buf.length - n);
        }
        System.out.println("params changed: " + n + " crc " + crc(buf, n) + " in " + d.getTotalIn());
        System.out.println("  round trip " + Arrays.equals(inflate(Arrays.copyOf(buf, n), 999, 999), in));
        // reset and reuse
        d.reset();
        System.out.println("after reset: in " + d.getTotalIn() + " out " + d.getTotalOut() + " finished " + d.finished()
                + " needsInput " + d.needsInput() + " adler " + d.getAdler());
        d.setInput("again again again".getBytes());
        d.finish();
        n = d.deflate(buf);
        System.out.println("reused: " + n + " crc " + crc(buf, n) + " adler " + Integer.toHexString(d.getAdler()));
        // deflate after finished returns 0
        System.out.println("after finished: " + d.deflate(buf) + " " + d.finished());
        // zero-length output
        Deflater z = new Deflater();
        z.setInput(in);
        System.out.println("zero-length output: " + z.deflate(buf, 0, 0) + " needsInput " + z.needsInput());
        z.end();
        z.end();
        try {
            z.deflate(buf);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        try {
            z.getTotalIn();
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        Inflater i = new Inflater();
        i.end();
        try {
            i.inflate(buf);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
    }
}
