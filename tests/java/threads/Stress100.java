package threads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/** 100 threads each allocating lists and strings and updating a shared ConcurrentHashMap. */
public class Stress100 {
    public static void main(String[] args) throws Exception {
        final int threads = 100;
        ConcurrentHashMap<String, Long> map = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, List<String>> perThread = new ConcurrentHashMap<>();
        CopyOnWriteArrayList<Integer> finished = new CopyOnWriteArrayList<>();
        LongAdder chars = new LongAdder();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int id = t;
            ts.add(new Thread(() -> {
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k <= i % 7; k++) sb.append((char) ('a' + (id + k) % 26));
                    String key = "k" + (i % 10) + "-" + sb.length();
                    map.merge(key, (long) id, Long::sum);
                    map.compute("count", (k, v) -> v == null ? 1L : v + 1);
                    map.computeIfAbsent("first-" + (id % 5), k -> 0L);
                    List<Integer> junk = new ArrayList<>();
                    for (int j = 0; j < 16; j++) junk.add(j * id);
                    if (junk.get(15) != 15 * id) throw new AssertionError("junk");
                    mine.add(sb.toString());
                    chars.add(sb.length());
                    if ((i & 15) == 0) Thread.yield();
                }
                perThread.put(id, mine);
                finished.add(id);
            }, "stress-" + t));
        }
        for (Thread th : ts) th.start();
        for (Thread th : ts) th.join();
        Map<String, Long> sorted = new TreeMap<>(map);
        for (Map.Entry<String, Long> e : sorted.entrySet()) System.out.println(e.getKey() + " = " + e.getValue());
        List<Integer> fin = new ArrayList<>(finished);
        java.util.Collections.sort(fin);
        boolean all = fin.size() == threads;
        for (int i = 0; i < fin.size(); i++) all &= fin.get(i) == i;
        System.out.println("finished all: " + all + " chars " + chars.sum());
        long h = 0;
        for (int t = 0; t < threads; t++) {
            for (String s : perThread.get(t)) h = h * 31 + s.hashCode();
        }
        System.out.println("per-thread lists " + perThread.size() + " hash " + h);
        System.out.println("sample " + perThread.get(42).subList(0, 8));
    }
}
