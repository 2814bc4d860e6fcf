package conform;
import java.util.*;
import java.util.stream.*;
public class HashOrder {
    static final class K implements Comparable<K> { final int h, id; K(int h, int id) { this.h = h; this.id = id; }
        public int hashCode() { return h; } public boolean equals(Object o) { return o instanceof K k && k.id == id; }
        public int compareTo(K o) { return Integer.compare(o.id, id); } public String toString() { return h + ":" + id; } }
    public static void main(String[] args) {
        Map<K, Integer> m = new HashMap<>();
        for (int i = 0; i < 40; i++) m.put(new K(i % 3 == 0 ? 7 : i * 64, i), i);
        System.out.println(m.keySet());
        for (int i = 0; i < 40; i += 4) m.remove(new K(i % 3 == 0 ? 7 : i * 64, i));
        System.out.println(m.keySet());
        for (int i = 40; i < 200; i++) m.put(new K(i % 5 == 0 ? 7 : (i % 7) * 16, i), i);
        System.out.println(m.keySet());
        Set<String> hs = new HashSet<>();
        for (int i = 0; i < 100; i++) hs.add(Integer.toString(i * 7919, 36));
        System.out.println(hs);
        hs.removeIf(s -> s.length() < 3); System.out.println(hs);
        Set<Long> ls = new HashSet<>(); for (long i = -20; i < 20; i++) ls.add(i * 1000000007L); System.out.println(ls);
        Set<Double> dset = new HashSet<>(List.of(0.5, -0.0, 0.0, 1e10, Double.NaN, 3.14, -2.5)); System.out.println(dset);
        Map<Character, Integer> freq = new HashMap<>(); for (char ch : "the quick brown fox jumps over the lazy dog".toCharArray()) freq.merge(ch, 1, Integer::sum); System.out.println(freq);
        Map<Object, Object> self = new HashMap<>(); self.put("me", self); self.put(self.size(), "x"); System.out.println(self);
        List<Object> sl = new ArrayList<>(); sl.add(sl); sl.add(1); System.out.println(sl);
        System.out.println(Stream.of("a", "bb", "a", "ccc", "bb", "d").collect(Collectors.groupingBy(String::length)));
        System.out.println(Stream.of("x", "y", "z", "w", "v").collect(Collectors.toSet()));
        System.out.println(IntStream.range(0, 30).boxed().collect(Collectors.toMap(i -> "k" + i, i -> i)));
        Map<String, Integer> hm = new HashMap<>(); for (int i = 0; i < 13; i++) hm.put("key" + i, i); System.out.println(hm);
        hm.keySet().retainAll(Set.of("key1", "key5", "key12", "nope")); System.out.println(hm + " " + hm.hashCode());
        Map<Integer, String> im = new HashMap<>(); for (int i : new int[]{-1, 65536, 16, 0, Integer.MIN_VALUE, 1 << 20, 31, 32, 63, 1000}) im.put(i, "v" + i); System.out.println(im);
        LinkedHashSet<Integer> lhs = new LinkedHashSet<>(List.of(5, 3, 9)); lhs.add(3); lhs.add(1); System.out.println(lhs);
        Set<List<Integer>> sol = new HashSet<>(); for (int i = 0; i < 10; i++) sol.add(List.of(i, i * i)); System.out.println(sol);
        Set<Set<String>> sos = new HashSet<>(); sos.add(Set.of("a")); sos.add(new TreeSet<>(Set.of("b", "c"))); System.out.println(sos.size());
        Map<Boolean, String> bm = new HashMap<>(); bm.put(true, "t"); bm.put(false, "f"); System.out.println(bm);
        Map<String, Integer> cm = new java.util.concurrent.ConcurrentHashMap<>(); for (int i = 0; i < 20; i++) cm.put("c" + i, i); System.out.println(cm);
        Hashtable<String, Integer> ht = new Hashtable<>(); for (int i = 0; i < 12; i++) ht.put("h" + i, i); System.out.println(ht + " " + Collections.list(ht.keys()));
        Properties p = new Properties(); p.setProperty("b", "2"); p.setProperty("a", "1"); System.out.println(p.getProperty("a") + " " + p.stringPropertyNames().size());
    }
}
