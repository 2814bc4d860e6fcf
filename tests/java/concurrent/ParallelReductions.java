package concurrent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Parallel reductions whose identity or combiner is not neutral (the classic mistakes), and
 * floating-point sums: their results show how the stream was split (the common pool's
 * parallelism is fixed by the .flags file).
 */
public class ParallelReductions {
    public static void main(String[] args) {
        System.out.println(Stream.of(1, 2, 3, 4).parallel().reduce(10, Integer::sum));
        System.out.println(IntStream.rangeClosed(1, 100).parallel().reduce(5, Integer::sum));
        System.out.println(IntStream.range(0, 10).parallel().reduce(0, (a, b) -> a - b));
        System.out.println(Arrays.asList(1, 2, 3, 4, 5, 6, 7, 8).parallelStream().reduce(0, (a, b) -> a * 2 + b));
        System.out.println(Stream.of("a", "b", "c", "d", "e").parallel().reduce("", (a, b) -> "(" + a + b + ")"));
        System.out.println(Stream.of("a", "b", "c", "d", "e").parallel().reduce("x", String::concat));
        StringBuilder digits = IntStream.range(0, 40).parallel()
                .collect(StringBuilder::new, StringBuilder::append, (x, y) -> x.append('|').append(y));
        System.out.println(digits);
        System.out.println(IntStream.range(0, 1000).boxed().parallel().collect(Collectors.reducing(0, (a, b) -> a + 1)));
        System.out.println(new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).parallelStream()
                .reduce(1, (a, b) -> a + b, (a, b) -> a * b));
        System.out.println(LongStream.rangeClosed(1, 64).parallel().reduce(0, (a, b) -> a + 1));
        System.out.println(new HashSet<>(List.of(1, 2, 3, 4, 5, 6)).parallelStream().reduce(100, Integer::sum));
        System.out.println(IntStream.rangeClosed(1, 10).parallel().reduce((a, b) -> a * 10 + b).getAsInt());
        System.out.println(LongStream.rangeClosed(1, 10).parallel().reduce((a, b) -> a - b).getAsLong());
        System.out.println(DoubleStream.of(1, 2, 3, 4, 5).parallel().reduce(1.5, (a, b) -> a * b));
        System.out.println(Arrays.asList(1, 2, 3, 4, 5, 6, 7, 8, 9).parallelStream().map(x -> x * 2).filter(x -> x > 4)
                .reduce(100, Integer::sum));
        System.out.println(IntStream.range(0, 100).parallel().filter(i -> i % 3 == 0).reduce(1, (a, b) -> a + b));
        System.out.println(IntStream.range(0, 100).parallel().map(i -> i * 2).boxed().reduce(0, (a, b) -> a + 1, Integer::sum));
        System.out.println(Stream.of("a", "b", "c", "d", "e", "f", "g", "h").parallel()
                .collect(Collectors.reducing("", (a, b) -> a + b + ".")));
        List<String> marked = Stream.of("a", "b", "c", "d", "e", "f", "g", "h").parallel()
                .collect(ArrayList::new, ArrayList::add, (l, r) -> {
                    l.add("|");
                    l.addAll(r);
                });
        System.out.println(marked);
        System.out.println(new ArrayList<>(List.of(5, 3, 9, 1)).parallelStream().reduce(Integer::max).get() + " "
                + Stream.<Integer>empty().parallel().reduce(Integer::sum));

        // results that do not depend on the split
        System.out.println(Stream.of("a", "b", "c", "d", "e", "f", "g", "h").parallel().collect(Collectors.joining(",", "[", "]")));
        System.out.println(Stream.of(1, 2, 3, 4, 5, 6).parallel().collect(Collectors.toList()) + " "
                + Stream.of(1, 2, 3, 4).parallel().collect(Collectors.groupingBy(i -> i % 2)));
        System.out.println(IntStream.rangeClosed(1, 1000).parallel().sum() + " " + IntStream.range(0, 50).parallel().max().getAsInt());

        // floating point: compensated sums combined leaf by leaf
        double[] xs = new double[1000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (i % 7 == 0 ? 1e16 : 0.1) * (i % 2 == 0 ? 1 : -1) + i / 3.0;
        }
        System.out.println(Arrays.stream(xs).parallel().sum() + " " + Arrays.stream(xs).sum());
        System.out.println(Arrays.stream(xs).parallel().average().getAsDouble() + " " + Arrays.stream(xs).average().getAsDouble());
        System.out.println(DoubleStream.of(1e100, 1.0, -1e100, 3.0, 0.1, 0.2, 0.3).parallel().sum());
        System.out.println(IntStream.range(0, 100).parallel().mapToDouble(i -> 1.0 / (i + 1)).sum());
        System.out.println(IntStream.range(0, 100).parallel().mapToObj(i -> 0.1 * i).collect(Collectors.summingDouble(d -> d)));
        System.out.println(IntStream.range(0, 100).parallel().mapToObj(i -> 0.1 * i).collect(Collectors.averagingDouble(d -> d)));
    }
}
