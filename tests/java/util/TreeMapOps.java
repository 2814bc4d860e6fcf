package util;

import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

public class TreeMapOps {
    public static void main(String[] args) {
        TreeMap<String, Integer> tm = new TreeMap<>();
        String[] fruits = {"mango", "apple", "kiwi", "banana", "cherry", "date", "fig", "grape"};
        for (int i = 0; i < fruits.length; i++) tm.put(fruits[i], i);
        System.out.println(tm);
        System.out.println(tm.firstKey() + " " + tm.lastKey() + " " + tm.firstEntry() + " " + tm.lastEntry());
        System.out.println(tm.floorKey("coconut") + " " + tm.ceilingKey("coconut") + " " + tm.lowerKey("date") + " " + tm.higherKey("date") + " " + tm.floorKey("aaa"));
        System.out.println(tm.headMap("date") + " " + tm.tailMap("kiwi") + " " + tm.subMap("banana", true, "fig", true));
        NavigableMap<String, Integer> desc = tm.descendingMap();
        System.out.println(desc);
        System.out.println(tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm);
        TreeMap<Integer, String> byLen = new TreeMap<>(Comparator.reverseOrder());
        for (String f : fruits) byLen.merge(f.length(), f, (a, b) -> a + "," + b);
        System.out.println(byLen);
        TreeSet<Integer> ts = new TreeSet<>();
        for (int i = 0; i < 30; i++) ts.add((i * 17) % 23);
        System.out.println(ts + " size=" + ts.size());
        System.out.println(ts.first() + " " + ts.last() + " " + ts.floor(11) + " " + ts.ceiling(12) + " " + ts.headSet(5) + " " + ts.tailSet(20, false) + " " + ts.subSet(5, 10));
        System.out.println(ts.descendingSet().first() + " " + ts.pollFirst() + " " + ts.pollLast());
        TreeSet<String> ci = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String s : "Banana apple APPLE cherry Banana date".split(" ")) ci.add(s);
        System.out.println(ci);
        TreeMap<Character, Integer> letters = new TreeMap<>();
        for (char c : "mississippi river".toCharArray()) if (c != ' ') letters.merge(c, 1, Integer::sum);
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Character, Integer> e : letters.entrySet()) sb.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        System.out.println(sb.toString().trim());
        TreeMap<Double, String> grades = new TreeMap<>(Map.of(90.0, "A", 80.0, "B", 70.0, "C", 60.0, "D", 0.0, "F"));
        for (double score : new double[]{95, 85.5, 80, 72, 59.9, 0}) System.out.print(score + "->" + grades.floorEntry(score).getValue() + " ");
        System.out.println();
        try {
            new TreeMap<Object, Integer>().put(new Object(), 1);
        } catch (ClassCastException e) {
            System.out.println("TreeMap non-comparable key: ClassCastException");
        }
    }
}
