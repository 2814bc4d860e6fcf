package jit;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls the interpreter never ran before their method was compiled (the method is compiled
 * during its first loop): the compiler resolves their method constants itself when the
 * classes are loaded, so they become direct calls. Every kind of call must still select
 * what the interpreter selects, initialize a class never initialized before, and throw
 * what it throws (null receivers, a class loaded for the first time after the loop).
 */
public class QuietMethods {
    interface Shape {
        double area();

        default String describe() {
            return getClass().getSimpleName() + " of area " + area();
        }

        static Shape unit() {
            return new Square(1);
        }
    }

    static class Square implements Shape {
        final double side;

        Square(double side) {
            this.side = side;
        }

        public double area() {
            return side * side;
        }
    }

    static class Cube extends Square {
        Cube(double side) {
            super(side);
        }

        @Override
        public double area() {
            return 6 * super.area();
        }

        private String secret() {
            return "cube secret " + side;
        }
    }

    static final class LateInit {
        static {
            System.out.println("LateInit initialized");
        }

        static int twice(int x) {
            return 2 * x;
        }
    }

    static int helper(int x) {
        return x * 3 + 1;
    }

    static long work(int n, Shape shape, Cube cube, List<Object> sink) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += i % 7;
        }
        // Everything below runs once per call of `work`, after the loop it was compiled in.
        s += helper((int) s & 1023);
        s += (long) shape.area();
        sink.add(shape.describe());
        sink.add(Shape.unit().describe());
        sink.add(cube.secret());
        sink.add(String.valueOf(Math.floorMod(s, 97)));
        if (n > 1_500_000) {
            sink.add(LateInit.twice(21));
        }
        return s;
    }

    static String nullCall(Shape shape) {
        long s = 0;
        for (int i = 0; i < 2_000_000; i++) {
            s += i & 3;
        }
        try {
            return s + " " + shape.describe();
        } catch (NullPointerException e) {
            return s + " " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        List<Object> sink = new ArrayList<>();
        long total = 0;
        for (int round = 0; round < 4; round++) {
            Shape shape = round % 2 == 0 ? new Square(round + 1) : new Cube(round + 1);
            total += work(1_000_000 + round * 400_000, shape, new Cube(round), sink);
        }
        System.out.println(total);
        sink.forEach(System.out::println);
        System.out.println(nullCall(null));
        System.out.println(nullCall(new Cube(2)));
    }
}
