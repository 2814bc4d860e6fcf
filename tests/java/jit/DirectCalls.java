package jit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiled code calling compiled code directly (vtable dispatch, interface caches, super
 * calls), and the type checks, array allocations and array stores it does inline: each
 * with the cases that must leave the fast path (null receivers, other classes, failing
 * casts, negative sizes, wrong element types, deep recursion, exceptions through frames).
 */
public class DirectCalls {
    interface Shape {
        double area();

        default String describe() {
            return getClass().getSimpleName() + " of area " + area();
        }
    }

    abstract static class Base {
        int calls;

        int bump() {
            return ++calls;
        }

        abstract int kind();

        private int secret() {
            return 7;
        }

        static int secretOf(Base b) {
            return b.secret();
        }
    }

    static class Square extends Base implements Shape {
        final double side;

        Square(double side) {
            this.side = side;
        }

        public double area() {
            return side * side;
        }

        int kind() {
            return 1;
        }
    }

    static class Circle extends Base implements Shape {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        public double area() {
            return 3 * r * r;
        }

        int kind() {
            return 2;
        }

        @Override
        public String describe() {
            return "round " + Shape.super.describe();
        }
    }

    static final class Tiny extends Square implements Serializable {
        Tiny() {
            super(0.5);
        }

        @Override
        int kind() {
            return 3 + super.kind();
        }

        @Override
        int bump() {
            return super.bump() * 10;
        }
    }

    static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    static int thrower(int n) {
        if (n == 0) {
            throw new IllegalStateException("bottom");
        }
        return thrower(n - 1) + 1;
    }

    static long sumKinds(Base[] shapes, int rounds) {
        long sum = 0;
        for (int i = 0; i < rounds; i++) {
            for (Base s : shapes) {
                sum += s.kind() + s.bump();
            }
        }
        return sum;
    }

    static int classify(Object o) {
        int r = 0;
        if (o instanceof Shape) r += 1;
        if (o instanceof Base) r += 2;
        if (o instanceof Square) r += 4;
        if (o instanceof Serializable) r += 8;
        if (o instanceof CharSequence) r += 16;
        if (o instanceof Object[]) r += 32;
        if (o instanceof int[]) r += 64;
        return r;
    }

    // Exception messages are printed the first time only: once hot, HotSpot's compiled code
    // may throw preallocated exceptions without one.
    static boolean first = true;

    static String cast(Object o) {
        try {
            Square s = (Square) o;
            return "square " + (s == null ? "null" : s.kind());
        } catch (ClassCastException e) {
            return "CCE " + (first ? e.getMessage() : "");
        }
    }

    static String castShape(Object o) {
        try {
            Shape s = (Shape) o;
            return "shape " + (s == null ? "null" : s.describe());
        } catch (ClassCastException e) {
            return "CCE " + (first ? e.getMessage() : "");
        }
    }

    static String store(Object[] into, int at, Object what) {
        try {
            into[at] = what;
            return "stored " + (into[at] == null ? "null" : into[at].getClass().getSimpleName());
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + " " + (first ? e.getMessage() : "");
        }
    }

    static String allocate(int n) {
        try {
            char[] c = new char[n];
            String[] s = new String[n];
            long[] l = new long[n];
            return c.length + "/" + s.length + "/" + l.length + " " + (n > 0 ? (int) c[n - 1] : -1)
                    + " " + (n > 0 ? s[n - 1] : "-") + " " + (n > 0 ? l[n - 1] : -1);
        } catch (NegativeArraySizeException e) {
            return "NASE " + e.getMessage();
        }
    }

    static String privateOnNull(Base b) {
        try {
            return "secret " + Base.secretOf(b);
        } catch (NullPointerException e) {
            return "NPE";
        }
    }

    static String virtualOnNull(Base b) {
        try {
            return "kind " + b.kind();
        } catch (NullPointerException e) {
            return "NPE";
        }
    }

    public static void main(String[] args) {
        Base[] shapes = {new Square(2), new Circle(1), new Tiny(), new Square(3)};
        long total = 0;
        for (int round = 0; round < 30; round++) {
            total += sumKinds(shapes, 100);
        }
        System.out.println("kinds " + total);
        for (Base s : shapes) {
            System.out.println(((Shape) s).describe() + " bumped " + s.calls);
        }

        Object[] samples = {
            new Square(1), new Tiny(), new Circle(2), "text", new Object[0], new int[3], null,
            new StringBuilder("sb"), List.of(1)
        };
        StringBuilder classes = new StringBuilder();
        for (int round = 0; round < 2000; round++) {
            for (Object o : samples) {
                int c = classify(o);
                if (round == 0) classes.append(c).append(' ');
            }
        }
        System.out.println("classify " + classes);
        for (int round = 0; round < 1500; round++) {
            for (Object o : samples) {
                String a = cast(o);
                String b = castShape(o);
                if (round == 0 || round == 1499) System.out.println(a + " | " + b);
            }
            first = false;
        }

        Object[] objects = new Object[4];
        Shape[] shapeArray = new Shape[4];
        Square[] squares = new Square[4];
        first = true;
        for (int round = 0; round < 2000; round++) {
            if (round == 8) first = false;
            String r1 = store(objects, round & 3, "s" + (round & 3));
            String r2 = store(shapeArray, round & 3, shapes[round & 3]);
            String r3 = store(squares, round & 3, (round & 1) == 0 ? new Tiny() : null);
            String r4 = store(squares, round & 7, shapes[1]);
            String r5 = store(squares, 2, "wrong");
            if (round < 8 || round >= 1996) System.out.println(r1 + " | " + r2 + " | " + r3 + " | " + r4 + " | " + r5);
        }

        for (int round = 0; round < 2000; round++) {
            String a = allocate((round % 5) - 1);
            if (round < 5) System.out.println(a);
        }

        int nulls = 0;
        for (int round = 0; round < 3000; round++) {
            Base b = (round % 3 == 0) ? null : shapes[round & 3];
            if (privateOnNull(b).equals("NPE")) nulls++;
            if (virtualOnNull(b).equals("NPE")) nulls++;
        }
        System.out.println("nulls " + nulls);

        int deepest = 0;
        for (int round = 0; round < 300; round++) {
            deepest = Math.max(deepest, depth(round * 10));
        }
        System.out.println("depth " + deepest);
        try {
            depth(100_000_000);
            System.out.println("no overflow");
        } catch (StackOverflowError e) {
            System.out.println("StackOverflowError caught, then " + depth(1000));
        }

        for (int round = 0; round < 2000; round++) {
            try {
                thrower(round % 20);
            } catch (IllegalStateException e) {
                if (round == 1999) {
                    StackTraceElement[] trace = e.getStackTrace();
                    System.out.println(e.getMessage() + " through " + trace.length + " frames, top "
                            + trace[0].getMethodName() + ":" + trace[0].getLineNumber()
                            + ", then " + trace[trace.length - 2].getMethodName());
                }
            }
        }

        List<Shape> list = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            list.add((Shape) shapes[i & 3]);
        }
        double area = 0;
        for (Shape s : list) {
            area += s.area();
        }
        System.out.println("area " + area);
    }
}
