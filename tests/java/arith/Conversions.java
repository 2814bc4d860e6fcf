package arith;

public class Conversions {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769, Integer.MAX_VALUE, Integer.MIN_VALUE, 16777217};
        for (int i : ints) {
            System.out.println("i=" + i + " l=" + (long) i + " f=" + (float) i + " d=" + (double) i + " b=" + (byte) i + " c=" + (int) (char) i + " s=" + (short) i);
        }
        long[] longs = {0L, -1L, 1L << 31, (1L << 31) - 1, 1L << 32, Long.MAX_VALUE, Long.MIN_VALUE, 9007199254740993L, 0x1234567890L};
        for (long l : longs) {
            System.out.println("l=" + l + " i=" + (int) l + " f=" + (float) l + " d=" + (double) l + " b=" + (byte) l + " c=" + (int) (char) l);
        }
        float[] floats = {0f, -0f, 1.5f, -1.5f, 2.5f, -2.99f, 1e10f, -1e10f, 3e38f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 2147483520f, 2147483648f, 0.99999994f};
        for (float f : floats) {
            System.out.println("f=" + f + " i=" + (int) f + " l=" + (long) f + " d=" + (double) f + " b=" + (byte) f + " c=" + (int) (char) f + " s=" + (short) f);
        }
        double[] doubles = {0.0, -0.0, 0.1, -0.9, 1e19, -1e19, 9.3e18, 1e300, 1e-300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2147483647.9, -2147483648.9, 3.4028235677973366E38, 1.0E-46, 65535.7, 70000.5};
        for (double d : doubles) {
            System.out.println("d=" + d + " i=" + (int) d + " l=" + (long) d + " f=" + (float) d + " b=" + (byte) d + " c=" + (int) (char) d + " s=" + (short) d);
        }
        char c = 'Z';
        int ci = c + 1;
        char c2 = (char) ci;
        System.out.println(ci + " " + c2 + " " + (char) 0x263A + " " + (int) (char) -1);
        byte b = (byte) 0x80;
        System.out.println(b + " " + (b & 0xff) + " " + (char) b + "|" + (int) (char) b);
        // implicit widening in mixed expressions
        System.out.println((1 + 2L) + " " + (1 + 2f) + " " + (1L + 2.0) + " " + ('a' + 1) + " " + (char) ('a' + 1) + " " + (1 / 2 * 2.0) + " " + (1 / 2.0 * 2));
        long big = 123456789123456789L;
        float fb = big;
        double db = big;
        System.out.println(fb + " " + db + " " + (long) fb + " " + (long) db);
        int rounding = (int) 0.5f + (int) -0.5 + Math.round(0.5f) + Math.round(-0.5f) + (int) Math.round(2.5) + (int) Math.round(-2.5);
        System.out.println("rounding=" + rounding);
    }
}
