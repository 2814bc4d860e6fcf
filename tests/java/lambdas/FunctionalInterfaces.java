package lambdas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.*;

public class FunctionalInterfaces {
    public static void main(String[] args) {
        Function<String, Integer> len = s -> s.length();
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        Supplier<String> sup = () -> "supplied";
        List<String> sink = new ArrayList<>();
        Consumer<String> cons = s -> sink.add(s.toUpperCase());
        BiConsumer<String, Integer> bicons = (s, n) -> sink.add(s.repeat(n));
        Predicate<String> empty = String::isEmpty;
        BiPredicate<String, Integer> longer = (s, n) -> s.length() > n;
        UnaryOperator<String> exclaim = s -> s + "!";
        BinaryOperator<Integer> mul = (a, b) -> a * b;
        IntBinaryOperator ibo = (a, b) -> a % b;
        IntUnaryOperator neg = x -> -x;
        IntPredicate even = x -> x % 2 == 0;
        IntFunction<String> stars = n -> "*".repeat(n);
        ToIntFunction<String> hash = String::hashCode;
        ToLongFunction<Integer> square = x -> (long) x * x;
        ToDoubleFunction<Integer> half = x -> x / 2.0;
        IntSupplier counter = new IntSupplier() { int n; public int getAsInt() { return n++; } };
        LongSupplier big = () -> Long.MAX_VALUE;
        DoubleSupplier pi = () -> Math.PI;
        BooleanSupplier yes = () -> true;
        IntToLongFunction widen = x -> x * 1_000_000_000L;
        DoubleUnaryOperator sq = d -> d * d;
        LongBinaryOperator lmax = Math::max;
        DoubleBinaryOperator dpow = Math::pow;
        ObjIntConsumer<String> oic = (s, i) -> sink.add(s + i);
        IntConsumer ic = i -> sink.add("int:" + i);

        System.out.println(len.apply("hello") + " " + add.apply(2, 3) + " " + sup.get());
        cons.accept("consumed");
        bicons.accept("ab", 3);
        oic.accept("obj", 7);
        ic.accept(99);
        System.out.println(sink);
        System.out.println(empty.test("") + " " + empty.test("x") + " " + longer.test("abc", 2) + " " + exclaim.apply("wow") + " " + mul.apply(6, 7));
        System.out.println(ibo.applyAsInt(17, 5) + " " + neg.applyAsInt(5) + " " + even.test(4) + " " + stars.apply(5) + " " + hash.applyAsInt("abc"));
        System.out.println(square.applyAsLong(100000) + " " + half.applyAsDouble(7) + " " + counter.getAsInt() + counter.getAsInt() + counter.getAsInt());
        System.out.println(big.getAsLong() + " " + pi.getAsDouble() + " " + yes.getAsBoolean() + " " + widen.applyAsLong(5) + " " + sq.applyAsDouble(1.5) + " " + lmax.applyAsLong(3, 9) + " " + dpow.applyAsDouble(2, 0.5));
        System.out.println(Function.<Integer>identity().apply(5) + " " + UnaryOperator.identity().apply("same") + " " + BinaryOperator.minBy(Integer::compare).apply(4, 2) + " " + BinaryOperator.<String>maxBy(String::compareTo).apply("a", "b"));
        Runnable r = () -> System.out.println("runnable ran");
        r.run();
        java.util.concurrent.Callable<String> call = () -> "callable";
        try {
            System.out.println(call.call());
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
        java.util.Comparator<String> cmp = (a, b) -> b.compareTo(a);
        List<String> names = new ArrayList<>(List.of("x", "a", "m"));
        names.sort(cmp);
        System.out.println(names);
    }
}
