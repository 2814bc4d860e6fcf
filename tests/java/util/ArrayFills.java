package util;

import java.util.Arrays;
/** Arrays.fill of every primitive type, short and long, whole and ranged, with odd bit patterns. */
public class ArrayFills {
    public static void main(String[] args) {
        for (int n : new int[] {0, 1, 63, 64, 65, 1000}) {
            boolean[] z = new boolean[n]; Arrays.fill(z, true); byte[] b = new byte[n]; Arrays.fill(b, (byte) -7);
            char[] c = new char[n]; Arrays.fill(c, '\u20ac'); short[] s = new short[n]; Arrays.fill(s, (short) -2);
            int[] i = new int[n]; Arrays.fill(i, 0xCAFEBABE); long[] l = new long[n]; Arrays.fill(l, Long.MIN_VALUE + 3);
            float[] f = new float[n]; Arrays.fill(f, Float.intBitsToFloat(0x7fc00123)); double[] d = new double[n]; Arrays.fill(d, -0.0);
            long h = Arrays.hashCode(z) * 31L + Arrays.hashCode(b) + Arrays.hashCode(c) + Arrays.hashCode(s) + Arrays.hashCode(i) + Arrays.hashCode(l) + Arrays.hashCode(f) + Arrays.hashCode(d);
            System.out.println(n + " " + h + " " + (n > 0 ? Float.floatToRawIntBits(f[n - 1]) + " " + Double.doubleToRawLongBits(d[0]) : ""));
            if (n >= 10) {
                Arrays.fill(i, 3, n - 2, 5); Arrays.fill(d, 1, n, 2.5); Arrays.fill(c, 0, n / 2, 'x'); Arrays.fill(z, 2, n - 1, false);
                System.out.println(Arrays.hashCode(i) + " " + Arrays.hashCode(d) + " " + Arrays.hashCode(c) + " " + Arrays.hashCode(z) + " " + i[2] + i[3] + i[n - 3] + i[n - 2]);
            }
        }
        try { Arrays.fill(new int[100], 50, 200, 1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Arrays.fill(new long[100], 70, 60, 1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Arrays.fill((int[]) null, 1); } catch (NullPointerException e) { System.out.println("NPE"); }
    }
}
