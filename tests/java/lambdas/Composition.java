package lambdas;

import java.util.Comparator;
import java.util.List;
import java.util.ArrayList;
import java.util.function.*;

public class Composition {
    record Person(String name, int age, String city) {}

    public static void main(String[] args) {
        Function<Integer, Integer> plus2 = x -> x + 2;
        Function<Integer, Integer> times3 = x -> x * 3;
        System.out.println(plus2.andThen(times3).apply(4) + " " + plus2.compose(times3).apply(4) + " " + plus2.andThen(times3).andThen(Object::toString).apply(1).length());
        Predicate<String> longWord = s -> s.length() > 4;
        Predicate<String> startsA = s -> s.startsWith("a");
        for (String w : new String[]{"apple", "ant", "banana", "fig"}) {
            System.out.println(w + ": and=" + longWord.and(startsA).test(w) + " or=" + longWord.or(startsA).test(w) + " negate=" + longWord.negate().test(w) + " not=" + Predicate.not(startsA).test(w));
        }
        Predicate<Object> isNull = Predicate.isEqual(null);
        System.out.println(isNull.test(null) + " " + Predicate.isEqual("x").test("x"));
        List<String> log = new ArrayList<>();
        Consumer<String> first = s -> log.add("first:" + s);
        Consumer<String> second = s -> log.add("second:" + s);
        first.andThen(second).andThen(first).accept("v");
        System.out.println(log);
        BiFunction<Integer, Integer, Integer> sum = Integer::sum;
        System.out.println(sum.andThen(x -> x * x).apply(3, 4));
        UnaryOperator<String> up = String::toUpperCase;
        Function<String, String> pipeline = up.andThen(s -> s.replace('A', '4')).andThen(s -> "<" + s + ">");
        System.out.println(pipeline.apply("banana"));
        IntUnaryOperator inc = x -> x + 1;
        IntUnaryOperator dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).applyAsInt(5) + " " + inc.compose(dbl).applyAsInt(5));
        List<Person> people = new ArrayList<>(List.of(
            new Person("Zoe", 30, "Oslo"), new Person("Adam", 25, "Rome"), new Person("Eve", 30, "Rome"),
            new Person("Bob", 25, "Oslo"), new Person("Carl", 41, "Bern")));
        people.sort(Comparator.comparing(Person::city).thenComparing(Person::age, Comparator.reverseOrder()).thenComparing(Person::name));
        people.forEach(p -> System.out.println("  " + p));
        people.sort(Comparator.comparingInt(Person::age).thenComparing(Person::name, Comparator.comparing(String::length)).reversed());
        System.out.println(people.stream().map(Person::name).toList());
        Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        List<String> withNulls = new ArrayList<>(java.util.Arrays.asList("b", null, "a"));
        withNulls.sort(nullsFirst);
        System.out.println(withNulls);
        Supplier<Supplier<String>> nested = () -> () -> "nested supplier";
        System.out.println(nested.get().get());
        Function<Integer, Function<Integer, Integer>> curried = a -> b -> a * 10 + b;
        System.out.println(curried.apply(4).apply(2));
    }
}
