package jit;

/**
 * A virtual call inside an inlined method, inlined behind a guard for the one receiver class
 * seen while warming up; then receivers of other classes (one loaded only then, one that
 * throws) fail the guard and take the ordinary call from inside the inlined code.
 */
public class NestedGuards {
    abstract static class Shape {
        abstract int area();
    }

    static final class Square extends Shape {
        final int side;

        Square(int side) {
            this.side = side;
        }

        int area() {
            return side * side;
        }
    }

    static final class Strip extends Shape {
        final int length;

        Strip(int length) {
            this.length = length;
        }

        int area() {
            if (length < 0) {
                throw new IllegalArgumentException("negative strip " + length);
            }
            return length;
        }
    }

    static int measured(Shape shape) {
        return shape.area() + 1;
    }

    static long total(Shape[] shapes, int rounds) {
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            for (Shape shape : shapes) {
                sum += measured(shape);
            }
        }
        return sum;
    }

    public static void main(String[] args) {
        Shape[] squares = new Shape[16];
        for (int i = 0; i < squares.length; i++) {
            squares[i] = new Square(i);
        }
        System.out.println("squares " + total(squares, 20_000));
        // Strip is loaded only now.
        Shape[] mixed = new Shape[16];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = i % 3 == 0 ? new Strip(i * 10) : new Square(i);
        }
        System.out.println("mixed " + total(mixed, 20_000));
        mixed[5] = new Strip(-5);
        try {
            System.out.println("never " + total(mixed, 10));
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
            StackTraceElement[] frames = e.getStackTrace();
            for (int i = 0; i < 4; i++) {
                System.out.println("  at " + frames[i].getMethodName() + ":" + frames[i].getLineNumber());
            }
        }
        System.out.println("squares again " + total(squares, 1_000));
    }
}
