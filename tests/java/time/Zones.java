package time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.function.Supplier;

/** ZoneOffset, ZoneId (fixed-offset zones), OffsetDateTime and ZonedDateTime. */
public class Zones {
    static void t(String label, Supplier<Object> s) {
        try {
            System.out.println(label + ": " + s.get());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
            if (e.getCause() != null) {
                System.out.println("  cause: " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
            }
        }
    }

    public static void main(String[] args) {
        for (String s : new String[] {"Z", "+0", "-5", "+05", "-05", "+05:30", "+0530", "-05:30:45", "-053045", "+18:00",
                "+18:01", "+19", "05:00", "+5:00", "+05:3", "+05-30", "+ab", "UTC", "", "+00:00", "-00:00", "+05:30:00"}) {
            t("offset '" + s + "'", () -> {
                ZoneOffset o = ZoneOffset.of(s);
                return o + " " + o.getTotalSeconds() + " " + o.getId();
            });
        }
        t("ofHours(-18)", () -> ZoneOffset.ofHours(-18));
        t("ofHours(19)", () -> ZoneOffset.ofHours(19));
        t("ofHoursMinutes(1, -30)", () -> ZoneOffset.ofHoursMinutes(1, -30));
        t("ofHoursMinutes(-1, 30)", () -> ZoneOffset.ofHoursMinutes(-1, 30));
        t("ofHoursMinutesSeconds(0, 30, -1)", () -> ZoneOffset.ofHoursMinutesSeconds(0, 30, -1));
        t("ofHoursMinutes(0, 60)", () -> ZoneOffset.ofHoursMinutes(0, 60));
        t("ofHoursMinutesSeconds(0, 0, 60)", () -> ZoneOffset.ofHoursMinutesSeconds(0, 0, 60));
        t("ofHoursMinutes(18, 1)", () -> ZoneOffset.ofHoursMinutes(18, 1));
        t("ofTotalSeconds(64800)", () -> ZoneOffset.ofTotalSeconds(64800));
        t("ofTotalSeconds(64801)", () -> ZoneOffset.ofTotalSeconds(64801));
        t("ofTotalSeconds(-3601)", () -> ZoneOffset.ofTotalSeconds(-3601));
        t("MIN/MAX/UTC", () -> ZoneOffset.MIN + " " + ZoneOffset.MAX + " " + ZoneOffset.UTC);
        t("same instance", () -> (ZoneOffset.ofHours(2) == ZoneOffset.of("+02:00")) + " " + (ZoneOffset.of("+00:00") == ZoneOffset.UTC));
        TreeSet<ZoneOffset> sorted = new TreeSet<>();
        for (int h = -3; h <= 3; h += 2) {
            sorted.add(ZoneOffset.ofHours(h));
        }
        t("sorted", () -> sorted + " " + ZoneOffset.ofHours(1).compareTo(ZoneOffset.ofHours(2)));
        t("offset fields", () -> ZoneOffset.ofHours(-2).get(ChronoField.OFFSET_SECONDS) + " "
                + ZoneOffset.ofHours(-2).isSupported(ChronoField.HOUR_OF_DAY));
        t("offset getLong(HOUR)", () -> ZoneOffset.ofHours(-2).getLong(ChronoField.HOUR_OF_DAY));
        t("offset rules", () -> ZoneOffset.ofHours(3).getRules() + " " + ZoneOffset.ofHours(3).getRules().isFixedOffset()
                + " " + ZoneOffset.ofHours(3).getRules().getOffset(Instant.EPOCH));

        for (String s : new String[] {"Z", "UTC", "GMT", "UT", "UTC+2", "UTC+02:00", "GMT-5", "UT+01:30", "UTC0", "GMT0",
                "Etc/UTC", "Etc/GMT", "+02:00", "-0800", "UTC+19", "GMT+", "Europe/Atlantis", "!!", "a", "1abc",
                "Foo Bar", "UTC+0"}) {
            t("zone '" + s + "'", () -> {
                ZoneId z = ZoneId.of(s);
                return z + " " + z.getClass().getSimpleName() + " " + z.normalized() + " "
                        + z.getRules().getOffset(Instant.EPOCH);
            });
        }
        t("of alias", () -> ZoneId.of("EST", ZoneId.SHORT_IDS) + " " + ZoneId.of("MST", ZoneId.SHORT_IDS));
        t("SHORT_IDS", () -> ZoneId.SHORT_IDS.get("PST") + " " + ZoneId.SHORT_IDS.size());
        t("ofOffset", () -> ZoneId.ofOffset("GMT", ZoneOffset.ofHours(3)) + " " + ZoneId.ofOffset("", ZoneOffset.ofHours(3))
                + " " + ZoneId.ofOffset("UT", ZoneOffset.UTC));
        t("ofOffset bad", () -> ZoneId.ofOffset("XYZ", ZoneOffset.UTC));
        t("equals", () -> ZoneId.of("UTC").equals(ZoneOffset.UTC) + " " + ZoneId.of("UTC").equals(ZoneId.of("UTC"))
                + " " + ZoneId.of("Z").equals(ZoneOffset.UTC) + " " + ZoneId.of("UTC").normalized().equals(ZoneOffset.UTC));
        t("display", () -> ZoneId.of("UTC").getDisplayName(TextStyle.FULL, Locale.US) + " / "
                + ZoneId.of("UTC").getDisplayName(TextStyle.SHORT, Locale.US) + " / "
                + ZoneOffset.ofHours(2).getDisplayName(TextStyle.FULL, Locale.US));
        t("from", () -> ZoneId.from(ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneId.of("GMT"))));
        t("from date", () -> ZoneId.from(LocalDate.of(2024, 1, 1)));
        t("TimeZone.toZoneId", () -> TimeZone.getTimeZone("GMT+05:30").toZoneId() + " " + TimeZone.getTimeZone("UTC").toZoneId());
        t("TimeZone.getTimeZone(ZoneId)", () -> TimeZone.getTimeZone(ZoneOffset.ofHours(-4)).getID() + " "
                + TimeZone.getTimeZone(ZoneOffset.UTC).getID() + " " + TimeZone.getTimeZone(ZoneId.of("UTC")).getID());

        // OffsetDateTime
        OffsetDateTime odt = OffsetDateTime.of(2024, 3, 10, 1, 30, 0, 0, ZoneOffset.ofHours(-8));
        t("odt", () -> odt + " " + odt.toInstant() + " " + odt.toEpochSecond());
        t("withOffsetSameInstant", () -> odt.withOffsetSameInstant(ZoneOffset.ofHoursMinutes(5, 45)));
        t("withOffsetSameLocal", () -> odt.withOffsetSameLocal(ZoneOffset.UTC));
        t("plusHours", () -> odt.plusHours(24) + " " + odt.minusMonths(3) + " " + odt.plus(90, ChronoUnit.MINUTES));
        t("with(OFFSET_SECONDS)", () -> odt.with(ChronoField.OFFSET_SECONDS, 3600));
        t("with(INSTANT_SECONDS)", () -> odt.with(ChronoField.INSTANT_SECONDS, 0));
        t("get(INSTANT_SECONDS)", () -> odt.get(ChronoField.INSTANT_SECONDS));
        t("getLong(INSTANT_SECONDS)", () -> odt.getLong(ChronoField.INSTANT_SECONDS));
        OffsetDateTime other = OffsetDateTime.of(2024, 3, 10, 9, 30, 0, 0, ZoneOffset.UTC);
        t("same instant", () -> odt.isEqual(other) + " " + odt.equals(other) + " " + odt.compareTo(other) + " "
                + other.compareTo(odt) + " " + odt.isBefore(other));
        t("until", () -> odt.until(other, ChronoUnit.MINUTES) + " " + odt.until(other.plusDays(3), ChronoUnit.DAYS));
        t("timeLineOrder", () -> OffsetDateTime.timeLineOrder().compare(odt, other));
        t("atZoneSameInstant", () -> odt.atZoneSameInstant(ZoneId.of("UTC")));
        t("atZoneSimilarLocal", () -> odt.atZoneSimilarLocal(ZoneId.of("GMT+1")));
        t("toOffsetTime", () -> odt.toOffsetTime() + " " + odt.toZonedDateTime());
        t("MIN/MAX", () -> OffsetDateTime.MIN + " " + OffsetDateTime.MAX);
        t("from ldt", () -> OffsetDateTime.from(LocalDateTime.of(2024, 1, 1, 0, 0)));
        t("ofInstant", () -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(-1, 1), ZoneId.of("UTC+14")));
        for (String s : new String[] {"2024-01-01T10:15:30+01:00", "2024-01-01T10:15:30Z", "2024-01-01T10:15:30+0100",
                "2024-01-01T10:15:30+01", "2024-01-01T10:15+01:00:30", "2024-01-01T10:15:30", "2024-01-01T10:15:30+19:00",
                "2024-01-01T10:15:30.5-00:30"}) {
            t("parse '" + s + "'", () -> OffsetDateTime.parse(s));
        }
        t("OffsetTime", () -> OffsetTime.of(LocalTime.of(10, 0), ZoneOffset.ofHours(2)) + " "
                + LocalTime.of(23, 0).atOffset(ZoneOffset.ofHours(-1)) + " "
                + LocalDate.of(2024, 1, 1).atTime(OffsetTime.of(1, 2, 3, 4, ZoneOffset.UTC)));

        // ZonedDateTime
        ZonedDateTime z = ZonedDateTime.of(LocalDateTime.of(2024, 1, 31, 23, 0), ZoneId.of("UTC"));
        t("zdt", () -> z + " " + z.getOffset() + " " + z.getZone() + " " + z.toEpochSecond());
        t("plusMonths", () -> z.plusMonths(1) + " " + z.plusHours(2) + " " + z.minusDays(31));
        t("withZoneSameInstant", () -> z.withZoneSameInstant(ZoneOffset.ofHours(9)) + " " + z.withZoneSameInstant(ZoneId.of("GMT+09:30")));
        t("withZoneSameLocal", () -> z.withZoneSameLocal(ZoneId.of("UTC-3")));
        t("withFixedOffsetZone", () -> z.withFixedOffsetZone());
        t("zone offset zdt", () -> ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        t("ofInstant", () -> ZonedDateTime.ofInstant(Instant.ofEpochSecond(1_700_000_000L), ZoneId.of("GMT-10")));
        t("ofStrict", () -> ZonedDateTime.ofStrict(LocalDateTime.of(2024, 1, 1, 0, 0), ZoneOffset.ofHours(1), ZoneId.of("UTC")));
        t("with(OFFSET_SECONDS)", () -> z.with(ChronoField.OFFSET_SECONDS, 3600));
        t("until", () -> z.until(z.withZoneSameLocal(ZoneOffset.ofHours(-5)), ChronoUnit.HOURS) + " "
                + z.until(ZonedDateTime.of(2024, 3, 1, 0, 0, 0, 0, ZoneId.of("UTC")), ChronoUnit.MONTHS));
        t("compare", () -> z.compareTo(z.withZoneSameInstant(ZoneOffset.UTC)) + " " + z.isEqual(z.withZoneSameInstant(ZoneOffset.UTC))
                + " " + z.equals(z.withZoneSameInstant(ZoneOffset.UTC)));
        t("query", () -> z.query(TemporalQueries.zone()) + " " + z.query(TemporalQueries.offset()) + " "
                + z.query(TemporalQueries.localDate()) + " " + z.query(TemporalQueries.localTime()) + " "
                + z.query(TemporalQueries.precision()) + " " + z.query(TemporalQueries.chronology()));
        t("from odt", () -> ZonedDateTime.from(odt));
        t("from ldt", () -> ZonedDateTime.from(LocalDateTime.of(2024, 1, 1, 0, 0)));
        for (String s : new String[] {"2024-01-01T10:15:30+01:00[UTC]", "2024-01-01T10:15:30Z[UTC]", "2024-01-01T10:15:30+01:00",
                "2024-01-01T10:15:30Z[Etc/GMT]", "2024-01-01T10:15:30+01:00[GMT+01:00]", "2024-01-01T10:15:30+01:00[Mars/Base]",
                "2024-01-01T10:15:30Z[utc]"}) {
            t("parse '" + s + "'", () -> ZonedDateTime.parse(s));
        }
        t("systemDefault", () -> ZoneId.systemDefault().equals(TimeZone.getDefault().toZoneId()));
        t("available", () -> ZoneId.getAvailableZoneIds().contains("UTC") + " " + ZoneId.getAvailableZoneIds().contains("Etc/UTC"));
        try {
            ZoneId.of(null);
        } catch (NullPointerException e) {
            System.out.println("null: " + e.getMessage());
        } catch (DateTimeException e) {
            System.out.println("unexpected " + e);
        }
    }
}
