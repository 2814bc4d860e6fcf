package basics;

public class Conditionals {
    static String cmpInts(int a, int b) {
        StringBuilder sb = new StringBuilder();
        if (a == b) sb.append("eq ");
        if (a != b) sb.append("ne ");
        if (a < b) sb.append("lt ");
        if (a <= b) sb.append("le ");
        if (a > b) sb.append("gt ");
        if (a >= b) sb.append("ge ");
        return sb.toString().trim();
    }

    static String cmpZero(int a) {
        StringBuilder sb = new StringBuilder();
        if (a == 0) sb.append("eqz ");
        if (a != 0) sb.append("nez ");
        if (a < 0) sb.append("ltz ");
        if (a <= 0) sb.append("lez ");
        if (a > 0) sb.append("gtz ");
        if (a >= 0) sb.append("gez ");
        return sb.toString().trim();
    }

    static String cmpRefs(Object a, Object b) {
        return (a == b ? "same" : "diff") + "," + (a == null ? "anull" : "a") + "," + (b != null ? "b" : "bnull");
    }

    static String cmpLong(long a, long b) {
        return (a < b ? "<" : "") + (a > b ? ">" : "") + (a == b ? "=" : "");
    }

    static String cmpDouble(double a, double b) {
        return (a < b ? "<" : "") + (a > b ? ">" : "") + (a == b ? "=" : "") + (a <= b ? "le" : "") + (a >= b ? "ge" : "") + (a != b ? "!=" : "");
    }

    static String cmpFloat(float a, float b) {
        return (a < b ? "<" : "") + (a > b ? ">" : "") + (a == b ? "=" : "") + (a <= b ? "le" : "") + (a >= b ? "ge" : "") + (a != b ? "!=" : "");
    }

    public static void main(String[] args) {
        int[] vals = {Integer.MIN_VALUE, -5, -1, 0, 1, 5, Integer.MAX_VALUE};
        for (int a : vals) {
            System.out.println(a + ": " + cmpZero(a));
            for (int b : vals) {
                if (Math.abs((long) a - b) <= 6 || a == Integer.MIN_VALUE || b == Integer.MAX_VALUE)
                    System.out.println("  " + a + " vs " + b + ": " + cmpInts(a, b));
            }
        }
        String s1 = "x";
        String s2 = new String("x");
        System.out.println(cmpRefs(s1, s1) + " " + cmpRefs(s1, s2) + " " + cmpRefs(null, s1) + " " + cmpRefs(s1, null) + " " + cmpRefs(null, null));
        long[] ls = {Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE};
        for (long a : ls) for (long b : ls) System.out.print(cmpLong(a, b) + " ");
        System.out.println();
        double[] ds = {Double.NEGATIVE_INFINITY, -1.0, -0.0, 0.0, 1.0, Double.NaN};
        for (double a : ds) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (double b : ds) sb.append(' ').append(cmpDouble(a, b));
            System.out.println(sb);
        }
        float[] fs = {-1f, 0f, Float.NaN, Float.POSITIVE_INFINITY};
        for (float a : fs) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (float b : fs) sb.append(' ').append(cmpFloat(a, b));
            System.out.println(sb);
        }
        boolean a = true, b = false;
        System.out.println((a && b) + " " + (a || b) + " " + (!a) + " " + (a && !b || b));
        int x = 7;
        String kind = x > 5 ? (x > 10 ? "big" : "medium") : "small";
        System.out.println(kind);
    }
}
