package util;

import java.util.*;
public class MapViewModification {
    public static void main(String[] args) {
        Random r = new Random(9);
        StringBuilder sb = new StringBuilder();
        for (int round = 0; round < 600; round++) {
            int kind = round % 7;
            Map<Integer,Integer> m = switch (kind) { case 0 -> new HashMap<>(); case 1 -> new TreeMap<>(); case 2 -> new LinkedHashMap<>(); case 3 -> new LinkedHashMap<>(16, 0.75f, true); case 4 -> new Hashtable<>(); case 5 -> new EnumMap<>(Thread.State.class).size() == 0 ? new TreeMap<Integer,Integer>(Comparator.reverseOrder()) : null; default -> new java.util.concurrent.ConcurrentSkipListMap<>(); }; Collection<Integer> c = m.keySet();
            int n = r.nextInt(20);
            for (int i = 0; i < n; i++) m.put(r.nextInt(50), 1);
            int at = r.nextInt(n + 1), op = r.nextInt(4);
            List<Integer> seen = new ArrayList<>();
            String res;
            try {
                int i = 0;
                for (Integer x : c) {
                    seen.add(x);
                    if (i++ == at) {
                        switch (op) {
                            case 0 -> m.put(100 + i, 1);
                            case 1 -> c.remove(x);
                            case 2 -> c.clear();
                            default -> { m.put(200, 1); m.remove(200); m.get(x); }
                        }
                    }
                }
                res = "ok";
            } catch (ConcurrentModificationException e) { res = "CME"; }
            sb.append(kind).append(' ').append(op).append(' ').append(res).append(' ').append(seen).append(' ').append(m).append('\n');
        }
        System.out.print(sb);
        java.util.concurrent.ConcurrentSkipListSet<String> set = new java.util.concurrent.ConcurrentSkipListSet<>(List.of("b", "d", "f"));
        StringBuilder walk = new StringBuilder();
        for (String x : set) { walk.append(x); if (x.equals("b")) { set.add("c"); set.add("a"); set.remove("f"); set.add("g"); } }
        System.out.println(walk + " " + set);
        java.util.concurrent.ConcurrentSkipListMap<Integer, String> sl = new java.util.concurrent.ConcurrentSkipListMap<>();
        for (int i = 0; i < 10; i++) sl.put(i * 10, "v" + i);
        StringBuilder w2 = new StringBuilder();
        for (Map.Entry<Integer, String> e : sl.descendingMap().entrySet()) { w2.append(e.getKey()).append(','); if (e.getKey() == 70) { sl.put(65, "x"); sl.remove(60); sl.put(95, "y"); } }
        System.out.println(w2 + " " + sl);

    }
}
