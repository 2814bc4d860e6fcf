package conform;
import java.util.*;
public class HashStress {
    static final class Key implements Comparable<Key> { final int v; Key(int v) { this.v = v; }
        public int hashCode() { return (v % 5) * 64 + (v % 3 == 0 ? 0 : 1024); } public boolean equals(Object o) { return o instanceof Key k && k.v == v; }
        public int compareTo(Key o) { return Integer.compare(v, o.v); } public String toString() { return "k" + v; } }
    static final class SKey { final String s; SKey(String s) { this.s = s; } public int hashCode() { return s.length(); } public boolean equals(Object o) { return o instanceof SKey k && k.s.equals(s); } public String toString() { return s; } }
    public static void main(String[] args) {
        Random r = new Random(99);
        Map<Key, Integer> m = new HashMap<>(); TreeMap<Key, Integer> ref = new TreeMap<>();
        long check = 0;
        for (int step = 0; step < 6000; step++) {
            Key k = new Key(r.nextInt(300)); int op = r.nextInt(10);
            switch (op) {
                case 0, 1, 2 -> { Integer a = m.put(k, step), b = ref.put(k, step); if (!Objects.equals(a, b)) throw new AssertionError("put " + k); }
                case 3, 4 -> { Integer a = m.remove(k), b = ref.remove(k); if (!Objects.equals(a, b)) throw new AssertionError("remove " + k); }
                case 5 -> { m.merge(k, 1, Integer::sum); ref.merge(k, 1, Integer::sum); }
                case 6 -> { m.computeIfAbsent(k, x -> x.v); ref.computeIfAbsent(k, x -> x.v); }
                case 7 -> { m.compute(k, (x, v) -> { if (v == null) return 7; if (v % 2 == 0) return null; return v + 1; }); ref.compute(k, (x, v) -> { if (v == null) return 7; if (v % 2 == 0) return null; return v + 1; }); }
                case 8 -> { if (!Objects.equals(m.get(k), ref.get(k)) || m.containsKey(k) != ref.containsKey(k)) throw new AssertionError("get " + k); }
                default -> { Iterator<Map.Entry<Key, Integer>> it = m.entrySet().iterator(); int n = 0; while (it.hasNext()) { Map.Entry<Key, Integer> e = it.next(); if (e.getKey().v % 17 == step % 17 && n++ < 3) { it.remove(); ref.remove(e.getKey()); } } }
            }
            if (m.size() != ref.size()) throw new AssertionError("size at " + step);
            if (step % 1000 == 0) { System.out.println(step + " " + m.size() + " " + m.keySet().toString().hashCode()); if (!new TreeMap<>(m).equals(ref)) throw new AssertionError("content"); }
            check = check * 31 + m.hashCode();
        }
        System.out.println(check + " " + m.equals(ref) + " " + ref.equals(m));
        System.out.println(m);
        Map<Key, Integer> copy = new HashMap<>(m); HashMap<Key, Integer> cl = (HashMap<Key, Integer>) ((HashMap<Key, Integer>) m).clone(); System.out.println(copy.keySet().equals(cl.keySet()) + " " + copy.toString().equals(m.toString()) + " " + cl);
        m.keySet().removeIf(k -> k.v % 2 == 0); System.out.println(m.keySet());
        m.values().removeIf(v -> v % 3 == 0); System.out.println(m);
        Set<Integer> pow = new HashSet<>(); for (int i = 0; i < 31; i++) pow.add(1 << i); System.out.println(pow);
        Map<Integer, Integer> pm = new HashMap<>(); for (int i = 0; i < 31; i++) pm.put(1 << i, i); for (int i = 0; i < 31; i += 3) pm.remove(1 << i); System.out.println(pm);
        Map<String, Integer> collide = new HashMap<>(); String[] base = {"Aa", "BB"}; for (int i = 0; i < 64; i++) { StringBuilder sb = new StringBuilder(); for (int b = 0; b < 6; b++) sb.append(base[(i >> b) & 1]); collide.put(sb.toString(), i); }
        System.out.println(collide.keySet()); for (int i = 0; i < 64; i += 5) collide.remove(collide.keySet().iterator().next()); System.out.println(collide);
        LinkedHashMap<Key, Integer> lhm = new LinkedHashMap<>(); for (int i = 0; i < 100; i++) lhm.put(new Key(i * 7 % 100), i); for (int i = 0; i < 100; i += 3) lhm.remove(new Key(i)); System.out.println(lhm.keySet());
    }
}
