package jit;

import java.util.ArrayList;
import java.util.List;

/**
 * A virtual call site whose receivers' classes vary: the compiler inlines each method the
 * loaded classes may select there, each behind a guard on the receiver's class (each method
 * selected by one class) or on its vtable entry, and calls the method when no guard matches.
 * Results, exceptions thrown inside the inlined bodies, null receivers and classes loaded
 * after the compilation (one whose override no guard knows, one that inherits a method some
 * guard's class selects) must be the interpreter's.
 */
public class PolymorphicInlining {
    abstract static class Shape {
        int hits;

        abstract int area();

        void touch() {
            hits++;
        }

        int divide(int by) {
            return area() / by;
        }
    }

    static class Square extends Shape {
        final int side;

        Square(int side) {
            this.side = side;
        }

        int area() {
            return side * side;
        }
    }

    static class Rect extends Shape {
        final int w;
        final int h;

        Rect(int w, int h) {
            this.w = w;
            this.h = h;
        }

        int area() {
            return w * h;
        }

        @Override
        void touch() {
            hits += 2;
        }
    }

    static class Triangle extends Shape {
        final int b;
        final int h;

        Triangle(int b, int h) {
            this.b = b;
            this.h = h;
        }

        int area() {
            return b * h / 2;
        }

        @Override
        int divide(int by) {
            int[] parts = new int[by];
            return area() / parts.length;
        }
    }

    static class Circle extends Shape {
        final int r;

        Circle(int r) {
            this.r = r;
        }

        int area() {
            return 3 * r * r;
        }

        @Override
        void touch() {
            hits += 3;
        }
    }

    /** Loaded only after `sum` and `divideAll` are compiled. */
    static class Late extends Shape {
        int area() {
            return 1_000_000;
        }

        @Override
        void touch() {
            hits += 100;
        }
    }

    /** Loaded only after `sum` is compiled; selects `Square`'s methods. */
    static class LateSquare extends Square {
        LateSquare(int side) {
            super(side);
        }
    }

    static long sum(List<Shape> shapes) {
        long s = 0;
        for (Shape shape : shapes) {
            s += shape.area();
            shape.touch();
        }
        return s;
    }

    static String divideAll(List<Shape> shapes, int by) {
        long s = 0;
        int index = 0;
        try {
            for (Shape shape : shapes) {
                s += shape.divide(by);
                index++;
            }
            return "quotients " + s;
        } catch (ArithmeticException | NegativeArraySizeException e) {
            return "at " + index + " after " + s + ": " + e;
        }
    }

    static int hits(List<Shape> shapes) {
        int hits = 0;
        for (Shape shape : shapes) {
            hits += shape.hits;
        }
        return hits;
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            shapes.add(new Square(i));
            shapes.add(new Rect(i, 2));
            shapes.add(new Triangle(i, 3));
            if (i % 10 == 0) {
                shapes.add(new Circle(i));
            }
        }
        long total = 0;
        for (int round = 0; round < 3000; round++) {
            total += sum(shapes);
        }
        System.out.println(total + " " + hits(shapes));
        for (int round = 0; round < 3000; round++) {
            divideAll(shapes, 3);
        }
        System.out.println(divideAll(shapes, 7));
        System.out.println(divideAll(shapes, 0));
        System.out.println(divideAll(shapes, -1));
        shapes.add(150, new Late());
        System.out.println(sum(shapes) + " " + hits(shapes));
        System.out.println(divideAll(shapes, 5));
        shapes.add(3, new LateSquare(9));
        System.out.println(sum(shapes) + " " + hits(shapes));
        System.out.println(divideAll(shapes, 4));
        shapes.add(7, null);
        try {
            System.out.println(sum(shapes));
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(hits(shapes.subList(8, shapes.size())));
    }
}
