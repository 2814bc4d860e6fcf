package time;

import java.time.*;
import java.time.format.DateTimeFormatter;
import java.time.temporal.*;
import java.util.*;

public class WeekFieldsAndIsoFields {
    static String all(WeekFields wf, LocalDate d) {
        return d + " " + d.getDayOfWeek().toString().substring(0, 3) + " dow=" + d.get(wf.dayOfWeek()) + " wom="
                + d.get(wf.weekOfMonth()) + " woy=" + d.get(wf.weekOfYear()) + " wowby=" + d.get(wf.weekOfWeekBasedYear())
                + " wby=" + d.get(wf.weekBasedYear());
    }

    static void tryIt(String label, java.util.concurrent.Callable<Object> c) {
        try {
            System.out.println(label + " = " + c.call());
        } catch (Exception e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        WeekFields[] defs = {WeekFields.ISO, WeekFields.SUNDAY_START, WeekFields.of(DayOfWeek.SATURDAY, 3),
                WeekFields.of(DayOfWeek.WEDNESDAY, 7), WeekFields.of(DayOfWeek.MONDAY, 1)};
        for (WeekFields wf : defs) {
            System.out.println(wf + " first=" + wf.getFirstDayOfWeek() + " min=" + wf.getMinimalDaysInFirstWeek()
                    + " hash=" + wf.hashCode());
        }
        System.out.println("cached: " + (WeekFields.of(DayOfWeek.MONDAY, 4) == WeekFields.ISO) + " equals: "
                + WeekFields.of(DayOfWeek.SUNDAY, 1).equals(WeekFields.SUNDAY_START) + " "
                + WeekFields.ISO.equals(WeekFields.SUNDAY_START));
        for (Locale l : new Locale[] {Locale.US, Locale.UK, Locale.FRANCE, Locale.GERMANY, Locale.JAPAN, Locale.CANADA,
                Locale.ITALY, Locale.CHINA, Locale.KOREA, new Locale("pt", "BR"), new Locale("ar", "EG"),
                new Locale("en", "IE"), Locale.ENGLISH, Locale.FRENCH, Locale.ROOT, Locale.forLanguageTag("en-AU"),
                Locale.forLanguageTag("pt-PT"), Locale.forLanguageTag("dv-MV"), Locale.forLanguageTag("fa-IR"),
                Locale.forLanguageTag("en-001"), Locale.forLanguageTag("es-AR")}) {
            System.out.println("of(" + l + ") = " + WeekFields.of(l));
        }

        // Around year ends, for several definitions
        LocalDate[] dates = {LocalDate.of(2020, 12, 27), LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 1, 3), LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 10), LocalDate.of(2021, 6, 15),
                LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 2), LocalDate.of(2024, 12, 30),
                LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 1), LocalDate.of(2015, 12, 31), LocalDate.of(2016, 1, 1),
                LocalDate.of(2000, 2, 29), LocalDate.of(2008, 12, 29), LocalDate.of(2009, 12, 31)};
        for (WeekFields wf : defs) {
            System.out.println("== " + wf);
            for (LocalDate d : dates) System.out.println(all(wf, d));
        }

        // every day of January 2023 and last week of December 2023
        StringBuilder sb = new StringBuilder();
        for (LocalDate d = LocalDate.of(2022, 12, 25); d.isBefore(LocalDate.of(2023, 2, 3)); d = d.plusDays(1)) {
            sb.append(d.getDayOfMonth()).append(':').append(d.get(WeekFields.SUNDAY_START.weekOfMonth())).append('/')
                    .append(d.get(WeekFields.ISO.weekOfMonth())).append(' ');
        }
        System.out.println("wom: " + sb);

        // with(...)
        LocalDate d = LocalDate.of(2021, 6, 15);
        for (WeekFields wf : new WeekFields[] {WeekFields.ISO, WeekFields.SUNDAY_START}) {
            System.out.println(wf + " with dow 1: " + d.with(wf.dayOfWeek(), 1) + " 7: " + d.with(wf.dayOfWeek(), 7));
            System.out.println(wf + " with woy 1: " + d.with(wf.weekOfYear(), 1) + " 53: " + d.with(wf.weekOfYear(), 53)
                    + " 0: " + d.with(wf.weekOfYear(), 0));
            System.out.println(wf + " with wom 1: " + d.with(wf.weekOfMonth(), 1) + " 5: " + d.with(wf.weekOfMonth(), 5));
            System.out.println(wf + " with wowby 1: " + d.with(wf.weekOfWeekBasedYear(), 1) + " 52: "
                    + d.with(wf.weekOfWeekBasedYear(), 52));
            System.out.println(wf + " with wby 2020: " + d.with(wf.weekBasedYear(), 2020) + " 2026: "
                    + d.with(wf.weekBasedYear(), 2026));
            System.out.println(wf + " LDT with: " + LocalDateTime.of(2021, 6, 15, 10, 30).with(wf.dayOfWeek(), 3));
        }
        // adjusting the first/last day of the week
        TemporalField dow = WeekFields.of(Locale.US).dayOfWeek();
        System.out.println("US week of " + d + ": " + d.with(dow, 1) + " .. " + d.with(dow, 7));

        // ranges
        for (WeekFields wf : new WeekFields[] {WeekFields.ISO, WeekFields.SUNDAY_START}) {
            for (TemporalField f : new TemporalField[] {wf.dayOfWeek(), wf.weekOfMonth(), wf.weekOfYear(),
                    wf.weekOfWeekBasedYear(), wf.weekBasedYear()}) {
                System.out.println(wf + " " + f + " base=" + f.getBaseUnit() + " rangeUnit=" + f.getRangeUnit()
                        + " range=" + f.range() + " refined(2021-02-10)=" + LocalDate.of(2021, 2, 10).range(f)
                        + " refined(2020-12-31)=" + LocalDate.of(2020, 12, 31).range(f) + " dateBased=" + f.isDateBased()
                        + " timeBased=" + f.isTimeBased() + " name=" + f.getDisplayName(Locale.US));
            }
        }
        System.out.println("supported: " + LocalDate.now().isSupported(WeekFields.ISO.weekOfYear()) + " "
                + LocalTime.NOON.isSupported(WeekFields.ISO.weekOfYear()) + " "
                + LocalDateTime.of(2020, 1, 1, 0, 0).isSupported(WeekFields.ISO.dayOfWeek()));
        tryIt("LocalTime.get(woy)", () -> LocalTime.NOON.get(WeekFields.ISO.weekOfYear()));
        tryIt("of(MONDAY, 0)", () -> WeekFields.of(DayOfWeek.MONDAY, 0));
        tryIt("of(MONDAY, 8)", () -> WeekFields.of(DayOfWeek.MONDAY, 8));
        tryIt("with dow 8", () -> d.with(WeekFields.ISO.dayOfWeek(), 8));
        tryIt("with woy 60", () -> d.with(WeekFields.ISO.weekOfYear(), 60));

        // IsoFields
        System.out.println("== IsoFields");
        for (LocalDate x : dates) {
            System.out.println(x + " q=" + x.get(IsoFields.QUARTER_OF_YEAR) + " doq=" + x.get(IsoFields.DAY_OF_QUARTER)
                    + " week=" + x.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " wby=" + x.get(IsoFields.WEEK_BASED_YEAR)
                    + " same as WeekFields.ISO: " + (x.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == x.get(WeekFields.ISO.weekOfWeekBasedYear())));
        }
        System.out.println("with quarter 3: " + d.with(IsoFields.QUARTER_OF_YEAR, 3) + " doq 1: "
                + d.with(IsoFields.DAY_OF_QUARTER, 1) + " week 1: " + d.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1)
                + " wby 2020: " + d.with(IsoFields.WEEK_BASED_YEAR, 2020));
        System.out.println("plus quarters: " + d.plus(2, IsoFields.QUARTER_YEARS) + " plus wby: "
                + d.plus(1, IsoFields.WEEK_BASED_YEARS) + " between: "
                + IsoFields.QUARTER_YEARS.between(LocalDate.of(2020, 1, 1), d) + " "
                + IsoFields.WEEK_BASED_YEARS.between(LocalDate.of(2015, 1, 1), d));
        System.out.println("units: " + IsoFields.QUARTER_YEARS + " " + IsoFields.QUARTER_YEARS.getDuration() + " "
                + IsoFields.WEEK_BASED_YEARS + " " + IsoFields.WEEK_BASED_YEARS.getDuration() + " "
                + IsoFields.WEEK_BASED_YEARS.isDurationEstimated() + " " + WeekFields.WEEK_BASED_YEARS);
        System.out.println("fields: " + IsoFields.QUARTER_OF_YEAR + " " + IsoFields.DAY_OF_QUARTER + " "
                + IsoFields.WEEK_OF_WEEK_BASED_YEAR + " " + IsoFields.WEEK_BASED_YEAR + " ranges "
                + IsoFields.DAY_OF_QUARTER.range() + " " + IsoFields.WEEK_OF_WEEK_BASED_YEAR.range() + " "
                + LocalDate.of(2020, 5, 5).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " "
                + LocalDate.of(2021, 5, 5).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " "
                + LocalDate.of(2020, 2, 5).range(IsoFields.DAY_OF_QUARTER) + " "
                + LocalDate.of(2021, 2, 5).range(IsoFields.DAY_OF_QUARTER));
        System.out.println("iso names: " + IsoFields.WEEK_OF_WEEK_BASED_YEAR.getDisplayName(Locale.US) + " "
                + IsoFields.QUARTER_OF_YEAR.getDisplayName(Locale.US) + " " + IsoFields.WEEK_BASED_YEAR.getDisplayName(Locale.US));
        tryIt("LocalTime q", () -> LocalTime.NOON.get(IsoFields.QUARTER_OF_YEAR));
        tryIt("quarter 5", () -> d.with(IsoFields.QUARTER_OF_YEAR, 5));
        // week-numbering report
        Map<Integer, Integer> weeks = new TreeMap<>();
        for (LocalDate x = LocalDate.of(2019, 12, 20); x.isBefore(LocalDate.of(2021, 1, 10)); x = x.plusDays(1)) {
            weeks.merge(x.get(WeekFields.SUNDAY_START.weekOfYear()), 1, Integer::sum);
        }
        System.out.println("days per SUNDAY_START week: " + weeks);
    }
}
