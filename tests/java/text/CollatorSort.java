package text;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;

/**
 * java.text.Collator with the default rules: sorting names with accents, case, punctuation and
 * digits, strengths and decompositions, collation keys, and a checksum over random strings.
 */
public class CollatorSort {
    static String sign(int c) {
        return c < 0 ? "<" : c > 0 ? ">" : "=";
    }

    public static void main(String[] args) {
        Collator c = Collator.getInstance(Locale.US);
        System.out.println(c.getStrength() + " " + c.getDecomposition() + " " + c.getClass().getName()
                + " " + c.equals(Collator.getInstance()) + " " + c.equals(Collator.getInstance(Locale.GERMANY)));
        List<String> names = new ArrayList<>(List.of("zebra", "Apple", "apple", "Éclair", "éclair", "eclair",
                "banana", "Zoo", "a-b", "ab", "a b", "A", "a", "100", "20", "", "Ñandú", "nandu", "straße",
                "strasse", "Ølse", "Olse", "co-op", "coop", "ÆON", "aeon", "Çelik", "celik", "über", "uber",
                "Uber", "résumé", "resume", "Resume", "naïve", "naive", "中文", "日本", "x_y", "x.y", "!bang",
                "#hash", "@at", "$5", "5$"));
        names.sort(c);
        System.out.println(names);
        names.sort(c.reversed());
        System.out.println(names);
        TreeMap<String, Integer> byName = new TreeMap<>(c);
        for (String n : List.of("peach", "Péché", "péché", "pêche", "Pêche", "peche")) {
            byName.merge(n, 1, Integer::sum);
        }
        System.out.println(byName);
        String[][] pairs = {{"abc", "ABC"}, {"Quäken", "Quaken"}, {"boß", "boss"}, {"boß", "boxen"},
            {"e\u0301", "é"}, {"a", "a\u0000"}, {"co-op", "coop"}, {"A", "\u0000A"}, {"ﬁ", "fi"},
            {"x", "x "}, {"ü", "u\u0308"}};
        for (int strength = Collator.PRIMARY; strength <= Collator.IDENTICAL; strength++) {
            for (int dec = Collator.NO_DECOMPOSITION; dec <= Collator.FULL_DECOMPOSITION; dec++) {
                Collator k = (Collator) c.clone();
                k.setStrength(strength);
                k.setDecomposition(dec);
                StringBuilder sb = new StringBuilder(strength + "/" + dec + ":");
                for (String[] p : pairs) {
                    int cmp = k.compare(p[0], p[1]);
                    CollationKey k1 = k.getCollationKey(p[0]);
                    CollationKey k2 = k.getCollationKey(p[1]);
                    sb.append(' ').append(p[0]).append(sign(cmp)).append(p[1])
                            .append(sign(k1.compareTo(k2))).append(k.equals(p[0], p[1]) ? "eq" : "");
                }
                System.out.println(sb);
            }
        }
        try {
            c.setStrength(7);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            c.setDecomposition(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            c.compare(null, "x");
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        System.out.println(c.getCollationKey(null) + " " + c.getCollationKey("héllo").getSourceString());
        CollationKey[] keys = new CollationKey[names.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = c.getCollationKey(names.get(i));
        }
        Arrays.sort(keys);
        StringBuilder sorted = new StringBuilder();
        for (CollationKey k : keys) {
            sorted.append(k.getSourceString()).append('|');
        }
        System.out.println(sorted);
        // A checksum of compare and keys over random strings of a mixed alphabet, at each level.
        Random r = new Random(1);
        String alpha = "aAbBcCeEéÉèêëzZ  -_.,'0129äÄöÖüÜßæÆøØåÅñÑçÇ\u0301\u0308\u00a0\u4e2d\u6587!?@#ŁłœŒ\t\u0000ÿ";
        for (int strength = Collator.PRIMARY; strength <= Collator.IDENTICAL; strength++) {
            for (int dec = Collator.NO_DECOMPOSITION; dec <= Collator.FULL_DECOMPOSITION; dec++) {
                c.setStrength(strength);
                c.setDecomposition(dec);
                long h = 0;
                for (int i = 0; i < 1500; i++) {
                    StringBuilder x = new StringBuilder();
                    StringBuilder y = new StringBuilder();
                    int lx = r.nextInt(5);
                    int ly = r.nextInt(5);
                    for (int j = 0; j < lx; j++) {
                        x.append(alpha.charAt(r.nextInt(alpha.length())));
                    }
                    if (r.nextBoolean()) {
                        y.append(x);
                    }
                    for (int j = 0; j < ly; j++) {
                        y.append(alpha.charAt(r.nextInt(alpha.length())));
                    }
                    int res = c.compare(x.toString(), y.toString());
                    int kr = c.getCollationKey(x.toString()).compareTo(c.getCollationKey(y.toString()));
                    h = h * 31 + res + 7 * kr;
                }
                System.out.println(strength + "/" + dec + " " + h);
            }
        }
    }
}
