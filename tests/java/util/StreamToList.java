package util;

import java.util.*;
import java.util.stream.*;

/** Stream.toList: an unmodifiable List.of-like list that, unlike List.of, holds and finds nulls. */
public class StreamToList {
    static void t(String name, Runnable r) {
        try {
            r.run();
            System.out.println(name + " ok");
        } catch (RuntimeException e) {
            System.out.println(name + " -> " + e);
        }
    }

    public static void main(String[] args) {
        List<Integer> tl = Stream.of(1, null, 3).toList();
        System.out.println(tl + " " + tl.contains(null) + " " + tl.indexOf(null) + " " + tl.lastIndexOf(3) + " "
                + tl.hashCode() + " " + tl.equals(Arrays.asList(1, null, 3)) + " " + Arrays.asList(1, null, 3).equals(tl)
                + " " + tl.subList(1, 3).contains(null) + " " + tl.subList(0, 2).indexOf(null));
        t("get 5", () -> tl.get(5));
        t("set", () -> tl.set(0, 1));
        t("add", () -> tl.add(1));
        t("remove", () -> tl.remove(null));
        t("clear", () -> tl.clear());
        t("sort", () -> tl.sort(null));
        t("iterator remove", () -> {
            Iterator<Integer> it = tl.iterator();
            it.next();
            it.remove();
        });
        t("subList", () -> tl.subList(2, 5));
        t("copyOf", () -> List.copyOf(tl));
        t("listIterator", () -> tl.listIterator(9));
        List<Integer> tl2 = Stream.of(1, 2).toList();
        System.out.println((List.copyOf(tl2) == tl2) + " " + List.copyOf(tl2) + " " + List.copyOf(tl2).getClass().getSimpleName());
        List<Object> empty = Stream.empty().toList();
        System.out.println(empty + " " + empty.contains(null) + " " + empty.indexOf(null) + " " + empty.equals(List.of())
                + " " + empty.hashCode());
        t("List.of contains null", () -> List.of().contains(null));
        t("List.of indexOf null", () -> List.of(1, 2, 3).indexOf(null));
        t("List.of sublist contains null", () -> List.of(1, 2, 3).subList(0, 2).contains(null));
        System.out.println(IntStream.range(0, 5).boxed().toList() + " "
                + Stream.of("a", "b").map(String::toUpperCase).toList().getClass().getSimpleName() + " "
                + Stream.of(1).toList().getClass().getSimpleName() + " "
                + Arrays.asList(1, 2).stream().toList().getClass().getSimpleName() + " "
                + Stream.of(1, 2, 3).collect(Collectors.toUnmodifiableList()).getClass().getSimpleName() + " "
                + Stream.of(1, 2).collect(Collectors.toUnmodifiableList()).getClass().getSimpleName());
        System.out.println(Stream.of(3, 1, 2).sorted().toList() + " " + Stream.of(1, 2, 3).parallel().toList() + " "
                + Stream.iterate(0, x -> x + 1).limit(20).parallel().filter(x -> x % 3 == 0).toList());
        Spliterator<Integer> sp = tl.spliterator();
        System.out.println(sp.characteristics() + " " + sp.estimateSize());
        try {
            Stream.of(1, null).collect(Collectors.toUnmodifiableList());
        } catch (NullPointerException e) {
            System.out.println("toUnmodifiableList null: NullPointerException");
        }
    }
}
