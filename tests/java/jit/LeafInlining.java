package jit;

/**
 * Small static leaf methods that compiled callers inline: Java's arithmetic exactly (wrapping,
 * shift masks, division by constants, conversions and narrowing), and methods just outside
 * what is inlined (narrow return types, variable divisors, branches), which are called.
 */
public class LeafInlining {
    static int mix(int a, int b) {
        return (a * 31 + b) ^ (a >>> 3) ^ (b << 29);
    }

    static int shifts(int a, int s) {
        return (a << s) + (a >> s) + (a >>> (s + 32));
    }

    static long longs(long a, int s) {
        return a * 6364136223846793005L + 1442695040888963407L ^ (a >>> s) ^ (a << (s + 64));
    }

    static int divide(int a) {
        return a / 7 + a % -3 + a / -2;
    }

    static long divideLong(long a) {
        return a / 1000000007L + a % 10L;
    }

    static double area(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    static float floats(float x, int n) {
        return x * 1.5f - n / 2 + (float) n;
    }

    static int narrow(int x) {
        return (byte) x + (char) x + (short) x;
    }

    static double convert(long l, float f) {
        return (double) l + f + (float) (int) l + (long) (int) l;
    }

    static int locals(int a) {
        int t = a;
        t += 100;
        int u = t * t;
        u -= a;
        return u;
    }

    static int constants() {
        return 123456789 + 1000 + 100;
    }

    static double doubleConstant(double x) {
        return x * 2.718281828459045 + 1e-300;
    }

    static boolean odd(int x) {
        return (x & 1) != 0;
    }

    static char letter(int x) {
        return (char) ('a' + x % 26);
    }

    static int divideBy(int a, int b) {
        return a / b;
    }

    static int overflowDivide(int a) {
        return a / -1;
    }

    public static void main(String[] args) {
        long sum = 0;
        double dsum = 0;
        int[] samples = {0, 1, -1, 7, -7, 31, 32, 33, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456, -987654};
        for (int round = 0; round < 3000; round++) {
            for (int v : samples) {
                sum += mix(v, round);
                sum += shifts(v, round & 63);
                sum += longs(v * 0x100000001L + round, round & 127);
                sum += divide(v - round);
                sum += divideLong(v * 3000000000L - round);
                dsum += area(round & 1023, (v & 1023));
                dsum += floats(v * 0.25f, round);
                sum += narrow(v + round);
                dsum += convert(v * 123456789L + round, v * 1.0e-3f);
                sum += locals(v ^ round);
                sum += constants();
                dsum += doubleConstant(v);
                sum += odd(v + round) ? 1 : 0;
                sum += letter(Math.abs(v % 1000) + round);
                sum += overflowDivide(v);
            }
        }
        System.out.println("sum " + sum);
        System.out.println("dsum " + dsum);
        int zeros = 0;
        for (int round = 0; round < 2000; round++) {
            try {
                sum += divideBy(round, round % 4);
            } catch (ArithmeticException e) {
                zeros++;
            }
        }
        System.out.println("divisions by zero " + zeros + ", sum " + sum);
        System.out.println(area(3, 4) + " " + floats(2.5f, 7) + " " + narrow(0x12345678) + " "
                + convert(Long.MAX_VALUE, Float.NaN) + " " + convert(-5, -0.0f));
    }
}
