package sweep;
import java.util.*;
import java.util.concurrent.*;

public class ConcurrentSkipList {
    public static void main(String[] args) throws Exception {
        ConcurrentSkipListMap<String, Integer> m = new ConcurrentSkipListMap<>();
        for (String w : "the quick brown fox jumps over the lazy dog again and again".split(" ")) m.merge(w, 1, Integer::sum);
        System.out.println(m + " " + m.size() + " " + m.firstKey() + " " + m.lastEntry() + " " + m.ceilingKey("m") + " " + m.floorEntry("m") + " " + m.higherKey("the") + " " + m.lowerKey("a"));
        System.out.println(m.headMap("fox") + " " + m.tailMap("quick", false) + " " + m.subMap("b", "l") + " " + m.descendingMap() + " " + m.descendingKeySet() + " " + m.keySet() + " " + m.values());
        ConcurrentNavigableMap<String, Integer> sub = m.subMap("b", true, "p", true);
        sub.put("cat", 9);
        try { sub.put("zebra", 1); } catch (IllegalArgumentException e) { System.out.println("IAE out of range"); }
        System.out.println(m.containsKey("cat") + " " + sub.firstEntry() + " " + sub.pollLastEntry() + " " + m.containsKey("over"));
        for (String k : m.keySet()) if (k.length() <= 3) m.remove(k);
        System.out.println("after removing short keys during iteration: " + m);
        Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
        Map.Entry<String, Integer> first = it.next();
        try { first.setValue(5); } catch (UnsupportedOperationException e) { System.out.println("UOE setValue"); }
        it.remove();
        System.out.println(m + " " + m.putIfAbsent("quick", 0) + " " + m.replace("quick", 1, 7) + " " + m.remove("quick", 3) + " " + m.get("quick"));
        try { m.put(null, 1); } catch (NullPointerException e) { System.out.println("NPE key"); }
        try { m.put("x", null); } catch (NullPointerException e) { System.out.println("NPE value"); }
        try { new ConcurrentSkipListMap<String, Integer>().firstKey(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        System.out.println(new ConcurrentSkipListMap<String, Integer>().firstEntry() + " " + m.pollFirstEntry() + " " + m);
        ConcurrentSkipListMap<Integer, String> rev = new ConcurrentSkipListMap<>(Comparator.reverseOrder());
        for (int i = 0; i < 10; i++) rev.put(i * 7 % 10, "v" + i);
        System.out.println(rev + " " + rev.headMap(5) + " " + rev.comparator().compare(1, 2) + " " + rev.equals(new TreeMap<>(rev)) + " " + rev.hashCode());
        ConcurrentSkipListMap<Integer, Integer> counts = new ConcurrentSkipListMap<>();
        ExecutorService ex = Executors.newFixedThreadPool(4);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 4; t++) { final int base = t; fs.add(ex.submit(() -> { for (int i = 0; i < 2000; i++) counts.merge((i * 31 + base) % 50, 1, Integer::sum); })); }
        for (Future<?> f : fs) f.get();
        ex.shutdown();
        System.out.println(counts.size() + " " + counts.values().stream().mapToInt(Integer::intValue).sum() + " " + counts.firstEntry() + " " + counts.lastEntry());
        ConcurrentSkipListSet<String> set = new ConcurrentSkipListSet<>(List.of("pear", "apple", "fig", "kiwi", "apple"));
        System.out.println(set + " " + set.first() + " " + set.last() + " " + set.ceiling("g") + " " + set.headSet("kiwi") + " " + set.tailSet("kiwi", false) + " " + set.descendingSet() + " " + set.add("fig") + " " + set.add("date") + " " + set.pollFirst() + " " + set);
        for (String s : set) if (s.startsWith("f")) set.remove(s);
        System.out.println(set + " " + set.contains("kiwi") + " " + set.size() + " " + set.equals(new TreeSet<>(List.of("date", "kiwi", "pear"))));
        ConcurrentSkipListSet<Integer> ints = new ConcurrentSkipListSet<>(Comparator.reverseOrder());
        for (int i = 0; i < 8; i++) ints.add(i * 3 % 8);
        System.out.println(ints + " " + ints.subSet(6, 2) + " " + ints.higher(4) + " " + ints.lower(4) + " " + ints.stream().mapToInt(i -> i).sum());
        Iterator<Integer> di = ints.descendingIterator(); StringBuilder sb = new StringBuilder(); while (di.hasNext()) sb.append(di.next()); System.out.println(sb);
        System.out.println(m.keySet().getClass() == null);
        ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>(List.of(1, 2, 3)); q.offer(4); System.out.println(q.poll() + " " + q);
    }
}
