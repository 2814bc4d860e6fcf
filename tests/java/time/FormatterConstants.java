package time;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

// The predefined formatters carry the default locale; RFC 1123 names stay English in any locale
public class FormatterConstants {
    public static void main(String[] args) {
        Locale.setDefault(Locale.GERMANY);
        DateTimeFormatter[] all = {DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_DATE_TIME,
                DateTimeFormatter.ISO_INSTANT, DateTimeFormatter.ISO_WEEK_DATE, DateTimeFormatter.BASIC_ISO_DATE,
                DateTimeFormatter.RFC_1123_DATE_TIME, DateTimeFormatter.ofPattern("yyyy")};
        for (DateTimeFormatter f : all) {
            System.out.println(f.getLocale() + " " + f.getResolverStyle() + " " + f.getChronology());
        }
        System.out.println(DateTimeFormatter.RFC_1123_DATE_TIME);
        ZonedDateTime t = ZonedDateTime.of(2021, 1, 4, 9, 5, 0, 0, ZoneOffset.UTC);
        for (Locale l : new Locale[] {Locale.US, Locale.FRANCE, Locale.GERMANY, Locale.JAPAN, Locale.ROOT}) {
            DateTimeFormatter f = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(l);
            for (int m = 0; m < 12; m += 5) {
                ZonedDateTime x = t.plusMonths(m).plusDays(m);
                System.out.println(l + ": " + f.format(x) + " <- " + ZonedDateTime.parse(f.format(x), f));
            }
        }
        System.out.println(ZonedDateTime.parse("tue, 3 jun 2008 11:05:30 GMT", DateTimeFormatter.RFC_1123_DATE_TIME));
        System.out.println(ZonedDateTime.parse("3 Jun 2008 11:05 +0200", DateTimeFormatter.RFC_1123_DATE_TIME));
        try {
            ZonedDateTime.parse("Di., 3 Juni 2008 11:05:30 GMT",
                    DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.GERMANY));
        } catch (Exception e) {
            System.out.println(e.getMessage());
        }
    }
}
