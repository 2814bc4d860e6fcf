package zip;

import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

public class DeflateLevels {
    static byte[] text(int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append("line ").append(i).append(" of the text, value ").append((i * 7919) % 1000).append('\n');
        }
        return sb.toString().getBytes();
    }

    static byte[] noise(int n, int seed, int mod) {
        byte[] b = new byte[n];
        int x = seed;
        for (int i = 0; i < n; i++) {
            x = x * 1103515245 + 12345;
            b[i] = (byte) (mod == 0 ? x >>> 16 : ((x >>> 16) % mod) + 'a');
        }
        return b;
    }

    static String crc(byte[] b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b, off, len);
        return Long.toHexString(c.getValue());
    }

    static byte[] inflate(byte[] comp, int n, boolean nowrap, int expected) throws DataFormatException {
        Inflater inf = new Inflater(nowrap);
        inf.setInput(comp, 0, n);
        byte[] out = new byte[expected + 10];
        int total = 0;
        while (!inf.finished()) {
            int k = inf.inflate(out, total, out.length - total);
            if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
                break;
            }
            total += k;
        }
        System.out.println("    inflate: " + total + " finished " + inf.finished() + " remaining " + inf.getRemaining()
                + " in " + inf.getTotalIn() + " out " + inf.getTotalOut() + " adler " + Integer.toHexString(inf.getAdler()));
        inf.end();
        return java.util.Arrays.copyOf(out, total);
    }

    public static void main(String[] args) throws Exception {
        byte[][] inputs = { new byte[0], "hello hello hello hello world".getBytes(), text(20000),
                noise(300000, 12345, 17), noise(100000, 99, 0) };
        for (int k = 0; k < inputs.length; k++) {
            byte[] in = inputs[k];
            for (int level = -1; level <= 9; level++) {
                for (boolean nowrap : new boolean[] { false, true }) {
                    Deflater d = new Deflater(level, nowrap);
                    d.setInput(in);
                    d.finish();
                    byte[] out = new byte[in.length + in.length / 100 + 64];
                    int n = d.deflate(out);
                    System.out.println("input " + k + " (" + in.length + ") level " + level + " nowrap " + nowrap
                            + ": " + n + " bytes crc " + crc(out, 0, n) + " finished " + d.finished()
                            + " in " + d.getTotalIn() + " out " + d.getTotalOut() + " read " + d.getBytesRead()
                            + " written " + d.getBytesWritten() + " adler " + Integer.toHexString(d.getAdler()));
                    if (level == -1 || level == 0 || level == 9) {
                        byte[] back = inflate(out, n, nowrap, in.length);
                        System.out.println("    round trip " + java.util.Arrays.equals(back, in));
                    }
                    d.end();
                }
            }
        }
        // strategies
        byte[] in = text(3000);
        for (int strategy : new int[] { Deflater.DEFAULT_STRATEGY, Deflater.FILTERED, Deflater.HUFFMAN_ONLY }) {
            for (int level : new int[] { 1, 6, 9 }) {
                Deflater d = new Deflater(level);
                d.setStrategy(strategy);
                d.setInput(in);
                d.finish();
                byte[] out = new byte[in.length + 64];
                int n = d.deflate(out);
                System.out.println("strategy " + strategy + " level " + level + ": " + n + " crc " + crc(out, 0, n)
                        + " round trip " + java.util.Arrays.equals(inflate(out, n, false, in.length), in));
            }
        }
        // first bytes of small streams
        for (int level : new int[] { -1, 0, 1, 9 }) {
            Deflater d = new Deflater(level);
            d.setInput("abcabcabc".getBytes());
            d.finish();
            byte[] out = new byte[64];
            int n = d.deflate(out);
            StringBuilder sb = new StringBuilder("bytes level " + level + ":");
            for (int i = 0; i < n; i++) {
                sb.append(' ').append(Integer.toHexString(out[i] & 0xff));
            }
            System.out.println(sb);
        }
    }
}
