import java.util.Comparator;

public class Outer {
    private int secret = 42;
    protected volatile long ticks;
    transient String cache;
    public static final Outer[] EMPTY = new Outer[0];

    class Inner {
        int reveal() { return secret++; }
    }

    static class Nested<T extends Comparable<T>> {
        T best;
        void offer(T t) { if (best == null || t.compareTo(best) > 0) best = t; }
    }

    interface Visitor<R> {
        R visit(Outer o);
    }

    Comparator<String> anon() {
        return new Comparator<String>() {
            @Override
            public int compare(String a, String b) { return a.length() - b.length() + secret; }
        };
    }

    int local(int k) {
        class Local {
            int twice() { return k * 2; }
        }
        return new Local().twice();
    }

    protected static native void nativeMethod(int... values);

    public static strictfp double fp(double a) { return a / 3; }

    int[][] grid(int n) {
        int[][] g = new int[n][n + 1];
        long[] l = new long[n];
        Object o = g;
        if (o instanceof int[][] && l.length > 0) {
            return (int[][]) o;
        }
        return null;
    }
}
