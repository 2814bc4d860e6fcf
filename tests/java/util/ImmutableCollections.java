package util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class ImmutableCollections {
    public static void main(String[] args) {
        List<String> l = List.of("a", "b", "c");
        System.out.println(l + " " + l.size() + " " + l.get(1) + " " + l.contains("c") + " " + l.indexOf("b"));
        Set<Integer> s = Set.of(5, 1, 3);
        System.out.println(s.size() + " " + s.contains(3) + " " + s.contains(4) + " sorted=" + new TreeSet<>(s));
        Map<String, Integer> m = Map.of("one", 1, "two", 2, "three", 3);
        System.out.println(m.size() + " " + m.get("two") + " " + m.get("four") + " sorted=" + new TreeMap<>(m));
        Map<String, Integer> entries = Map.ofEntries(Map.entry("x", 10), Map.entry("y", 20));
        System.out.println(new TreeMap<>(entries) + " " + Map.entry("k", "v"));
        String[] attempts = {"add", "set", "remove", "put", "null element", "duplicate set", "duplicate key"};
        for (String a : attempts) {
            try {
                switch (a) {
                    case "add": l.add("d"); break;
                    case "set": l.set(0, "z"); break;
                    case "remove": s.remove(1); break;
                    case "put": m.put("four", 4); break;
                    case "null element": List.of("a", null); break;
                    case "duplicate set": Set.of(1, 1); break;
                    case "duplicate key": Map.of("k", 1, "k", 2); break;
                }
                System.out.println(a + ": allowed?!");
            } catch (UnsupportedOperationException e) {
                System.out.println(a + ": UnsupportedOperationException " + e.getMessage());
            } catch (NullPointerException e) {
                System.out.println(a + ": NullPointerException");
            } catch (IllegalArgumentException e) {
                System.out.println(a + ": IllegalArgumentException " + e.getMessage());
            }
        }
        List<Integer> copy = List.copyOf(new ArrayList<>(List.of(3, 2, 1)));
        System.out.println(copy + " " + copy.equals(List.of(3, 2, 1)) + " " + copy.equals(new ArrayList<>(copy)));
        List<String> unmod = Collections.unmodifiableList(new ArrayList<>(l));
        System.out.println(unmod + " " + Collections.emptyMap() + " " + Collections.singleton(7) + " " + Collections.singletonMap("k", "v"));
        System.out.println(l.hashCode() + " " + s.hashCode() + " " + m.hashCode() + " " + List.of().hashCode());
        List<List<Integer>> nested = List.of(List.of(1), List.of(2, 3));
        System.out.println(nested + " " + nested.get(1).get(1));
    }
}
