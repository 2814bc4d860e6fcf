package realworld;

import java.util.*;
import java.util.function.*;

public class ShapesAndEvents {
    interface Shape extends Comparable<Shape> {
        double area();
        default double perimeter() { return Double.NaN; }
        default String describe() { return String.format("%s[area=%.3f, perimeter=%.3f]", name(), area(), perimeter()); }
        String name();
        static Shape largest(Shape... shapes) {
            Shape best = null;
            for (Shape s : shapes) if (best == null || s.compareTo(best) > 0) best = s;
            return best;
        }
        @Override default int compareTo(Shape o) { return Double.compare(area(), o.area()); }
    }

    static abstract class Base implements Shape {
        private static int created = 0;
        protected final int id;
        Base() { id = ++created; }
        public String name() { return getClass().getSimpleName() + "#" + id; }
        @Override public String toString() { return name(); }
    }

    static final class Circle extends Base {
        final double r;
        Circle(double r) { this.r = r; }
        public double area() { return Math.PI * r * r; }
        @Override public double perimeter() { return 2 * Math.PI * r; }
    }

    static final class Rect extends Base {
        final double w, h;
        Rect(double w, double h) { this.w = w; this.h = h; }
        public double area() { return w * h; }
        @Override public double perimeter() { return 2 * (w + h); }
        @Override public boolean equals(Object o) { return o instanceof Rect r && r.w == w && r.h == h; }
        @Override public int hashCode() { return Objects.hash(w, h); }
    }

    static final class Triangle extends Base {
        final double a, b, c;
        Triangle(double a, double b, double c) {
            if (a + b <= c || a + c <= b || b + c <= a) throw new IllegalArgumentException(String.format("not a triangle: %s, %s, %s", a, b, c));
            this.a = a; this.b = b; this.c = c;
        }
        public double area() {
            double s = (a + b + c) / 2;
            return Math.sqrt(s * (s - a) * (s - b) * (s - c));
        }
    }

    // static nested generic class
    static class Pair<A, B> {
        final A first;
        final B second;
        Pair(A first, B second) { this.first = first; this.second = second; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        Pair<B, A> swap() { return new Pair<>(second, first); }
        @Override public String toString() { return "(" + first + ", " + second + ")"; }
    }

    static class Box<T extends Number & Comparable<T>> {
        private final List<T> items = new ArrayList<>();
        @SafeVarargs final Box<T> add(T... ts) { items.addAll(Arrays.asList(ts)); return this; }
        T max() { return Collections.max(items); }
        double total() { return items.stream().mapToDouble(Number::doubleValue).sum(); }
    }

    // inner class using outer state
    private int events = 0;
    private final List<String> log = new ArrayList<>();

    class Listener {
        final String tag;
        Listener(String tag) { this.tag = tag; }
        void on(String what) {
            events++;
            log.add(tag + ":" + what);
        }
    }

    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static String kinds(Object... xs) {
        StringBuilder sb = new StringBuilder();
        for (Object x : xs) {
            String k;
            if (x instanceof Integer i && i > 10) k = "bigint";
            else if (x instanceof Integer) k = "int";
            else if (x instanceof String s && !s.isEmpty()) k = "str(" + s.length() + ")";
            else if (x instanceof int[] arr) k = "int[" + arr.length + "]";
            else if (x == null) k = "null";
            else k = x.getClass().getSimpleName();
            sb.append(k).append(' ');
        }
        return sb.toString().trim();
    }

    static String classify(String cmd) {
        switch (cmd.toLowerCase()) {
            case "start":
            case "run":
                return "go";
            case "stop":
                return "halt";
            case "":
                return "empty";
            default:
                if (cmd.hashCode() % 2 == 0) return "even-unknown";
                return "odd-unknown";
        }
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1.5));
        shapes.add(new Rect(2, 3.5));
        shapes.add(new Triangle(3, 4, 5));
        shapes.add(new Rect(1, 1));
        try {
            shapes.add(new Triangle(1, 2, 10));
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        // anonymous class
        shapes.add(new Shape() {
            public double area() { return 0.5; }
            public String name() { return "Anon"; }
            @Override public String toString() { return "Anon"; }
        });
        for (Shape s : shapes) System.out.println(s.describe());
        Collections.sort(shapes);
        System.out.println("by area: " + shapes);
        System.out.println("largest: " + Shape.largest(shapes.toArray(new Shape[0])).name());
        System.out.println("rect equality: " + new Rect(1, 1).equals(shapes.get(1)) + " set size: " + new HashSet<>(List.of(new Rect(1, 1), new Rect(1, 1), new Rect(1, 2))).size());

        // local class capturing effectively final variable
        final double scale = 2.5;
        class Scaler {
            double apply(Shape s) { return s.area() * scale; }
        }
        Scaler sc = new Scaler();
        double total = 0;
        for (Shape s : shapes) total += sc.apply(s);
        System.out.printf("scaled total %.4f%n", total);

        ShapesAndEvents app = new ShapesAndEvents();
        ShapesAndEvents.Listener l1 = app.new Listener("L1");
        Listener l2 = app.new Listener("L2");
        l1.on("click");
        l2.on("key");
        l1.on("close");
        System.out.println(app.events + " " + app.log);

        // lambdas capturing, counters via arrays
        int[] counter = { 0 };
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            final int k = i;
            tasks.add(() -> counter[0] += k * k);
        }
        tasks.forEach(Runnable::run);
        System.out.println("counter " + counter[0]);
        Supplier<Supplier<String>> nested = () -> () -> "deep";
        System.out.println(nested.get().get());

        Pair<String, Integer> p = new Pair<>("x", 1);
        Pair<String, List<String>> p2 = p.withSecond(List.of("a"));
        System.out.println(p + " " + p.swap() + " " + p2 + " " + p2.swap().first.size());
        Box<Integer> box = new Box<Integer>().add(3, 9, 4);
        System.out.println("box max " + box.max() + " total " + box.total() + " " + new Box<Double>().add(1.5, 0.5).max());

        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[] { 4, 5 }));
        System.out.println(kinds(5, 50, "", "abc", new int[3], null, 2.0, 'c', List.of()));
        for (String c : new String[] { "START", "run", "Stop", "", "jump", "fly" }) System.out.print(classify(c) + " ");
        System.out.println();

        // labeled loops
        StringBuilder primes = new StringBuilder();
        outer:
        for (int n = 2; n < 50; n++) {
            for (int d = 2; d * d <= n; d++) if (n % d == 0) continue outer;
            primes.append(n).append(',');
        }
        System.out.println("primes " + primes);
        int found = -1;
        search:
        for (int r = 0; r < 10; r++) {
            for (int c = 0; c < 10; c++) {
                if (r * c == 42) {
                    found = r * 10 + c;
                    break search;
                }
            }
        }
        System.out.println("found " + found);
        int w = 0;
        do {
            w += 3;
        } while (w < 10);
        int x = 100;
        while (true) {
            if ((x /= 3) < 5) break;
        }
        System.out.println("w=" + w + " x=" + x);

        // ternary chains and boxing
        for (int v : new int[] { -5, 0, 5, 50 }) {
            String s = v < 0 ? "neg" : v == 0 ? "zero" : v < 10 ? "small" : "big";
            Integer boxed = v > 0 ? Integer.valueOf(v) : null;
            System.out.print(s + "/" + boxed + " ");
        }
        System.out.println();

        // switch expressions on strings with yield and arrow
        for (String day : List.of("MON", "SAT", "WED", "SUN", "xyz")) {
            int len = switch (day) {
                case "MON", "TUE", "WED", "THU", "FRI" -> 8;
                case "SAT", "SUN" -> {
                    int base = day.charAt(1) == 'A' ? 2 : 1;
                    yield base * 2;
                }
                default -> day.length() > 10 ? 0 : -1;
            };
            System.out.print(day + "=" + len + " ");
        }
        System.out.println();

        // static init order and instance init blocks
        System.out.println(Init.describe());
        System.out.println(new Init().value + " " + new Init(7).value);

        // arrays of generics, interfaces with static methods
        Comparator<String> byLast = Comparator.comparing(s -> s.charAt(s.length() - 1));
        List<String> ws = new ArrayList<>(List.of("alpha", "beta", "gamma", "delta", "pi"));
        ws.sort(byLast.thenComparing(Comparator.naturalOrder()));
        System.out.println(ws);
        Iterable<Integer> countdown = () -> new Iterator<>() {
            int n = 3;
            public boolean hasNext() { return n > 0; }
            public Integer next() { return n--; }
        };
        for (int v : countdown) System.out.print(v + " ");
        System.out.println("liftoff");
        Object[] objs = { 1, "two", 3.0, 'c', 4L, null, new int[] { 1 } };
        int ints = 0, strs = 0, others = 0;
        for (Object o : objs) {
            if (o instanceof Number n && n.intValue() > 0) ints++;
            else if (o instanceof CharSequence cs) strs += cs.length();
            else others++;
        }
        System.out.println(ints + " " + strs + " " + others);
    }

    static class Init {
        static final List<String> order = new ArrayList<>();
        static int counter;
        static {
            order.add("static1");
            counter = 10;
        }
        int value;
        {
            value = ++counter;
            order.add("instance" + value);
        }
        Init() { order.add("ctor()"); }
        Init(int extra) {
            this();
            value += extra;
            order.add("ctor(int)");
        }
        static {
            order.add("static2");
        }
        static String describe() { return "init order " + order; }
    }
}
