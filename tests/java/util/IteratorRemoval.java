package util;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

public class IteratorRemoval {
    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>();
        for (int i = 1; i <= 20; i++) nums.add(i);
        Iterator<Integer> it = nums.iterator();
        while (it.hasNext()) if (it.next() % 3 != 0) it.remove();
        System.out.println(nums);
        try {
            for (Integer n : nums) if (n == 9) nums.remove(n);
            System.out.println("no exception?");
        } catch (ConcurrentModificationException e) {
            System.out.println("CME while removing in for-each: " + e.getClass().getName() + " msg=" + e.getMessage());
        }
        System.out.println(nums);
        // removing the second-to-last element does not throw (hasNext() becomes false)
        List<String> tricky = new ArrayList<>(List.of("a", "b", "c"));
        for (String s : tricky) if (s.equals("b")) tricky.remove(s);
        System.out.println("tricky: " + tricky);
        Map<String, Integer> m = new HashMap<>();
        for (String s : "one two three four five six".split(" ")) m.put(s, s.length());
        try {
            for (String k : m.keySet()) if (k.startsWith("f")) m.put(k + "!", 0);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME on HashMap: " + e.getClass().getSimpleName());
        }
        m.keySet().removeIf(k -> k.endsWith("!"));
        m.values().removeIf(v -> v == 3);
        System.out.println(m);
        Iterator<String> empty = new ArrayList<String>().iterator();
        try {
            empty.next();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("NoSuchElementException");
        }
        Iterator<Integer> it2 = nums.iterator();
        try {
            it2.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next: IllegalStateException");
        }
        List<Integer> fixed = List.of(1, 2);
        try {
            fixed.iterator().remove();
        } catch (UnsupportedOperationException | IllegalStateException e) {
            System.out.println("immutable iterator remove: " + e.getClass().getSimpleName());
        }
        List<Integer> asList = java.util.Arrays.asList(3, 1, 2);
        asList.set(0, 9);
        try {
            asList.add(4);
        } catch (UnsupportedOperationException e) {
            System.out.println("Arrays.asList add: UnsupportedOperationException " + asList);
        }
    }
}
