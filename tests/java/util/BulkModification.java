package util;

import java.util.*;
import java.util.function.*;
/**
 * Collection bulk operations (forEach, removeIf, replaceAll, sort, iterators, sub lists) whose
 * function changes the collection: ConcurrentModificationException (or what the JDK does
 * instead) for ArrayList, LinkedList, Vector, ArrayDeque, PriorityQueue, the sets and
 * CopyOnWriteArrayList, whose sub list clear removes the range.
 */
public class BulkModification {
    static void t(String w, Supplier<Object> s) { try { System.out.println(w + " -> " + s.get()); } catch (NullPointerException e) { System.out.println(w + " !! NullPointerException"); } catch (Throwable e) { System.out.println(w + " !! " + e); } }
    static <C extends Collection<Integer>> void all(String name, Supplier<C> mk) {
        t(name + " forEach add", () -> { C c = mk.get(); c.addAll(List.of(1, 2, 3)); c.forEach(x -> { if (x == 1) c.add(9); }); return c; });
        t(name + " forEach remove", () -> { C c = mk.get(); c.addAll(List.of(1, 2, 3)); c.forEach(x -> { if (x == 1) c.remove(3); }); return c; });
        t(name + " removeIf add", () -> { C c = mk.get(); c.addAll(List.of(1, 2, 3)); c.removeIf(x -> { if (x == 2) c.add(7); return x == 1; }); return c; });
        t(name + " iterator add at end", () -> { C c = mk.get(); c.addAll(List.of(1, 2, 3)); for (Integer x : c) { if (x == 3) c.add(4); } return c; });
        t(name + " iterator remove at second last", () -> { C c = mk.get(); c.addAll(List.of(1, 2, 3)); for (Integer x : c) { if (x == 2) c.remove(1); } return c; });
        t(name + " stream add", () -> { C c = mk.get(); c.addAll(List.of(1, 2, 3)); c.stream().forEach(x -> { if (x == 1) c.add(8); }); return c; });
        t(name + " spliterator", () -> { C c = mk.get(); c.addAll(List.of(1, 2, 3)); Spliterator<Integer> s = c.spliterator(); s.tryAdvance(x -> c.add(5)); s.forEachRemaining(x -> {}); return c; });
        t(name + " toString self", () -> { C c = mk.get(); c.add(1); return c.toString(); });
        t(name + " containsAll", () -> { C c = mk.get(); c.addAll(List.of(1, 2)); return c.containsAll(List.of(2, 1)) + " " + c.retainAll(List.of(2)) + " " + c; });
    }
    static void lists(String name, Supplier<List<Integer>> mk) {
        t(name + " replaceAll add", () -> { List<Integer> l = mk.get(); l.addAll(List.of(1, 2, 3)); l.replaceAll(x -> { if (x == 1) l.add(9); return x * 2; }); return l; });
        t(name + " sort cmp add", () -> { List<Integer> l = mk.get(); l.addAll(List.of(3, 1, 2)); l.sort((a, b) -> { if (l.size() < 5) l.add(0); return a - b; }); return l; });
        t(name + " listIterator set", () -> { List<Integer> l = mk.get(); l.addAll(List.of(1, 2, 3)); ListIterator<Integer> it = l.listIterator(); it.next(); it.set(10); it.add(11); it.previous(); it.remove(); return l; });
        t(name + " listIterator bad", () -> { List<Integer> l = mk.get(); l.addAll(List.of(1)); ListIterator<Integer> it = l.listIterator(); it.set(5); return l; });
        t(name + " subList modify parent", () -> { List<Integer> l = mk.get(); l.addAll(List.of(1, 2, 3)); List<Integer> s = l.subList(1, 3); l.remove(0); return s.get(0); });
        t(name + " subList clear", () -> { List<Integer> l = mk.get(); l.addAll(List.of(1, 2, 3, 4)); l.subList(1, 3).clear(); return l; });
        t(name + " equals self", () -> { List<Integer> l = mk.get(); l.add(1); return l.equals(l) + " " + l.hashCode() + " " + l.indexOf(1) + " " + l.lastIndexOf(2); });
    }
    public static void main(String[] args) {
        all("ArrayList", ArrayList::new);
        all("LinkedList", LinkedList::new);
        all("Vector", Vector::new);
        all("ArrayDeque", ArrayDeque::new);
        all("PriorityQueue", PriorityQueue::new);
        all("HashSet", HashSet::new);
        all("LinkedHashSet", LinkedHashSet::new);
        all("TreeSet", TreeSet::new);
        lists("ArrayList", ArrayList::new);
        lists("LinkedList", LinkedList::new);
        lists("Vector", Vector::new);
        lists("CopyOnWrite", java.util.concurrent.CopyOnWriteArrayList::new);
    }
}
