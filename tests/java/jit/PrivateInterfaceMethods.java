package jit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Private interface methods, which javac calls with invokeinterface from the interface's
 * default methods and which lambda classes call so from lambdas in default methods: compiled
 * code finds them in the receiver class's interface method table. Chained comparators (the
 * library's thenComparing lambdas), several implementing classes, an exception thrown from
 * the private method, and a null receiver.
 */
public class PrivateInterfaceMethods {
    interface Shape {
        double size();

        default String describe(int precision) {
            return label() + "=" + round(size(), precision);
        }

        default double scaled(double factor) {
            return check(size() * factor);
        }

        private String label() {
            return getClass().getSimpleName().toLowerCase();
        }

        private double round(double value, int precision) {
            double scale = Math.pow(10, precision);
            return Math.round(value * scale) / scale;
        }

        private double check(double value) {
            if (value > 1e6) {
                throw new IllegalStateException("too large: " + value);
            }
            return value;
        }

        default Comparator<Shape> closerTo() {
            return (a, b) -> Double.compare(distance(a), distance(b));
        }

        private double distance(Shape other) {
            return Math.abs(other.size() - size());
        }
    }

    record Square(double side) implements Shape {
        public double size() {
            return side * side;
        }
    }

    record Circle(double radius) implements Shape {
        public double size() {
            return Math.PI * radius * radius;
        }
    }

    record Strip(double length) implements Shape {
        public double size() {
            return length;
        }
    }

    record Item(String name, int weight, String group) {}

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            shapes.add(switch (i % 3) {
                case 0 -> new Square(i % 17 + 0.5);
                case 1 -> new Circle(i % 11 + 0.25);
                default -> new Strip(i % 23 * 3.0);
            });
        }
        double total = 0;
        StringBuilder sample = new StringBuilder();
        for (int round = 0; round < 200; round++) {
            for (Shape s : shapes) {
                total += s.scaled(round % 5 + 1);
                String d = s.describe(round % 3);
                if (round == 199 && sample.length() < 120) {
                    sample.append(d).append(' ');
                }
            }
        }
        System.out.printf("total %.3f%n", total);
        System.out.println(sample.toString().trim());
        for (int round = 0; round < 20; round++) {
            List<Shape> sorted = new ArrayList<>(shapes);
            sorted.sort(shapes.get(round).closerTo());
            if (round % 5 == 0) {
                System.out.println(sorted.get(0).describe(2) + " " + sorted.get(299).describe(2));
            }
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            items.add(new Item("n" + (i * 7919 % 1000), i % 13, "g" + (i % 7)));
        }
        Comparator<Item> order = Comparator.comparing(Item::group)
                .thenComparingInt(Item::weight)
                .thenComparing(Item::name, Comparator.reverseOrder());
        for (int round = 0; round < 10; round++) {
            List<Item> copy = new ArrayList<>(items);
            copy.sort(order);
            if (round % 3 == 0) {
                System.out.println(copy.get(0) + " " + copy.get(1000) + " " + copy.get(1999));
            }
        }
        try {
            new Square(2000).scaled(1);
        } catch (IllegalStateException e) {
            System.out.println("IllegalStateException: " + e.getMessage());
        }
        List<Shape> withNull = new ArrayList<>(shapes.subList(0, 5));
        withNull.add(null);
        try {
            for (Shape s : withNull) {
                total += s.scaled(2);
            }
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
    }
}
