package util;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.Vector;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

public class SpliteratorSplits {
    static String drain(Spliterator<?> s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        s.forEachRemaining(x -> sb.append(x).append(','));
        return sb.toString();
    }

    static void show(String name, Supplier<Spliterator<?>> sup) {
        Spliterator<?> s = sup.get();
        String ch = Integer.toHexString(s.characteristics()) + " est=" + s.estimateSize() + " exact=" + s.getExactSizeIfKnown();
        Spliterator<?> a = s.trySplit();
        Spliterator<?> b = a == null ? null : a.trySplit();
        String sizes = (a == null ? "-" : a.estimateSize()) + "/" + (b == null ? "-" : b.estimateSize()) + "/" + s.estimateSize();
        System.out.println(name + " ch=" + ch + " sizes=" + sizes + " | a=" + drain(a) + " b=" + drain(b) + " rest=" + drain(s));
    }

    public static void main(String[] args) {
        List<Integer> src = IntStream.range(0, 11).boxed().collect(Collectors.toList());
        show("ArrayList", () -> new ArrayList<>(src).spliterator());
        show("ArrayList.subList", () -> new ArrayList<>(src).subList(2, 9).spliterator());
        show("LinkedList", () -> new LinkedList<>(src).spliterator());
        show("Arrays.asList", () -> Arrays.asList(src.toArray()).spliterator());
        show("List.copyOf", () -> List.copyOf(src).spliterator());
        show("Vector", () -> new Vector<>(src).spliterator());
        show("ArrayDeque", () -> new ArrayDeque<>(src).spliterator());
        show("ArrayDeque wrapped", () -> {
            ArrayDeque<Integer> d = new ArrayDeque<>();
            for (int i = 0; i < 14; i++) {
                d.addLast(i);
            }
            for (int i = 0; i < 10; i++) {
                d.pollFirst();
                d.addLast(100 + i);
            }
            return d.spliterator();
        });
        show("PriorityQueue", () -> new PriorityQueue<>(List.of(9, 4, 7, 1, 8, 2, 6, 3, 5)).spliterator());
        show("HashSet", () -> new HashSet<>(src).spliterator());
        show("HashSet strings", () -> new HashSet<>(List.of("pear", "fig", "apple", "kiwi", "banana", "date", "plum")).spliterator());
        show("LinkedHashSet", () -> new LinkedHashSet<>(src).spliterator());
        show("HashMap.keySet", () -> {
            Map<Integer, Integer> m = new HashMap<>();
            for (int i : src) {
                m.put(i * 7, i);
            }
            return m.keySet().spliterator();
        });
        show("HashMap.values", () -> {
            Map<Integer, Integer> m = new HashMap<>();
            for (int i : src) {
                m.put(i * 7, i);
            }
            return m.values().spliterator();
        });
        show("HashMap.entrySet", () -> {
            Map<String, Integer> m = new HashMap<>();
            for (int i : src) {
                m.put("k" + i, i);
            }
            return m.entrySet().spliterator();
        });
        LinkedHashMap<Integer, String> lhm = new LinkedHashMap<>();
        for (int i = 5; i > 0; i--) {
            lhm.put(i * 3, "v" + i);
        }
        show("LinkedHashMap.keySet", () -> lhm.keySet().spliterator());
        show("LinkedHashMap.values", () -> lhm.values().spliterator());
        show("LinkedHashMap.entrySet", () -> lhm.entrySet().spliterator());
        show("Arrays.spliterator", () -> Arrays.spliterator(src.toArray()));
        show("int[]", () -> Arrays.spliterator(new int[] {1, 2, 3, 4, 5, 6, 7}));
        show("IntStream.range", () -> IntStream.range(0, 9).spliterator());
        show("IntStream.rangeClosed", () -> IntStream.rangeClosed(0, 9).spliterator());
        show("LongStream.range", () -> LongStream.range(10, 20).spliterator());
        show("Stream.of", () -> Stream.of(1, 2, 3, 4, 5).spliterator());
        show("CopyOnWriteArrayList", () -> new CopyOnWriteArrayList<>(src).spliterator());
        show("CopyOnWriteArraySet", () -> new CopyOnWriteArraySet<>(src).spliterator());
        show("unmodifiableList", () -> Collections.unmodifiableList(new ArrayList<>(src)).spliterator());
        show("AbstractList", () -> new AbstractList<Integer>() {
            public Integer get(int i) {
                return i * 10;
            }

            public int size() {
                return 6;
            }
        }.spliterator());
        show("emptyList", () -> Collections.emptyList().spliterator());
        show("emptySet", () -> Collections.emptySet().spliterator());
        show("singletonList", () -> Collections.singletonList(7).spliterator());
        show("singleton null", () -> Collections.singleton(null).spliterator());
        show("unknown size", () -> Spliterators.spliteratorUnknownSize(src.iterator(), Spliterator.ORDERED));
        show("String.chars", () -> "abcdefg".chars().spliterator());
        show("String.codePoints", () -> "caf\u00e9 au lait".codePoints().spliterator());

        // a classic: process the two halves of a list separately
        List<String> names = List.of("ann", "bob", "cid", "dee", "eve", "fay", "gus");
        Spliterator<String> first = new ArrayList<>(names).spliterator();
        Spliterator<String> second = first.trySplit();
        StringBuilder sb = new StringBuilder();
        second.forEachRemaining(n -> sb.append(n.toUpperCase()).append(' '));
        first.tryAdvance(n -> sb.append('<').append(n).append("> "));
        first.forEachRemaining(n -> sb.append(n).append(' '));
        System.out.println(sb);
        System.out.println(StreamSupport.stream(new ArrayList<>(names).spliterator(), false).filter(n -> n.contains("e")).collect(Collectors.toList()));

        // fail-fast traversals
        List<Integer> list = new ArrayList<>(src);
        try {
            list.stream().forEach(x -> {
                if (x == 3) {
                    list.add(99);
                }
            });
            System.out.println("no CME");
        } catch (ConcurrentModificationException e) {
            System.out.println("CME from ArrayList stream, size now " + list.size());
        }
        Map<String, Integer> map = new HashMap<>();
        map.put("a", 1);
        map.put("b", 2);
        try {
            map.keySet().stream().forEach(k -> map.put(k + k, 0));
        } catch (ConcurrentModificationException e) {
            System.out.println("CME from HashMap stream");
        }
        Spliterator<Integer> sp = new ArrayList<>(src).spliterator();
        try {
            sp.tryAdvance(null);
        } catch (NullPointerException e) {
            System.out.println("NPE for a null action");
        }
        System.out.println(new HashSet<>(src).stream().map(x -> x * 2).collect(Collectors.toList()) + " "
            + new ArrayDeque<>(src).stream().skip(3).limit(4).collect(Collectors.toList()) + " "
            + new PriorityQueue<>(src).stream().count() + " "
            + LongStream.rangeClosed(1, 20).reduce(1, (x, y) -> x * y));
    }
}
