package util;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

public class CheckedViews {
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void sneak(java.util.Collection c, Object o) {
        try {
            c.add(o);
            System.out.println("  added " + o);
        } catch (ClassCastException e) {
            System.out.println("  " + e.getMessage());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void sneakPut(Map m, Object k, Object v) {
        try {
            m.put(k, v);
            System.out.println("  put " + k + "=" + v);
        } catch (ClassCastException e) {
            System.out.println("  " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Queue<String> q = Collections.checkedQueue(new ArrayDeque<>(List.of("a", "b")), String.class);
        System.out.println("queue " + q + " " + q.offer("c") + " " + q.peek() + " " + q.poll() + " " + q.element() + " " + q.remove() + " " + q);
        sneak(q, 42);
        Queue<Integer> pq = Collections.checkedQueue(new PriorityQueue<>(List.of(5, 1, 3)), Integer.class);
        System.out.println("pq " + pq.poll() + " " + pq.size() + " " + pq.equals(pq));

        SortedSet<String> ss = Collections.checkedSortedSet(new TreeSet<>(List.of("pear", "fig", "apple", "kiwi")), String.class);
        System.out.println("sorted " + ss + " " + ss.first() + " " + ss.last() + " " + ss.headSet("kiwi") + " " + ss.tailSet("kiwi")
            + " " + ss.subSet("b", "l") + " " + ss.comparator());
        sneak(ss, 7);
        sneak(ss.headSet("m"), 'c');
        sneak(ss.headSet("m"), "banana");
        System.out.println("  now " + ss);

        NavigableSet<Integer> ns = Collections.checkedNavigableSet(new TreeSet<>(Comparator.reverseOrder()), Integer.class);
        ns.addAll(List.of(10, 20, 30, 40));
        System.out.println("navigable " + ns + " " + ns.lower(20) + " " + ns.floor(25) + " " + ns.ceiling(25) + " " + ns.higher(30)
            + " " + ns.descendingSet() + " " + ns.headSet(20, true) + " " + ns.tailSet(20, false) + " " + ns.subSet(40, true, 10, false));
        StringBuilder sb = new StringBuilder();
        ns.descendingIterator().forEachRemaining(x -> sb.append(x).append(' '));
        System.out.println("  desc " + sb + ns.pollFirst() + " " + ns.pollLast() + " " + ns);
        sneak(ns, "x");
        sneak(ns.descendingSet(), 2.5);

        SortedMap<String, Integer> sm = Collections.checkedSortedMap(new TreeMap<>(Map.of("b", 2, "a", 1, "c", 3)), String.class, Integer.class);
        System.out.println("sortedMap " + sm + " " + sm.firstKey() + " " + sm.lastKey() + " " + sm.headMap("b") + " " + sm.tailMap("b") + " " + sm.subMap("a", "c"));
        sneakPut(sm, "d", "four");
        sneakPut(sm, 5, 5);
        sneakPut(sm.tailMap("b"), "e", 5);
        System.out.println("  now " + sm);

        NavigableMap<Integer, String> nm = Collections.checkedNavigableMap(new TreeMap<>(), Integer.class, String.class);
        for (int i = 1; i <= 5; i++) {
            nm.put(i * 10, "v" + i);
        }
        System.out.println("navigableMap " + nm + " " + nm.lowerKey(30) + " " + nm.floorEntry(35) + " " + nm.ceilingKey(35) + " " + nm.higherEntry(50)
            + " " + nm.firstEntry() + " " + nm.lastEntry() + " " + nm.descendingMap() + " " + nm.navigableKeySet() + " " + nm.descendingKeySet()
            + " " + nm.headMap(30, true) + " " + nm.tailMap(30, false) + " " + nm.subMap(10, false, 50, true));
        System.out.println("  " + nm.pollFirstEntry() + " " + nm.pollLastEntry() + " " + nm + " " + nm.keySet());
        sneakPut(nm, 60, 6);
        sneakPut(nm.descendingMap(), "k", "v");
        sneakPut(nm.headMap(100), 70, "v7");
        System.out.println("  now " + nm);
        try {
            Collections.checkedQueue(null, String.class);
        } catch (NullPointerException e) {
            System.out.println("NPE for a null queue");
        }
    }
}
