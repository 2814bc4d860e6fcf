package zip;

import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Many deflaters and inflaters never ended: their streams go when they are collected. */
public class Unended {
    public static void main(String[] args) throws DataFormatException {
        CRC32 crc = new CRC32();
        byte[] out = new byte[256];
        byte[] back = new byte[256];
        long total = 0;
        for (int i = 0; i < 1500; i++) {
            byte[] in = ("round " + i + " round " + i + " round " + i).getBytes();
            Deflater d = new Deflater(i % 10);
            d.setInput(in);
            d.finish();
            int n = d.deflate(out);
            crc.update(out, 0, n);
            Inflater inf = new Inflater();
            inf.setInput(out, 0, n);
            int m = inf.inflate(back);
            total += m + n;
            if (m != in.length || !new String(back, 0, m).equals(new String(in))) {
                System.out.println("mismatch at " + i);
            }
            if (i % 300 == 0) {
                System.gc();
            }
        }
        System.out.println("total " + total + " crc " + Long.toHexString(crc.getValue()));
    }
}
