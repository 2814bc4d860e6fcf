package util;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

public class HashMapOrder {
    public static void main(String[] args) {
        Map<String, Integer> counts = new HashMap<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness";
        for (String w : text.split(" ")) counts.merge(w, 1, Integer::sum);
        System.out.println(counts);
        for (Map.Entry<String, Integer> e : counts.entrySet()) System.out.print(e.getKey() + ":" + e.getValue() + " ");
        System.out.println();
        System.out.println(counts.keySet() + " " + counts.values());
        Map<Integer, String> byInt = new HashMap<>();
        int[] keys = {100, -5, 17, 1 << 20, 33, 0, 16, 1, 65536, -1000000, 999};
        for (int k : keys) byInt.put(k, "v" + k);
        System.out.println(byInt);
        for (int i = 0; i < 200; i += 7) byInt.put(i * 31, "x");  // trigger resizes
        System.out.println(byInt.size() + " " + byInt.keySet());
        Map<String, String> caps = new HashMap<>();
        String[] countries = {"France", "Japan", "Brazil", "Kenya", "Canada", "Norway", "Chile", "Egypt", "India", "Peru", "Spain", "Italy", "Ghana", "Nepal", "Fiji", "Cuba", "Laos"};
        for (String c : countries) caps.put(c, c.substring(0, 3).toUpperCase());
        System.out.println(caps);
        caps.remove("Japan");
        caps.putIfAbsent("Japan", "TYO");
        caps.putIfAbsent("France", "ignored");
        caps.computeIfAbsent("Mali", k -> k.toUpperCase());
        caps.computeIfPresent("Peru", (k, v) -> v + "!");
        caps.compute("Cuba", (k, v) -> null);
        System.out.println(caps);
        System.out.println(caps.get("Nowhere") + " " + caps.getOrDefault("Nowhere", "?") + " " + caps.containsKey("Fiji") + " " + caps.containsValue("FIJ"));
        Iterator<Map.Entry<String, String>> it = caps.entrySet().iterator();
        while (it.hasNext()) if (it.next().getKey().length() == 4) it.remove();
        System.out.println(caps);
        Set<String> set = new HashSet<>();
        for (String w : text.split(" ")) set.add(w);
        System.out.println(set);
        Set<Long> longs = new HashSet<>();
        for (long l = -5; l <= 5; l++) longs.add(l * 1_000_000_007L);
        System.out.println(longs);
        Set<Double> doubles = new HashSet<>(java.util.List.of(0.5, -0.0, 0.0, 1e10, Double.NaN, 3.25));
        System.out.println(doubles);
        Set<Character> chars = new HashSet<>();
        for (char c : "hello world".toCharArray()) chars.add(c);
        System.out.println(chars);
        Map<String, Integer> linked = new LinkedHashMap<>();
        for (String w : "zeta alpha mu beta alpha".split(" ")) linked.merge(w, 1, Integer::sum);
        System.out.println(linked);
        Map<String, Integer> hm = new HashMap<>(linked);
        hm.replaceAll((k, v) -> v * 10);
        System.out.println(hm + " " + hm.hashCode() + " " + hm.equals(Map.of("zeta", 10, "alpha", 20, "mu", 10, "beta", 10)));
        Map<Boolean, String> bools = new HashMap<>();
        bools.put(true, "yes");
        bools.put(false, "no");
        bools.put(null, "null key");
        System.out.println(bools);
    }
}
