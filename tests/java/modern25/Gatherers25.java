package modern25;

import java.util.*;
import java.util.function.Supplier;
import java.util.stream.*;

public class Gatherers25 {
    static void t(String label, Supplier<?> action) {
        try {
            System.out.println(label + " -> " + action.get());
        } catch (RuntimeException e) {
            System.out.println(label + " !! " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** A gatherer of distinct elements by a key, keeping the first of each. */
    static <T, K> Gatherer<T, ?, T> distinctBy(java.util.function.Function<? super T, ? extends K> key) {
        return Gatherer.<T, Set<K>, T>ofSequential(HashSet::new,
                Gatherer.Integrator.ofGreedy((seen, e, down) -> !seen.add(key.apply(e)) || down.push(e)));
    }

    /** Takes elements while their running sum stays under a limit, then stops the stream. */
    static Gatherer<Integer, ?, Integer> takeWhileSumBelow(int limit) {
        class Sum { int total; }
        return Gatherer.<Integer, Sum, Integer>ofSequential(Sum::new, (sum, e, down) -> {
            if (sum.total + e >= limit) return false;
            sum.total += e;
            return down.push(e);
        });
    }

    public static void main(String[] args) {
        List<Integer> nums = IntStream.rangeClosed(1, 10).boxed().toList();
        t("windowFixed(3)", () -> nums.stream().gather(Gatherers.windowFixed(3)).toList());
        t("windowFixed(20)", () -> nums.stream().gather(Gatherers.windowFixed(20)).toList());
        t("windowFixed(0)", () -> Gatherers.windowFixed(0));
        t("windowSliding(4)", () -> nums.stream().gather(Gatherers.windowSliding(4)).toList());
        t("windowSliding(15)", () -> nums.stream().gather(Gatherers.windowSliding(15)).toList());
        t("windowSliding on empty", () -> Stream.<Integer>empty().gather(Gatherers.windowSliding(2)).toList());
        t("windowSliding(-1)", () -> Gatherers.windowSliding(-1));
        t("fold", () -> nums.stream().gather(Gatherers.fold(() -> "", (s, n) -> s + n)).toList());
        t("fold empty", () -> Stream.<Integer>empty().gather(Gatherers.fold(() -> 100, Integer::sum)).findFirst());
        t("scan", () -> nums.stream().gather(Gatherers.scan(() -> 0, Integer::sum)).toList());
        t("mapConcurrent", () -> nums.stream().gather(Gatherers.mapConcurrent(4, n -> n * n)).toList());
        t("mapConcurrent(0)", () -> Gatherers.mapConcurrent(0, n -> n));
        t("distinctBy", () -> Stream.of("apple", "avocado", "banana", "blueberry", "cherry", "apricot").gather(distinctBy(s -> s.charAt(0))).toList());
        t("short-circuit", () -> nums.stream().gather(takeWhileSumBelow(20)).toList());
        t("infinite + limit", () -> Stream.iterate(1, n -> n * 2).gather(Gatherers.windowFixed(2)).limit(4).toList());
        t("infinite + own stop", () -> Stream.iterate(1, n -> n + 1).gather(takeWhileSumBelow(50)).toList());
        t("andThen", () -> nums.stream().gather(Gatherers.<Integer>windowFixed(2).andThen(Gatherers.fold(() -> 0, (acc, w) -> acc + w.size() * w.get(0)))).toList());
        t("andThen scan", () -> nums.stream().gather(Gatherers.scan(() -> 0, Integer::sum).andThen(Gatherers.windowSliding(3))).limit(3).toList());
        t("chained gathers", () -> nums.stream().gather(Gatherers.windowFixed(3)).map(List::size).gather(Gatherers.scan(() -> 0, Integer::sum)).collect(Collectors.toList()));
        t("nulls in windows", () -> Stream.of("a", null, "b").gather(Gatherers.windowFixed(2)).toList());
        t("window immutable", () -> { List<String> w = Stream.of("x", "y").gather(Gatherers.windowFixed(2)).findFirst().get(); w.add("z"); return w; });
        Gatherer<String, Void, String> upper = Gatherer.of((state, s, down) -> down.push(s.toUpperCase()));
        t("Gatherer.of", () -> Stream.of("p", "q").gather(upper).toList() + " combiner " + (upper.combiner() != null));
        Gatherer<String, ?, String> withFinisher = Gatherer.ofSequential((Void state, String s, Gatherer.Downstream<? super String> down) -> down.push(s + "!"), (state, down) -> down.push("END"));
        t("finisher", () -> Stream.of("hi", "there").gather(withFinisher).toList());
        List<String> order = new ArrayList<>();
        t("laziness", () -> Stream.of(1, 2, 3, 4, 5).peek(n -> order.add("up" + n)).gather(Gatherers.windowFixed(2)).peek(w -> order.add("down" + w)).limit(1).toList() + " " + order);
        t("sum of windows", () -> IntStream.range(0, 100).boxed().gather(Gatherers.windowFixed(7)).mapToInt(w -> w.stream().mapToInt(Integer::intValue).sum()).boxed().toList());
    }
}
