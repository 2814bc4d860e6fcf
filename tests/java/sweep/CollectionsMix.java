package sweep;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class CollectionsMix {
    static class LRU<K, V> extends LinkedHashMap<K, V> {
        final int cap;
        LRU(int cap) { super(16, 0.75f, true); this.cap = cap; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> e) { return size() > cap; }
    }
    record Person(String name, int age, String city) {}
    public static void main(String[] args) {
        LRU<String, Integer> lru = new LRU<>(3);
        lru.put("a", 1); lru.put("b", 2); lru.put("c", 3); lru.get("a"); lru.put("d", 4); lru.getOrDefault("b", 0); lru.putIfAbsent("c", 9); lru.put("e", 5);
        System.out.println(lru + " " + lru.keySet() + " " + lru.values());
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 0; i < 20; i += 3) tm.put(i, "v" + i);
        System.out.println(tm.floorKey(10) + " " + tm.ceilingEntry(10) + " " + tm.higherKey(12) + " " + tm.lowerEntry(0) + " " + tm.headMap(9) + " " + tm.tailMap(9, false) + " " + tm.subMap(3, 12) + " " + tm.descendingMap() + " " + tm.firstEntry() + " " + tm.pollLastEntry() + " " + tm.navigableKeySet().descendingSet());
        NavigableMap<Integer, String> head = tm.headMap(10, true);
        head.put(-5, "neg");
        try { head.put(11, "x"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        System.out.println(tm);
        TreeSet<String> ts = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        ts.addAll(List.of("pear", "fig", "apple", "kiwi", "banana", "date", "fig"));
        System.out.println(ts + " " + ts.first() + " " + ts.ceiling("zzzz") + " " + ts.headSet("kiwi") + " " + ts.descendingSet());
        PriorityQueue<Person> pq = new PriorityQueue<>(Comparator.comparingInt(Person::age).reversed().thenComparing(Person::name));
        pq.addAll(List.of(new Person("Ann", 30, "NY"), new Person("Bob", 25, "LA"), new Person("Cid", 30, "SF"), new Person("Dee", 41, "NY"), new Person("Eve", 25, "SF")));
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll().name()).append(' ');
        System.out.println(sb);
        PriorityQueue<Integer> ipq = new PriorityQueue<>(List.of(5, 1, 4, 1, 5, 9, 2, 6));
        System.out.println(ipq + " " + ipq.peek());
        PriorityQueue<Integer> maxq = new PriorityQueue<>(Collections.reverseOrder()); maxq.addAll(List.of(3, 1, 4, 1, 5)); System.out.println(maxq + " " + maxq.poll());
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        dq.offerFirst(1); dq.offerLast(2); dq.push(0); dq.addLast(3);
        System.out.println(dq + " " + dq.peekFirst() + " " + dq.peekLast() + " " + dq.pollLast() + " " + dq.pop() + " " + dq);
        Iterator<Integer> di = dq.descendingIterator(); while (di.hasNext()) System.out.print(di.next() + ";"); System.out.println();
        List<Integer> nums = new ArrayList<>(IntStream.rangeClosed(1, 12).boxed().toList());
        Collections.rotate(nums, 3); System.out.println(nums);
        Collections.swap(nums, 0, 11); Collections.reverse(nums); System.out.println(nums);
        System.out.println(Collections.max(nums) + " " + Collections.min(nums, Comparator.reverseOrder()) + " " + Collections.frequency(List.of(1, 2, 1, 1), 1) + " " + Collections.nCopies(3, "ab") + " " + Collections.disjoint(List.of(1), List.of(2)) + " " + Collections.emptyList() + Collections.singletonMap("k", "v"));
        Collections.sort(nums); System.out.println(Collections.binarySearch(nums, 7) + " " + Collections.binarySearch(nums, 100) + " " + Collections.indexOfSubList(nums, List.of(4, 5)));
        List<String> al = Arrays.asList("c", "a", "b"); al.set(0, "z"); Collections.sort(al); System.out.println(al);
        try { al.add("q"); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        try { List.of(1).set(0, 1); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        try { Map.of("a", 1).put("b", 2); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        try { Map.of("a", 1, "a", 2); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { Set.of(1, 1); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { List.copyOf(Arrays.asList(1, null)); } catch (NullPointerException e) { System.out.println("NPE"); }
        try { Collections.unmodifiableMap(new HashMap<>()).put(1, 1); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        try { Stream.of(1).toList().add(2); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        try { new ArrayList<>(List.of(1,2)).subList(1, 5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<Integer>().remove(0); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new LinkedList<Integer>().get(3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new LinkedList<Integer>().getFirst(); } catch (NoSuchElementException e) { System.out.println(e); }
        try { new ArrayList<>(List.of(1)).add(3, 9); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { List.of(1, 2).get(5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Arrays.asList(1, 2).get(5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { int[] a = new int[2]; Arrays.fill(a, 0, 3, 1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Arrays.copyOfRange(new int[2], 3, 1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Iterator<Integer> it = new ArrayList<>(List.of(1)).iterator(); it.remove(); } catch (IllegalStateException e) { System.out.println("ISE " + e.getMessage()); }
        List<Integer> lst = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        lst.removeIf(x -> x % 2 == 0); lst.replaceAll(x -> x * 10); System.out.println(lst);
        ListIterator<Integer> li = lst.listIterator(); while (li.hasNext()) { int v = li.next(); if (v == 30) { li.set(33); li.add(35); } } System.out.println(lst + " " + li.previousIndex());
        Map<String, List<Integer>> multi = new TreeMap<>();
        for (int i = 0; i < 10; i++) multi.computeIfAbsent(i % 3 == 0 ? "three" : i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(i);
        System.out.println(multi);
        Map<String, Integer> hm = new HashMap<>();
        for (String w : "to be or not to be that is the question to".split(" ")) hm.merge(w, 1, Integer::sum);
        System.out.println(hm);
        hm.compute("to", (k, v) -> v == null ? 1 : v * 100); hm.computeIfPresent("be", (k, v) -> null); hm.replaceAll((k, v) -> v + k.length());
        System.out.println(hm + " " + hm.containsValue(302) + " " + hm.entrySet().iterator().next());
        Map<Integer, String> big = new HashMap<>();
        for (int i = 0; i < 40; i += 3) big.put(i * 37, "x" + i);
        System.out.println(big.keySet());
        Set<String> hs = new HashSet<>(List.of("zeta", "alpha", "beta", "gamma", "delta", "epsilon", "Aa", "BB"));
        System.out.println(hs);
        hs.retainAll(Set.of("alpha", "Aa", "BB", "nope")); System.out.println(hs);
        EnumMap<Thread.State, Integer> em = new EnumMap<>(Thread.State.class); em.put(Thread.State.WAITING, 1); em.put(Thread.State.NEW, 2); System.out.println(em);
        System.out.println(EnumSet.range(Thread.State.RUNNABLE, Thread.State.WAITING) + " " + EnumSet.complementOf(EnumSet.of(Thread.State.NEW)) + " " + EnumSet.noneOf(Thread.State.class) + " " + EnumSet.allOf(Thread.State.class).size());
        int[][] grid = {{3, 1}, {1, 2}, {2, 0}, {1, 1}};
        Arrays.sort(grid, (x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        System.out.println(Arrays.deepToString(grid));
        Integer[] boxed = {5, 3, 9, 1}; Arrays.sort(boxed, Collections.reverseOrder()); System.out.println(Arrays.toString(boxed));
        String[] words = {"banana", "Apple", "cherry", "apple"}; Arrays.sort(words); System.out.println(Arrays.toString(words)); Arrays.sort(words, String.CASE_INSENSITIVE_ORDER); System.out.println(Arrays.toString(words));
        System.out.println(Arrays.equals(new int[]{1}, new int[]{1}) + " " + Arrays.deepEquals(new int[][]{{1}}, new int[][]{{1}}) + " " + Arrays.compare(new int[]{1, 2}, new int[]{1, 3}) + " " + Arrays.mismatch(new int[]{1, 2}, new int[]{1, 3}) + " " + Arrays.stream(new int[]{3, 4}).sum() + " " + Arrays.asList(1, 2).indexOf(2));
        long[] la = {5, 2, 8}; Arrays.parallelSort(la); System.out.println(Arrays.toString(la) + Arrays.toString(Arrays.copyOf(la, 5)) + Arrays.toString(new double[]{1.5, -0.0}) + Arrays.toString(new char[]{'x'}) + Arrays.toString(new boolean[2]) + Arrays.toString((Object[]) null));
        int[] pre = new int[5]; Arrays.setAll(pre, i -> i * i); Arrays.parallelPrefix(pre, Integer::sum); System.out.println(Arrays.toString(pre));
        Deque<Character> stack = new ArrayDeque<>(); String br = "{[()()]}(";
        for (char c : br.toCharArray()) { if ("([{".indexOf(c) >= 0) stack.push(c); else if (!stack.isEmpty()) stack.pop(); }
        System.out.println("balanced? " + stack.isEmpty() + " " + stack);
        BitSet bs = new BitSet(); bs.set(1); bs.set(5, 9); bs.clear(6); System.out.println(bs + " " + bs.cardinality() + " " + bs.nextClearBit(5) + " " + bs.length() + " " + bs.previousSetBit(4));
        Iterator<Map.Entry<Integer, String>> eit = tm.entrySet().iterator(); eit.next(); eit.remove(); System.out.println(tm);
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER); ci.put("B", 1); ci.put("a", 2); ci.put("b", 3); System.out.println(ci);
        List<Integer> linked = new LinkedList<>(List.of(1, 2, 3)); ((LinkedList<Integer>) linked).addFirst(0); ((Deque<Integer>) linked).removeLastOccurrence(2); System.out.println(linked);
        Vector<Integer> v = new Vector<>(List.of(1, 2)); Stack<Integer> st = new Stack<>(); st.push(1); st.push(2); System.out.println(v + " " + st + " " + st.peek() + " " + st.search(1) + " " + Collections.list(v.elements()));
        Hashtable<String, Integer> ht = new Hashtable<>(); ht.put("one", 1); ht.put("two", 2); ht.put("three", 3); System.out.println(ht);
        IdentityHashMap<String, Integer> ihm = new IdentityHashMap<>(); ihm.put("k", 1); System.out.println(ihm.size());
        WeakHashMap<String, Integer> whm = new WeakHashMap<>(); whm.put("k", 1); System.out.println(whm.get("k"));
        System.out.println(new TreeMap<>(Map.of("b", 2, "a", 1)).toString() + new ArrayList<>(new TreeSet<>(Set.of(3, 1, 2))));
    }
}
