package sweep;
import java.text.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.stream.*;

public class IteratorsAtomicsCollectors {
    public static void main(String[] args) {
        CharacterIterator it = new StringCharacterIterator("Hello, World");
        StringBuilder sb = new StringBuilder();
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) if (Character.isLetter(c)) sb.append(Character.toUpperCase(c));
        System.out.println(sb + " " + it.getIndex() + " " + (int) it.current());
        StringBuilder rev = new StringBuilder();
        for (char c = it.last(); c != CharacterIterator.DONE; c = it.previous()) rev.append(c);
        System.out.println(rev + " " + it.getIndex());
        StringCharacterIterator sub = new StringCharacterIterator("abcdef", 1, 4, 2);
        System.out.println(sub.current() + " " + sub.next() + " " + (int) sub.next() + " " + sub.getIndex() + " " + sub.setIndex(1) + " " + sub.getBeginIndex() + "-" + sub.getEndIndex() + " " + sub.equals(sub.clone()));
        try { sub.setIndex(5); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { new StringCharacterIterator("abc", 4); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        StringCharacterIterator empty = new StringCharacterIterator("");
        System.out.println((int) empty.first() + " " + (int) empty.last() + " " + empty.getIndex());
        AtomicStampedReference<String> asr = new AtomicStampedReference<>("A", 0);
        int[] holder = new int[1];
        String cur = asr.get(holder);
        System.out.println(asr.compareAndSet(cur, "B", holder[0], holder[0] + 1) + " " + asr.compareAndSet(cur, "C", holder[0], holder[0] + 1) + " " + asr.getReference() + " " + asr.getStamp() + " " + asr.attemptStamp("B", 9) + " " + asr.getStamp());
        AtomicMarkableReference<Integer> amr = new AtomicMarkableReference<>(null, false);
        boolean[] mh = new boolean[1];
        System.out.println(amr.get(mh) + " " + mh[0] + " " + amr.compareAndSet(null, 5, false, true) + " " + amr.isMarked() + " " + amr.getReference() + " " + amr.attemptMark(5, false) + " " + amr.isMarked());
        List<String> words = List.of("apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date");
        ConcurrentMap<Character, List<String>> byFirst = words.parallelStream().collect(Collectors.groupingByConcurrent(w -> w.charAt(0)));
        System.out.println(new TreeMap<>(byFirst).keySet() + " " + byFirst.get('b').size());
        ConcurrentMap<Character, Long> counts = words.stream().collect(Collectors.groupingByConcurrent(w -> w.charAt(0), Collectors.counting()));
        System.out.println(new TreeMap<>(counts));
        ConcurrentMap<String, Integer> lens = words.stream().collect(Collectors.toConcurrentMap(w -> w, String::length));
        System.out.println(new TreeMap<>(lens));
        ConcurrentMap<Integer, String> byLen = words.stream().collect(Collectors.toConcurrentMap(String::length, w -> w, (a, b) -> a.compareTo(b) < 0 ? a : b));
        System.out.println(new TreeMap<>(byLen) + " " + (byLen instanceof ConcurrentHashMap));
        ConcurrentSkipListMap<Integer, String> sorted = words.stream().collect(Collectors.toConcurrentMap(String::length, w -> w, (a, b) -> a + "|" + b, ConcurrentSkipListMap::new));
        System.out.println(sorted);
        try { words.stream().collect(Collectors.toConcurrentMap(String::length, w -> w)); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        System.out.println(Collectors.toConcurrentMap(Object::toString, x -> x).characteristics().contains(Collector.Characteristics.CONCURRENT));
    }
}
