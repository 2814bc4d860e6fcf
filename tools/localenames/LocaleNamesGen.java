import java.time.*;
import java.time.format.*;
import java.time.temporal.*;
import java.text.*;
import java.util.*;
public class LocaleNamesGen {
    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) { if (c == '"' || c == '\\') b.append('\\'); if (c == '\n') b.append("\\n"); else if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c)); else b.append(c); }
        return b.append('"').toString();
    }
    static String table(Locale l) {
        List<String> rows = new ArrayList<>();
        TextStyle[] styles = {TextStyle.FULL, TextStyle.SHORT, TextStyle.NARROW, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE, TextStyle.NARROW_STANDALONE};
        for (TextStyle s : styles) { List<String> v = new ArrayList<>(); for (Month m : Month.values()) v.add(m.getDisplayName(s, l)); rows.add(String.join("|", v)); }
        for (TextStyle s : styles) { List<String> v = new ArrayList<>(); for (DayOfWeek m : DayOfWeek.values()) v.add(m.getDisplayName(s, l)); rows.add(String.join("|", v)); }
        LocalTime am = LocalTime.of(9, 0), pm = LocalTime.of(15, 0);
        for (TextStyle s : new TextStyle[]{TextStyle.SHORT, TextStyle.NARROW}) { DateTimeFormatter f = new DateTimeFormatterBuilder().appendText(ChronoField.AMPM_OF_DAY, s).toFormatter(l); rows.add(f.format(am) + "|" + f.format(pm)); }
        for (TextStyle s : new TextStyle[]{TextStyle.SHORT, TextStyle.FULL, TextStyle.NARROW}) { DateTimeFormatter f = new DateTimeFormatterBuilder().appendText(ChronoField.ERA, s).toFormatter(l); rows.add(f.format(LocalDate.of(-5, 1, 1)) + "|" + f.format(LocalDate.of(2000, 1, 1))); }
        for (TextStyle s : new TextStyle[]{TextStyle.FULL, TextStyle.SHORT}) { DateTimeFormatter f = new DateTimeFormatterBuilder().appendText(IsoFields.QUARTER_OF_YEAR, s).toFormatter(l); List<String> v = new ArrayList<>(); for (int m = 1; m <= 12; m += 3) v.add(f.format(LocalDate.of(2000, m, 1))); rows.add(String.join("|", v)); }
        DateFormatSymbols d = DateFormatSymbols.getInstance(l);
        rows.add(String.join("|", d.getMonths()));
        rows.add(String.join("|", d.getShortMonths()));
        rows.add(String.join("|", d.getWeekdays()));
        rows.add(String.join("|", d.getShortWeekdays()));
        rows.add(String.join("|", d.getAmPmStrings()));
        rows.add(String.join("|", d.getEras()));
        for (TextStyle s : new TextStyle[]{TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE}) { DateTimeFormatter f = new DateTimeFormatterBuilder().appendText(IsoFields.QUARTER_OF_YEAR, s).toFormatter(l); List<String> v = new ArrayList<>(); for (int m = 1; m <= 12; m += 3) v.add(f.format(LocalDate.of(2000, m, 1))); rows.add(String.join("|", v)); }
        // Localized date and time patterns: java.time's, then java.text.DateFormat's, with the glue
        // of each date-time pattern ({1} the date, {0} the time), by date style then time style.
        FormatStyle[] fs = FormatStyle.values();
        String[] dates = new String[4], times = new String[4], glues = new String[16];
        for (int i = 0; i < 4; i++) {
            dates[i] = DateTimeFormatterBuilder.getLocalizedDateTimePattern(fs[i], null, java.time.chrono.IsoChronology.INSTANCE, l);
            times[i] = DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, fs[i], java.time.chrono.IsoChronology.INSTANCE, l);
        }
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                String b = DateTimeFormatterBuilder.getLocalizedDateTimePattern(fs[i], fs[j], java.time.chrono.IsoChronology.INSTANCE, l);
                glues[4 * i + j] = glue(b, dates[i], times[j]);
            }
        }
        rows.add(String.join("|", dates));
        rows.add(String.join("|", times));
        rows.add(String.join("|", glues));
        for (int i = 0; i < 4; i++) {
            dates[i] = ((SimpleDateFormat) DateFormat.getDateInstance(i, l)).toPattern();
            times[i] = ((SimpleDateFormat) DateFormat.getTimeInstance(i, l)).toPattern();
        }
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                String b = ((SimpleDateFormat) DateFormat.getDateTimeInstance(i, j, l)).toPattern();
                glues[4 * i + j] = glue(b, dates[i], times[j]);
            }
        }
        rows.add(String.join("|", dates));
        rows.add(String.join("|", times));
        rows.add(String.join("|", glues));
        for (String r : rows) if (r.contains("\n")) throw new RuntimeException(r);
        int[] widths = {12, 12, 12, 12, 12, 12, 7, 7, 7, 7, 7, 7, 2, 2, 2, 2, 2, 4, 4, 13, 13, 8, 8, 2, 2, 4, 4, 4, 4, 16, 4, 4, 16};
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).split("\\|", -1).length != widths[i]) throw new RuntimeException("a '|' in " + rows.get(i));
        return String.join("\n", rows);
    }
    /** The glue of a date-time pattern: the date pattern replaced by {1}, the time pattern by {0}. */
    static String glue(String both, String date, String time) {
        int d = both.indexOf(date);
        int t = both.lastIndexOf(time);
        if (d < 0 || t < 0 || (d < t && d + date.length() > t) || (t < d && t + time.length() > d)) {
            throw new RuntimeException("no glue in " + both);
        }
        if (d < t) {
            return both.substring(0, d) + "{1}" + both.substring(d + date.length(), t) + "{0}" + both.substring(t + time.length());
        }
        return both.substring(0, t) + "{0}" + both.substring(t + time.length(), d) + "{1}" + both.substring(d + date.length());
    }

    public static void main(String[] a) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("", table(Locale.ROOT));
        for (String tag : a) {
            Locale l = Locale.forLanguageTag(tag);
            String t = table(l);
            if (tag.contains("-")) { String base = out.get(tag.substring(0, tag.indexOf('-'))); if (t.equals(base)) continue; }
            out.put(tag, t);
        }
        for (String t : out.values()) if (t.split("\n").length != 33) throw new RuntimeException("rows");
        StringBuilder sb = new StringBuilder();
        sb.append("package jdk.internal.util;\n\n");
        sb.append("/**\n * Localized names of months, days of the week, AM/PM, eras and quarters: JDK 17's (CLDR 39)\n"
                + " * names for a set of common locales, generated from HotSpot 17. A table has 33 rows: months and\n"
                + " * days of the week in java.time's text styles (FULL, SHORT, NARROW, then the stand-alone ones),\n"
                + " * AM/PM (short, narrow), eras (short, full, narrow), quarters (full, short), then\n"
                + " * java.text.DateFormatSymbols' months, short months, weekdays, short weekdays, AM/PM and eras,\n"
                + " * then stand-alone quarters (full, short), then the localized date patterns, time patterns\n"
                + " * and date-time glue patterns (16: by date style, then time style; {1} the date, {0} the time) of java.time\n"
                + " * (FormatStyle order), then those of java.text.DateFormat (FULL, LONG, MEDIUM, SHORT).\n */\n");
        sb.append("public final class LocaleNames {\n");
        sb.append("    public static final int MONTHS = 0;\n    public static final int DAYS = 6;\n    public static final int AMPM = 12;\n    public static final int ERAS = 14;\n    public static final int QUARTERS = 17;\n    public static final int DFS = 19;\n    public static final int QUARTERS_STANDALONE = 25;\n    public static final int TIME_PATTERNS = 27;\n    public static final int TEXT_PATTERNS = 30;\n\n");
        sb.append("    private static final java.util.concurrent.ConcurrentHashMap<String, String[][]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();\n\n");
        sb.append("    private LocaleNames() {\n    }\n\n");
        sb.append("    /** The names for a locale: its language and country, else its language, else the root locale's. */\n");
        sb.append("    public static String[][] of(java.util.Locale locale) {\n");
        sb.append("        String lang = locale.getLanguage();\n        String country = locale.getCountry();\n");
        sb.append("        if (lang.equals(\"no\")) {\n            lang = \"nb\"; // CLDR's Norwegian Bokmal\n        }\n");
        sb.append("        String key = country.isEmpty() ? lang : lang + \"-\" + country;\n");
        sb.append("        String[][] t = CACHE.get(key);\n        if (t != null) {\n            return t;\n        }\n");
        sb.append("        String data = data(key);\n        if (data == null) {\n            data = data(lang);\n        }\n        if (data == null) {\n            data = data(\"\");\n        }\n");
        sb.append("        String[] rows = data.split(\"\\n\", -1);\n        t = new String[rows.length][];\n");
        sb.append("        for (int i = 0; i < rows.length; i++) {\n            t[i] = rows[i].split(\"\\\\|\", -1);\n        }\n");
        sb.append("        CACHE.put(key, t);\n        return t;\n    }\n\n");
        sb.append("    private static String data(String tag) {\n        switch (tag) {\n");
        for (Map.Entry<String, String> e : out.entrySet()) {
            sb.append("            case " + q(e.getKey()) + ":\n                return ");
            String[] rows = e.getValue().split("\n");
            for (int i = 0; i < rows.length; i++) {
                if (i > 0) sb.append("\n                    + ");
                sb.append(q(rows[i] + (i < rows.length - 1 ? "\n" : "")));
            }
            sb.append(";\n");
        }
        sb.append("            default:\n                return null;\n        }\n    }\n}\n");
        System.out.print(sb);
    }
}
