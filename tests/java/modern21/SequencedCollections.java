package modern21;

import java.util.*;
import java.util.function.Supplier;

public class SequencedCollections {
    static void p(String label, Object o) {
        System.out.println(label + ": " + o);
    }

    /** Runs the action and prints its result or the class and message of what it threw. */
    static void t(String label, Supplier<?> action) {
        try {
            System.out.println(label + " -> " + action.get());
        } catch (RuntimeException e) {
            System.out.println(label + " !! " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    static void r(String label, Runnable action) {
        t(label, () -> {
            action.run();
            return "ok";
        });
    }

    static void lists() {
        System.out.println("== lists");
        for (List<String> l : List.<List<String>>of(new ArrayList<>(List.of("a", "b", "c")), new LinkedList<>(List.of("a", "b", "c")),
                new Vector<>(List.of("a", "b", "c")), Arrays.asList("a", "b", "c"), List.of("a", "b", "c"),
                Collections.unmodifiableList(new ArrayList<>(List.of("a", "b", "c"))), List.copyOf(List.of("a", "b", "c")))) {
            String name = l.getClass().getSimpleName();
            if (name.isEmpty() || name.startsWith("List") || name.startsWith("Unmodifiable")) name = "immutable/unmodifiable";
            System.out.println("-- " + name + " " + l);
            t("getFirst", l::getFirst);
            t("getLast", l::getLast);
            List<String> rev = l.reversed();
            t("reversed", () -> rev);
            t("reversed.get(0)", () -> rev.get(0));
            t("reversed.get(5)", () -> rev.get(5));
            t("reversed.indexOf(a)", () -> rev.indexOf("a"));
            t("reversed.subList(0,2)", () -> rev.subList(0, 2));
            t("reversed.reversed", () -> rev.reversed());
            t("reversed.stream", () -> rev.stream().map(String::toUpperCase).toList());
            t("reversed.equals", () -> rev.equals(List.of("c", "b", "a")) + " " + rev.hashCode());
            t("reversed.toArray", () -> Arrays.toString(rev.toArray()));
            t("reversed.toArray(T[])", () -> Arrays.toString(rev.toArray(new String[0])));
            r("addFirst(z)", () -> l.addFirst("z"));
            r("addLast(y)", () -> l.addLast("y"));
            p("after adds", l + " rev=" + rev);
            r("reversed.add(x)", () -> rev.add("x"));
            r("reversed.set(1,Q)", () -> rev.set(1, "Q"));
            p("after view writes", l + " rev=" + rev);
            t("removeFirst", l::removeFirst);
            t("removeLast", l::removeLast);
            p("now", l);
            ListIterator<String> it;
            try {
                it = rev.listIterator();
                StringBuilder sb = new StringBuilder();
                while (it.hasNext()) sb.append(it.nextIndex()).append(':').append(it.next()).append(' ');
                p("listIterator", sb);
            } catch (RuntimeException e) {
                p("listIterator", e.getClass().getName());
            }
        }
        for (List<String> l : List.<List<String>>of(new ArrayList<>(), new LinkedList<>(), List.of(), Collections.emptyList())) {
            System.out.println("-- empty " + l.getClass().getSimpleName());
            t("getFirst", l::getFirst);
            t("getLast", l::getLast);
            t("removeFirst", l::removeFirst);
            t("removeLast", l::removeLast);
            t("reversed", l::reversed);
        }
        List<Integer> nums = new ArrayList<>(List.of(5, 3, 9, 1, 7));
        List<Integer> rn = nums.reversed();
        rn.sort(null);
        p("reversed sort natural", nums + " " + rn);
        rn.sort(Comparator.reverseOrder());
        p("reversed sort reverse", nums + " " + rn);
        rn.removeIf(n -> n > 6);
        p("removeIf", nums);
        rn.addAll(List.of(10, 20));
        p("addAll", nums + " " + rn);
        rn.addAll(1, List.of(30, 40));
        p("addAll(1)", nums + " " + rn);
        rn.replaceAll(n -> n * 2);
        p("replaceAll", nums);
        rn.subList(1, 3).clear();
        p("subList.clear", nums + " " + rn);
        ListIterator<Integer> li = rn.listIterator(1);
        li.add(99);
        p("listIterator.add", nums + " " + rn + " next=" + li.next());
        List<Integer> im = List.of(1, 2, 3).reversed();
        r("immutable reversed add", () -> im.add(4));
        r("immutable reversed set", () -> im.set(0, 4));
        r("immutable reversed clear", im::clear);
        r("immutable reversed sort", () -> im.sort(null));
        t("immutable reversed get", () -> im.get(0) + " " + im);
    }

    static void deques() {
        System.out.println("== deques");
        for (Deque<Integer> d : List.<Deque<Integer>>of(new ArrayDeque<>(List.of(1, 2, 3)), new LinkedList<>(List.of(1, 2, 3)))) {
            System.out.println("-- " + d.getClass().getSimpleName());
            Deque<Integer> rd = d.reversed();
            p("reversed", rd + " size=" + rd.size());
            rd.addFirst(4);
            rd.addLast(0);
            rd.push(5);
            rd.offer(-1);
            p("after reversed adds", d + " " + rd);
            t("rd.peek", rd::peek);
            t("rd.pop", rd::pop);
            t("rd.pollLast", rd::pollLast);
            t("rd.getFirst", rd::getFirst);
            t("rd.getLast", rd::getLast);
            t("rd.removeFirstOccurrence(2)", () -> rd.removeFirstOccurrence(2));
            StringBuilder sb = new StringBuilder();
            for (Iterator<Integer> it = rd.descendingIterator(); it.hasNext(); ) sb.append(it.next());
            p("rd.descendingIterator", sb);
            t("rd.reversed == d", () -> rd.reversed() == d);
            p("stream", rd.stream().map(String::valueOf).reduce("", String::concat));
            rd.clear();
            t("empty rd.getFirst", rd::getFirst);
            t("empty rd.removeLast", rd::removeLast);
            t("empty rd.pollFirst", rd::pollFirst);
        }
        LinkedList<String> ll = new LinkedList<>(List.of("x", "y", "z"));
        LinkedList<String> rl = ll.reversed();
        p("LinkedList.reversed", rl + " " + rl.get(0) + " " + rl.indexOf("x") + " " + rl.peekFirst());
        rl.add("w");
        rl.addFirst("v");
        rl.add(1, "u");
        p("after", ll + " " + rl + " size=" + rl.size());
        p("reversed.reversed same", rl.reversed() == ll);
        t("rl.removeLast", rl::removeLast);
        t("rl.remove(0)", () -> rl.remove(0));
        p("end", ll);
    }

    static void sets() {
        System.out.println("== sets");
        LinkedHashSet<String> lhs = new LinkedHashSet<>(List.of("b", "c", "d"));
        lhs.addFirst("a");
        lhs.addLast("e");
        p("lhs", lhs);
        lhs.addFirst("d");
        lhs.addLast("b");
        p("lhs moved", lhs);
        t("getFirst", lhs::getFirst);
        t("getLast", lhs::getLast);
        SequencedSet<String> rs = lhs.reversed();
        p("reversed", rs + " first=" + rs.getFirst() + " last=" + rs.getLast());
        rs.addFirst("z");
        rs.addLast("y");
        rs.add("x");
        p("after reversed adds", lhs + " " + rs);
        t("rs.removeFirst", rs::removeFirst);
        t("rs.removeLast", rs::removeLast);
        p("toArray", Arrays.toString(rs.toArray()) + " " + Arrays.toString(rs.toArray(new String[10])));
        p("contains", rs.contains("a") + " " + rs.contains("q") + " " + (rs.reversed() == lhs));
        t("lhs.removeFirst", lhs::removeFirst);
        t("lhs.removeLast", lhs::removeLast);
        p("lhs", lhs);
        LinkedHashSet<String> empty = LinkedHashSet.newLinkedHashSet(4);
        t("empty getFirst", empty::getFirst);
        t("empty removeLast", empty::removeLast);
        t("empty reversed getLast", () -> empty.reversed().getLast());
        t("newLinkedHashSet(-1)", () -> LinkedHashSet.newLinkedHashSet(-1));

        TreeSet<Integer> ts = new TreeSet<>(List.of(5, 1, 4, 2, 3));
        t("ts.getFirst", ts::getFirst);
        t("ts.getLast", ts::getLast);
        r("ts.addFirst", () -> ts.addFirst(0));
        r("ts.addLast", () -> ts.addLast(9));
        NavigableSet<Integer> rts = ts.reversed();
        p("ts.reversed", rts + " " + rts.getFirst() + " " + rts.headSet(3) + " " + rts.comparator().compare(1, 2));
        t("ts.removeFirst", ts::removeFirst);
        t("rts.removeFirst", rts::removeFirst);
        p("ts", ts);
        TreeSet<Integer> ets = new TreeSet<>();
        t("empty ts.getFirst", ets::getFirst);
        t("empty ts.removeFirst", ets::removeFirst);
        t("empty ts.removeLast", ets::removeLast);
        SortedSet<Integer> uss = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(3, 1, 2)));
        SortedSet<Integer> russ = uss.reversed();
        p("unmodifiableSortedSet.reversed", russ + " first=" + russ.first() + " last=" + russ.last() + " size=" + russ.size());
        t("russ.headSet(2)", () -> russ.headSet(2));
        t("russ.tailSet(2)", () -> russ.tailSet(2));
        t("russ.getFirst", russ::getFirst);
        t("russ.removeFirst", russ::removeFirst);
        t("russ.reversed", russ::reversed);
        t("uss.removeFirst", uss::removeFirst);
        t("uss.addFirst", () -> { uss.addFirst(0); return null; });
        SortedSet<String> sss = Collections.synchronizedSortedSet(new TreeSet<>(List.of("m", "k", "p")));
        SortedSet<String> rsss = sss.reversed();
        p("synchronizedSortedSet.reversed", rsss + " " + rsss.subSet("p", "k"));
        rsss.add("n");
        t("rsss.removeLast", rsss::removeLast);
        p("sss", sss);

        SequencedSet<String> fromMap = Collections.newSequencedSetFromMap(new LinkedHashMap<>());
        fromMap.add("q");
        fromMap.addFirst("p");
        fromMap.addLast("r");
        p("newSequencedSetFromMap", fromMap + " " + fromMap.reversed() + " " + fromMap.getFirst() + fromMap.getLast());
        t("removeFirst", fromMap::removeFirst);
        t("removeLast", fromMap::removeLast);
        t("removeLast", fromMap::removeLast);
        t("removeLast", fromMap::removeLast);
    }

    static void maps() {
        System.out.println("== maps");
        LinkedHashMap<String, Integer> m = new LinkedHashMap<>();
        m.put("b", 2);
        m.put("c", 3);
        m.putFirst("a", 1);
        m.putLast("d", 4);
        p("m", m);
        t("putFirst(c,30)", () -> m.putFirst("c", 30));
        t("putLast(a,10)", () -> m.putLast("a", 10));
        p("m", m);
        t("firstEntry", m::firstEntry);
        t("lastEntry", m::lastEntry);
        SequencedMap<String, Integer> rm = m.reversed();
        p("reversed", rm + " keys=" + rm.keySet() + " values=" + rm.values() + " entries=" + rm.entrySet());
        p("sequenced views", m.sequencedKeySet().reversed() + " " + m.sequencedValues().reversed() + " " + m.sequencedEntrySet().reversed());
        t("rm.firstEntry", rm::firstEntry);
        t("rm.putFirst(e,5)", () -> rm.putFirst("e", 5));
        t("rm.putLast(f,6)", () -> rm.putLast("f", 6));
        p("m", m + " " + rm);
        StringBuilder sb = new StringBuilder();
        rm.forEach((k, v) -> sb.append(k).append(v));
        p("rm.forEach", sb);
        t("pollFirstEntry", m::pollFirstEntry);
        t("pollLastEntry", m::pollLastEntry);
        t("rm.pollFirstEntry", rm::pollFirstEntry);
        p("m", m + " equals=" + rm.equals(m) + " " + (rm.reversed() == m));
        Map.Entry<String, Integer> e = m.firstEntry();
        t("entry.setValue", () -> e.setValue(0));
        t("keySet getFirst/getLast", () -> m.sequencedKeySet().getFirst() + m.sequencedKeySet().getLast());
        t("values reversed getFirst", () -> m.sequencedValues().reversed().getFirst());
        t("entries reversed removeFirst", () -> m.sequencedEntrySet().reversed().removeFirst());
        r("keySet addFirst", () -> m.sequencedKeySet().addFirst("x"));
        p("m", m);
        m.clear();
        t("empty firstEntry", m::firstEntry);
        t("empty pollLastEntry", m::pollLastEntry);
        t("empty keySet getFirst", () -> m.sequencedKeySet().getFirst());
        t("empty values removeLast", () -> m.sequencedValues().removeLast());

        LinkedHashMap<String, Integer> lru = new LinkedHashMap<>(16, 0.75f, true) {
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > 3;
            }
        };
        lru.put("one", 1);
        lru.put("two", 2);
        lru.put("three", 3);
        lru.get("one");
        lru.putFirst("four", 4);
        p("lru", lru);
        lru.putLast("two", 22);
        p("lru", lru);

        TreeMap<String, Integer> tm = new TreeMap<>(Map.of("x", 1, "y", 2, "z", 3));
        t("tm.putFirst", () -> tm.putFirst("a", 0));
        t("tm.putLast", () -> tm.putLast("a", 0));
        NavigableMap<String, Integer> rtm = tm.reversed();
        p("tm.reversed", rtm + " " + rtm.firstEntry() + " " + rtm.sequencedKeySet() + " " + rtm.sequencedValues().reversed());
        t("tm.firstEntry", tm::firstEntry);
        t("tm.sequencedEntrySet", () -> tm.sequencedEntrySet().reversed());
        t("rtm.pollFirstEntry", rtm::pollFirstEntry);
        p("tm", tm);
        SortedMap<String, Integer> usm = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of("k1", 1, "k2", 2, "k3", 3)));
        SortedMap<String, Integer> rusm = usm.reversed();
        p("unmodifiableSortedMap.reversed", rusm + " first=" + rusm.firstKey() + " " + rusm.keySet() + " " + rusm.values());
        t("rusm.headMap(k2)", () -> rusm.headMap("k2"));
        t("rusm.tailMap(k2)", () -> rusm.tailMap("k2"));
        t("rusm.firstEntry", rusm::firstEntry);
        t("rusm.lastEntry", rusm::lastEntry);
        t("rusm.pollFirstEntry", rusm::pollFirstEntry);
        t("rusm.putFirst", () -> rusm.putFirst("k0", 0));

        SequencedMap<String, Integer> um = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(Map.of("only", 1)));
        t("um.firstEntry", um::firstEntry);
        t("um.pollFirstEntry", um::pollFirstEntry);
        t("um.putLast", () -> um.putLast("x", 1));
        t("um.reversed", um::reversed);
        t("um.sequencedKeySet", um::sequencedKeySet);
        r("um.sequencedKeySet.removeFirst", () -> um.sequencedKeySet().removeFirst());
        SequencedCollection<Integer> uc = Collections.unmodifiableSequencedCollection(new ArrayDeque<>(List.of(1, 2, 3)));
        t("uc", () -> uc + " " + uc.reversed() + " " + uc.getFirst() + uc.getLast());
        r("uc.addFirst", () -> uc.addFirst(0));
        r("uc.removeLast", uc::removeLast);
        SequencedSet<Integer> us = Collections.unmodifiableSequencedSet(new LinkedHashSet<>(List.of(3, 2, 1)));
        t("us", () -> us + " " + us.reversed() + " " + us.reversed().getFirst() + " " + us.equals(Set.of(1, 2, 3)));
        r("us.removeFirst", us::removeFirst);
        r("us.reversed.add", () -> us.reversed().add(5));
    }

    public static void main(String[] args) {
        lists();
        deques();
        sets();
        maps();
    }
}
