package lang;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Identity hashes as HotSpot 17 gives them around class linking and lambdas: linking an
 * application class (before its initialization, or when a method handle names it) hashes
 * its Class object; a lambda call site takes a hash for its proxy class and for each
 * lambda-form class HotSpot's method-handle caches lack for its shape; the Class objects of
 * the class library's classes in HotSpot's shared archive have fixed hashes. (No method
 * reference twice: javac shares the constant of identical ones, which HotSpot links once
 * per instruction and Cortado once.)
 */
public class LinkIdentityHashes {
    static class Foo {
        static int counter = 1;
        int v;

        Foo() {
        }

        Foo(int v) {
            this.v = v;
        }

        int get() {
            return v;
        }
    }

    static class Late {
        static int twice(int x) {
            return 2 * x;
        }
    }

    static class Unused {
    }

    interface Shape {
        double area();
    }

    static final class Square implements Shape {
        public double area() {
            return 1;
        }
    }

    int field = 3;

    static String hex(int h) {
        return Integer.toHexString(h);
    }

    static int next() {
        return System.identityHashCode(new Object());
    }

    void instanceLambdas(List<Integer> out) {
        IntSupplier s = () -> field;
        out.add(next());
        Supplier<String> t = this::toString;
        out.add(next());
    }

    public static void main(String[] args) {
        java.util.ArrayList<Integer> marks = new java.util.ArrayList<>();
        marks.add(next());
        Class<?> literal = Unused.class;
        marks.add(next());
        int c = Foo.counter;
        marks.add(next());
        Shape shape = new Square();
        marks.add(next());
        int first = 9;
        IntSupplier capturingFirst = () -> first;
        marks.add(next());
        Runnable r1 = () -> { };
        marks.add(next());
        Runnable r2 = () -> { };
        marks.add(next());
        int cap = 3;
        IntSupplier is = () -> cap;
        marks.add(next());
        long capl = 4;
        LongSupplier ls = () -> capl;
        marks.add(next());
        double capd = 5;
        DoubleSupplier ds = () -> capd;
        marks.add(next());
        String caps = "s";
        Supplier<String> ss = () -> caps;
        marks.add(next());
        Function<String, Integer> len = String::length;
        marks.add(next());
        ToIntFunction<List<String>> size = List::size;
        marks.add(next());
        Supplier<Foo> make = Foo::new;
        marks.add(next());
        IntFunction<Foo> make2 = Foo::new;
        marks.add(next());
        ToIntFunction<Foo> get = Foo::get;
        marks.add(next());
        IntUnaryOperator twice = Late::twice;
        marks.add(next());
        BiFunction<String, String, Boolean> eq = String::equals;
        marks.add(next());
        new LinkIdentityHashes().instanceLambdas(marks);
        Runnable ser1 = (Runnable & Serializable) () -> { };
        marks.add(next());
        Runnable ser2 = (Runnable & Serializable) () -> { };
        marks.add(next());
        StringBuilder line = new StringBuilder();
        for (int m : marks) {
            line.append(hex(m)).append(' ');
        }
        System.out.println(line);
        System.out.println(hex(literal.hashCode()) + " " + hex(Foo.class.hashCode()) + " "
                + hex(Late.class.hashCode()) + " " + hex(Shape.class.hashCode()) + " "
                + hex(Square.class.hashCode()) + " " + hex(LinkIdentityHashes.class.hashCode()));
        System.out.println(hex(r1.getClass().hashCode()) + " " + hex(twice.getClass().hashCode()));
        System.out.println(hex(String.class.hashCode()) + " " + hex(int.class.hashCode()) + " "
                + hex(List.class.hashCode()) + " " + hex(Object[].class.hashCode()));
        Set<Class<?>> classes = new HashSet<>(List.of(String.class, Integer.class, Foo.class,
                Late.class, Unused.class, Shape.class, Square.class, Object.class, Thread.class));
        System.out.println(classes);
        System.out.println(r1.getClass() == r2.getClass());
        System.out.println(is.getAsInt() + ls.getAsLong() + ds.getAsDouble() + ss.get()
                + len.apply("abc") + size.applyAsInt(List.of("x")) + make.get().v
                + make2.apply(7).get() + get.applyAsInt(new Foo(2)) + twice.applyAsInt(4)
                + eq.apply("a", "a") + c + shape.area() + capturingFirst.getAsInt());
        System.out.println(hex(next()));
    }
}
