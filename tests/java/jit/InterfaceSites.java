package jit;

/**
 * Interface call sites that see several receiver classes: three (each keeps an entry of
 * the site's cache), then eight (entries replaced in turn), a class loaded only late, an
 * implementation that throws and a null receiver; results and stack traces as the
 * interpreter's.
 */
public class InterfaceSites {
    interface Shape {
        int area();
    }

    interface Named {
        String name();
    }

    record Square(int side) implements Shape, Named {
        public int area() {
            return side * side;
        }

        public String name() {
            return "square";
        }
    }

    record Strip(int length) implements Shape {
        public int area() {
            if (length < 0) {
                throw new IllegalArgumentException("negative " + length);
            }
            return length;
        }
    }

    static final class Blob implements Shape, Named {
        public int area() {
            return 7;
        }

        public String name() {
            return "blob";
        }
    }

    static class Base implements Shape {
        public int area() {
            return 1;
        }
    }

    static final class B1 extends Base {
        public int area() {
            return 11;
        }
    }

    static final class B2 extends Base {
    }

    static final class B3 extends Base {
        public int area() {
            return 13;
        }
    }

    static final class B4 extends Base {
        public int area() {
            return super.area() + 13;
        }
    }

    static final class Late implements Shape {
        public int area() {
            return 1000;
        }
    }

    static long total(Shape[] shapes, int rounds) {
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            for (Shape s : shapes) {
                sum += s.area();
            }
        }
        return sum;
    }

    static String names(Named[] named) {
        StringBuilder sb = new StringBuilder();
        for (Named n : named) {
            sb.append(n.name()).append(' ');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Shape[] three = {new Square(3), new Strip(4), new Blob(), new Square(5)};
        System.out.println("three " + total(three, 30_000));
        Shape[] eight = {new Square(2), new Strip(9), new Blob(), new Base(), new B1(), new B2(),
            new B3(), new B4()};
        System.out.println("eight " + total(eight, 30_000));
        Shape[] mixed = {new B4(), new Late(), new Square(1)};
        System.out.println("late " + total(mixed, 20_000));
        System.out.println(names(new Named[] {new Square(1), new Blob(), new Square(2)}));
        Shape[] failing = {new Square(1), new Strip(-3)};
        try {
            total(failing, 10);
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
            for (StackTraceElement frame : e.getStackTrace()) {
                System.out.println("    at " + frame);
            }
        }
        Shape[] nulls = {new Square(1), null};
        try {
            total(nulls, 10);
        } catch (NullPointerException e) {
            System.out.println("caught NullPointerException");
        }
    }
}
