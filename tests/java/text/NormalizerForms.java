package text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;

public class NormalizerForms {
    static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(sb.length() > 0 ? " " : "").append(String.format("%04X", c)));
        return sb.toString();
    }

    static String stripAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{InCombiningDiacriticalMarks}+", "");
    }

    static String slugify(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public static void main(String[] args) {
        String[] samples = {"Crème Brûlée", "naïve café", "Ångström", "Ωmega Ω", "ﬁnancial ﬂow", "①②③ ½ x²",
            "Straße", "Việt Nam", "한국어", "ｶﾀｶﾅ ｶﾞ", "e\u0301\u0327", "a\u0328\u0301", "\u1E9B\u0323", "\u0344",
            "Ǖ", "\u0958", "\uD800x", "", "plain ascii"};
        for (String s : samples) {
            System.out.println("[" + s + "]");
            for (Normalizer.Form f : Normalizer.Form.values()) {
                String n = Normalizer.normalize(s, f);
                System.out.println("  " + f + " " + Normalizer.isNormalized(s, f) + " len=" + n.length() + " " + hex(n));
            }
            System.out.println("  strip=" + stripAccents(s) + " slug=" + slugify(s));
        }
        String composed = "\u00e9";
        String decomposed = "e\u0301";
        System.out.println(composed.equals(decomposed) + " "
            + Normalizer.normalize(composed, Normalizer.Form.NFD).equals(decomposed) + " "
            + Normalizer.normalize(decomposed, Normalizer.Form.NFC).equals(composed));
        System.out.println(Normalizer.normalize(new StringBuilder("Ame\u0301lie"), Normalizer.Form.NFC));
        TreeMap<String, List<String>> byKey = new TreeMap<>();
        for (String w : new String[] {"resume", "résumé", "re\u0301sume\u0301", "Resume", "cafe", "café"}) {
            byKey.computeIfAbsent(stripAccents(w).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(hex(w));
        }
        System.out.println(byKey);
        // Hangul: syllables decompose to jamo and compose back, also from jamo typed one by one
        String jamo = "\u1112\u1161\u11AB\u1100\u1173\u11AF";
        System.out.println(hex(Normalizer.normalize(jamo, Normalizer.Form.NFC)) + " "
            + hex(Normalizer.normalize("\uD55C\uAE00", Normalizer.Form.NFD)));
        // combining marks reordered by class, blocked compositions left alone
        Random r = new Random(17);
        int[] pool = {'a', 'o', 'u', 0x300, 0x301, 0x308, 0x323, 0x327, 0x31B, 0x345, 0x3B1, 0x1100, 0x1161, 0x11A8, 0xAC00, 0x212B};
        long h = 0;
        for (int t = 0; t < 2000; t++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(6);
            for (int i = 0; i < len; i++) {
                sb.appendCodePoint(pool[r.nextInt(pool.length)]);
            }
            for (Normalizer.Form f : Normalizer.Form.values()) {
                String n = Normalizer.normalize(sb, f);
                h = h * 31 + n.hashCode();
                if (t < 12) {
                    System.out.print(hex(n) + " | ");
                }
            }
            if (t < 12) {
                System.out.println();
            }
        }
        System.out.println("hash " + h);
        System.out.println(Normalizer.Form.valueOf("NFKC").ordinal() + " " + java.util.Arrays.toString(Normalizer.Form.values()));
        try {
            Normalizer.normalize(null, Normalizer.Form.NFC);
        } catch (NullPointerException e) {
            System.out.println("NPE for null text");
        }
        try {
            Normalizer.normalize("x", null);
        } catch (NullPointerException e) {
            System.out.println("NPE for null form");
        }
    }
}
