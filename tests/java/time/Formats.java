package time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.function.Supplier;

/** DateTimeFormatter: the ISO constants, patterns, printing and parsing, and their errors. */
public class Formats {
    static void t(String label, Supplier<Object> s) {
        try {
            System.out.println(label + ": " + s.get());
        } catch (DateTimeParseException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + stable(e.getMessage()) + " [index "
                    + e.getErrorIndex() + ", text " + e.getParsedString() + "]");
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + stable(e.getMessage()));
        }
    }

    /** The unresolved fields of a parse print in HashMap order, which differs between VMs: sort them. */
    static String stable(String message) {
        if (message == null) {
            return null;
        }
        int open = message.indexOf('{');
        int close = message.indexOf('}');
        if (open < 0 || close < open) {
            return message;
        }
        String[] parts = message.substring(open + 1, close).split(", ");
        java.util.Arrays.sort(parts);
        return message.substring(0, open + 1) + String.join(", ", parts) + message.substring(close);
    }

    public static void main(String[] args) {
        LocalDateTime ldt = LocalDateTime.of(2024, 7, 4, 9, 5, 7, 120_000_000);
        OffsetDateTime odt = ldt.atOffset(ZoneOffset.ofHoursMinutes(-4, -30));
        ZonedDateTime zdt = ldt.atZone(ZoneId.of("UTC"));
        Instant inst = odt.toInstant();
        DateTimeFormatter[] isos = {DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ISO_DATE, DateTimeFormatter.ISO_TIME,
            DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.ISO_INSTANT, DateTimeFormatter.BASIC_ISO_DATE, DateTimeFormatter.ISO_OFFSET_DATE,
            DateTimeFormatter.ISO_OFFSET_TIME, DateTimeFormatter.ISO_ORDINAL_DATE};
        String[] names = {"ISO_LOCAL_DATE", "ISO_LOCAL_TIME", "ISO_LOCAL_DATE_TIME", "ISO_DATE", "ISO_TIME", "ISO_DATE_TIME",
            "ISO_OFFSET_DATE_TIME", "ISO_ZONED_DATE_TIME", "ISO_INSTANT", "BASIC_ISO_DATE", "ISO_OFFSET_DATE",
            "ISO_OFFSET_TIME", "ISO_ORDINAL_DATE"};
        Object[] values = {ldt.toLocalDate(), ldt.toLocalTime(), ldt, odt, zdt, inst};
        for (int i = 0; i < isos.length; i++) {
            DateTimeFormatter f = isos[i];
            System.out.println(names[i] + " = " + f);
            for (Object v : values) {
                t("  " + v.getClass().getSimpleName(), () -> f.format((TemporalAccessor) v));
            }
        }
        t("BASIC_ISO_DATE offset", () -> DateTimeFormatter.BASIC_ISO_DATE.format(odt.withOffsetSameLocal(ZoneOffset.ofHoursMinutesSeconds(1, 2, 3))));
        t("ISO_INSTANT withZone", () -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.ofHours(2)).format(inst));
        t("pattern withZone", () -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV").withZone(ZoneId.of("UTC")).format(inst));
        t("ISO_DATE_TIME big year", () -> DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.of(12345, 1, 1)) + " "
                + DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.of(-12, 1, 1)));
        t("BASIC_ISO_DATE big year", () -> DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.of(12345, 1, 1)));

        String[] patterns = {"yyyy-MM-dd", "uuuu-M-d", "yy/MM/dd", "y", "yyy", "yyyyy", "u", "MMM d, yyyy", "MMMM", "MMMMM", "LLL",
            "EEE", "EEEE", "EEEEE", "E", "D", "DD", "DDD", "d", "HH:mm:ss", "H:m:s", "hh:mm a", "h a", "K k", "kk KK",
            "HH:mm:ss.SSS", "HH:mm:ss.S", "ss.SSSSSSSSS", "n", "nnnnnnnnnnnn", "N", "A", "'at' HH 'o''clock'", "''",
            "yyyy-MM-dd'T'HH:mm:ss", "[yyyy][MM]", "G", "GGGG", "GGGGG", "F", "uuuu-MM-dd HH:mm X", "x", "xx", "xxx",
            "xxxx", "xxxxx", "X", "XX", "XXX", "XXXX", "XXXXX", "Z", "ZZZZ", "ZZZZZ", "O", "OOOO", "VV", "z", "zzzz"};
        Object[] pvals = {odt, zdt, ldt, odt.withOffsetSameLocal(ZoneOffset.UTC),
            odt.withOffsetSameLocal(ZoneOffset.ofHoursMinutesSeconds(5, 0, 15)), LocalDate.of(-44, 3, 15)};
        for (String p : patterns) {
            StringBuilder sb = new StringBuilder();
            for (Object v : pvals) {
                try {
                    sb.append(" | ").append(DateTimeFormatter.ofPattern(p).format((TemporalAccessor) v));
                } catch (Exception e) {
                    sb.append(" | ").append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
                }
            }
            System.out.println("'" + p + "'" + sb);
        }
        for (String p : new String[] {"dd MMM", "ddd", "HHH", "aa", "VVV", "V", "zzzzz", "OO", "XXXXXX", "xxxxxx", "ZZZZZZ",
                "EEEEEE", "MMMMMM", "'abc", "yyyy]", "{", "#", "b", "DDDD", "SS"}) {
            t("pattern '" + p + "'", () -> DateTimeFormatter.ofPattern(p));
        }
        t("print width", () -> DateTimeFormatter.ofPattern("yy").format(LocalDate.of(1999, 1, 1))
                + " " + DateTimeFormatter.ofPattern("yy").format(LocalDate.of(12345, 1, 1))
                + " " + DateTimeFormatter.ofPattern("yyyy").format(LocalDate.of(12345, 1, 1))
                + " " + DateTimeFormatter.ofPattern("uuuu").format(LocalDate.of(-12345, 1, 1))
                + " " + DateTimeFormatter.ofPattern("uu").format(LocalDate.of(-5, 1, 1)));
        t("print too wide", () -> new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 2).toFormatter()
                .format(LocalDate.of(2024, 1, 1)));
        t("print negative", () -> new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4).toFormatter()
                .format(LocalDate.of(-1, 1, 1)));
        t("print ALWAYS", () -> new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 1, 10, SignStyle.ALWAYS)
                .appendLiteral('|').appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, SignStyle.NEVER).toFormatter()
                .format(LocalDate.of(2024, 11, 1)));
        t("unsupported field", () -> DateTimeFormatter.ofPattern("HH:mm").format(LocalDate.of(2024, 1, 1)));
        t("unsupported offset", () -> DateTimeFormatter.ofPattern("HH:mm X").format(LocalTime.NOON));
        t("unsupported zone", () -> DateTimeFormatter.ofPattern("VV").format(ldt));
        t("unsupported zone text", () -> DateTimeFormatter.ofPattern("z").format(odt));
        t("instant of ldt", () -> DateTimeFormatter.ISO_INSTANT.format(ldt));
        t("builder", () -> new DateTimeFormatterBuilder().appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral("h")
                .optionalStart().appendValue(ChronoField.MINUTE_OF_HOUR, 2).optionalEnd()
                .appendText(ChronoField.DAY_OF_WEEK).appendFraction(ChronoField.NANO_OF_SECOND, 2, 6, true)
                .appendOffsetId().toFormatter().format(odt));
        t("ofLocalizedDate", () -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).format(ldt) + " | "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(ldt) + " | "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).format(ldt) + " | "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).format(ldt));
        t("ofLocalizedTime", () -> DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).format(ldt) + " | "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).format(ldt));
        t("ofLocalizedDateTime", () -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).format(ldt) + " | "
                + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).format(ldt));

        // parsing with patterns
        String[][] parses = {
            {"yyyy-MM-dd", "2024-02-29"}, {"yyyy-MM-dd", "2023-02-29"}, {"yyyy-MM-dd", "2023-02-31"}, {"yyyy-MM-dd", "2023-04-31"},
            {"yyyy-MM-dd", "2023-02-32"}, {"yyyy-MM-dd", "2023-13-01"}, {"yyyy-MM-dd", "2023-1-01"}, {"yyyy-MM-dd", "23-01-01"},
            {"d/M/yyyy", "5/7/2024"}, {"d/M/yyyy", "15/12/2024"}, {"dd.MM.yy", "01.02.99"}, {"dd.MM.yy", "01.02.03"},
            {"yyyyMMdd", "20240229"}, {"yyyyMMdd", "2024022"}, {"uuuuMMddHHmm", "202402291530"},
            {"MMM d, yyyy", "Jul 4, 2024"}, {"MMM d, yyyy", "jul 4, 2024"}, {"MMMM d, yyyy", "July 4, 2024"},
            {"EEE, MMM d, yyyy", "Thu, Jul 4, 2024"}, {"EEE, MMM d, yyyy", "Fri, Jul 4, 2024"},
            {"yyyy-DDD", "2024-366"}, {"yyyy-DDD", "2023-366"}, {"uuuu-MM-dd", "-0044-03-15"}, {"uuuu-MM-dd", "+12345-01-01"},
        };
        for (String[] p : parses) {
            t("date '" + p[0] + "' '" + p[1] + "'", () -> LocalDate.parse(p[1], DateTimeFormatter.ofPattern(p[0])));
        }
        String[][] tparses = {
            {"HH:mm", "23:59"}, {"HH:mm", "24:00"}, {"H:mm", "7:05"}, {"hh:mm a", "07:05 PM"}, {"hh:mm a", "12:00 AM"},
            {"hh:mm a", "12:00 pm"}, {"hh:mm a", "13:00 PM"}, {"h:mm", "7:05"}, {"k:mm", "24:00"}, {"HH:mm:ss.SSS", "10:11:12.345"},
            {"HH:mm:ss.SSS", "10:11:12.34"}, {"HHmmss", "101112"}, {"HHmmssSSS", "101112345"}, {"A", "3723004"},
            {"HH:mm[:ss]", "10:11"}, {"HH:mm[:ss]", "10:11:12"}, {"HH 'h' mm", "10 h 11"},
        };
        for (String[] p : tparses) {
            t("time '" + p[0] + "' '" + p[1] + "'", () -> LocalTime.parse(p[1], DateTimeFormatter.ofPattern(p[0])));
        }
        t("SMART 24:00", () -> LocalDateTime.parse("2024-12-31 24:00", DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")));
        t("STRICT yyyy", () -> LocalDate.parse("2024-01-05", DateTimeFormatter.ofPattern("yyyy-MM-dd").withResolverStyle(ResolverStyle.STRICT)));
        t("STRICT uuuu", () -> LocalDate.parse("2024-02-30", DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT)));
        t("LENIENT", () -> LocalDate.parse("2024-02-30", DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.LENIENT)));
        t("LENIENT month 13", () -> LocalDate.parse("2024-13-01", DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.LENIENT)));
        t("ldt from date only", () -> LocalDateTime.parse("2024-01-01", DateTimeFormatter.ofPattern("yyyy-MM-dd")));
        t("zoned", () -> ZonedDateTime.parse("2024-07-04 09:05 UTC", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
        t("zoned VV", () -> ZonedDateTime.parse("2024-07-04 09:05 GMT+02:00", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV")));
        t("offset X", () -> OffsetDateTime.parse("2024-07-04 09:05 -0430", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm XX")));
        t("offset X Z", () -> OffsetDateTime.parse("2024-07-04 09:05 Z", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm X")));
        t("offset x", () -> OffsetDateTime.parse("2024-07-04 09:05 +00", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm x")));
        t("offset O", () -> OffsetDateTime.parse("2024-07-04 09:05 GMT+5:30", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm O")));
        t("offset Z", () -> OffsetDateTime.parse("2024-07-04 09:05 +0000", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm Z")));
        t("instant from pattern", () -> Instant.from(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm XXX").parse("2024-07-04 09:05 +01:00")));
        t("parse to accessor", () -> {
            TemporalAccessor ta = DateTimeFormatter.ISO_LOCAL_DATE.parse("2024-07-04");
            return ta.query(TemporalQueries.localDate()) + " " + ta.get(ChronoField.DAY_OF_WEEK) + " "
                    + ta.isSupported(ChronoField.HOUR_OF_DAY) + " " + ta.query(TemporalQueries.localTime());
        });
        t("parse accessor getLong", () -> DateTimeFormatter.ISO_LOCAL_DATE.parse("2024-07-04").getLong(ChronoField.HOUR_OF_DAY));
        t("conflict", () -> LocalDate.parse("Wed 2024-07-04", DateTimeFormatter.ofPattern("EEE yyyy-MM-dd")));
        t("no conflict", () -> LocalDate.parse("Thu 2024-07-04", DateTimeFormatter.ofPattern("EEE yyyy-MM-dd")).getDayOfWeek() == DayOfWeek.THURSDAY);
        t("trailing", () -> LocalDate.parse("2024-07-04 ", DateTimeFormatter.ISO_LOCAL_DATE));
        t("long text", () -> LocalDate.parse("2024-07-04--------------------------------------------------------------------",
                DateTimeFormatter.ISO_LOCAL_DATE));
        t("ISO_DATE with offset", () -> LocalDate.parse("2024-07-04+01:00", DateTimeFormatter.ISO_DATE));
        t("ISO_DATE_TIME zone", () -> ZonedDateTime.parse("2024-07-04T10:00:00Z[UTC]", DateTimeFormatter.ISO_DATE_TIME));
        t("ISO_DATE_TIME local", () -> LocalDateTime.parse("2024-07-04T10:00:00", DateTimeFormatter.ISO_DATE_TIME));
        t("BASIC_ISO_DATE parse", () -> LocalDate.parse("20240704Z", DateTimeFormatter.BASIC_ISO_DATE) + " "
                + LocalDate.parse("20240704+0100", DateTimeFormatter.BASIC_ISO_DATE));
        t("ISO_ORDINAL_DATE parse", () -> LocalDate.parse("2024-186", DateTimeFormatter.ISO_ORDINAL_DATE));
        t("parseBest", () -> DateTimeFormatter.ofPattern("yyyy-MM-dd[ HH:mm]").parseBest("2024-07-04", LocalDateTime::from, LocalDate::from));
        t("RFC_1123 format", () -> DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.of(2024, 7, 4, 9, 5, 7, 0, ZoneOffset.ofHours(2)))
                + " | " + DateTimeFormatter.RFC_1123_DATE_TIME.format(odt.withOffsetSameInstant(ZoneOffset.UTC)));
        t("RFC_1123 parse", () -> ZonedDateTime.parse("Thu, 4 Jul 2024 09:05:07 GMT", DateTimeFormatter.RFC_1123_DATE_TIME) + " "
                + OffsetDateTime.parse("4 Jul 2024 09:05 +0200", DateTimeFormatter.RFC_1123_DATE_TIME));
        t("RFC_1123 bad day", () -> ZonedDateTime.parse("Fri, 4 Jul 2024 09:05:07 GMT", DateTimeFormatter.RFC_1123_DATE_TIME));
        t("parseDefaulting", () -> LocalDate.parse("2024", new DateTimeFormatterBuilder().appendPattern("yyyy")
                .parseDefaulting(ChronoField.MONTH_OF_YEAR, 1).parseDefaulting(ChronoField.DAY_OF_MONTH, 1).toFormatter()) + " "
                + LocalDateTime.parse("2024-01-01", new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE)
                .parseDefaulting(ChronoField.HOUR_OF_DAY, 0).toFormatter()));
        t("instant fields", () -> {
            TemporalAccessor ta = DateTimeFormatter.ISO_INSTANT.parse("2024-01-01T00:00:00.123456Z");
            return ta.getLong(ChronoField.MILLI_OF_SECOND) + " " + ta.getLong(ChronoField.MICRO_OF_SECOND) + " "
                    + ta.getLong(ChronoField.NANO_OF_SECOND) + " " + Instant.from(ta);
        });
        t("null", () -> DateTimeFormatter.ISO_LOCAL_DATE.format(null));
        t("getters", () -> DateTimeFormatter.ISO_LOCAL_DATE.getResolverStyle() + " " + DateTimeFormatter.ofPattern("y").getResolverStyle()
                + " " + DateTimeFormatter.ISO_LOCAL_DATE.getChronology() + " " + DateTimeFormatter.ISO_LOCAL_DATE.getZone());
    }
}
