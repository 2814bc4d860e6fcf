package time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** LocalDate: construction, text, arithmetic, fields, adjusters and the exceptions HotSpot throws. */
public class Dates {
    static void t(String label, Supplier<Object> s) {
        try {
            System.out.println(label + ": " + s.get());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        // toString of every kind of year
        int[] years = {2024, 1, 0, -1, 999, -999, 1000, -1000, 9999, 10000, -10000, 123456, 999999999, -999999999};
        for (int y : years) {
            t("year " + y, () -> LocalDate.of(y, 1, 1));
        }
        t("MIN", () -> LocalDate.MIN);
        t("MAX", () -> LocalDate.MAX);
        t("EPOCH", () -> LocalDate.EPOCH);

        // leap years and month lengths
        for (int y : new int[] {1900, 2000, 2023, 2024, 2100, 2400, -4, 0}) {
            LocalDate d = LocalDate.of(y, 2, 1);
            System.out.println(y + " leap=" + d.isLeapYear() + " feb=" + d.lengthOfMonth() + " len=" + d.lengthOfYear());
        }
        for (Month m : Month.values()) {
            LocalDate d = LocalDate.of(2023, m, 1);
            System.out.print(d.lengthOfMonth() + (m == Month.DECEMBER ? "\n" : " "));
        }

        // epoch days, both ways, across a wide range
        long[] epochDays = {0, 1, -1, 365, -365, 10957, 19723, 47482, -719528, -719529, 2932896, -365243219162L, 365241780471L};
        for (long e : epochDays) {
            LocalDate d = LocalDate.ofEpochDay(e);
            System.out.println("epochDay " + e + " -> " + d + " -> " + d.toEpochDay() + " " + d.getDayOfWeek()
                    + " doy=" + d.getDayOfYear());
        }
        long sum = 0;
        for (long e = -800000; e < 800000; e += 997) {
            LocalDate d = LocalDate.ofEpochDay(e);
            if (d.toEpochDay() != e) {
                System.out.println("round trip failed at " + e);
            }
            sum += d.getYear() * 31L + d.getMonthValue() * 7L + d.getDayOfMonth();
        }
        System.out.println("checksum " + sum);
        t("epochDay too big", () -> LocalDate.ofEpochDay(365241780472L));
        t("epochDay too small", () -> LocalDate.ofEpochDay(-365243219163L));

        // invalid dates
        t("feb 29 2023", () -> LocalDate.of(2023, 2, 29));
        t("feb 30 2024", () -> LocalDate.of(2024, 2, 30));
        t("apr 31", () -> LocalDate.of(2024, 4, 31));
        t("month 13", () -> LocalDate.of(2024, 13, 1));
        t("day 0", () -> LocalDate.of(2024, 1, 0));
        t("day 32", () -> LocalDate.of(2024, 1, 32));
        t("year too big", () -> LocalDate.of(1_000_000_000, 1, 1));
        t("ofYearDay 366", () -> LocalDate.ofYearDay(2023, 366));
        t("ofYearDay 366 leap", () -> LocalDate.ofYearDay(2024, 366));
        t("ofYearDay 60", () -> LocalDate.ofYearDay(2024, 60));
        t("ofYearDay 0", () -> LocalDate.ofYearDay(2024, 0));
        t("Month.of(0)", () -> Month.of(0));
        t("DayOfWeek.of(8)", () -> DayOfWeek.of(8));

        // arithmetic, month ends clamp
        LocalDate jan31 = LocalDate.of(2024, 1, 31);
        t("jan31+1M", () -> jan31.plusMonths(1));
        t("jan31+13M", () -> jan31.plusMonths(13));
        t("jan31-2M", () -> jan31.minusMonths(2));
        t("feb29+1Y", () -> LocalDate.of(2024, 2, 29).plusYears(1));
        t("feb29+4Y", () -> LocalDate.of(2024, 2, 29).plusYears(4));
        t("plusDays(366)", () -> jan31.plusDays(366));
        t("minusDays(-1)", () -> jan31.minusDays(-1));
        t("plusWeeks(-52)", () -> jan31.plusWeeks(-52));
        t("plus decades", () -> jan31.plus(3, ChronoUnit.DECADES));
        t("plus centuries", () -> jan31.plus(-21, ChronoUnit.CENTURIES));
        t("plus millennia", () -> jan31.plus(1, ChronoUnit.MILLENNIA));
        t("plus eras", () -> jan31.plus(-1, ChronoUnit.ERAS));
        t("plus hours", () -> jan31.plus(1, ChronoUnit.HOURS));
        t("plus period", () -> jan31.plus(Period.of(1, 1, 1)));
        t("minus period", () -> jan31.minus(Period.ofMonths(11)));
        t("plusDays overflow", () -> LocalDate.MAX.plusDays(1));
        t("plusDays long overflow", () -> LocalDate.MAX.plusDays(Long.MAX_VALUE));
        t("plusYears overflow", () -> LocalDate.MAX.plusYears(1));
        t("plusMonths overflow", () -> LocalDate.MIN.minusMonths(1));

        // with / fields
        LocalDate d = LocalDate.of(2024, 3, 15);
        t("withDayOfMonth(31)", () -> d.withDayOfMonth(31));
        t("withDayOfMonth(32)", () -> d.withDayOfMonth(32));
        t("withMonth(2)", () -> LocalDate.of(2023, 3, 31).withMonth(2));
        t("withYear(2023)", () -> LocalDate.of(2024, 2, 29).withYear(2023));
        t("withDayOfYear(366)", () -> d.withDayOfYear(366));
        t("with(DAY_OF_WEEK, 7)", () -> d.with(ChronoField.DAY_OF_WEEK, 7));
        t("with(YEAR_OF_ERA)", () -> LocalDate.of(-5, 6, 1).with(ChronoField.YEAR_OF_ERA, 10));
        t("with(ERA, 0)", () -> d.with(ChronoField.ERA, 0));
        t("with(HOUR_OF_DAY)", () -> d.with(ChronoField.HOUR_OF_DAY, 1));
        t("with(MONTH_OF_YEAR, 13)", () -> d.with(ChronoField.MONTH_OF_YEAR, 13));
        for (ChronoField f : ChronoField.values()) {
            if (d.isSupported(f)) {
                System.out.println(f + " = " + d.getLong(f) + " range " + d.range(f));
            } else {
                t(f.toString(), () -> d.getLong(f));
            }
        }
        t("get(EPOCH_DAY)", () -> d.get(ChronoField.EPOCH_DAY));
        t("range(HOUR)", () -> d.range(ChronoField.HOUR_OF_DAY));
        t("era", () -> LocalDate.of(0, 1, 1).getEra() + " " + d.getEra());
        t("chronology", () -> d.getChronology() + " " + (d.getChronology() == IsoChronology.INSTANCE));

        // adjusters
        t("firstDayOfMonth", () -> d.with(TemporalAdjusters.firstDayOfMonth()));
        t("lastDayOfMonth", () -> LocalDate.of(2024, 2, 10).with(TemporalAdjusters.lastDayOfMonth()));
        t("firstDayOfNextMonth", () -> LocalDate.of(2024, 12, 10).with(TemporalAdjusters.firstDayOfNextMonth()));
        t("lastDayOfYear", () -> d.with(TemporalAdjusters.lastDayOfYear()));
        t("firstDayOfNextYear", () -> d.with(TemporalAdjusters.firstDayOfNextYear()));
        t("next(MONDAY)", () -> d.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        t("next(FRIDAY)", () -> d.with(TemporalAdjusters.next(DayOfWeek.FRIDAY)));
        t("nextOrSame(FRIDAY)", () -> d.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
        t("previous(SUNDAY)", () -> d.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)));
        t("previousOrSame(FRIDAY)", () -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY)));
        t("firstInMonth(TUESDAY)", () -> d.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)));
        t("lastInMonth(TUESDAY)", () -> d.with(TemporalAdjusters.lastInMonth(DayOfWeek.TUESDAY)));
        t("dayOfWeekInMonth(3, WED)", () -> d.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.WEDNESDAY)));
        t("dayOfWeekInMonth(-2, WED)", () -> d.with(TemporalAdjusters.dayOfWeekInMonth(-2, DayOfWeek.WEDNESDAY)));
        t("ofDateAdjuster", () -> d.with(TemporalAdjusters.ofDateAdjuster(x -> x.plusDays(10))));
        t("Month adjuster", () -> d.with(Month.FEBRUARY));
        t("DayOfWeek adjuster", () -> d.with(DayOfWeek.SUNDAY));

        // differences
        LocalDate a = LocalDate.of(2020, 1, 31);
        LocalDate b = LocalDate.of(2024, 3, 1);
        for (ChronoUnit u : new ChronoUnit[] {ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS,
                ChronoUnit.DECADES, ChronoUnit.CENTURIES, ChronoUnit.MILLENNIA, ChronoUnit.ERAS}) {
            System.out.println(u + " " + u.between(a, b) + " " + u.between(b, a) + " " + a.until(b, u));
        }
        t("between HOURS", () -> ChronoUnit.HOURS.between(a, b));
        t("until", () -> a.until(b) + " " + b.until(a));
        t("Period.between", () -> Period.between(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29)));
        t("Period.between neg", () -> Period.between(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 2, 1)));
        t("Period.between same", () -> Period.between(a, a));
        t("between leap", () -> Period.between(LocalDate.of(2020, 2, 29), LocalDate.of(2021, 2, 28)));

        // comparison, equality, hashing
        List<LocalDate> list = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            list.add(LocalDate.of(2000 + (i * 7) % 5, 1 + (i * 5) % 12, 1 + (i * 11) % 28));
        }
        Collections.sort(list);
        System.out.println(list);
        System.out.println(a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(a)
                + " " + LocalDate.of(2024, 1, 5).compareTo(LocalDate.of(2024, 1, 1)));
        System.out.println(a.isBefore(b) + " " + a.isAfter(b) + " " + a.isEqual(LocalDate.of(2020, 1, 31)));
        System.out.println(a.equals(LocalDate.of(2020, 1, 31)) + " " + (a.hashCode() == LocalDate.of(2020, 1, 31).hashCode())
                + " " + a.equals(null) + " " + a.equals("2020-01-31"));
        System.out.println(LocalDate.of(2024, 6, 15).hashCode() + " " + LocalDate.of(-5, 1, 1).hashCode());

        // streams
        System.out.println(LocalDate.of(2024, 2, 26).datesUntil(LocalDate.of(2024, 3, 3))
                .map(LocalDate::toString).collect(Collectors.joining(",")));
        System.out.println(LocalDate.of(2024, 1, 31).datesUntil(LocalDate.of(2024, 6, 1), Period.ofMonths(1))
                .map(LocalDate::toString).collect(Collectors.joining(",")));
        t("datesUntil backwards", () -> b.datesUntil(a).count());

        // conversions
        t("atStartOfDay", () -> d.atStartOfDay());
        t("atTime", () -> d.atTime(23, 59, 59, 999_999_999));
        t("atTime invalid", () -> d.atTime(24, 0));
        t("toEpochSecond", () -> d.toEpochSecond(java.time.LocalTime.NOON, ZoneOffset.ofHours(2)));
        t("atStartOfDay(zone)", () -> d.atStartOfDay(ZoneOffset.UTC));
        t("from(LocalDateTime)", () -> LocalDate.from(d.atTime(10, 0)));
        t("from(LocalTime)", () -> LocalDate.from(java.time.LocalTime.of(10, 15)));
        t("ofInstant", () -> LocalDate.ofInstant(java.time.Instant.ofEpochSecond(-1), ZoneOffset.UTC));
        t("ofInstant +14", () -> LocalDate.ofInstant(java.time.Instant.ofEpochSecond(86400 - 3600), ZoneOffset.ofHours(14)));

        // parsing
        for (String s : new String[] {"2024-02-29", "+10000-01-01", "-0001-12-31", "0000-01-01", "2023-02-29",
                "2024-1-01", "20240101", "2024-01-01x", "", "+2024-01-01", "2024-00-10", "2024-12-32", " 2024-01-01"}) {
            t("parse '" + s + "'", () -> LocalDate.parse(s));
        }
        t("parse null", () -> LocalDate.parse(null));
        LocalDate now = LocalDate.now();
        System.out.println("now sane: " + (now.getYear() >= 2020 && now.getYear() < 2200));
    }
}
