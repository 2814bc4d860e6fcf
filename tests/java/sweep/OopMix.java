package sweep;
import java.util.*;
import java.util.function.*;

public class OopMix {
    interface Shape extends Comparable<Shape> {
        double area();
        default String describe() { return getClass().getSimpleName() + String.format("[area=%.2f]", area()); }
        static Shape largest(List<? extends Shape> shapes) { return Collections.max(shapes); }
        default int compareTo(Shape o) { return Double.compare(area(), o.area()); }
    }
    static abstract class Base implements Shape {
        private static int count;
        protected final int id;
        Base() { id = ++count; init(); }
        void init() { }
        @Override public String toString() { return describe() + "#" + id; }
    }
    static class Circle extends Base {
        final double r; String tag = "circle";
        Circle(double r) { super(); this.r = r; }
        @Override void init() { System.out.println("Circle.init tag=" + tag + " r=" + r); }
        public double area() { return Math.PI * r * r; }
    }
    static class Rect extends Base {
        final double w, h;
        Rect(double w, double h) { this.w = w; this.h = h; }
        public double area() { return w * h; }
        @Override public boolean equals(Object o) { return o instanceof Rect r && r.w == w && r.h == h; }
        @Override public int hashCode() { return Objects.hash(w, h); }
    }
    static final class Square extends Rect {
        Square(double s) { super(s, s); }
        @Override public String describe() { return "Square(" + w + ")"; }
    }
    enum Op implements IntBinaryOperator {
        ADD("+") { public int applyAsInt(int a, int b) { return a + b; } },
        SUB("-") { public int applyAsInt(int a, int b) { return a - b; } },
        MUL("*") { public int applyAsInt(int a, int b) { return a * b; } @Override public String toString() { return "times"; } },
        DIV("/") { public int applyAsInt(int a, int b) { return a / b; } };
        final String sym;
        Op(String sym) { this.sym = sym; }
        static Op of(String s) { for (Op o : values()) if (o.sym.equals(s)) return o; throw new IllegalArgumentException("unknown op: " + s); }
    }
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        private final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double surfaceGravity() { return 6.67300E-11 * mass / (radius * radius); }
    }
    record Point(int x, int y) implements Comparable<Point> {
        Point { if (x < 0) throw new IllegalArgumentException("negative x: " + x); }
        Point(int v) { this(v, v); }
        static Point origin() { return new Point(0, 0); }
        double dist() { return Math.sqrt(x * x + y * y); }
        public int compareTo(Point o) { return Comparator.comparingInt(Point::x).thenComparingInt(Point::y).compare(this, o); }
    }
    record Pair<A, B>(A first, B second) { @Override public String toString() { return "(" + first + ", " + second + ")"; } }
    record Range(int lo, int hi) { Range { if (lo > hi) { int t = lo; lo = hi; hi = t; } } }
    static class Node<T extends Comparable<T>> {
        T val; Node<T> left, right;
        Node(T v) { val = v; }
        void insert(T v) { if (v.compareTo(val) < 0) { if (left == null) left = new Node<>(v); else left.insert(v); } else { if (right == null) right = new Node<>(v); else right.insert(v); } }
        void inorder(Consumer<T> c) { if (left != null) left.inorder(c); c.accept(val); if (right != null) right.inorder(c); }
        int height() { return 1 + Math.max(left == null ? 0 : left.height(), right == null ? 0 : right.height()); }
    }
    static double sum(Collection<? extends Number> c) { double s = 0; for (Number n : c) s += n.doubleValue(); return s; }
    static void fill(List<? super Integer> l) { for (int i = 0; i < 3; i++) l.add(i); }
    static <T extends Comparable<? super T>> T maxOf(List<T> l) { T m = l.get(0); for (T t : l) if (t.compareTo(m) > 0) m = t; return m; }
    class Inner { int v = outerField * 2; }
    int outerField = 21;
    static int counter;
    static String classify(Object o) {
        return o == null ? "null" : o.getClass().getSimpleName();
    }
    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>(List.of(new Circle(1.5), new Rect(2, 3), new Square(2.5)));
        shapes.forEach(System.out::println);
        System.out.println("largest " + Shape.largest(shapes));
        Collections.sort(shapes); System.out.println(shapes);
        System.out.println(new Rect(2, 3).equals(new Rect(2, 3)) + " " + new Square(2).equals(new Rect(2, 2)) + " " + new HashSet<>(List.of(new Rect(1, 2), new Rect(1, 2))).size());
        for (String e : new String[]{"3 + 4", "10 - 7", "6 * 7", "9 / 2", "1 % 2"}) {
            String[] p = e.split(" ");
            try { Op op = Op.of(p[1]); System.out.println(e + " = " + op.applyAsInt(Integer.parseInt(p[0]), Integer.parseInt(p[2])) + " via " + op + " " + op.name() + " " + op.ordinal() + " " + op.getClass() + " " + op.getDeclaringClass()); }
            catch (IllegalArgumentException ex) { System.out.println(ex.getMessage()); }
        }
        for (Planet p : Planet.values()) System.out.printf("%-8s %6.2f%n", p, p.surfaceGravity());
        System.out.println(Planet.valueOf("EARTH").compareTo(Planet.JUPITER) + " " + Arrays.toString(Op.values()));
        EnumMap<Op, Integer> uses = new EnumMap<>(Op.class); uses.put(Op.MUL, 2); uses.put(Op.ADD, 1); System.out.println(uses + " " + EnumSet.of(Op.DIV, Op.ADD) + " " + EnumSet.range(Op.SUB, Op.DIV));
        switch (Op.of("-")) { case ADD -> System.out.println("add"); case SUB -> System.out.println("sub"); default -> System.out.println("other"); }
        Point p = new Point(3, 4);
        System.out.println(p + " " + p.dist() + " " + p.equals(new Point(3, 4)) + " " + p.hashCode() + " " + new Point(7) + " " + Point.origin().compareTo(p) + " " + new Pair<>("k", List.of(1)) + " " + new Range(5, 1));
        try { new Point(-1, 0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Node<String> root = new Node<>("m");
        for (String s : "g t c k p z a".split(" ")) root.insert(s);
        StringBuilder sb = new StringBuilder(); root.inorder(s -> sb.append(s)); System.out.println(sb + " h=" + root.height());
        System.out.println(sum(List.of(1, 2.5, 3L)) + " " + maxOf(List.of("pear", "apple", "zoo")));
        List<Number> nums = new ArrayList<>(); fill(nums); System.out.println(nums);
        OopMix o = new OopMix(); OopMix.Inner in = o.new Inner(); System.out.println(in.v);
        Runnable r = new Runnable() { int calls; public void run() { calls++; counter += calls; } @Override public String toString() { return "anon calls=" + calls; } };
        r.run(); r.run(); System.out.println(r + " " + counter);
        class Local implements Supplier<String> { final int k; Local(int k) { this.k = k; } public String get() { return "local" + k + args.length; } }
        System.out.println(new Local(5).get() + " " + new Local(6).getClass().getSimpleName() + " " + r.getClass().getSimpleName().isEmpty() + " " + Local.class.getName() + " " + Inner.class.getName() + " " + Op.MUL.getClass().getName());
        System.out.println(classify(null) + " " + classify(3) + " " + classify("s") + " " + classify(new int[0]) + " " + classify(Op.ADD));
        Object obj = shapes.get(0);
        if (obj instanceof Circle c && c.r > 1) System.out.println("big circle " + c.r);
        int[][] tri = new int[5][];
        for (int i = 0; i < 5; i++) { tri[i] = new int[i + 1]; tri[i][0] = tri[i][i] = 1; for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j]; }
        System.out.println(Arrays.deepToString(tri));
        outer:
        for (int i = 0; i < 5; i++) { for (int j = 0; j < 5; j++) { if (i * j == 6) { System.out.println("found " + i + "," + j); break outer; } if (j > i) continue outer; } }
        String cmd = "stop";
        switch (cmd) { case "go": System.out.println("going"); case "stop": System.out.println("stopping"); case "wait": System.out.println("fallthrough wait"); break; default: System.out.println("default"); }
        int day = 3; String name = switch (day) { case 1, 7 -> "weekend"; case 2, 3, 4, 5, 6 -> { String t = "week"; yield t + "day"; } default -> throw new IllegalStateException(); };
        System.out.println(name);
        char grade = 'B'; int pts = switch (grade) { case 'A': yield 4; case 'B': yield 3; default: yield 0; }; System.out.println(pts);
        Object[] things = {1, 2L, 3.0f, 4.0, 'c', "s", true, (byte) 1, (short) 2, null};
        for (Object t : things) System.out.print((t == null ? "null" : t.getClass().getSimpleName()) + " ");
        System.out.println();
        Integer a1 = 127, a2 = 127, b1 = 128, b2 = 128; Long l1 = 127L;
        System.out.println((a1 == a2) + " " + (b1 == b2) + " " + b1.equals(b2) + " " + l1.equals(127) + " " + l1.equals(127L) + " " + new Object().equals(null));
        var list = new ArrayList<Map<String, List<Integer>>>(); list.add(Map.of("x", List.of(1))); System.out.println(list);
        int x = 5; x += x++ + ++x; System.out.println(x);
        int i2 = 10; i2 = i2++ + i2--; System.out.println(i2);
        long big = Integer.MAX_VALUE; big++; int ov = Integer.MAX_VALUE; ov++; System.out.println(big + " " + ov + " " + (short) (Short.MAX_VALUE + 1) + " " + (5 >> 1) + " " + (-5 >> 1) + " " + (-5 >>> 28) + " " + (1 << 35) + " " + (1L << 35) + " " + ('a' + 1) + " " + (char) ('a' + 1));
        String s1 = "hel" + "lo", s2 = "hello", s3 = new String("hello"); String half = "hel"; String s4 = half + "lo";
        System.out.println((s1 == s2) + " " + (s2 == s3) + " " + (s2 == s4) + " " + (s2 == s4.intern()) + " " + s2.equals(s3));
    }
}
