package zip;

import java.nio.ByteBuffer;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

public class Checksums {
    static byte[] data(int n, int seed) {
        byte[] b = new byte[n];
        int x = seed;
        for (int i = 0; i < n; i++) {
            x = x * 1103515245 + 12345;
            b[i] = (byte) (x >>> 16);
        }
        return b;
    }

    static void all(String label, byte[] b) {
        Checksum[] cs = { new CRC32(), new CRC32C(), new Adler32() };
        StringBuilder sb = new StringBuilder(label);
        for (Checksum c : cs) {
            c.update(b, 0, b.length);
            sb.append(' ').append(Long.toHexString(c.getValue()));
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        all("empty", new byte[0]);
        all("a", "a".getBytes());
        all("abc", "abc".getBytes());
        all("fox", "The quick brown fox jumps over the lazy dog".getBytes());
        all("123456789", "123456789".getBytes());
        for (int n : new int[] { 1, 7, 100, 5551, 5552, 5553, 65536, 300000 }) {
            all("rand" + n, data(n, n));
        }
        byte[] ff = new byte[100000];
        java.util.Arrays.fill(ff, (byte) 0xff);
        all("ff100000", ff);

        // byte at a time equals the array form; reset; update(byte[]) default
        for (Checksum c : new Checksum[] { new CRC32(), new CRC32C(), new Adler32() }) {
            byte[] d = data(1000, 3);
            for (byte x : d) {
                c.update(x);
            }
            long one = c.getValue();
            c.reset();
            System.out.println(c.getClass().getSimpleName() + " reset " + Long.toHexString(c.getValue()));
            c.update(d);
            System.out.println(c.getClass().getSimpleName() + " " + (one == c.getValue()) + " " + Long.toHexString(one));
            c.update(0x1234); // only the low byte counts
            System.out.println("  int " + Long.toHexString(c.getValue()));
            // ByteBuffer: heap, sliced, offset, read-only (no array), direct
            ByteBuffer bb = ByteBuffer.wrap(d, 10, 500);
            c.reset();
            c.update(bb);
            System.out.println("  bb " + Long.toHexString(c.getValue()) + " pos " + bb.position() + " lim " + bb.limit());
            c.reset();
            ByteBuffer ro = ByteBuffer.wrap(d, 10, 500).asReadOnlyBuffer();
            c.update(ro);
            System.out.println("  ro " + Long.toHexString(c.getValue()) + " pos " + ro.position());
            c.reset();
            ByteBuffer direct = ByteBuffer.allocateDirect(9000);
            direct.put(data(9000, 5));
            direct.flip();
            c.update(direct);
            System.out.println("  direct " + Long.toHexString(c.getValue()) + " pos " + direct.position());
            c.reset();
            c.update(data(9000, 5), 0, 9000);
            System.out.println("  array " + Long.toHexString(c.getValue()));
            ByteBuffer empty = ByteBuffer.allocate(0);
            c.update(empty);
            System.out.println("  empty " + Long.toHexString(c.getValue()));
            // bounds
            try {
                c.update(d, -1, 2);
            } catch (RuntimeException e) {
                System.out.println("  " + e.getClass().getName() + ": " + e.getMessage());
            }
            try {
                c.update(d, 999, 2);
            } catch (RuntimeException e) {
                System.out.println("  " + e.getClass().getName() + ": " + e.getMessage());
            }
            try {
                c.update(d, 0, -1);
            } catch (RuntimeException e) {
                System.out.println("  " + e.getClass().getName() + ": " + e.getMessage());
            }
            try {
                c.update((byte[]) null, 0, 1);
            } catch (RuntimeException e) {
                System.out.println("  " + e.getClass().getName());
            }
            c.update(d, 1000, 0);
            System.out.println("  zero-length at end " + Long.toHexString(c.getValue()));
        }
    }
}
