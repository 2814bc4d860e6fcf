package basics;

public class Locals {
    static int ints(int a, int b, int c, int d, int e) {
        int x0 = a, x1 = b, x2 = c, x3 = d, x4 = e;
        return x0 * 10000 + x1 * 1000 + x2 * 100 + x3 * 10 + x4;
    }

    static long longs(long a, int gap, long b) {
        long l0 = a;
        long l1 = b;
        long l2 = l0 + l1 + gap;
        long l3 = l2 * 2;
        return l3 - l0;
    }

    static double doubles(double a, float f, double b) {
        double d0 = a;
        float f1 = f;
        double d2 = b;
        double d3 = d0 * f1 + d2;
        return d3;
    }

    static String refs(String a, Object b, int[] c) {
        String r0 = a;
        Object r1 = b;
        int[] r2 = c;
        Object r3 = r2;
        return r0 + "/" + r1 + "/" + ((int[]) r3).length;
    }

    static int mixed(byte b, short s, char c, boolean z, long l, float f, double d) {
        int acc = b;
        acc += s;
        acc += c;
        acc += z ? 1000 : -1000;
        acc += (int) l;
        acc += (int) f;
        acc += (int) d;
        return acc;
    }

    public static void main(String[] args) {
        System.out.println(ints(1, 2, 3, 4, 5));
        System.out.println(longs(10_000_000_000L, 7, -3L));
        System.out.println(doubles(1.5, 2.25f, 0.125));
        System.out.println(refs("a", "b", new int[4]));
        System.out.println(mixed((byte) -5, (short) 300, 'x', true, 1L << 20, 3.75f, -2.5));
        System.out.println(mixed((byte) 127, (short) -32768, '\uffff', false, -1L, -0.5f, 1e9));
        int a = 1, b = 2, c = 3, d = 4;
        long e = 5;
        double f = 6;
        float g = 7;
        for (int i = 0; i < 5; i++) {
            a += b; b += c; c += d; d += a;
            e = e * 3 + a;
            f = f / 2 + b;
            g = g * 1.5f - c;
        }
        System.out.println(a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + g);
    }
}
