package conform;
import java.io.*;
import java.util.*;
import java.util.stream.*;
public class KNucleotide {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line; StringBuilder sb = new StringBuilder();
        while ((line = in.readLine()) != null) if (line.startsWith(">THREE")) break;
        while ((line = in.readLine()) != null) { if (line.startsWith(">")) break; sb.append(line.trim().toUpperCase()); }
        String seq = sb.toString();
        for (int k = 1; k <= 2; k++) {
            Map<String, Integer> freq = count(seq, k);
            int total = seq.length() - k + 1;
            freq.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> System.out.printf("%s %.3f%n", e.getKey(), 100.0 * e.getValue() / total));
            System.out.println();
        }
        for (String f : new String[]{"GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"})
            System.out.println(count(seq, f.length()).getOrDefault(f, 0) + "\t" + f);
    }
    static Map<String, Integer> count(String s, int k) {
        HashMap<String, Integer> m = new HashMap<>();
        for (int i = 0; i + k <= s.length(); i++) m.merge(s.substring(i, i + k), 1, Integer::sum);
        return m;
    }
}
