package sweep;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamsCollectors {
    record Emp(String name, String dept, double salary, int age) {}
    enum Level { JUNIOR, MID, SENIOR }
    public static void main(String[] args) {
        List<Emp> emps = List.of(new Emp("Ann", "Eng", 120000, 34), new Emp("Bob", "Eng", 95000, 28), new Emp("Cat", "Ops", 70000, 45),
            new Emp("Dan", "Sales", 65000, 23), new Emp("Eve", "Ops", 82000, 39), new Emp("Fay", "Eng", 143000, 51), new Emp("Gus", "Sales", 71000, 31));
        Map<String,Long> m1 = emps.stream().collect(Collectors.groupingBy(Emp::dept, TreeMap::new, Collectors.counting())); System.out.println(m1);
        System.out.println(emps.stream().collect(Collectors.groupingBy(Emp::dept, Collectors.averagingDouble(Emp::salary))));
        System.out.println(emps.stream().collect(Collectors.groupingBy(Emp::dept, Collectors.mapping(Emp::name, Collectors.joining(",", "[", "]")))));
        System.out.println(emps.stream().collect(Collectors.partitioningBy(e -> e.age() > 35, Collectors.summingDouble(Emp::salary))));
        Map<String,Double> m2 = emps.stream().collect(Collectors.toMap(Emp::dept, Emp::salary, Double::sum, LinkedHashMap::new)); System.out.println(m2);
        try { emps.stream().collect(Collectors.toMap(Emp::dept, Emp::name)); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        System.out.println(emps.stream().collect(Collectors.summarizingDouble(Emp::salary)));
        System.out.println(emps.stream().mapToInt(Emp::age).summaryStatistics());
        System.out.println(emps.stream().collect(Collectors.summarizingLong(e -> (long) e.age())));
        System.out.println(emps.stream().max(Comparator.comparingDouble(Emp::salary)).map(Emp::name).orElse("none"));
        System.out.println(emps.stream().sorted(Comparator.comparing(Emp::dept).thenComparing(Emp::salary, Comparator.reverseOrder())).map(Emp::name).toList());
        System.out.println(emps.stream().collect(Collectors.groupingBy(e -> e.age() < 30 ? Level.JUNIOR : e.age() < 45 ? Level.MID : Level.SENIOR, () -> new EnumMap<>(Level.class), Collectors.toList())).keySet());
        System.out.println(emps.stream().collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList)).size());
        TreeSet<String> m3 = emps.stream().map(Emp::dept).distinct().collect(Collectors.toCollection(TreeSet::new)); System.out.println(m3);
        String m4 = (emps.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.averagingInt(Emp::age), (c, a) -> c + " emps avg age " + a))); System.out.println(m4);
        System.out.println(emps.stream().collect(Collectors.groupingBy(Emp::dept, Collectors.maxBy(Comparator.comparingInt(Emp::age)))));
        System.out.println(emps.stream().collect(Collectors.reducing(0.0, Emp::salary, Double::sum)));
        System.out.println(emps.stream().collect(Collectors.filtering(e -> e.salary() > 80000, Collectors.mapping(Emp::name, Collectors.toList()))));
        System.out.println(Stream.of("a,b", "c", "d,e,f").flatMap(s -> Arrays.stream(s.split(","))).collect(Collectors.joining()));
        System.out.println(IntStream.range(0, 20).filter(i -> i % 3 == 0).map(i -> i * i).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.rangeClosed(1, 5).reduce(1, (a, b) -> a * b) + " " + IntStream.of(3, 1, 2).sorted().mapToObj(Integer::toString).collect(Collectors.joining("<")) + " " + IntStream.iterate(1, i -> i * 2).limit(10).sum() + " " + IntStream.iterate(1, i -> i < 100, i -> i * 3).boxed().toList());
        System.out.println(Stream.iterate(new long[]{0, 1}, f -> new long[]{f[1], f[0] + f[1]}).limit(15).map(f -> f[0]).toList());
        System.out.println(DoubleStream.of(1.5, 2.5, 3.5).average().getAsDouble() + " " + LongStream.range(1, 21).reduce(1L, (a, b) -> a * b) + " " + IntStream.empty().max() + " " + OptionalInt.of(3) + " " + OptionalDouble.empty() + " " + IntStream.of(1, 2).average());
        System.out.println(Stream.of(5, 3, 5, 1, 3, 7).distinct().sorted(Comparator.reverseOrder()).skip(1).limit(2).toList() + " " + Stream.of(1, 2, 3, 4, 5).takeWhile(i -> i < 3).toList() + Stream.of(1, 2, 3, 4, 1).dropWhile(i -> i < 3).toList());
        System.out.println(Stream.of("x", "yy", "zzz").anyMatch(s -> s.length() == 2) + " " + Stream.of(1).allMatch(i -> i > 5) + " " + Stream.empty().noneMatch(x -> true) + " " + Stream.of(1, 2, 3).count() + " " + Stream.of(4, 5).findFirst().get() + " " + Stream.of(1, 2, 3, 4).reduce(Integer::sum) + " " + Stream.<Integer>empty().reduce(Integer::sum));
        Optional<String> o = Optional.of("val");
        System.out.println(o.map(String::toUpperCase).filter(s -> s.startsWith("V")).orElseGet(() -> "none") + " " + o.flatMap(s -> Optional.<String>empty()).isPresent() + " " + Optional.ofNullable(null).or(() -> Optional.of("alt")).get() + " " + o.stream().count() + " " + o + " " + Optional.ofNullable(null).isEmpty() + " " + OptionalInt.empty().orElse(-1));
        o.ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("absent"));
        try { Optional.empty().orElseThrow(() -> new IllegalStateException("missing")); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(3), List.of());
        System.out.println(nested.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().getAsInt() + " " + nested.stream().mapToInt(List::size).boxed().collect(Collectors.toList()));
        Map<Boolean, List<Integer>> primes = IntStream.rangeClosed(2, 30).boxed().collect(Collectors.partitioningBy(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)));
        System.out.println(primes);
        String text = "It was the best of times it was the worst of times it was the age of wisdom";
        Map<String, Long> wc = Arrays.stream(text.toLowerCase().split("\\W+")).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.println(wc);
        wc.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).limit(4).forEach(e -> System.out.println(e.getKey() + " -> " + e.getValue()));
        System.out.println(Stream.of("apple", "avocado", "banana", "blueberry", "cherry").collect(Collectors.groupingBy(s -> s.charAt(0), Collectors.counting())));
        System.out.println(IntStream.range(0, 1000).parallel().filter(i -> i % 7 == 0).sum() + " " + IntStream.range(0, 100).parallel().boxed().collect(Collectors.toList()).equals(IntStream.range(0, 100).boxed().toList()) + " " + List.of(3, 1, 2).parallelStream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        System.out.println(Stream.concat(Stream.of(1), Stream.of(2, 3)).map(x -> x * 2).peek(x -> {}).toList() + " " + Stream.generate(() -> "g").limit(3).collect(Collectors.joining()) + " " + Arrays.stream(new String[]{"b", "a"}, 0, 1).toList() + " " + Stream.ofNullable(null).count());
        System.out.println("chars: " + "hello".chars().boxed().collect(Collectors.groupingBy(c -> (char) (int) c, TreeMap::new, Collectors.counting())));
        Supplier<Stream<Integer>> sup = () -> Stream.of(1, 2, 3);
        Stream<Integer> s1 = sup.get(); s1.count();
        try { s1.count(); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        System.out.println(IntStream.rangeClosed(1, 4).mapToObj(i -> "x".repeat(i)).collect(Collectors.toUnmodifiableList()) + " " + Stream.of(1, 2, 3).mapMulti((Integer x, Consumer<Object> sink) -> { if (x != 2) { sink.accept(x); sink.accept(-x); } }).toList());
        BinaryOperator<Integer> add = Integer::sum; Function<Integer, Integer> sq = x -> x * x; UnaryOperator<String> up = String::toUpperCase; BiFunction<Integer, Integer, Integer> mul = (a, b) -> a * b;
        System.out.println(add.andThen(sq).apply(2, 3) + " " + sq.compose(sq).apply(3) + " " + up.apply("q") + " " + mul.apply(6, 7) + " " + Predicate.<Integer>isEqual(3).negate().test(3) + " " + Predicate.not(String::isEmpty).test("") + " " + Function.<Integer>identity().apply(9) + " " + BinaryOperator.minBy(Comparator.<Integer>naturalOrder()).apply(4, 2));
        System.out.println(Collectors.joining().getClass() == null);
        System.out.println(IntStream.rangeClosed(1, 15).mapToObj(i -> i % 15 == 0 ? "FizzBuzz" : i % 3 == 0 ? "Fizz" : i % 5 == 0 ? "Buzz" : String.valueOf(i)).collect(Collectors.joining(" ")));
        double[] data = {2.5, 3.7, 1.2, 9.9, 4.4};
        System.out.printf("mean=%.4f std=%.4f%n", Arrays.stream(data).average().orElse(0), Math.sqrt(Arrays.stream(data).map(x -> Math.pow(x - Arrays.stream(data).average().orElse(0), 2)).sum() / data.length));
        System.out.println(Arrays.stream(data).boxed().sorted(Collections.reverseOrder()).toList() + " " + DoubleStream.of(data).sum() + " " + DoubleStream.of(0.1, 0.2, 0.3).sum() + " " + DoubleStream.of(1e100, 1.0, -1e100).sum());
    }
}
