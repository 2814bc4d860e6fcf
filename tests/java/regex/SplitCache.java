package regex;

import java.util.*;
import java.util.concurrent.*;
import java.util.regex.PatternSyntaxException;

/** String.split/replaceAll/replaceFirst with many regexes in turn, bad ones again and again, from threads. */
public class SplitCache {
    public static void main(String[] args) throws Exception {
        String line = "  alpha, beta;gamma  delta\t42 ,7  ";
        String[] regexes = {"\\s+", ",", "[,;]", "\\s*[,;]\\s*", "\\d+", "a", "(?i)A", "\\b", "", "\\W+", "[aeiou]", "l+", "(a)(l)", "$", "^\\s*", "ta|ma"};
        for (int round = 0; round < 3; round++) {
            for (String r : regexes) {
                String out = Arrays.toString(line.split(r)) + " " + line.split(r, 2).length + " "
                        + line.replaceAll(r, "<$0>").length() + " " + line.replaceFirst(r, "#") + " "
                        + line.matches(r) + " " + line.trim().matches(r);
                if (round == 2) {
                    System.out.println("/" + r + "/ " + out);
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            for (String bad : new String[] {"(", "[a-", "*x", "a{2,1}"}) {
                try {
                    "abc".split(bad);
                    "abc".matches(bad);
                    System.out.println("no error for " + bad);
                } catch (PatternSyntaxException e) {
                    System.out.println(i + " " + e.getDescription() + " at " + e.getIndex() + " in " + e.getPattern());
                }
            }
        }
        try {
            "abc".replaceAll(null, "x");
        } catch (NullPointerException e) {
            System.out.println("null regex: NullPointerException");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            final int seed = t;
            results.add(pool.submit(() -> {
                long sum = 0;
                for (int i = 0; i < 2000; i++) {
                    String s = (i + seed) + " x,y " + i + ";" + seed;
                    sum += s.split(regexes[(i + seed) % regexes.length]).length;
                    sum += s.replaceAll("\\d", "").length();
                }
                return sum;
            }));
        }
        long total = 0;
        for (Future<Long> f : results) {
            total += f.get();
        }
        pool.shutdown();
        System.out.println("threads: " + total);
    }
}
