package format;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Localized date and time patterns: java.time's ofLocalized* (looked up in the formatter's
 * locale when printing and parsing) and java.text.DateFormat's style instances, in many locales.
 */
public class LocalizedDatePatterns {
    public static void main(String[] args) throws Exception {
        ZonedDateTime z = ZonedDateTime.of(2024, 3, 5, 14, 7, 9, 0, ZoneId.of("UTC"));
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Date d = Date.from(z.toInstant());
        String[] tags = {"en-US", "en-GB", "en-AU", "fr-FR", "fr-CA", "de-DE", "de-AT", "es-ES", "es-MX", "it-IT",
            "pt-BR", "pt-PT", "nl-NL", "ja-JP", "zh-CN", "zh-TW", "ko-KR", "ru-RU", "pl-PL", "sv-SE", "he-IL",
            "tr-TR", "xx"};
        for (String t : tags) {
            Locale l = Locale.forLanguageTag(t);
            StringBuilder sb = new StringBuilder(t + ":");
            for (FormatStyle fs : FormatStyle.values()) {
                sb.append(" | ").append(DateTimeFormatter.ofLocalizedDate(fs).withLocale(l).format(z));
                sb.append(" / ").append(DateTimeFormatter.ofLocalizedDateTime(fs, FormatStyle.MEDIUM)
                        .withLocale(l).format(z));
                sb.append(" / ").append(DateTimeFormatterBuilder.getLocalizedDateTimePattern(fs, fs,
                        IsoChronology.INSTANCE, l));
            }
            sb.append(" | ").append(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(l).format(z));
            System.out.println(sb);
            StringBuilder sb2 = new StringBuilder("  ");
            for (int s = DateFormat.FULL; s <= DateFormat.SHORT; s++) {
                int ts = Math.max(s, DateFormat.MEDIUM);
                sb2.append(DateFormat.getDateInstance(s, l).format(d)).append(" | ")
                        .append(DateFormat.getDateTimeInstance(s, ts, l).format(d)).append(" | ")
                        .append(((SimpleDateFormat) DateFormat.getDateTimeInstance(s, s, l)).toPattern())
                        .append(" | ");
            }
            sb2.append(DateFormat.getTimeInstance(DateFormat.MEDIUM, l).format(d));
            System.out.println(sb2);
            DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l);
            DateFormat shortText = DateFormat.getDateInstance(DateFormat.SHORT, l);
            System.out.println("  " + LocalDate.parse(medium.format(z), medium) + " "
                    + shortText.parse(shortText.format(d)).getTime());
        }
        System.out.println(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL) + " "
                + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT) + " "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.LONG));
        try {
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG).format(LocalDateTime.of(2020, 1, 1, 0, 0));
        } catch (DateTimeException e) {
            System.out.println(e.getMessage());
        }
        try {
            DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, null, IsoChronology.INSTANCE, Locale.US);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new DateTimeFormatterBuilder().appendLocalized(null, null);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            DateFormat.getDateInstance(7, Locale.US);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(DateFormat.getDateInstance().format(d) + " | " + DateFormat.getDateTimeInstance().format(d)
                + " | " + DateFormat.getInstance().format(d) + " | "
                + ((SimpleDateFormat) DateFormat.getDateTimeInstance(DateFormat.FULL, DateFormat.FULL, Locale.FRANCE))
                        .toPattern());
    }
}
