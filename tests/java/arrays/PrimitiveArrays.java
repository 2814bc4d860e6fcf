package arrays;

import java.util.Arrays;

public class PrimitiveArrays {
    public static void main(String[] args) {
        boolean[] z = new boolean[4];
        byte[] b = new byte[4];
        char[] c = new char[4];
        short[] s = new short[4];
        int[] i = new int[4];
        long[] l = new long[4];
        float[] f = new float[4];
        double[] d = new double[4];
        String[] r = new String[4];
        System.out.println("defaults: " + Arrays.toString(z) + Arrays.toString(b) + Arrays.toString(s) + Arrays.toString(i) + Arrays.toString(l) + Arrays.toString(f) + Arrays.toString(d) + Arrays.toString(r) + " char0=" + (int) c[0]);
        for (int k = 0; k < 4; k++) {
            z[k] = k % 2 == 0;
            b[k] = (byte) (k * 100);
            c[k] = (char) ('w' + k);
            s[k] = (short) (k * 20000);
            i[k] = k * 1_000_000_000;
            l[k] = (long) k << 40;
            f[k] = k / 3f;
            d[k] = k / 3.0;
            r[k] = "s" + k;
        }
        System.out.println(Arrays.toString(z));
        System.out.println(Arrays.toString(b));
        System.out.println(Arrays.toString(c) + " " + new String(c));
        System.out.println(Arrays.toString(s));
        System.out.println(Arrays.toString(i));
        System.out.println(Arrays.toString(l));
        System.out.println(Arrays.toString(f));
        System.out.println(Arrays.toString(d));
        System.out.println(Arrays.toString(r));
        // compound ops on elements of every type
        b[1] += 100; c[1] += 2; s[2] *= 2; i[3] += i[3]; l[1] <<= 20; f[2] *= 1e20f; d[3] /= 0; z[1] |= true;
        System.out.println(b[1] + " " + c[1] + " " + s[2] + " " + i[3] + " " + l[1] + " " + f[2] + " " + d[3] + " " + z[1]);
        int[] lit = {5, 3, 9, 1};
        int[] empty = {};
        System.out.println(lit.length + " " + empty.length + " " + new int[0].length + " " + new long[1000].length);
        int[] histogram = new int[10];
        for (int k = 0; k < 1000; k++) histogram[(k * 7 + k / 13) % 10]++;
        System.out.println(Arrays.toString(histogram));
        char[] word = "encyclopedia".toCharArray();
        Arrays.sort(word);
        System.out.println(String.valueOf(word) + " " + Arrays.binarySearch(word, 'p'));
        byte[] bytes = "héllo".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.out.println(Arrays.toString(bytes) + " " + bytes.length);
        long sum = 0;
        for (long v : l) sum += v;
        double dsum = 0;
        for (double v : d) dsum += v;
        System.out.println(sum + " " + dsum);
    }
}
