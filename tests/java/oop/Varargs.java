package oop;

import java.util.Arrays;

public class Varargs {
    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static String join(String sep, String... parts) {
        return String.join(sep, parts) + " (" + parts.length + ")";
    }

    static String describe(Object... items) {
        if (items == null) return "null array";
        StringBuilder sb = new StringBuilder("[");
        for (Object o : items) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(o instanceof int[] ? Arrays.toString((int[]) o) : String.valueOf(o));
        }
        return sb.append("] len=").append(items.length).toString();
    }

    @SafeVarargs
    static <T> T last(T... xs) { return xs[xs.length - 1]; }

    static double avg(double first, double... rest) {
        double s = first;
        for (double d : rest) s += d;
        return s / (1 + rest.length);
    }

    static long mulAll(long... ls) {
        long p = 1;
        for (long l : ls) p *= l;
        return p;
    }

    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[]{10, 20}));
        System.out.println(join("-") + " " + join("-", "a") + " " + join(", ", "x", "y", "z"));
        System.out.println(describe());
        System.out.println(describe(1, "two", 3.0, 'c', null));
        System.out.println(describe((Object[]) null));
        System.out.println(describe((Object) null));
        System.out.println(describe(new int[]{1, 2}));
        System.out.println(describe((Object[]) new String[]{"s1", "s2"}));
        System.out.println(describe((Object) new String[]{"s1", "s2"}).startsWith("[[Ljava.lang.String;"));
        System.out.println(last(1, 2, 3) + " " + last("a", "b") + " " + last(1.5));
        System.out.println(avg(1) + " " + avg(1, 2) + " " + avg(1, 2, 3, 4));
        System.out.println(mulAll(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
        System.out.println(String.format("%s|%s|%s", "a", 1, 2.5));
        System.out.println(Arrays.asList(1, 2, 3) + " " + Arrays.asList(new String[]{"p", "q"}).size() + " " + Arrays.asList(new int[]{1, 2}).size());
    }
}
