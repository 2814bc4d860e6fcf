package programs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class WordFrequency {
    static final String TEXT = """
        It is a truth universally acknowledged, that a single man in possession of a good fortune,
        must be in want of a wife. However little known the feelings or views of such a man may be
        on his first entering a neighbourhood, this truth is so well fixed in the minds of the
        surrounding families, that he is considered the rightful property of some one or other of
        their daughters. "My dear Mr. Bennet," said his lady to him one day, "have you heard that
        Netherfield Park is let at last?" Mr. Bennet replied that he had not. "But it is," returned
        she; "for Mrs. Long has just been here, and she told me all about it." Mr. Bennet made no
        answer. "Do you not want to know who has taken it?" cried his wife impatiently. "You want
        to tell me, and I have no objection to hearing it." This was invitation enough.
        """;

    static final java.util.Set<String> STOP = java.util.Set.of("a", "the", "of", "to", "and", "in", "is", "it", "that", "he", "his", "me", "i", "you", "be", "or", "on", "so", "at");

    public static void main(String[] args) {
        Map<String, Integer> freq = new TreeMap<>();
        Map<Character, Integer> initials = new TreeMap<>();
        int totalWords = 0, sentences = 0;
        String longest = "";
        for (String raw : TEXT.split("\\s+")) {
            if (raw.isEmpty()) continue;
            if (raw.endsWith(".") || raw.endsWith("?") || raw.endsWith(".\"") || raw.endsWith("?\"")) sentences++;
            String w = raw.toLowerCase().replaceAll("[^a-z']", "");
            if (w.isEmpty()) continue;
            totalWords++;
            freq.merge(w, 1, Integer::sum);
            initials.merge(w.charAt(0), 1, Integer::sum);
            if (w.length() > longest.length() || (w.length() == longest.length() && w.compareTo(longest) < 0)) longest = w;
        }
        System.out.println("words=" + totalWords + " distinct=" + freq.size() + " sentences=" + sentences + " longest=" + longest);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println("top 12:");
        for (int i = 0; i < 12; i++) {
            Map.Entry<String, Integer> e = entries.get(i);
            System.out.printf("  %2d. %-10s %3d %s%n", i + 1, e.getKey(), e.getValue(), "#".repeat(e.getValue()));
        }
        List<String> content = new ArrayList<>();
        for (Map.Entry<String, Integer> e : entries) if (!STOP.contains(e.getKey()) && e.getValue() > 1) content.add(e.getKey() + "(" + e.getValue() + ")");
        System.out.println("repeated content words: " + content);
        System.out.println("initials: " + initials);
        Map<Integer, List<String>> byLength = new TreeMap<>(Comparator.reverseOrder());
        for (String w : freq.keySet()) byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        int shown = 0;
        for (Map.Entry<Integer, List<String>> e : byLength.entrySet()) {
            if (shown++ == 4) break;
            System.out.println("  length " + e.getKey() + ": " + e.getValue());
        }
        int singletons = 0;
        for (int c : freq.values()) if (c == 1) singletons++;
        System.out.printf("hapax legomena: %d (%.1f%% of distinct)%n", singletons, 100.0 * singletons / freq.size());
        String[] lines = TEXT.split("\n");
        for (int i = 0; i < lines.length; i++) System.out.printf("line %d: %2d words, %3d chars%n", i + 1, lines[i].split("\\s+").length, lines[i].length());
    }
}
