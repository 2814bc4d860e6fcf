package realworld;

import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamPipeline {
    record Employee(String name, String dept, double salary, int age) {}

    static <T extends Comparable<? super T>> T maxOf(Collection<? extends T> xs) {
        Iterator<? extends T> it = xs.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T x = it.next();
            if (x.compareTo(best) > 0) best = x;
        }
        return best;
    }

    static double sumAll(List<? extends Number> xs) {
        double s = 0;
        for (Number n : xs) s += n.doubleValue();
        return s;
    }

    static void fill(List<? super Integer> sink, int n) {
        for (int i = 0; i < n; i++) sink.add(i);
    }

    public static void main(String[] args) {
        List<Employee> staff = List.of(
            new Employee("Alice", "Eng", 120_000, 34), new Employee("Bob", "Eng", 95_000, 45),
            new Employee("Carol", "Sales", 70_000, 29), new Employee("Dan", "Sales", 82_500, 38),
            new Employee("Eve", "Ops", 64_000, 51), new Employee("Frank", "Eng", 150_000, 41),
            new Employee("Grace", "Ops", 64_000, 26));

        Map<String, Double> avgByDept = staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.averagingDouble(Employee::salary)));
        System.out.println("avg: " + avgByDept);
        Map<String, Optional<Employee>> topByDept = staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.maxBy(Comparator.comparingDouble(Employee::salary))));
        topByDept.forEach((d, e) -> System.out.println("top " + d + ": " + e.map(Employee::name).orElse("-")));
        System.out.println("sorted: " + staff.stream().sorted(Comparator.comparing(Employee::salary).reversed().thenComparing(Employee::name)).map(Employee::name).collect(Collectors.toList()));
        DoubleSummaryStatistics dss = staff.stream().mapToDouble(Employee::salary).summaryStatistics();
        System.out.println("salary stats: " + dss);
        System.out.println("sum by dept: " + staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.summingDouble(Employee::salary))));
        System.out.println("names by age band: " + staff.stream().collect(Collectors.groupingBy(e -> e.age() / 10 * 10, TreeMap::new, Collectors.mapping(Employee::name, Collectors.joining(",")))));
        System.out.println("partition >80k: " + staff.stream().collect(Collectors.partitioningBy(e -> e.salary() > 80_000, Collectors.mapping(Employee::name, Collectors.toList()))));
        System.out.println("reducing: " + staff.stream().map(Employee::age).reduce(0, Integer::sum) + " " + staff.stream().map(Employee::name).reduce((a, b) -> a + "&" + b).get()
            + " " + staff.stream().collect(Collectors.reducing(0.0, Employee::salary, Double::sum)));
        System.out.println("collectingAndThen: " + staff.stream().map(Employee::dept).collect(Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new), Collections::unmodifiableSet)));
        System.out.println("teeing-free min/max: " + staff.stream().min(Comparator.comparingInt(Employee::age)).get().name() + "/" + staff.stream().max(Comparator.comparingInt(Employee::age)).get().name());
        System.out.println("summarizingInt: " + staff.stream().collect(Collectors.summarizingInt(Employee::age)));
        System.out.println("counting by dept: " + staff.stream().collect(Collectors.groupingBy(Employee::dept, Collectors.counting())));

        // IntStream family
        System.out.println(IntStream.range(0, 10).filter(i -> i % 3 == 0).boxed().collect(Collectors.toList()) + " " + IntStream.rangeClosed(1, 5).reduce(1, (a, b) -> a * b)
            + " " + IntStream.rangeClosed(1, 100).sum() + " " + IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).distinct().sorted().mapToObj(Integer::toString).collect(Collectors.joining("")));
        System.out.println(IntStream.iterate(1, i -> i * 2).limit(11).boxed().collect(Collectors.toList()) + " " + IntStream.iterate(1, i -> i < 200, i -> i * 3).summaryStatistics());
        System.out.println(Stream.iterate("a", s -> s + "b").skip(2).limit(3).collect(Collectors.toList()) + " " + Stream.generate(() -> "z").limit(3).collect(Collectors.joining()));
        System.out.println(IntStream.rangeClosed(1, 4).mapToObj(i -> IntStream.rangeClosed(1, i).mapToObj(Integer::toString).collect(Collectors.joining(" "))).collect(Collectors.joining(" | ")));
        System.out.println(Stream.of(List.of(1, 2), List.of(3), List.<Integer>of(), List.of(4, 5, 6)).flatMap(List::stream).map(x -> x * x).collect(Collectors.toList())
            + " " + Stream.of("a b", "c d e").flatMap(s -> Arrays.stream(s.split(" "))).count() + " " + IntStream.range(0, 3).flatMap(i -> IntStream.range(0, i)).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.range(0, 20).anyMatch(i -> i > 18) + " " + IntStream.range(0, 20).allMatch(i -> i < 20) + " " + IntStream.empty().allMatch(i -> false)
            + " " + Stream.of(1, 2, 3).noneMatch(i -> i > 3) + " " + IntStream.range(0, 0).average() + " " + IntStream.of(2, 4).average().getAsDouble()
            + " " + LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b) + " " + DoubleStream.of(1.5, 2.5).map(Math::floor).sum());
        Integer[] arr = Stream.of(5, 3, 1).sorted().toArray(Integer[]::new);
        int[] prim = Stream.of("10", "20", "x3").filter(s -> s.chars().allMatch(Character::isDigit)).mapToInt(Integer::parseInt).toArray();
        System.out.println(Arrays.toString(arr) + " " + Arrays.toString(prim) + " " + Arrays.toString(Stream.of("q", "r").toArray()) + " "
            + Stream.of("x", "yy", "zzz").mapToInt(String::length).max().orElse(-1) + " " + Stream.of(1, 2, 3, 4).takeWhile(i -> i < 3).collect(Collectors.toList())
            + " " + Stream.of(1, 2, 3, 4, 1).dropWhile(i -> i < 3).collect(Collectors.toList()) + " " + Stream.of("b", "a", "c").sorted(Comparator.reverseOrder()).findFirst().get());
        List<String> peeked = new ArrayList<>();
        long cnt = Stream.of("one", "two", "three", "four").peek(peeked::add).filter(s -> s.length() > 3).count();
        System.out.println("peek: " + cnt + " " + peeked);
        System.out.println("iterate fib: " + Stream.iterate(new long[] { 0, 1 }, f -> new long[] { f[1], f[0] + f[1] }).limit(15).map(f -> f[0]).map(String::valueOf).collect(Collectors.joining(",")));
        System.out.println("chars: " + "hello world".chars().mapToObj(c -> (char) c).filter(Character::isLetter).collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting())));
        System.out.println("unordered sets: " + new TreeSet<>(Set.of(5, 1, 3)) + " " + Stream.of(3, 1, 2).collect(Collectors.toCollection(TreeSet::new)).descendingSet());
        System.out.println("mapMulti-free concat: " + Stream.concat(Stream.of(1), Stream.of(2, 3)).map(String::valueOf).collect(Collectors.joining("+", "=", ";")));
        System.out.println("Stream.toList-ish: " + Stream.of(1, 2).collect(Collectors.toUnmodifiableList()) + " boxed range sum " + IntStream.range(0, 5).boxed().mapToInt(Integer::intValue).sum()
            + " asDouble " + IntStream.of(1, 2).asDoubleStream().boxed().collect(Collectors.toList()) + " mapToLong " + IntStream.of(1 << 30, 1 << 30).mapToLong(i -> i).sum());

        // Optional
        Optional<String> some = Optional.of("value"), none = Optional.empty();
        System.out.println(some.map(String::toUpperCase).orElse("none") + " " + none.map(String::toUpperCase).orElse("none") + " " + some.filter(s -> s.startsWith("x")).isPresent()
            + " " + none.orElseGet(() -> "lazy") + " " + some.flatMap(s -> Optional.of(s.length())).get() + " " + none.or(() -> Optional.of("alt")).get()
            + " " + some + " " + none + " " + Optional.ofNullable(null).isEmpty() + " " + OptionalInt.of(3) + " " + OptionalDouble.empty() + " " + some.equals(Optional.of("value"))
            + " " + some.stream().count());
        try {
            none.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE: " + e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalStateException("custom"));
        } catch (IllegalStateException e) {
            System.out.println("ISE: " + e.getMessage());
        }
        some.ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("absent"));
        none.ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("absent"));

        // functional interfaces
        Function<Integer, Integer> inc = x -> x + 1, dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Function.<Integer>identity().apply(9));
        Predicate<String> empty = String::isEmpty, longish = s -> s.length() > 4;
        System.out.println(empty.negate().test("") + " " + empty.or(longish).test("hello") + " " + empty.negate().and(longish.negate()).test("hey") + " " + Predicate.not(empty).test("x")
            + " " + Predicate.isEqual("a").test("a"));
        BiFunction<String, Integer, String> rep = String::repeat;
        System.out.println(rep.andThen(String::length).apply("ab", 4) + " " + rep.apply("-", 3));
        Supplier<List<String>> sup = ArrayList::new;
        List<String> fresh = sup.get();
        fresh.add("s");
        UnaryOperator<String> up = String::toUpperCase;
        BinaryOperator<Integer> mx = BinaryOperator.maxBy(Comparator.naturalOrder());
        IntBinaryOperator gcd = new IntBinaryOperator() {
            public int applyAsInt(int a, int b) { return b == 0 ? a : applyAsInt(b, a % b); }
        };
        Consumer<List<String>> addX = l -> l.add("x");
        addX.andThen(l -> l.add("y")).accept(fresh);
        BiConsumer<String, Integer> printer = (k, v) -> System.out.print(k + ":" + v + " ");
        Map<String, Integer> lm = new LinkedHashMap<>();
        lm.put("b", 2);
        lm.put("a", 1);
        lm.forEach(printer);
        System.out.println();
        System.out.println(fresh + " " + up.apply("up") + " " + mx.apply(3, 9) + " " + gcd.applyAsInt(84, 36) + " " + ((IntUnaryOperator) x -> -x).andThen(x -> x * 10).applyAsInt(4)
            + " " + ((ToIntFunction<String>) String::length).applyAsInt("four") + " " + ((IntPredicate) i -> i > 0).negate().test(5) + " " + ((DoubleUnaryOperator) Math::sqrt).applyAsDouble(2));
        Map<String, Function<Double, Double>> ops = new TreeMap<>();
        ops.put("square", x -> x * x);
        ops.put("half", x -> x / 2);
        ops.put("neg", x -> -x);
        ops.forEach((k, f) -> System.out.print(k + "=" + f.apply(3.0) + " "));
        System.out.println();
        Function<Double, Double> chain = ops.values().stream().reduce(Function.identity(), Function::andThen);
        System.out.println("chain(3)=" + chain.apply(3.0));

        // map operations
        Map<String, List<Integer>> multi = new TreeMap<>();
        for (int i = 0; i < 10; i++) multi.computeIfAbsent(i % 3 == 0 ? "fizz" : i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(i);
        System.out.println(multi);
        Map<String, Integer> m = new HashMap<>(Map.of("a", 1, "b", 2));
        m.compute("a", (k, v) -> v == null ? 0 : v + 10);
        m.computeIfPresent("b", (k, v) -> null);
        m.putIfAbsent("c", 3);
        m.merge("c", 5, (x, y) -> x * y);
        m.replaceAll((k, v) -> v + k.length());
        System.out.println(new TreeMap<>(m) + " " + m.containsKey("b") + " " + m.containsValue(16) + " " + m.remove("zz") + " " + m.replace("a", 0) + " " + m.get("a"));
        System.out.println(Map.entry("k", 2) + " " + new AbstractMap.SimpleEntry<>("e", 3) + " " + new TreeMap<>(Map.ofEntries(Map.entry("z", 0), Map.entry("y", 1))));

        // generics with wildcards
        System.out.println(maxOf(List.of(3, 9, 2)) + " " + maxOf(Set.of("pear")) + " " + sumAll(List.of(1, 2.5, 3L)));
        List<Number> sink = new ArrayList<>();
        fill(sink, 4);
        List<Object> osink = new ArrayList<>();
        fill(osink, 2);
        System.out.println(sink + " " + osink);
    }
}
