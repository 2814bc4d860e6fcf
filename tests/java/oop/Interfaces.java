package oop;

public class Interfaces {
    interface Shape {
        int SIDES_UNKNOWN = -1;
        String UNIT = "cm";

        double area();

        default String describe() { return name() + " area=" + fmt(area()) + UNIT + "^2 sides=" + sides(); }

        default int sides() { return SIDES_UNKNOWN; }

        String name();

        private String fmt(double d) { return String.valueOf(Math.round(d * 100) / 100.0); }

        static Shape unitSquare() { return new Square(1); }
    }

    interface Scalable {
        Shape scale(double k);
        default String describe() { return "scalable"; }
    }

    interface Named {
        default String name() { return getClass().getSimpleName().toLowerCase(); }
    }

    static final class Square implements Shape, Scalable, Named {
        final double side;
        Square(double side) { this.side = side; }
        public double area() { return side * side; }
        public int sides() { return 4; }
        public Shape scale(double k) { return new Square(side * k); }
        public String name() { return Named.super.name(); }
        // must resolve the conflict between Shape.describe and Scalable.describe
        public String describe() { return Shape.super.describe() + " & " + Scalable.super.describe(); }
    }

    static class Circle implements Shape {
        final double r;
        Circle(double r) { this.r = r; }
        public double area() { return Math.PI * r * r; }
        public String name() { return "circle"; }
    }

    static class Triangle implements Shape, Named {
        final double b, h;
        Triangle(double b, double h) { this.b = b; this.h = h; }
        public double area() { return b * h / 2; }
        public int sides() { return 3; }
        public String name() { return Named.super.name(); }
    }

    interface Counter {
        int next();
        default int skip(int n) { int v = 0; for (int i = 0; i < n; i++) v = next(); return v; }
    }

    interface Resettable extends Counter {
        void reset();
        @Override default int skip(int n) { System.out.println("  Resettable.skip(" + n + ")"); return Counter.super.skip(n); }
    }

    static class Seq implements Resettable {
        int v;
        public int next() { return ++v; }
        public void reset() { v = 0; }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Square(3), new Circle(2), new Triangle(4, 5), Shape.unitSquare()};
        for (Shape s : shapes) System.out.println(s.describe());
        Scalable sc = new Square(2);
        System.out.println(sc.scale(2.5).describe());
        System.out.println(Shape.SIDES_UNKNOWN + " " + Shape.UNIT + " " + (shapes[0] instanceof Scalable) + " " + (shapes[1] instanceof Scalable));
        Seq seq = new Seq();
        Counter c = seq;
        System.out.println(c.next() + " " + c.skip(3) + " " + c.next());
        seq.reset();
        System.out.println(c.next());
        Class<?>[] ifaces = Square.class.getInterfaces();
        StringBuilder sb = new StringBuilder();
        for (Class<?> i : ifaces) sb.append(i.getSimpleName()).append(' ');
        System.out.println("Square implements " + sb.toString().trim());
        System.out.println(Shape.class.isInterface() + " " + Square.class.isInterface());
    }
}
