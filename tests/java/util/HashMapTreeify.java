package util;

import java.util.*;
import java.util.function.Function;
import java.util.stream.*;

/** Bins that grow to 8 through merge/compute/computeIfAbsent: the JDK resizes (or treeifies) one node earlier than through put. */
public class HashMapTreeify {
    public static void main(String[] args) {
        // counting multiples of 16: all keys share bucket 0 of a 16-slot table, and a resize splits them
        for (int n = 5; n <= 12; n++) {
            Map<Integer, Integer> viaMerge = new HashMap<>();
            Map<Integer, Integer> viaCompute = new HashMap<>();
            Map<Integer, Integer> viaPut = new HashMap<>();
            Map<Integer, List<Integer>> viaCia = new HashMap<>();
            for (int i = 0; i < n; i++) {
                int k = i * 16;
                viaMerge.merge(k, 1, Integer::sum);
                viaCompute.compute(k, (kk, v) -> v == null ? 1 : v + 1);
                viaPut.put(k, viaPut.getOrDefault(k, 0) + 1);
                viaCia.computeIfAbsent(k, kk -> new ArrayList<>()).add(i);
            }
            System.out.println(n + " merge   " + viaMerge.keySet());
            System.out.println(n + " compute " + viaCompute.keySet());
            System.out.println(n + " put     " + viaPut.keySet());
            System.out.println(n + " cia     " + viaCia.keySet());
        }
        // a few small keys, then colliding Long keys added by merge and compute
        for (int mode = 0; mode < 3; mode++) {
            HashMap<Long, Integer> m = new HashMap<>();
            m.put(5L, 0);
            m.put(3L, 0);
            for (int i = 1; i <= 10; i++) {
                long k = (long) i << 20;
                if (mode == 0) m.merge(k, i, Integer::sum);
                else if (mode == 1) m.compute(k, (kk, v) -> 1);
                else m.put(k, i);
                if (i >= 6) System.out.println(mode + " " + i + " " + m.keySet());
            }
        }
        // Long keys shifted left collide in the low bits
        Map<Long, Long> longs = new HashMap<>();
        for (long i = 1; i <= 20; i++) {
            longs.merge(i << 24, i, Long::sum);
            if (i % 4 == 0) System.out.println(longs);
        }
        // a word count with merge over words whose hashes share a bucket
        String[] words = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "Bb", "Ab", "a", "b", "AaAaAa", "BBBBBB", "AaBBAa"};
        Map<String, Integer> counts = new HashMap<>();
        for (int round = 0; round < 3; round++)
            for (String w : words) counts.merge(w, 1, Integer::sum);
        System.out.println(counts);
        // collectors that merge into a HashMap
        System.out.println(IntStream.range(0, 12).boxed().collect(Collectors.toMap(i -> i * 128, i -> i, Integer::sum)));
        System.out.println(IntStream.range(0, 12).boxed().collect(Collectors.groupingBy(i -> i * 256L, Collectors.counting())));
        System.out.println(IntStream.range(0, 12).boxed().collect(Collectors.groupingBy(i -> (double) (i * 32), Collectors.mapping(Function.identity(), Collectors.toList()))));
        Map<Integer, Integer> removed = new HashMap<>();
        for (int i = 0; i < 10; i++) removed.compute(i * 32, (k, v) -> 1);
        for (int i = 0; i < 10; i += 3) removed.compute(i * 32, (k, v) -> null);
        for (int i = 10; i < 14; i++) removed.merge(i * 32, 2, Integer::sum);
        System.out.println(removed);
    }
}
