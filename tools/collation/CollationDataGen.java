import java.text.CollationElementIterator;
import java.text.Collator;
import java.text.RuleBasedCollator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes java/text/CollationData.java to stdout: the collation elements JDK 17's default collator
 * (Collator.getInstance(Locale.US), the rules of every locale without rules of its own) gives
 * each mapped char of the BMP. Run on JDK 17 by tools/gen_collation_data.sh.
 */
public class CollationDataGen {
    static List<Integer> elements(RuleBasedCollator c, String s) {
        CollationElementIterator it = c.getCollationElementIterator(s);
        List<Integer> l = new ArrayList<>();
        int o;
        while ((o = it.next()) != CollationElementIterator.NULLORDER) {
            l.add(o);
        }
        return l;
    }

    /** A char in a Java string literal (as an escape: a unicode escape, except where javac forbids). */
    static void hex(StringBuilder sb, int c) {
        c &= 0xffff;
        switch (c) {
            case '\n': sb.append("\\n"); break;
            case '\r': sb.append("\\r"); break;
            case '"': sb.append("\\\""); break;
            case '\\': sb.append("\\\\"); break;
            default: sb.append(String.format("\\u%04x", c));
        }
    }

    public static void main(String[] args) {
        RuleBasedCollator c = (RuleBasedCollator) Collator.getInstance(Locale.US);
        if (c.getDecomposition() != Collator.NO_DECOMPOSITION || c.getStrength() != Collator.TERTIARY) {
            throw new IllegalStateException("unexpected default collator");
        }
        StringBuilder sb = new StringBuilder();
        int mapped = 0;
        for (int ch = 0; ch < 0x10000; ch++) {
            if (Character.isSurrogate((char) ch)) {
                continue;
            }
            List<Integer> e = elements(c, String.valueOf((char) ch));
            if (e.size() == 2 && e.get(0) == 0x7FFF0000 && e.get(1) == ch << 16) {
                continue; // unmapped: the collator orders it by its code after everything mapped
            }
            // Contractions: none in the default rules (checked below for the Latin range).
            if (mapped++ > 0) {
                sb.append("\"\n            + \"");
            }
            hex(sb, ch);
            hex(sb, e.size());
            for (int o : e) {
                hex(sb, o >>> 16);
                hex(sb, o);
            }
        }
        for (int x = 0; x < 0x250; x++) {
            for (int y = 0; y < 0x250; y++) {
                List<Integer> xy = elements(c, "" + (char) x + (char) y);
                List<Integer> s = new ArrayList<>(elements(c, String.valueOf((char) x)));
                s.addAll(elements(c, String.valueOf((char) y)));
                if (!xy.equals(s)) {
                    throw new IllegalStateException("contraction " + x + " " + y);
                }
            }
        }
        System.out.println("package java.text;");
        System.out.println();
        System.out.println("/**");
        System.out.println(" * The collation elements of JDK 17's default collation rules (the rules of Collator.getInstance");
        System.out.println(" * for every locale without rules of its own), generated from HotSpot 17 by");
        System.out.println(" * tools/gen_collation_data.sh: for each of the " + mapped + " chars the rules map, the char,");
        System.out.println(" * the number of its elements and each element's 32-bit order (primary in the high 16 bits,");
        System.out.println(" * secondary and tertiary in the low bytes) as two chars. Other chars are unmapped.");
        System.out.println(" */");
        System.out.println("final class CollationData {");
        System.out.println("    private CollationData() {}");
        System.out.println();
        System.out.println("    static final String DEFAULT = \"\"\n            + \"" + sb + "\";");
        System.out.println("}");
    }
}
