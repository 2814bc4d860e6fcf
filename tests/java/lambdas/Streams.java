package lambdas;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class Streams {
    public static void main(String[] args) {
        List<String> words = Arrays.asList("stream", "lambda", "map", "filter", "reduce", "collect", "sorted", "distinct", "map", "limit");
        System.out.println(words.stream().filter(w -> w.length() > 5).map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println(words.stream().distinct().sorted().collect(Collectors.joining(", ", "[", "]")));
        System.out.println(words.stream().mapToInt(String::length).sum() + " " + words.stream().mapToInt(String::length).max().getAsInt() + " " + words.stream().mapToInt(String::length).average().getAsDouble());
        Map<Integer, List<String>> byLen = words.stream().distinct().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        System.out.println(byLen);
        Map<Character, Long> firstLetters = words.stream().collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.counting()));
        System.out.println(firstLetters);
        System.out.println(IntStream.rangeClosed(1, 10).map(x -> x * x).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.range(0, 20).filter(x -> x % 3 == 0).mapToObj(Integer::toString).collect(Collectors.joining("-")));
        System.out.println(Stream.iterate(1L, x -> x * 3).limit(15).reduce(0L, Long::sum));
        System.out.println(Stream.of(5, 3, 8, 1).sorted((a, b) -> b - a).toList() + " " + Stream.of("x", "y").count() + " " + Stream.empty().findFirst().isPresent());
        System.out.println(words.stream().anyMatch(w -> w.startsWith("f")) + " " + words.stream().allMatch(w -> w.length() > 2) + " " + words.stream().noneMatch(String::isEmpty));
        Map<Boolean, List<Integer>> parts = IntStream.rangeClosed(1, 12).boxed().collect(Collectors.partitioningBy(x -> x % 2 == 0));
        System.out.println(parts.get(true) + " " + parts.get(false));
        System.out.println(words.stream().skip(2).limit(3).toList() + " " + words.stream().reduce("", (a, b) -> a + b.charAt(0)));
        System.out.println(Arrays.stream(new double[]{1.5, 2.5, 3.0}).map(d -> d * 2).sum() + " " + IntStream.of(3, 1, 2).sorted().boxed().toList());
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(3), List.of(), List.of(4, 5, 6));
        System.out.println(nested.stream().flatMap(List::stream).map(x -> x * 10).toList());
        TreeMap<String, Integer> lengths = words.stream().collect(Collectors.toMap(w -> w, String::length, Integer::sum, TreeMap::new));
        System.out.println(lengths);
        System.out.println(IntStream.rangeClosed(1, 5).mapToObj(i -> "*".repeat(i)).collect(Collectors.joining("\n")));
        System.out.println(Stream.of("a", "bb", "ccc").peek(s -> System.out.print("peek " + s + "; ")).map(String::length).toList());
        System.out.println(IntStream.rangeClosed(1, 20).summaryStatistics());
    }
}
