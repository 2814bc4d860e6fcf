package sweep;
import java.io.*;
import java.util.*;
import java.util.stream.*;

public class WordFreq {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        Map<String, Integer> freq = new HashMap<>();
        Map<Integer, Integer> lengths = new TreeMap<>();
        int lines = 0, chars = 0, words = 0; String longest = "";
        String line;
        while ((line = br.readLine()) != null) {
            lines++; chars += line.length();
            for (String w : line.toLowerCase().split("[^a-z']+")) {
                if (w.isEmpty() || w.equals("'")) continue;
                words++; freq.merge(w, 1, Integer::sum); lengths.merge(w.length(), 1, Integer::sum);
                if (w.length() > longest.length() || (w.length() == longest.length() && w.compareTo(longest) < 0)) longest = w;
            }
        }
        System.out.printf("lines=%d chars=%d words=%d unique=%d longest=%s%n", lines, chars, words, freq.size(), longest);
        List<Map.Entry<String, Integer>> top = freq.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).limit(10).collect(Collectors.toList());
        System.out.println("+------------+-------+--------+");
        System.out.printf("| %-10s | %5s | %6s |%n", "word", "count", "pct");
        System.out.println("+------------+-------+--------+");
        for (Map.Entry<String, Integer> e : top) System.out.printf("| %-10s | %5d | %5.2f%% |%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / words);
        System.out.println("+------------+-------+--------+");
        lengths.forEach((k, v) -> System.out.println(String.format("%2d %s %d", k, "#".repeat(Math.min(v, 40)), v)));
        System.out.println(freq.keySet().stream().filter(w -> w.contains("'")).sorted().collect(Collectors.joining(", ", "[", "]")));
        Map<Character, Long> initials = freq.keySet().stream().collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.counting()));
        System.out.println(initials);
        String[] sortedWords = freq.keySet().toArray(new String[0]);
        Arrays.sort(sortedWords, Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        System.out.println(String.join(" ", Arrays.copyOf(sortedWords, 8)));
        System.out.println(freq.entrySet().stream().filter(e -> e.getValue() == 1).count() + " hapax; first 12 in hash order: " + freq.keySet().stream().limit(12).collect(Collectors.toList()));
    }
}
