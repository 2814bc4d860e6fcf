package lambdas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

public class MethodRefs {
    static int twice(int x) { return 2 * x; }

    private final String prefix;
    MethodRefs(String prefix) { this.prefix = prefix; }
    String decorate(String s) { return prefix + s; }

    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        Point(int both) { this(both, both); }
        public String toString() { return "P(" + x + "," + y + ")"; }
    }

    static class Parent {
        String who() { return "parent"; }
    }

    static class Child extends Parent {
        @Override String who() { return "child"; }
        Supplier<String> viaSuper() { return super::who; }
        Supplier<String> viaThis() { return this::who; }
    }

    public static void main(String[] args) {
        Function<Integer, Integer> st = MethodRefs::twice;
        System.out.println("static: " + st.apply(21));
        MethodRefs m = new MethodRefs(">> ");
        Function<String, String> bound = m::decorate;
        System.out.println("bound: " + bound.apply("text"));
        Function<String, Integer> unbound = String::length;
        ToIntFunction<String> unboundInt = String::length;
        BiFunction<String, String, Boolean> unbound2 = String::startsWith;
        System.out.println("unbound: " + unbound.apply("four") + " " + unboundInt.applyAsInt("seven!!") + " " + unbound2.apply("prefix", "pre"));
        Supplier<List<String>> ctor = ArrayList::new;
        List<String> list = ctor.get();
        list.add("made by ctor ref");
        System.out.println("ctor: " + list);
        Function<Integer, Point> pctor = Point::new;
        BiFunction<Integer, Integer, Point> pctor2 = Point::new;
        System.out.println("ctor overloads: " + pctor.apply(3) + " " + pctor2.apply(1, 2));
        IntFunction<int[]> arrCtor = int[]::new;
        Function<Integer, String[]> sArrCtor = String[]::new;
        System.out.println("array ctor: " + arrCtor.apply(4).length + " " + sArrCtor.apply(2).getClass().getSimpleName());
        String[] words = {"delta", "alpha", "charlie", "bravo"};
        Arrays.sort(words, String::compareTo);
        System.out.println(Arrays.toString(words));
        String[] copy = Arrays.stream(words).map(String::toUpperCase).toArray(String[]::new);
        System.out.println(Arrays.toString(copy));
        Child c = new Child();
        System.out.println("super::who " + c.viaSuper().get() + ", this::who " + c.viaThis().get());
        String captured = "captured";
        Supplier<Integer> boundStr = captured::length;
        System.out.println("bound on string: " + boundStr.get());
        UnaryOperator<String> trim = String::trim;
        System.out.println("[" + trim.apply("  spaced  ") + "]");
        Function<Object, String> valueOf = String::valueOf;
        System.out.println(valueOf.apply(3.5) + " " + valueOf.apply(null));
        list.forEach(System.out::println);
        try {
            String nul = null;
            Supplier<Integer> bad = nul::length; // NPE at capture time
            System.out.println(bad.get());
        } catch (NullPointerException e) {
            System.out.println("bound method ref on null: " + e.getClass().getSimpleName());
        }
    }
}
