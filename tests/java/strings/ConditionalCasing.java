package strings;

import java.util.Locale;

/**
 * SpecialCasing's context conditions: final sigma decided within a word (marks, digits and
 * further letters of the same word count), Turkish/Azeri dotted and dotless I, and the
 * Lithuanian dot above kept on lower-casing i/j before accents and dropped on upper-casing.
 */
public class ConditionalCasing {
    static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(sb.length() == 0 ? "" : " ").append(Integer.toHexString(cp)));
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] sigma = {"ΟΔΟΣ", "ΟΔΟΣ.", "ΟΔΟΣ ΚΑΙ", "Σ", " Σ ", "ΑΣ\u0307Σ", "ΑΣ\u0301", "ΑΣ\u0301Β",
                "aΣ1b", "aΣ1", "1Σ", "ΑΣ'Σ", "ΑΣ’", "Σ-Σ", "ΑΣ_Β", "ΑΣ_", "中Σ", "ΣΑΣ.ΣΑΣ", "Ⅰ Σ ⅰΣ",
                "ʰΣ", "ΑΣ\u200dΒ", "ΑΣ\u0345", "ΑΣΣΣ", "a.Σ", "a:Σb", "a:Σ", "3.Σ4"};
        for (String s : sigma) {
            String lower = s.toLowerCase(Locale.ROOT);
            System.out.println(s + " -> " + lower + " [" + hex(lower) + "] default=" + s.toLowerCase().equals(lower)
                    + " el=" + s.toLowerCase(new Locale("el")).equals(lower));
        }
        String[] samples = {"I", "I\u0307", "I\u0316\u0307", "I\u0300\u0307", "aI\u0307IX", "İ", "iİ", "J\u0301", "J\u0316",
                "Į\u0303", "Ì", "Í", "Ĩ", "IJ\u0300", "i\u0307", "j\u0307", "i\u0316\u0307", "i\u0301\u0307",
                "\u1ecb\u0307", "\u2071\u0307", "\u0307", "ı", "Iİı"};
        String[] langs = {"", "en", "tr", "az", "lt"};
        for (String s : samples) {
            StringBuilder line = new StringBuilder(hex(s)).append(':');
            for (String lang : langs) {
                Locale l = new Locale(lang);
                line.append(" ").append(lang.isEmpty() ? "root" : lang).append(" lower=[").append(hex(s.toLowerCase(l)))
                        .append("] upper=[").append(hex(s.toUpperCase(l))).append(']');
            }
            System.out.println(line);
        }
    }
}
