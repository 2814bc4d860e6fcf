package util;

import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;

/** ConcurrentSkipListMap/Set spliterators and the characteristics of the concurrent collectors. */
public class ConcurrentCollectorsSpliterators {
    static String d(Spliterator<?> s) {
        String c;
        try {
            c = s.getComparator() == null ? "null" : "cmp";
        } catch (IllegalStateException e) {
            c = "ISE";
        }
        return s.characteristics() + "/" + s.estimateSize() + "/" + c;
    }

    public static void main(String[] args) {
        ConcurrentSkipListMap<Integer, String> m = new ConcurrentSkipListMap<>();
        for (int i = 0; i < 10; i++)
            m.put(i * 3 % 10, "v" + i);
        ConcurrentSkipListMap<Integer, String> r = new ConcurrentSkipListMap<>(Comparator.reverseOrder());
        r.putAll(m);
        for (ConcurrentSkipListMap<Integer, String> x : List.of(m, r, new ConcurrentSkipListMap<Integer, String>())) {
            System.out.println(d(x.keySet().spliterator()) + " " + d(x.values().spliterator()) + " " + d(x.entrySet().spliterator())
                    + " " + d(x.navigableKeySet().spliterator()) + " " + d(x.descendingKeySet().spliterator()));
            System.out.println(d(x.descendingMap().entrySet().spliterator()) + " " + d(x.descendingMap().values().spliterator())
                    + " " + d(x.headMap(5).keySet().spliterator()) + " " + d(x.tailMap(5).entrySet().spliterator()));
            ConcurrentSkipListSet<Integer> s = new ConcurrentSkipListSet<>(x.comparator());
            s.addAll(x.keySet());
            System.out.println(d(s.spliterator()) + " " + d(s.descendingSet().spliterator()) + " " + d(s.headSet(5).spliterator())
                    + " " + s.stream().map(String::valueOf).collect(Collectors.joining(",")) + " "
                    + x.entrySet().stream().sorted(x.entrySet().spliterator().getComparator()).toList());
            System.out.println(x.keySet().stream().toList() + " " + x.values().stream().toList() + " "
                    + x.descendingMap().keySet().stream().toList() + " " + s.parallelStream().reduce(0, Integer::sum));
        }

        System.out.println(Collectors.groupingByConcurrent(x -> x, Collectors.joining()).characteristics() + " "
                + Collectors.groupingByConcurrent(x -> x, Collectors.toSet()).characteristics() + " "
                + Collectors.groupingByConcurrent(x -> x).characteristics() + " "
                + Collectors.toConcurrentMap(x -> x, x -> x).characteristics() + " "
                + Collectors.groupingBy(x -> x, Collectors.joining()).characteristics());
        ConcurrentMap<Integer, List<String>> g = Stream.of("a", "bb", "cc", "d").collect(Collectors.groupingByConcurrent(String::length));
        System.out.println(new TreeMap<>(g) + " " + g.getClass().getSimpleName());
        System.out.println(new TreeMap<>(Stream.of("a", "bb", "cc", "d").collect(Collectors.groupingByConcurrent(String::length, Collectors.counting()))));
        ConcurrentSkipListMap<Integer, String> joined = Stream.of("a", "bb", "cc", "d").collect(
                Collectors.groupingByConcurrent(String::length, ConcurrentSkipListMap::new, Collectors.joining("+")));
        System.out.println(joined);
        System.out.println(new TreeMap<>(IntStream.range(0, 100).boxed().parallel()
                .collect(Collectors.groupingByConcurrent(i -> i % 5, Collectors.counting()))));
        try {
            Stream.of("a").collect(Collectors.groupingByConcurrent(x -> null));
        } catch (NullPointerException e) {
            System.out.println("null key: " + e.getMessage());
        }
    }
}
