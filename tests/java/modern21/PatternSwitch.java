package modern21;

import java.util.List;

public class PatternSwitch {
    sealed interface Shape permits Circle, Rect, Square, Triangle {}
    record Circle(int radius) implements Shape {}
    record Rect(int width, int height) implements Shape {}
    record Square(int side) implements Shape {}
    record Triangle(int a, int b, int c) implements Shape {}

    static String describe(Shape s) {
        return switch (s) {
            case Circle c when c.radius() == 0 -> "degenerate circle";
            case Circle c -> "circle r=" + c.radius() + " diameter=" + 2 * c.radius();
            case Rect(int w, int h) when w == h -> "square-ish rect " + w;
            case Rect(int w, int h) -> "rect " + w + "x" + h + " area=" + (w * h);
            case Square(var side) -> "square side=" + side + " perimeter=" + 4 * side;
            case Triangle(int a, int b, int c) when a + b <= c || a + c <= b || b + c <= a -> "impossible triangle";
            case Triangle t -> "triangle perimeter=" + (t.a() + t.b() + t.c());
        };
    }

    static String classify(Object o) {
        return switch (o) {
            case null -> "null!";
            case Integer i when i < 0 -> "negative int " + i;
            case Integer i -> "int " + i;
            case Long l -> "long " + l;
            case String s when s.isBlank() -> "blank string";
            case String s -> "string '" + s + "' (" + s.length() + ")";
            case int[] arr -> "int[" + arr.length + "]";
            case Shape s -> "shape: " + describe(s);
            case List<?> list when list.isEmpty() -> "empty list";
            case List<?> list -> "list of " + list.size() + ", first " + classify(list.get(0));
            default -> "other " + o.getClass().getSimpleName();
        };
    }

    static int area(Shape s) {
        switch (s) {
            case Circle c:
                return 3 * c.radius() * c.radius();
            case Rect r:
                return r.width() * r.height();
            case Square sq:
                return sq.side() * sq.side();
            case Triangle t:
                int p = t.a() + t.b() + t.c();
                return p / 2; // rough
        }
    }

    public static void main(String[] args) {
        List<Shape> shapes = List.of(new Circle(0), new Circle(5), new Rect(3, 3), new Rect(2, 7), new Square(4), new Triangle(1, 2, 10), new Triangle(3, 4, 5));
        int total = 0;
        for (Shape s : shapes) {
            System.out.println(describe(s));
            total += area(s);
        }
        System.out.println("total area (rough) = " + total);
        Object[] things = {null, -3, 42, 7L, "  ", "hello", new int[4], new Square(2), List.of(), List.of("x", 1), 'c', true};
        for (Object o : things) System.out.println(classify(o));
    }
}
