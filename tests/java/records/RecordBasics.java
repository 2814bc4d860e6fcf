package records;

import java.util.Arrays;

public class RecordBasics {
    record Point(int x, int y) {
        static Point origin() { return new Point(0, 0); }
        Point translate(int dx, int dy) { return new Point(x + dx, y + dy); }
        double distance() { return Math.sqrt(x * x + y * y); }
    }

    record Mixed(byte b, short s, char c, int i, long l, float f, double d, boolean z, String str) {}

    record Empty() {}

    record WithArray(String name, int[] values) {}

    record Pair<A, B>(A first, B second) {
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " x=" + p.x() + " y=" + p.y() + " dist=" + p.distance());
        System.out.println(p.translate(-3, 1) + " " + Point.origin());
        System.out.println(p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " " + (p == new Point(3, 4)) + " " + p.equals(null));
        System.out.println(p.hashCode() + " " + new Point(3, 4).hashCode() + " " + Point.origin().hashCode());
        Mixed m = new Mixed((byte) -1, (short) 300, 'q', 42, 1L << 40, 1.5f, -0.25, true, "text");
        System.out.println(m);
        System.out.println(m.hashCode() + " " + m.equals(new Mixed((byte) -1, (short) 300, 'q', 42, 1L << 40, 1.5f, -0.25, true, "text")));
        Mixed withNull = new Mixed((byte) 0, (short) 0, '\0', 0, 0, 0f, 0.0, false, null);
        System.out.println(withNull.str() + " " + withNull.hashCode() + " " + withNull.equals(new Mixed((byte) 0, (short) 0, '\0', 0, 0, 0f, 0.0, false, null)));
        Mixed nan1 = new Mixed((byte) 0, (short) 0, 'a', 0, 0, Float.NaN, Double.NaN, false, "");
        Mixed nan2 = new Mixed((byte) 0, (short) 0, 'a', 0, 0, Float.NaN, Double.NaN, false, "");
        Mixed negZero = new Mixed((byte) 0, (short) 0, 'a', 0, 0, -0f, -0.0, false, "");
        Mixed posZero = new Mixed((byte) 0, (short) 0, 'a', 0, 0, 0f, 0.0, false, "");
        System.out.println("NaN equal: " + nan1.equals(nan2) + ", -0 vs 0 equal: " + negZero.equals(posZero) + " " + (negZero.hashCode() == posZero.hashCode()));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        int[] shared = {1, 2, 3};
        WithArray wa = new WithArray("arr", shared);
        WithArray wb = new WithArray("arr", shared);
        WithArray wc = new WithArray("arr", new int[]{1, 2, 3});
        System.out.println(wa.equals(wb) + " " + wa.equals(wc) + " " + Arrays.toString(wa.values()) + " " + wa.toString().startsWith("WithArray[name=arr, values=[I@"));
        Pair<String, Integer> pair = new Pair<>("one", 1);
        Pair<String, Double> pair2 = pair.withSecond(1.0);
        System.out.println(pair + " " + pair2 + " " + pair.equals(new Pair<>("one", 1)) + " " + pair.hashCode());
        System.out.println(Point.class.isRecord() + " " + Point.class.getRecordComponents().length + " " + Point.class.getRecordComponents()[1].getName() + " " + Point.class.getSuperclass().getName());
    }
}
