package sweep;
import java.util.*;

public class FailFastAndNulls {
    static void t(String label, Runnable r) {
        try { r.run(); System.out.println(label + ": ok"); }
        catch (RuntimeException e) { System.out.println(label + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())); }
    }
    public static void main(String[] args) {
        List<Integer> base = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        List<Integer> sub = base.subList(1, 4);
        sub.set(0, 20); sub.remove(Integer.valueOf(3)); System.out.println(base + " " + sub);
        base.add(7);
        t("sublist after parent add", () -> sub.size());
        t("sublist get", () -> sub.get(0));
        List<Integer> l2 = new ArrayList<>(List.of(1, 2, 3));
        t("foreach remove last-but-one", () -> { for (Integer i : l2) if (i == 2) l2.remove(i); });
        System.out.println(l2);
        List<Integer> l3 = new ArrayList<>(List.of(1, 2, 3));
        t("foreach add", () -> { for (Integer i : l3) l3.add(9); });
        LinkedList<Integer> ll = new LinkedList<>(List.of(1, 2, 3));
        t("linkedlist foreach remove", () -> { for (Integer i : ll) if (i == 1) ll.remove(i); });
        Map<String, Integer> hm = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        t("hashmap keyset removeIf", () -> hm.keySet().removeIf(k -> k.equals("b")));
        System.out.println(new TreeMap<>(hm));
        t("hashmap remove during iteration", () -> { for (String k : hm.keySet()) hm.remove("zz" + k); });
        t("hashmap real remove during iteration", () -> { for (String k : hm.keySet()) hm.remove(k); });
        TreeMap<String, Integer> tm = new TreeMap<>(Map.of("x", 1, "y", 2));
        for (Map.Entry<String, Integer> e : tm.entrySet()) e.setValue(e.getValue() * 10);
        System.out.println(tm);
        t("treemap put during iteration", () -> { for (String k : tm.keySet()) tm.put(k + "!", 0); });
        t("unmodifiable iterator remove", () -> { Iterator<Integer> it = Collections.unmodifiableList(new ArrayList<>(List.of(1))).iterator(); it.next(); it.remove(); });
        t("List.of iterator remove", () -> { Iterator<Integer> it = List.of(1).iterator(); it.next(); it.remove(); });
        t("Map.entry setValue", () -> Map.entry("k", 1).setValue(2));
        t("Map.of entry setValue", () -> Map.of("k", 1).entrySet().iterator().next().setValue(2));
        t("arrays aslist set", () -> Arrays.asList(1, 2).set(0, 5));
        t("arrays aslist iterator remove", () -> { Iterator<Integer> it = Arrays.asList(1, 2).iterator(); it.next(); it.remove(); });
        t("emptyList add", () -> Collections.emptyList().add(null));
        t("singleton remove", () -> Collections.singletonList(1).remove(0));
        t("List.of contains null", () -> List.of(1).contains(null));
        t("TreeMap get null", () -> new TreeMap<String, Integer>().get(null));
        t("TreeSet add null", () -> new TreeSet<String>().add(null));
        t("HashMap null key", () -> { Map<String, Integer> m = new HashMap<>(); m.put(null, 1); System.out.print(m + " "); });
        t("ArrayDeque add null", () -> new ArrayDeque<String>().add(null));
        t("PriorityQueue add null", () -> new PriorityQueue<String>().add(null));
        t("Hashtable put null", () -> new Hashtable<String, String>().put("a", null));
        t("ConcurrentHashMap put null", () -> new java.util.concurrent.ConcurrentHashMap<String, String>().put("a", null));
        t("List.copyOf null", () -> List.copyOf(Arrays.asList("a", null)));
        t("iterator next exhausted", () -> { Iterator<Integer> it = List.of(1).iterator(); it.next(); it.next(); });
        t("listIterator set before next", () -> new ArrayList<>(List.of(1)).listIterator().set(3));
        t("ArrayList ensure negative", () -> new ArrayList<Integer>(-1));
        t("HashMap negative capacity", () -> new HashMap<String, String>(-1));
        t("subList bad range", () -> List.of(1, 2, 3).subList(2, 1));
        t("Collections.max empty", () -> Collections.max(new ArrayList<Integer>()));
        t("Stack pop empty", () -> new Stack<Integer>().pop());
        t("Vector firstElement", () -> new Vector<Integer>().firstElement());
        t("Queue remove empty", () -> new LinkedList<Integer>().remove());
        t("Queue element empty", () -> new ArrayDeque<Integer>().element());
        t("PriorityQueue remove empty", () -> new PriorityQueue<Integer>().remove());
        t("TreeSet first empty", () -> new TreeSet<Integer>().first());
        t("EnumSet.copyOf empty", () -> EnumSet.copyOf(new ArrayList<Thread.State>()));
        t("String.valueOf char[] null", () -> String.valueOf((char[]) null));
        t("StringBuilder append null", () -> System.out.print(new StringBuilder().append((String) null).append((Object) null) + " "));
        t("Integer compareTo null", () -> Integer.valueOf(1).compareTo(null));
        t("unboxing null", () -> { Integer x = null; int y = x; });
        t("switch on null string", () -> { String s = null; switch (s) { default: } });
    }
}
