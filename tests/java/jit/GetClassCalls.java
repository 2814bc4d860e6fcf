package jit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Object.getClass in compiled code, which reads the mirror of the receiver's class from its
 * cell and calls the runtime when the class has none yet: equals methods comparing classes,
 * classes whose first getClass comes from compiled code, arrays, lambdas, a null receiver,
 * getClass two inlined calls deep, and collections keyed by such objects across collections.
 */
public class GetClassCalls {
    static class Point {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (o == null || getClass() != o.getClass()) {
                return false;
            }
            Point p = (Point) o;
            return p.x == x && p.y == y;
        }

        @Override
        public int hashCode() {
            return x * 31 + y;
        }
    }

    static final class Point3 extends Point {
        final int z;

        Point3(int x, int y, int z) {
            super(x, y);
            this.z = z;
        }
    }

    static final class Late1 {}

    static final class Late2 {}

    static final class Wrapper {
        private final Object value;

        Wrapper(Object value) {
            this.value = value;
        }

        private String kind() {
            return describe(value);
        }

        private static String describe(Object o) {
            return o.getClass().getSimpleName();
        }

        synchronized String label() {
            return kind() + ":" + value.getClass().getName().length();
        }
    }

    static Class<?> classOf(Object o) {
        return o.getClass();
    }

    public static void main(String[] args) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            points.add(i % 4 == 0 ? new Point3(i % 7, i % 5, i) : new Point(i % 7, i % 5));
        }
        int equal = 0;
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < points.size(); i++) {
                if (points.get(i).equals(points.get((i * 13 + round) % points.size()))) {
                    equal++;
                }
            }
            if (round == 25) {
                System.gc();
            }
        }
        System.out.println("equal " + equal);
        Set<Point> set = new HashSet<>(points);
        System.out.println("distinct " + set.size());
        Object[] things = {1, "s", 2.5, new int[3], new String[0][0], new Point(1, 2), (Supplier<String>) () -> "x",
            new Late1(), new Late2(), List.of(1), 'c'};
        StringBuilder names = new StringBuilder();
        int lengths = 0;
        for (int round = 0; round < 3000; round++) {
            for (Object o : things) {
                Class<?> c = classOf(o);
                lengths += c.isArray() ? 100 : 1;
                if (round == 2999 && !c.isSynthetic() && !c.getName().contains("$$")) {
                    names.append(c.getName()).append(' ');
                }
            }
        }
        System.out.println(lengths);
        System.out.println(names.toString().trim());
        int same = 0;
        for (int i = 0; i < 20000; i++) {
            if (classOf(things[i % things.length]) == things[i % things.length].getClass()) {
                same++;
            }
        }
        System.out.println("same " + same);
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            String label = new Wrapper(things[i % 6]).label();
            if (i >= 4994) {
                labels.append(label).append(' ');
            }
        }
        System.out.println(labels.toString().trim());
        try {
            classOf(null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
    }
}
