package format;

import java.text.DateFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Month, day, AM/PM, era and quarter names in other locales: java.time's text styles,
 * DateFormatSymbols, SimpleDateFormat and Formatter's %tB/%tA/%tp, printing and parsing.
 */
public class LocalizedDateNames {
    public static void main(String[] args) throws Exception {
        Locale[] locales = {Locale.ROOT, new Locale("xx"), new Locale("en", "XX"), new Locale("de", "XX"),
            Locale.US, Locale.UK, Locale.FRANCE, Locale.GERMANY, Locale.ITALY, new Locale("es", "ES"),
            new Locale("no"), new Locale("iw"), Locale.CANADA_FRENCH, Locale.JAPAN, Locale.CHINA,
            Locale.TAIWAN, Locale.KOREA, new Locale("pt", "BR"), new Locale("es", "MX"), new Locale("ru"),
            new Locale("nl"), new Locale("pl"), new Locale("de", "AT"), new Locale("en", "AU")};
        LocalDateTime dt = LocalDateTime.of(2024, 9, 3, 15, 4);
        GregorianCalendar cal = new GregorianCalendar(2020, 8, 1, 15, 0);
        SimpleDateFormat utc = new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.US);
        utc.setTimeZone(TimeZone.getTimeZone("UTC"));
        for (Locale l : locales) {
            System.out.println(l + " (" + l.getLanguage() + "): " + Month.MARCH.getDisplayName(TextStyle.FULL, l)
                    + " / " + Month.SEPTEMBER.getDisplayName(TextStyle.SHORT, l)
                    + " / " + Month.MAY.getDisplayName(TextStyle.FULL_STANDALONE, l)
                    + " / " + DayOfWeek.MONDAY.getDisplayName(TextStyle.SHORT, l)
                    + " / " + DayOfWeek.SUNDAY.getDisplayName(TextStyle.FULL, l)
                    + " / " + DayOfWeek.MONDAY.getDisplayName(TextStyle.NARROW_STANDALONE, l));
            System.out.println("  " + DateTimeFormatter.ofPattern("a G GGGG EEEE MMMM MMM LLL LLLL QQQQ QQQ qqqq qqq", l).format(dt));
            DateFormatSymbols dfs = DateFormatSymbols.getInstance(l);
            System.out.println("  " + Arrays.toString(dfs.getMonths()) + Arrays.toString(dfs.getShortMonths())
                    + Arrays.toString(dfs.getWeekdays()) + Arrays.toString(dfs.getShortWeekdays())
                    + Arrays.toString(dfs.getAmPmStrings()) + Arrays.toString(dfs.getEras()));
            System.out.println("  " + String.format(l, "%tB %<ta %<tp %<tr %<tA %<tb|%tB %<tA %<ta %<tb %<tp %<tr", cal, dt));
            System.out.println("  " + new SimpleDateFormat("EEEE d MMMM yyyy G a", l).format(cal.getTime()));
            DateTimeFormatter longDate = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", l);
            DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("EEE d MMM uuuu", l);
            System.out.println("  " + LocalDate.parse(longDate.format(dt), longDate) + " "
                    + LocalDate.parse(shortDate.format(dt), shortDate));
            SimpleDateFormat parser = new SimpleDateFormat("d MMMM yyyy HH:mm", l);
            parser.setTimeZone(TimeZone.getTimeZone("UTC"));
            System.out.println("  " + utc.format(parser.parse(parser.format(cal.getTime()))));
        }
        ZonedDateTime z = ZonedDateTime.of(2024, 3, 5, 1, 2, 3, 0, ZoneOffset.UTC);
        System.out.println(DateTimeFormatter.RFC_1123_DATE_TIME.format(z) + " | " + String.format("%tc", z)
                + " | " + String.format((Locale) null, "%tB %<tp %<tA", z)
                + " | " + String.format(Locale.FRANCE, "%TB %<Ta", z));
        System.out.println(Locale.forLanguageTag("iw-IL") + " " + new Locale("in", "ID") + " " + new Locale("ji"));
    }
}
