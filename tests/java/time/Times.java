package time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/** LocalTime and LocalDateTime: text forms, wrap-around, truncation, differences, exceptions. */
public class Times {
    static void t(String label, Supplier<Object> s) {
        try {
            System.out.println(label + ": " + s.get());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] nanos = {0, 1, 10, 999, 1000, 1_000_000, 120_000_000, 123_400_000, 123_456_000, 123_456_789, 999_999_999};
        for (int n : nanos) {
            t("nano " + n, () -> LocalTime.of(1, 2, 3, n));
        }
        t("no seconds", () -> LocalTime.of(23, 5));
        t("seconds", () -> LocalTime.of(0, 0, 7));
        t("MIN/MAX/NOON", () -> LocalTime.MIN + " " + LocalTime.MAX + " " + LocalTime.NOON + " " + LocalTime.MIDNIGHT);
        t("hour 24", () -> LocalTime.of(24, 0));
        t("minute 60", () -> LocalTime.of(1, 60));
        t("second -1", () -> LocalTime.of(1, 1, -1));
        t("nano 1e9", () -> LocalTime.of(1, 1, 1, 1_000_000_000));
        t("ofSecondOfDay", () -> LocalTime.ofSecondOfDay(86399));
        t("ofSecondOfDay 86400", () -> LocalTime.ofSecondOfDay(86400));
        t("ofNanoOfDay", () -> LocalTime.ofNanoOfDay(45_296_789_000_123L));
        t("ofNanoOfDay -1", () -> LocalTime.ofNanoOfDay(-1));

        LocalTime tm = LocalTime.of(22, 45, 30, 500_000_000);
        t("plusHours(5)", () -> tm.plusHours(5));
        t("plusHours(-23)", () -> tm.plusHours(-23));
        t("plusMinutes(1000)", () -> tm.plusMinutes(1000));
        t("plusSeconds(-86401)", () -> tm.plusSeconds(-86401));
        t("plusNanos(Long.MAX)", () -> tm.plusNanos(Long.MAX_VALUE));
        t("minusNanos(Long.MIN)", () -> tm.minusNanos(Long.MIN_VALUE));
        t("minusHours(25)", () -> tm.minusHours(25));
        t("plus(3, HALF_DAYS)", () -> tm.plus(3, ChronoUnit.HALF_DAYS));
        t("plus(1, MILLIS)", () -> tm.plus(1, ChronoUnit.MILLIS));
        t("plus(1, DAYS)", () -> tm.plus(1, ChronoUnit.DAYS));
        t("withHour(25)", () -> tm.withHour(25));
        t("withNano(1)", () -> tm.withNano(1));
        t("with(AMPM_OF_DAY, 0)", () -> tm.with(ChronoField.AMPM_OF_DAY, 0));
        t("with(CLOCK_HOUR_OF_AMPM, 12)", () -> tm.with(ChronoField.CLOCK_HOUR_OF_AMPM, 12));
        t("with(MINUTE_OF_DAY, 61)", () -> tm.with(ChronoField.MINUTE_OF_DAY, 61));
        t("with(YEAR)", () -> tm.with(ChronoField.YEAR, 2000));
        for (ChronoField f : ChronoField.values()) {
            if (tm.isSupported(f)) {
                System.out.println(f + " = " + tm.getLong(f));
            }
        }
        t("get(NANO_OF_DAY)", () -> tm.get(ChronoField.NANO_OF_DAY));
        t("getLong(DAY_OF_MONTH)", () -> tm.getLong(ChronoField.DAY_OF_MONTH));
        t("midnight fields", () -> LocalTime.MIDNIGHT.get(ChronoField.CLOCK_HOUR_OF_DAY) + " "
                + LocalTime.MIDNIGHT.get(ChronoField.CLOCK_HOUR_OF_AMPM) + " " + LocalTime.NOON.get(ChronoField.AMPM_OF_DAY));
        for (ChronoUnit u : new ChronoUnit[] {ChronoUnit.NANOS, ChronoUnit.MICROS, ChronoUnit.MILLIS, ChronoUnit.SECONDS,
                ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.HALF_DAYS, ChronoUnit.DAYS}) {
            t("truncatedTo " + u, () -> LocalTime.of(13, 47, 59, 987_654_321).truncatedTo(u));
        }
        t("truncatedTo WEEKS", () -> tm.truncatedTo(ChronoUnit.WEEKS));
        t("until MINUTES", () -> LocalTime.of(1, 0).until(LocalTime.of(0, 30, 59), ChronoUnit.MINUTES));
        t("until NANOS", () -> LocalTime.MIN.until(LocalTime.MAX, ChronoUnit.NANOS));
        t("until DAYS", () -> LocalTime.MIN.until(LocalTime.MAX, ChronoUnit.DAYS));
        t("compare", () -> LocalTime.of(1, 0).compareTo(LocalTime.of(2, 0)) + " " + tm.isAfter(LocalTime.NOON)
                + " " + tm.isBefore(LocalTime.NOON));
        t("toSecondOfDay", () -> tm.toSecondOfDay() + " " + tm.toNanoOfDay());
        t("hash eq", () -> (tm.hashCode() == LocalTime.of(22, 45, 30, 500_000_000).hashCode()) + " " + tm.equals(LocalTime.parse("22:45:30.5")));
        for (String s : new String[] {"10:15", "10:15:30", "10:15:30.1", "10:15:30.123456789", "10:15:30.1234567891",
                "24:00", "10:60", "10", "10:15:", "1:15", "10:15:30."}) {
            t("parse '" + s + "'", () -> LocalTime.parse(s));
        }

        // LocalDateTime
        LocalDateTime dt = LocalDateTime.of(2023, Month.DECEMBER, 31, 23, 59, 59, 999_999_999);
        t("dt", () -> dt);
        t("plusNanos(1)", () -> dt.plusNanos(1));
        t("plusSeconds(-86400*400)", () -> dt.plusSeconds(-86400L * 400));
        t("plusHours(25)", () -> dt.plusHours(25));
        t("minusMinutes(1441)", () -> dt.minusMinutes(1441));
        t("plus(1000, HALF_DAYS)", () -> dt.plus(1000, ChronoUnit.HALF_DAYS));
        t("plus(1, MONTHS)", () -> LocalDateTime.of(2024, 1, 31, 12, 0).plus(1, ChronoUnit.MONTHS));
        t("plus(-5, MICROS)", () -> dt.plus(-5, ChronoUnit.MICROS));
        t("plus(Long.MAX, NANOS)", () -> dt.plus(Long.MAX_VALUE, ChronoUnit.NANOS));
        t("plusYears overflow", () -> dt.plusYears(2_000_000_000L));
        t("MAX.plusNanos(1)", () -> LocalDateTime.MAX.plusNanos(1));
        t("MIN", () -> LocalDateTime.MIN);
        t("truncatedTo HOURS", () -> dt.truncatedTo(ChronoUnit.HOURS));
        t("withDayOfMonth(31)", () -> LocalDateTime.of(2024, 4, 1, 0, 0).withDayOfMonth(31));
        t("with(NANO_OF_DAY)", () -> dt.with(ChronoField.NANO_OF_DAY, 1));
        t("with(EPOCH_DAY)", () -> dt.with(ChronoField.EPOCH_DAY, 0));
        LocalDateTime s1 = LocalDateTime.of(2024, 1, 1, 10, 0);
        LocalDateTime s2 = LocalDateTime.of(2024, 3, 1, 9, 59, 59, 1);
        for (ChronoUnit u : ChronoUnit.values()) {
            t("until " + u, () -> s1.until(s2, u) + " / " + s2.until(s1, u));
        }
        t("atOffset", () -> s1.atOffset(ZoneOffset.ofHoursMinutes(-3, -30)));
        t("atZone", () -> s1.atZone(ZoneOffset.UTC));
        t("toEpochSecond", () -> s1.toEpochSecond(ZoneOffset.ofHours(1)));
        t("toInstant", () -> s1.toInstant(ZoneOffset.ofHours(-1)));
        t("ofEpochSecond", () -> LocalDateTime.ofEpochSecond(-1, 1, ZoneOffset.UTC));
        t("ofEpochSecond nano", () -> LocalDateTime.ofEpochSecond(0, 1_000_000_000, ZoneOffset.UTC));
        t("compare", () -> s1.compareTo(s2) + " " + s2.compareTo(s1) + " " + s1.isBefore(s2) + " " + s1.isEqual(s1));
        t("date/time", () -> s2.toLocalDate() + " " + s2.toLocalTime() + " " + s2.getDayOfWeek() + " " + s2.getDayOfYear());
        t("from(LocalDate)", () -> LocalDateTime.from(LocalDate.of(2024, 1, 1)));
        for (String s : new String[] {"2024-01-01T10:15", "2024-01-01T10:15:30.001", "2024-01-01t10:15", "2024-01-01 10:15",
                "2024-01-01T25:00", "2024-02-30T10:00", "+12345-06-07T08:09:10", "2024-01-01"}) {
            t("parse '" + s + "'", () -> LocalDateTime.parse(s));
        }
    }
}
