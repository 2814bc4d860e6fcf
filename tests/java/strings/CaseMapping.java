package strings;

import java.util.Locale;

/** Upper and lower case of ASCII, Latin-1, Greek, Turkish and supplementary text. */
public class CaseMapping {
    static final String[] SAMPLES = {
        "", "hello, world 123", "HELLO, WORLD 123", "MiXeD cAsE @[`{", "already lower", "ALREADY UPPER",
        "stra\u00dfe", "\u00ff\u00e0\u00b5\u00df!", "\u00c0\u00c9\u00ce\u00d5\u00dc", "\u0130stanbul", "I\u0131i\u0130",
        "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3", "\u03c3\u03bf\u03c6\u03bf\u03c2 \u039f\u03a3", "\ufb00\ufb01 ligatures",
        "\ud801\udc00\ud801\udc28 deseret", "abc\u0149def", "x\u1e96y", "\u01c5\u01c4\u01c6 titlecase",
        "tail ascii after \u00e9: abcXYZ", "\u0041\u030a ring"
    };

    public static void main(String[] args) {
        Locale turkish = Locale.forLanguageTag("tr");
        for (String s : SAMPLES) {
            System.out.println(codes(s.toUpperCase()) + " | " + codes(s.toLowerCase()));
            System.out.println("  root " + codes(s.toUpperCase(Locale.ROOT)) + " | " + codes(s.toLowerCase(Locale.ROOT)));
            System.out.println("  tr   " + codes(s.toUpperCase(turkish)) + " | " + codes(s.toLowerCase(turkish)));
            System.out.println("  same " + (s.toUpperCase() == s) + " " + (s.toLowerCase() == s)
                    + " " + s.equalsIgnoreCase(s.toUpperCase()) + " " + s.toUpperCase().length());
        }
        String lowerDeseret = "\ud801\udc28x";
        String upperDeseret = "\ud801\udc00X";
        System.out.println(lowerDeseret.equalsIgnoreCase(upperDeseret) + " "
                + Integer.signum(lowerDeseret.compareToIgnoreCase(upperDeseret)) + " "
                + Integer.signum("\ud801\udc28".compareToIgnoreCase("\ud801\udc01")) + " "
                + lowerDeseret.regionMatches(true, 1, upperDeseret, 1, 2) + " "
                + lowerDeseret.regionMatches(true, 0, upperDeseret, 0, 1) + " "
                + "\u00e9T\u00c9".equalsIgnoreCase("\u00c9t\u00e9") + " " + "abc".compareToIgnoreCase("ABD"));
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x600; c++) {
            all.append(c);
        }
        String text = all.toString();
        System.out.println(text.toUpperCase().hashCode() + " " + text.toLowerCase().hashCode() + " "
                + text.toUpperCase().length() + " " + text.toLowerCase().length());
    }

    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append("\\u").append(String.format("%04x", (int) c));
            }
        }
        return sb.toString();
    }
}
