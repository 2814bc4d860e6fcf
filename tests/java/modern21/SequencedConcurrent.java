package modern21;

import java.util.*;
import java.util.concurrent.*;
import java.util.function.Supplier;

// Sequenced-collection methods on the concurrent collections, which get them from the
// interfaces (List, Deque, NavigableSet, NavigableMap) or override them in the JDK.
public class SequencedConcurrent {
    static void t(String label, Supplier<?> action) {
        try {
            System.out.println(label + " -> " + action.get());
        } catch (RuntimeException e) {
            System.out.println(label + " !! " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    public static void main(String[] args) {
        CopyOnWriteArrayList<String> cow = new CopyOnWriteArrayList<>(List.of("b", "c"));
        cow.addFirst("a");
        cow.addLast("d");
        t("cow", () -> cow + " first=" + cow.getFirst() + " last=" + cow.getLast() + " reversed=" + cow.reversed());
        t("cow.removeFirst", cow::removeFirst);
        t("cow.removeLast", cow::removeLast);
        List<String> rcow = cow.reversed();
        rcow.add("z");
        t("cow after reversed add", () -> cow + " " + rcow);
        CopyOnWriteArrayList<String> emptyCow = new CopyOnWriteArrayList<>();
        t("empty cow.getFirst", emptyCow::getFirst);
        t("empty cow.removeLast", emptyCow::removeLast);

        ConcurrentSkipListSet<Integer> skipSet = new ConcurrentSkipListSet<>(List.of(4, 2, 8, 6));
        t("skipSet", () -> skipSet.getFirst() + " " + skipSet.getLast() + " " + skipSet.reversed());
        t("skipSet.addFirst", () -> { skipSet.addFirst(1); return skipSet; });
        t("skipSet.removeFirst", skipSet::removeFirst);
        t("skipSet.reversed.removeFirst", () -> skipSet.reversed().removeFirst() + " " + skipSet);

        ConcurrentSkipListMap<String, Integer> skipMap = new ConcurrentSkipListMap<>(Map.of("k", 1, "m", 2, "x", 3));
        t("skipMap", () -> skipMap.firstEntry() + " " + skipMap.lastEntry() + " " + skipMap.reversed() + " " + skipMap.sequencedKeySet().reversed());
        t("skipMap.putFirst", () -> skipMap.putFirst("a", 0));
        t("skipMap.pollLastEntry", skipMap::pollLastEntry);
        t("skipMap.sequencedValues", skipMap::sequencedValues);
        t("skipMap.sequencedEntrySet.reversed", () -> skipMap.sequencedEntrySet().reversed());

        LinkedBlockingDeque<Integer> lbd = new LinkedBlockingDeque<>(List.of(1, 2, 3));
        Deque<Integer> rlbd = lbd.reversed();
        rlbd.addFirst(9);
        rlbd.offerLast(0);
        t("lbd", () -> lbd + " " + rlbd + " " + rlbd.peekFirst() + " " + rlbd.pollLast());
        ConcurrentLinkedDeque<String> cld = new ConcurrentLinkedDeque<>(List.of("p", "q"));
        t("cld", () -> cld.reversed() + " " + cld.reversed().getFirst() + " " + cld.getLast());
        ArrayBlockingQueue<Integer> abq = new ArrayBlockingQueue<>(4, false, List.of(5, 6));
        t("Queue is not sequenced", () -> (abq instanceof SequencedCollection) + " " + (lbd instanceof SequencedCollection) + " " + (new PriorityQueue<>() instanceof SequencedCollection));
        t("instanceof checks", () -> (new LinkedHashMap<>() instanceof SequencedMap) + " " + (new HashMap<>() instanceof SequencedMap) + " "
                + (new TreeSet<>() instanceof SequencedSet) + " " + (new HashSet<>() instanceof SequencedCollection) + " " + (List.of() instanceof SequencedCollection)
                + " " + (new LinkedHashMap<>().keySet() instanceof SequencedSet)
                + " " + (new LinkedHashMap<>().values() instanceof SequencedCollection) + " " + (new TreeMap<>().keySet() instanceof SequencedSet));
        Vector<String> vec = new Vector<>(List.of("v1", "v2"));
        Stack<String> stack = new Stack<>();
        stack.push("s1");
        stack.push("s2");
        t("vector/stack", () -> vec.reversed() + " " + vec.getLast() + " " + stack.reversed() + " " + stack.getFirst() + " " + stack.removeLast() + " " + stack);
    }
}
