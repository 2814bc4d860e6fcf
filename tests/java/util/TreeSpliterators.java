package util;

import java.util.*;
import java.util.stream.*;

/** Spliterators of TreeMap/TreeSet and their views, BitSet.stream and the unmodifiable/checked wrappers. */
public class TreeSpliterators {
    static String d(Spliterator<?> s) {
        String c;
        try {
            c = s.getComparator() == null ? "null" : "cmp";
        } catch (IllegalStateException e) {
            c = "ISE";
        }
        return s.characteristics() + "/" + s.estimateSize() + "/" + c;
    }

    static String drain(Spliterator<Integer> s) {
        StringBuilder sb = new StringBuilder();
        s.forEachRemaining(x -> sb.append(x).append(','));
        return sb.toString();
    }

    public static void main(String[] args) {
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 0; i < 50; i++)
            tm.put(i * 7 % 50, "v" + i);
        TreeMap<Integer, String> rm = new TreeMap<>(Comparator.reverseOrder());
        rm.putAll(tm);
        for (TreeMap<Integer, String> m : List.of(tm, rm)) {
            System.out.println("map " + m.firstKey());
            System.out.println(d(m.keySet().spliterator()) + " " + d(m.values().spliterator()) + " "
                    + d(m.entrySet().spliterator()) + " " + d(m.navigableKeySet().spliterator()));
            System.out.println(d(m.descendingKeySet().spliterator()) + " " + d(m.descendingMap().keySet().spliterator()) + " "
                    + d(m.descendingMap().entrySet().spliterator()) + " " + d(m.descendingMap().values().spliterator()));
            System.out.println(d(m.headMap(20).keySet().spliterator()) + " " + d(m.tailMap(20).entrySet().spliterator()) + " "
                    + d(m.subMap(m.firstKey(), m.lastKey()).values().spliterator()) + " "
                    + d(m.descendingMap().descendingMap().keySet().spliterator()));
            System.out.println(d(m.headMap(20, false).descendingMap().keySet().spliterator()) + " "
                    + d(m.descendingKeySet().descendingSet().spliterator()));
            TreeSet<Integer> ts = new TreeSet<>(m.comparator());
            ts.addAll(m.keySet());
            System.out.println(d(ts.spliterator()) + " " + d(ts.descendingSet().spliterator()) + " "
                    + d(ts.headSet(30).spliterator()) + " " + d(ts.subSet(ts.first(), ts.last()).spliterator()) + " "
                    + d(Collections.unmodifiableSortedSet(ts).spliterator()));

            // Splits follow the tree: the root first, then children; only the unsplit top is SIZED.
            Spliterator<Integer> sp = m.keySet().spliterator();
            Spliterator<Integer> s1 = sp.trySplit();
            System.out.println(d(sp) + " " + d(s1));
            Spliterator<Integer> s2 = sp.trySplit();
            Spliterator<Integer> s3 = s1.trySplit();
            System.out.println(d(sp) + " " + d(s1) + " " + d(s2) + " " + d(s3));
            StringBuilder sb = new StringBuilder(drain(s3));
            s1.tryAdvance(x -> sb.append('[').append(x).append(']'));
            System.out.println(sb);
            Spliterator<Integer> ds = m.descendingKeySet().spliterator();
            Spliterator<Integer> ds1 = ds.trySplit();
            System.out.println(drain(ds1) + "|" + drain(ds));

            // A parallel reduction with a non-neutral identity shows how the source was split.
            System.out.println(m.keySet().parallelStream().reduce(1000, Integer::sum) + " "
                    + m.values().parallelStream().map(String::length).reduce(5, Integer::sum) + " "
                    + m.entrySet().parallelStream().map(Map.Entry::getKey).reduce(3, Integer::sum));
            System.out.println(m.keySet().parallelStream().map(String::valueOf).collect(Collectors.joining(",")));
            System.out.println(m.descendingKeySet().parallelStream().reduce(7, Integer::sum) + " "
                    + ts.parallelStream().reduce(9, Integer::sum) + " " + ts.headSet(25).parallelStream().reduce(9, Integer::sum));
            System.out.println(m.entrySet().stream().sorted(m.entrySet().spliterator().getComparator()).limit(3).toList());
        }

        try {
            TreeMap<Integer, Integer> m = new TreeMap<>(Map.of(1, 1, 2, 2, 3, 3));
            m.keySet().stream().forEach(k -> m.remove(3));
        } catch (ConcurrentModificationException e) {
            System.out.println("stream CME " + e.getMessage());
        }
        TreeMap<Integer, Integer> sv = new TreeMap<>(Map.of(1, 1, 2, 2));
        sv.entrySet().stream().forEach(e -> e.setValue(e.getValue() * 10));
        System.out.println(sv);
        try {
            Collections.unmodifiableMap(new TreeMap<>(Map.of(1, 1))).entrySet().stream().forEach(e -> e.setValue(5));
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable entry stream " + e);
        }
        try {
            Collections.unmodifiableMap(new HashMap<>(Map.of(1, 1))).entrySet().spliterator().tryAdvance(e -> e.setValue(5));
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable entry spliterator " + e);
        }
        System.out.println(d(Collections.unmodifiableMap(new TreeMap<>(Map.of(1, 1))).entrySet().spliterator()) + " "
                + d(Collections.unmodifiableSet(new HashSet<>(Set.of(1))).spliterator()) + " "
                + d(Collections.checkedSet(new TreeSet<>(Set.of(1)), Integer.class).spliterator()) + " "
                + d(Collections.unmodifiableCollection(new ArrayDeque<>(List.of(1))).spliterator()) + " "
                + d(Collections.unmodifiableList(new LinkedList<>(List.of(1))).spliterator()));

        // BitSet.stream: late-binding, SIZED until split.
        BitSet bs = new BitSet();
        for (int i = 0; i < 300; i += 7)
            bs.set(i);
        Spliterator.OfInt bsp = bs.stream().spliterator();
        System.out.println(d(bsp));
        Spliterator.OfInt bsp1 = bsp.trySplit();
        System.out.println(d(bsp) + " " + d(bsp1));
        System.out.println(bs.stream().parallel().reduce(100, Integer::sum) + " " + bs.stream().count() + " "
                + bs.stream().skip(3).limit(4).boxed().toList());
        IntStream lazy = bs.stream();
        bs.set(1000);
        bs.clear(0);
        System.out.println(lazy.boxed().toList());
    }
}
