package zip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterInputStream;
import java.util.zip.InflaterOutputStream;
import java.util.zip.ZipException;

public class FilterStreams {
    static String crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return Long.toHexString(c.getValue());
    }

    public static void main(String[] args) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            sb.append(i % 97).append(i % 13 == 0 ? '\n' : ' ');
        }
        byte[] data = sb.toString().getBytes();
        for (int level : new int[] { 0, 1, 6, 9 }) {
            DeflaterInputStream dis = new DeflaterInputStream(new ByteArrayInputStream(data), new Deflater(level), 100);
            ByteArrayOutputStream comp = new ByteArrayOutputStream();
            byte[] buf = new byte[333];
            int n;
            System.out.println("level " + level + " available " + dis.available() + " first " + dis.read());
            comp.write(0x78);
            while ((n = dis.read(buf)) != -1) {
                comp.write(buf, 0, n);
            }
            System.out.println("  compressed " + comp.size() + " crc " + crc(comp.toByteArray()) + " available "
                    + dis.available() + " read " + dis.read() + " markSupported " + dis.markSupported());
            dis.close();
            try {
                dis.read();
            } catch (IOException e) {
                System.out.println("  " + e.getMessage());
            }
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            InflaterOutputStream ios = new InflaterOutputStream(back);
            byte[] c = comp.toByteArray();
            for (int i = 0; i < c.length; i += 1000) {
                ios.write(c, i, Math.min(1000, c.length - i));
            }
            ios.write(1);
            ios.close();
            System.out.println("  inflated " + back.size() + " equal " + Arrays.equals(back.toByteArray(), data));
        }
        DeflaterInputStream skipper = new DeflaterInputStream(new ByteArrayInputStream(data));
        System.out.println("skip " + skipper.skip(100) + " " + skipper.skip(1 << 20) + " " + skipper.skip(5));
        InflaterOutputStream bad = new InflaterOutputStream(new ByteArrayOutputStream());
        try {
            bad.write("not zlib data".getBytes());
        } catch (ZipException e) {
            System.out.println("ZipException: " + e.getMessage());
        }
        try {
            new DeflaterInputStream(null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException: " + e.getMessage());
        }
        try {
            new InflaterOutputStream(new ByteArrayOutputStream(), new java.util.zip.Inflater(), 0);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
    }
}
