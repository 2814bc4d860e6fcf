// Java semantics that compiled code must reproduce exactly: floating point edge cases,
// integer overflow and division, exceptions thrown from compiled loops (and caught in the
// same method or a caller), long loops in main (on-stack replacement), fields, arrays,
// statics, synchronized methods, and objects kept across collections.
package jit;

import java.util.ArrayList;
import java.util.List;

public class FramedSemantics {
    static int counter;
    static long total;
    static boolean flag;
    static byte smallByte;
    static char letter;
    static short half;
    int field;
    double weight;
    FramedSemantics next;

    static int divide(int a, int b) { return a / b; }
    static long remainder(long a, long b) { return a % b; }

    static String floats(double x, double y) {
        return (x < y) + " " + (x > y) + " " + (x == y) + " " + (x != y) + " " + (x <= y) + " " + (x >= y);
    }

    static int d2i(double d) { return (int) d; }
    static long d2l(double d) { return (long) d; }
    static int f2i(float f) { return (int) f; }
    static long f2l(float f) { return (long) f; }

    static int sumTo(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += a[i];
        return s;
    }

    synchronized int addSync(int k) { field += k; return field; }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return Math.sqrt(s);
    }

    static int catchInside(int[] a) {
        int caught = 0;
        for (int i = 0; i < 100; i++) {
            try {
                a[i % 7] = 100 / (i % 5);
            } catch (ArithmeticException e) {
                caught++;
            } catch (ArrayIndexOutOfBoundsException e) {
                caught += 1000;
            }
        }
        return caught;
    }

    static int throwsOut(int n) {
        int[] small = new int[3];
        int s = 0;
        for (int i = 0; i < n; i++) s += small[i];
        return s;
    }

    static String nulls(FramedSemantics f) {
        try {
            return "value " + f.field;
        } catch (NullPointerException e) {
            return "NPE: " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        System.out.println(divide(Integer.MIN_VALUE, -1) + " " + (Integer.MIN_VALUE % -1));
        System.out.println(remainder(Long.MIN_VALUE, -1L) + " " + (Long.MIN_VALUE / -1L));
        try {
            divide(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("divide: " + e.getMessage());
        }
        try {
            remainder(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("remainder: " + e.getMessage());
        }
        System.out.println(floats(Double.NaN, 1.0));
        System.out.println(floats(1.0, Double.NaN));
        System.out.println(floats(-0.0, 0.0));
        System.out.println(Double.compare(0.0, -0.0) + " " + Float.compare(Float.NaN, 1f));
        double[] ds = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e20, -1e20, 2.9, -2.9, 0.5};
        for (double d : ds) {
            System.out.println(d + " -> " + d2i(d) + " " + d2l(d) + " " + f2i((float) d) + " " + f2l((float) d));
        }
        System.out.println((5.5 % 2.0) + " " + (-5.5 % 2.0) + " " + (5.5f % -2f) + " " + (1.0 % 0.0) + " " + (Double.MAX_VALUE % 3.0));
        System.out.println((float) 0.1 + " " + (double) 0.1f + " " + (float) 1e40 + " " + (int) 'x' + " " + (char) 65601);
        System.out.println((byte) 300 + " " + (short) 70000 + " " + (1 << 33) + " " + (1L << 65) + " " + (-17 >> 2) + " " + (-17 >>> 28) + " " + (-17L >>> 60));

        // A long loop in main: compiled while it runs.
        long acc = 0;
        for (int i = 0; i < 3_000_000; i++) {
            acc += i ^ (i >> 3);
            counter++;
            if ((i & 1023) == 0) flag = !flag;
        }
        System.out.println("loop " + acc + " " + counter + " " + flag);

        smallByte = (byte) 200;
        letter = (char) 66000;
        half = (short) -40000;
        System.out.println(smallByte + " " + (int) letter + " " + half);

        int[] data = new int[1000];
        for (int i = 0; i < data.length; i++) data[i] = i * 3 - 7;
        int s = 0;
        for (int r = 0; r < 200; r++) s += sumTo(data, 1000);
        System.out.println("sum " + s);

        FramedSemantics o = new FramedSemantics();
        for (int i = 0; i < 10000; i++) o.addSync(i & 3);
        System.out.println("sync " + o.field);

        double[] v = new double[500];
        for (int i = 0; i < v.length; i++) v[i] = Math.sin(i);
        double n = 0;
        for (int r = 0; r < 100; r++) n = norm(v);
        System.out.println("norm " + n);

        System.out.println("caught " + catchInside(new int[5]));
        for (int r = 0; r < 3; r++) {
            try {
                throwsOut(10);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("out: " + e.getMessage());
            }
        }
        System.out.println(nulls(o) + " / " + nulls(null));

        // Objects that survive many collections while compiled code holds them.
        List<FramedSemantics> chain = new ArrayList<>();
        FramedSemantics head = null;
        for (int i = 0; i < 20000; i++) {
            FramedSemantics f = new FramedSemantics();
            f.field = i;
            f.weight = i * 0.25;
            f.next = head;
            head = f;
            if (i % 1000 == 0) chain.add(f);
            total += new int[i % 50 + 1].length;
        }
        long check = 0;
        double weights = 0;
        for (FramedSemantics f = head; f != null; f = f.next) {
            check += f.field;
            weights += f.weight;
        }
        System.out.println("chain " + check + " " + weights + " " + chain.size() + " " + chain.get(7).field + " " + total);

        // Calls compiled code replaces with their effect.
        double[] specials = {0.0, -0.0, Double.NaN, 2.0, -3.5, Double.NEGATIVE_INFINITY};
        StringBuilder mins = new StringBuilder();
        for (int r = 0; r < 50; r++) {
            mins.setLength(0);
            for (double x : specials) {
                for (double y : specials) {
                    mins.append(Math.min(x, y)).append(' ').append(Math.max(x, y)).append(' ');
                }
                mins.append(Math.sqrt(x)).append(' ').append(Math.abs(x)).append('|');
            }
        }
        System.out.println(mins);
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.min(-1L, 3L) + " " + Math.max(7, -9));
        String text = "compiled";
        int letters = 0;
        for (int r = 0; r < 1000; r++) {
            for (int i = 0; i < text.length(); i++) letters += text.charAt(i);
        }
        System.out.println("letters " + letters);
        for (int r = 0; r < 2; r++) {
            try {
                System.out.println(text.charAt(8 + r));
            } catch (StringIndexOutOfBoundsException e) {
                System.out.println("charAt: " + e.getMessage());
            }
            try {
                String none = r == 0 ? null : text;
                System.out.println(none.length());
            } catch (NullPointerException e) {
                System.out.println("length: " + e.getMessage());
            }
        }

        Object[] objects = {"a", 1, 2.5, null, new int[0]};
        int strings = 0;
        for (int r = 0; r < 1000; r++) {
            for (Object x : objects) {
                if (x instanceof String) strings++;
            }
        }
        System.out.println("strings " + strings);
        try {
            Object[] arr = new String[1];
            arr[0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("store: " + e.getMessage());
        }
    }
}
