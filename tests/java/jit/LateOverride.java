package jit;

/**
 * Virtual calls that compiled code inlines while no loaded class overrides the callee (class
 * hierarchy analysis), and that must select the override once a class that declares one is
 * loaded: in the compiled method itself and inside another inlined call, for receivers of
 * the new class and of the old ones alike.
 */
public class LateOverride {
    static class Shape {
        int side;

        Shape(int side) {
            this.side = side;
        }

        int area() {
            return side * side;
        }

        int doubled() {
            return area() * 2; // a virtual call inside an inlined call
        }
    }

    static class Square extends Shape {
        Square(int side) {
            super(side);
        }
    }

    /** Loaded only when the second phase first makes one. */
    static class Triangle extends Square {
        Triangle(int side) {
            super(side);
        }

        @Override
        int area() {
            return side * side / 2;
        }
    }

    /** Loaded in the third phase: overrides the method that calls the overridden one. */
    static class Circle extends Shape {
        Circle(int side) {
            super(side);
        }

        @Override
        int doubled() {
            return 3 * side * side;
        }
    }

    static long run(Shape[] shapes, int rounds) {
        long total = 0;
        for (int i = 0; i < rounds; i++) {
            Shape s = shapes[i % shapes.length];
            total += s.area() + s.doubled();
            total ^= i;
        }
        return total;
    }

    public static void main(String[] args) {
        Shape[] plain = {new Shape(3), new Square(4), new Shape(5)};
        System.out.println("before " + run(plain, 300000));

        Shape[] mixed = {new Shape(3), new Square(4), new Triangle(5), new Shape(6)};
        System.out.println("with an override " + run(mixed, 300000));
        System.out.println("old receivers again " + run(plain, 300000));

        Shape[] all = {new Circle(2), new Triangle(7), new Square(8), new Shape(9)};
        System.out.println("with another " + run(all, 300000));

        long sum = 0;
        for (Shape s : all) {
            sum = sum * 31 + s.area() * 1000 + s.doubled();
        }
        System.out.println("each " + sum);
    }
}
