package realworld;

import java.util.*;
import java.util.function.*;
import java.util.regex.*;
import java.util.stream.*;

public class WordFreq {
    static final String TEXT = "It was the best of times, it was the worst of times, it was the age of wisdom, "
        + "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, "
        + "it was the season of Light, it was the season of Darkness, it was the spring of hope, "
        + "it was the winter of despair; we had everything before us, we had nothing before us. "
        + "Don't panic -- 42 isn't the answer to 3.14 or to e-mail's question!";

    record WordCount(String word, long count) implements Comparable<WordCount> {
        public int compareTo(WordCount o) {
            int c = Long.compare(o.count, count);
            return c != 0 ? c : word.compareTo(o.word);
        }
    }

    public static void main(String[] args) {
        String[] tokens = TEXT.toLowerCase(Locale.ROOT).split("[^a-z0-9']+");
        System.out.println("tokens: " + tokens.length + " first=" + tokens[0] + " last=" + tokens[tokens.length - 1]);
        System.out.println("split limit: " + Arrays.toString("a,b,,c,,".split(",")) + " "
            + Arrays.toString("a,b,,c,,".split(",", -1)) + " " + Arrays.toString("a,b,,c,,".split(",", 3)));
        System.out.println("split ws: " + Arrays.toString("  lead  and trail  ".split("\\s+")));
        System.out.println("split empty: " + Arrays.toString("".split(",")) + " " + Arrays.toString("abc".split("")));

        // classic HashMap counting
        Map<String, Integer> counts = new HashMap<>();
        for (String t : tokens) {
            if (t.isEmpty()) continue;
            counts.merge(t, 1, Integer::sum);
        }
        System.out.println("distinct: " + counts.size() + " 'was'=" + counts.get("was") + " 'zzz'=" + counts.getOrDefault("zzz", 0));
        System.out.println("hashmap: " + counts);

        TreeMap<String, Integer> sorted = new TreeMap<>(counts);
        System.out.println("first=" + sorted.firstKey() + " last=" + sorted.lastEntry());
        System.out.println("headMap(d)=" + sorted.headMap("d"));
        System.out.println("subMap(e,h)=" + sorted.subMap("e", "h"));
        System.out.println("tailMap(we,false)=" + sorted.tailMap("we", false));
        System.out.println("floor(m)=" + sorted.floorKey("m") + " ceiling(m)=" + sorted.ceilingEntry("m")
            + " lower(it)=" + sorted.lowerKey("it") + " higher(it)=" + sorted.higherKey("it"));
        System.out.println("descending top3=" + sorted.descendingMap().entrySet().stream().limit(3).collect(Collectors.toList()));
        System.out.println("navigableKeySet desc: " + sorted.descendingKeySet().stream().skip(20).collect(Collectors.joining("|")));
        Map.Entry<String, Integer> polled = sorted.pollFirstEntry();
        System.out.println("polled " + polled.getKey() + "=" + polled.getValue() + ", size now " + sorted.size());

        // streams: groupingBy + counting
        Map<String, Long> byStream = Arrays.stream(tokens).filter(s -> !s.isEmpty())
            .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        List<WordCount> top = byStream.entrySet().stream()
            .map(e -> new WordCount(e.getKey(), e.getValue()))
            .sorted()
            .limit(8)
            .collect(Collectors.toList());
        System.out.println("top8: " + top);

        List<Map.Entry<String, Long>> byCmp = new ArrayList<>(byStream.entrySet());
        byCmp.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println("byCmp top5: " + byCmp.subList(0, 5));

        Comparator<String> byLen = Comparator.comparing(String::length);
        List<String> words = byStream.keySet().stream().sorted(byLen.reversed().thenComparing(Comparator.reverseOrder())).limit(6).collect(Collectors.toList());
        System.out.println("longest: " + words);
        System.out.println("shortest: " + byStream.keySet().stream().sorted(Comparator.comparingInt(String::length).thenComparing(Function.identity())).limit(6).collect(Collectors.joining(", ", "[", "]")));

        // grouping by length and first letter
        Map<Integer, List<String>> byLength = byStream.keySet().stream().collect(Collectors.groupingBy(String::length));
        System.out.println("byLength: " + byLength);
        Map<Character, String> byFirst = byStream.keySet().stream()
            .collect(Collectors.groupingBy(s -> s.charAt(0), TreeMap::new, Collectors.joining("/")));
        System.out.println("byFirst: " + byFirst);
        Map<Boolean, Long> partition = Arrays.stream(tokens).filter(s -> !s.isEmpty())
            .collect(Collectors.partitioningBy(s -> s.length() > 3, Collectors.counting()));
        System.out.println("partition: " + partition);
        Map<Character, Integer> letterTotals = byStream.entrySet().stream()
            .collect(Collectors.toMap(e -> e.getKey().charAt(0), e -> e.getValue().intValue(), Integer::sum, TreeMap::new));
        System.out.println("letterTotals: " + letterTotals);
        Map<String, Integer> lengths = Stream.of("pear", "fig", "apple", "kiwi", "fig").distinct()
            .collect(Collectors.toMap(s -> s, String::length, (a, b) -> a, LinkedHashMap::new));
        System.out.println("lengths: " + lengths);
        try {
            Stream.of("a", "b", "a").collect(Collectors.toMap(s -> s, s -> 1));
        } catch (IllegalStateException e) {
            System.out.println("dup key: " + e.getMessage());
        }
        IntSummaryStatistics st = byStream.keySet().stream().mapToInt(String::length).summaryStatistics();
        System.out.println("len stats: " + st);
        System.out.println("avg len: " + byStream.keySet().stream().collect(Collectors.averagingInt(String::length)));
        Map<Integer, Set<Character>> vowelsByLen = byStream.keySet().stream()
            .collect(Collectors.groupingBy(String::length, TreeMap::new,
                Collectors.mapping(s -> s.charAt(s.length() - 1), Collectors.toCollection(TreeSet::new))));
        System.out.println("lastCharsByLen: " + vowelsByLen);
        Optional<String> maxBy = byStream.keySet().stream().collect(Collectors.maxBy(Comparator.naturalOrder()));
        System.out.println("maxBy: " + maxBy + " minBy: " + byStream.keySet().stream().min(Comparator.naturalOrder()).get());

        // regex: find words with apostrophes and numbers
        Matcher m = Pattern.compile("(\\w+)'(\\w+)").matcher(TEXT);
        while (m.find()) {
            System.out.println("contraction '" + m.group() + "' at " + m.start() + "-" + m.end() + " parts " + m.group(1) + "+" + m.group(2));
        }
        Matcher nums = Pattern.compile("(?<int>\\d+)(?:\\.(?<frac>\\d+))?").matcher(TEXT);
        while (nums.find()) {
            System.out.println("number " + nums.group("int") + " frac=" + nums.group("frac"));
        }
        System.out.println("replaceAll: " + "the cat sat on the mat".replaceAll("\\b(\\w)at\\b", "$1og"));
        System.out.println("replaceFirst: " + "aaa bbb aaa".replaceFirst("a+", "X"));
        System.out.println("matches: " + "2024-01-31".matches("\\d{4}-\\d{2}-\\d{2}") + " " + "20x4".matches("\\d+"));
        System.out.println("quote: " + "1+1=2".replaceAll(Pattern.quote("1+1"), "two"));
        System.out.println("appendReplacement: " + upcaseVowels("programming in java"));
        System.out.println("splitAsStream: " + Pattern.compile("\\s*;\\s*").splitAsStream("a ; b;c ;  d").map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println("case-insensitive: " + Pattern.compile("IT WAS", Pattern.CASE_INSENSITIVE).matcher(TEXT).results().count());
        String csv = "name, age ,city\n alice,30, paris \nbob , 25,berlin";
        for (String line : csv.split("\\R")) {
            System.out.println(Arrays.stream(line.split(",")).map(String::strip).collect(Collectors.joining("|", "<", ">")));
        }
        System.out.println("String.join: " + String.join("-", List.of("x", "y", "z")) + " repeat: " + "ab".repeat(3)
            + " chars: " + "hello".chars().filter(c -> c == 'l').count());
    }

    static String upcaseVowels(String s) {
        Matcher m = Pattern.compile("[aeiou]").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, m.group().toUpperCase());
        m.appendTail(sb);
        return sb.toString();
    }
}
