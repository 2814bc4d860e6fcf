import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes jdk/internal/util/LocaleNumbers.java to stdout: JDK 17's (CLDR 39) number symbols and
 * patterns of the locales given as arguments (language tags), generated on HotSpot 17 by
 * tools/gen_locale_numbers.sh. A region whose data equals its language's is left out.
 */
public class LocaleNumbersGen {
    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** A private String field of JDK 17's DecimalFormatSymbols (with bidi marks, unlike the char). */
    static String text(DecimalFormatSymbols d, String field) {
        try {
            java.lang.reflect.Field f = DecimalFormatSymbols.class.getDeclaredField(field);
            f.setAccessible(true);
            return (String) f.get(d);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields, separated by \n (no symbol or pattern contains one). */
    static String data(Locale l) {
        DecimalFormatSymbols d = DecimalFormatSymbols.getInstance(l);
        List<String> f = new ArrayList<>();
        f.add(String.valueOf(d.getZeroDigit()));
        f.add(String.valueOf(d.getGroupingSeparator()));
        f.add(String.valueOf(d.getDecimalSeparator()));
        f.add(String.valueOf(d.getPerMill()));
        f.add(String.valueOf(d.getPercent()));
        f.add(String.valueOf(d.getMinusSign()));
        f.add(d.getExponentSeparator());
        f.add(d.getInfinity());
        f.add(d.getNaN());
        f.add(String.valueOf(d.getMonetaryDecimalSeparator()));
        f.add(String.valueOf(d.getMonetaryGroupingSeparator()));
        f.add(((DecimalFormat) NumberFormat.getNumberInstance(l)).toPattern());
        f.add(((DecimalFormat) NumberFormat.getPercentInstance(l)).toPattern());
        f.add(((DecimalFormat) NumberFormat.getCurrencyInstance(l)).toPattern());
        f.add(text(d, "minusSignText"));
        f.add(text(d, "percentText"));
        f.add(text(d, "perMillText"));
        for (String s : f) {
            if (s.contains("\n")) {
                throw new IllegalStateException(s);
            }
        }
        return String.join("\n", f);
    }

    public static void main(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("", data(Locale.ROOT));
        for (String tag : args) {
            String d = data(Locale.forLanguageTag(tag));
            int dash = tag.indexOf('-');
            if (dash > 0 && d.equals(out.get(tag.substring(0, dash)))) {
                continue;
            }
            out.put(tag, d);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("package jdk.internal.util;\n\n");
        sb.append("/**\n");
        sb.append(" * JDK 17's (CLDR 39) number symbols and patterns of common locales, generated from HotSpot 17\n");
        sb.append(" * by tools/gen_locale_numbers.sh: zero digit, grouping separator, decimal separator, per mill,\n");
        sb.append(" * percent, minus sign, exponent separator, infinity, NaN, monetary decimal and grouping\n");
        sb.append(" * separators, the number, percent and currency patterns, then the texts of the minus sign,\n");
        sb.append(" * percent and per mill signs (with the bidi marks of right-to-left languages).\n");
        sb.append(" */\n");
        sb.append("public final class LocaleNumbers {\n");
        sb.append("    public static final int ZERO = 0;\n");
        sb.append("    public static final int GROUPING = 1;\n");
        sb.append("    public static final int DECIMAL = 2;\n");
        sb.append("    public static final int PER_MILL = 3;\n");
        sb.append("    public static final int PERCENT = 4;\n");
        sb.append("    public static final int MINUS = 5;\n");
        sb.append("    public static final int EXPONENT = 6;\n");
        sb.append("    public static final int INFINITY = 7;\n");
        sb.append("    public static final int NAN = 8;\n");
        sb.append("    public static final int MONETARY_DECIMAL = 9;\n");
        sb.append("    public static final int MONETARY_GROUPING = 10;\n");
        sb.append("    public static final int NUMBER_PATTERN = 11;\n");
        sb.append("    public static final int PERCENT_PATTERN = 12;\n");
        sb.append("    public static final int CURRENCY_PATTERN = 13;\n");
        sb.append("    public static final int MINUS_TEXT = 14;\n");
        sb.append("    public static final int PERCENT_TEXT = 15;\n");
        sb.append("    public static final int PER_MILL_TEXT = 16;\n\n");
        sb.append("    private LocaleNumbers() {\n    }\n\n");
        sb.append("    /** The data of a locale: its language and country, else its language, else the root locale's. */\n");
        sb.append("    public static String[] of(java.util.Locale locale) {\n");
        sb.append("        String lang = locale.getLanguage();\n");
        sb.append("        if (lang.equals(\"no\")) {\n            lang = \"nb\"; // CLDR's Norwegian Bokmal\n        }\n");
        sb.append("        String country = locale.getCountry();\n");
        sb.append("        String data = country.isEmpty() ? null : data(lang + \"-\" + country);\n");
        sb.append("        if (data == null) {\n            data = data(lang);\n        }\n");
        sb.append("        if (data == null) {\n            data = data(\"\");\n        }\n");
        sb.append("        return data.split(\"\\n\", -1);\n    }\n\n");
        sb.append("    private static String data(String tag) {\n        switch (tag) {\n");
        for (Map.Entry<String, String> e : out.entrySet()) {
            sb.append("            case ").append(q(e.getKey())).append(":\n                return ")
                    .append(q(e.getValue())).append(";\n");
        }
        sb.append("            default:\n                return null;\n        }\n    }\n}\n");
        System.out.print(sb);
    }
}
