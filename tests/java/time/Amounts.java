package time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.ValueRange;
import java.util.Locale;
import java.util.function.Supplier;

/** Period, Year, YearMonth, MonthDay, DayOfWeek, Month, ValueRange and the unit and field enums. */
public class Amounts {
    static void t(String label, Supplier<Object> s) {
        try {
            System.out.println(label + ": " + s.get());
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
        Period[] ps = {Period.ZERO, Period.ofDays(0), Period.ofYears(1), Period.ofMonths(-14), Period.ofWeeks(3),
            Period.of(1, -2, 3), Period.of(0, 25, -40), Period.of(Integer.MIN_VALUE, 0, 0)};
        for (Period p : ps) {
            System.out.println(p + " zero=" + p.isZero() + " neg=" + p.isNegative() + " total=" + p.toTotalMonths()
                    + " norm=" + p.normalized() + " units=" + p.getUnits() + " chrono=" + p.getChronology());
        }
        t("ofWeeks overflow", () -> Period.ofWeeks(Integer.MAX_VALUE));
        t("negated MIN", () -> Period.ofYears(Integer.MIN_VALUE).negated());
        t("plus", () -> Period.of(1, 2, 3).plus(Period.of(-1, -2, -3)) + " " + Period.of(1, 2, 3).plusDays(-3).plusMonths(10));
        t("plus Duration", () -> Period.ofDays(1).plus(java.time.Duration.ofDays(1)));
        t("from Duration", () -> Period.from(java.time.Duration.ofDays(1)));
        t("minus", () -> Period.of(1, 2, 3).minus(Period.ofYears(5)) + " " + Period.ofDays(1).minusYears(Long.MIN_VALUE + 1));
        t("plusYears overflow", () -> Period.ofYears(Integer.MAX_VALUE).plusYears(1));
        t("multipliedBy", () -> Period.of(1, 2, 3).multipliedBy(-4) + " " + Period.of(1, 2, 3).multipliedBy(0));
        t("with", () -> Period.of(1, 2, 3).withYears(0).withMonths(0).withDays(0) + " " + (Period.of(1, 2, 3).withDays(0).withMonths(0).withYears(0) == Period.ZERO));
        t("get", () -> Period.of(1, 2, 3).get(ChronoUnit.MONTHS) + " " + Period.of(1, 2, 3).get(ChronoUnit.WEEKS));
        t("equals", () -> Period.of(1, 2, 3).equals(Period.of(1, 2, 3)) + " " + Period.ofMonths(12).equals(Period.ofYears(1))
                + " " + Period.of(1, 2, 3).hashCode() + " " + Period.ofWeeks(1).equals(Period.ofDays(7)));
        t("addTo", () -> LocalDate.of(2024, 1, 31).plus(Period.of(0, 1, 1)) + " " + Period.ofMonths(1).addTo(LocalDate.of(2024, 3, 31))
                + " " + Period.ofYears(1).subtractFrom(LocalDate.of(2024, 2, 29)));
        t("addTo time", () -> Period.ofDays(1).addTo(java.time.LocalTime.NOON));
        for (String s : new String[] {"P1Y2M3D", "P2Y", "P3M", "P4W", "P5D", "P1Y2M3W4D", "-P1Y2M", "P-1Y2M", "+P1D", "p1y",
                "P", "PT1H", "P1D2M", "P2147483648D", "-P-2147483648D", "P1W2W", "P 1D", "P1.5D", "P2147483647W"}) {
            t("parse '" + s + "'", () -> Period.parse(s));
        }

        // Year
        t("Year", () -> Year.of(2024) + " " + Year.of(-5) + " " + Year.of(2024).isLeap() + " " + Year.isLeap(1900)
                + " " + Year.of(2024).length() + " " + Year.MIN_VALUE + " " + Year.MAX_VALUE);
        t("Year invalid", () -> Year.of(Year.MAX_VALUE + 1));
        t("Year at", () -> Year.of(2023).atDay(59) + " " + Year.of(2024).atMonth(2) + " " + Year.of(2024).atMonth(Month.MAY)
                + " " + Year.of(2023).atMonthDay(MonthDay.of(2, 29)));
        t("Year atDay 366", () -> Year.of(2023).atDay(366));
        t("Year plus", () -> Year.of(2024).plusYears(-2030) + " " + Year.of(2024).plus(3, ChronoUnit.CENTURIES) + " "
                + Year.of(2024).until(Year.of(1000), ChronoUnit.DECADES));
        t("Year plus DAYS", () -> Year.of(2024).plus(1, ChronoUnit.DAYS));
        t("Year fields", () -> Year.of(-5).get(ChronoField.YEAR_OF_ERA) + " " + Year.of(-5).get(ChronoField.ERA) + " "
                + Year.of(2024).range(ChronoField.YEAR_OF_ERA));
        t("Year parse", () -> Year.parse("2024") + " " + Year.parse("-12") + " " + Year.parse("+99999"));
        t("Year parse bad", () -> Year.parse("20x4"));
        t("Year compare", () -> Year.of(2024).compareTo(Year.of(2020)) + " " + Year.of(2024).isAfter(Year.of(2020))
                + " " + Year.of(2024).equals(Year.of(2024)) + " " + Year.of(2024).isValidMonthDay(MonthDay.of(2, 29)));
        t("Year from", () -> Year.from(LocalDate.of(1999, 12, 31)));
        t("Year from bad", () -> Year.from(java.time.LocalTime.NOON));

        // YearMonth
        YearMonth ym = YearMonth.of(2024, 2);
        t("YearMonth", () -> ym + " " + ym.lengthOfMonth() + " " + ym.lengthOfYear() + " " + ym.isLeapYear() + " "
                + ym.atEndOfMonth() + " " + ym.atDay(1) + " " + ym.isValidDay(30));
        t("YearMonth text", () -> YearMonth.of(5, 1) + " " + YearMonth.of(-5, 12) + " " + YearMonth.of(12345, 6));
        t("YearMonth plus", () -> ym.plusMonths(11) + " " + ym.minusMonths(2) + " " + ym.plusYears(-2024) + " "
                + ym.plus(java.time.Period.ofYears(1)));
        t("YearMonth until", () -> ym.until(YearMonth.of(2026, 1), ChronoUnit.MONTHS) + " " + ym.until(YearMonth.of(2026, 1), ChronoUnit.YEARS));
        t("YearMonth atDay 30", () -> ym.atDay(30));
        t("YearMonth invalid", () -> YearMonth.of(2024, 0));
        t("YearMonth parse", () -> YearMonth.parse("2024-02") + " " + YearMonth.parse("+12345-12"));
        t("YearMonth parse bad", () -> YearMonth.parse("2024-13"));
        t("YearMonth parse bad2", () -> YearMonth.parse("2024/01"));
        t("YearMonth compare", () -> ym.compareTo(YearMonth.of(2023, 5)) + " " + ym.compareTo(YearMonth.of(2024, 5))
                + " " + ym.equals(YearMonth.of(2024, 2)) + " " + ym.getMonth() + " " + ym.getMonthValue() + " " + ym.getYear());
        t("YearMonth with", () -> ym.withMonth(12) + " " + ym.withYear(1) + " " + ym.with(ChronoField.PROLEPTIC_MONTH, 0));
        t("YearMonth from", () -> YearMonth.from(LocalDate.of(2024, 5, 17)));

        // MonthDay
        t("MonthDay", () -> MonthDay.of(2, 29) + " " + MonthDay.of(Month.DECEMBER, 1) + " " + MonthDay.of(2, 29).isValidYear(2023)
                + " " + MonthDay.of(2, 29).atYear(2023) + " " + MonthDay.of(2, 29).atYear(2024));
        t("MonthDay invalid", () -> MonthDay.of(2, 30));
        t("MonthDay invalid2", () -> MonthDay.of(4, 31));
        t("MonthDay invalid3", () -> MonthDay.of(13, 1));
        t("MonthDay parse", () -> MonthDay.parse("--12-03") + " " + MonthDay.parse("--02-29"));
        t("MonthDay parse bad", () -> MonthDay.parse("12-03"));
        t("MonthDay parse bad2", () -> MonthDay.parse("--02-30"));
        t("MonthDay with", () -> MonthDay.of(3, 31).with(Month.FEBRUARY) + " " + MonthDay.of(3, 31).withDayOfMonth(1)
                + " " + MonthDay.of(1, 31).compareTo(MonthDay.of(2, 1)) + " " + MonthDay.of(2, 1).isAfter(MonthDay.of(1, 31)));
        t("MonthDay range", () -> MonthDay.of(2, 1).range(ChronoField.DAY_OF_MONTH) + " " + MonthDay.of(4, 1).range(ChronoField.DAY_OF_MONTH));
        t("MonthDay adjust", () -> LocalDate.of(2023, 1, 1).with(MonthDay.of(2, 29)));

        // DayOfWeek and Month
        for (DayOfWeek d : DayOfWeek.values()) {
            System.out.print(d + "/" + d.getValue() + "/" + d.getDisplayName(TextStyle.SHORT, Locale.US) + "/"
                    + d.getDisplayName(TextStyle.FULL, Locale.US) + "/" + d.getDisplayName(TextStyle.NARROW, Locale.US)
                    + "/" + d.plus(100) + "/" + d.minus(-3) + " ");
        }
        System.out.println();
        for (Month m : Month.values()) {
            System.out.println(m + " " + m.getValue() + " " + m.getDisplayName(TextStyle.SHORT, Locale.US) + " "
                    + m.getDisplayName(TextStyle.FULL_STANDALONE, Locale.US) + " " + m.minLength() + " " + m.maxLength()
                    + " " + m.firstDayOfYear(false) + " " + m.firstDayOfYear(true) + " " + m.firstMonthOfQuarter()
                    + " " + m.plus(13) + " " + m.minus(25));
        }
        t("Month.from", () -> Month.from(LocalDate.of(2024, 8, 1)) + " " + DayOfWeek.from(LocalDate.of(2024, 8, 1)));
        t("Month.from bad", () -> Month.from(java.time.LocalTime.NOON));
        t("DayOfWeek.from bad", () -> DayOfWeek.from(YearMonth.of(2024, 1)));
        t("Month get", () -> Month.MAY.get(ChronoField.MONTH_OF_YEAR) + " " + Month.MAY.range(ChronoField.MONTH_OF_YEAR));
        t("Month getLong bad", () -> Month.MAY.getLong(ChronoField.YEAR));

        // ValueRange
        t("ValueRange", () -> ValueRange.of(1, 12) + " " + ValueRange.of(1, 28, 31) + " " + ValueRange.of(0, 1, 5, 7)
                + " " + ValueRange.of(1, 28, 31).isFixed() + " " + ValueRange.of(Long.MIN_VALUE, Long.MAX_VALUE).isIntValue());
        t("ValueRange bad", () -> ValueRange.of(5, 1));
        t("ValueRange bad2", () -> ValueRange.of(1, 10, 5));
        t("ValueRange check", () -> ValueRange.of(1, 12).checkValidValue(13, ChronoField.MONTH_OF_YEAR));
        t("ValueRange check null", () -> ValueRange.of(1, 12).checkValidIntValue(0, null));
        t("ValueRange eq", () -> ValueRange.of(1, 12).equals(ChronoField.MONTH_OF_YEAR.range()) + " "
                + (ValueRange.of(1, 12).hashCode() == ChronoField.MONTH_OF_YEAR.range().hashCode()));

        // units and fields
        for (ChronoUnit u : ChronoUnit.values()) {
            System.out.println(u.name() + " " + u + " " + u.getDuration() + " est=" + u.isDurationEstimated() + " date="
                    + u.isDateBased() + " time=" + u.isTimeBased() + " date?" + u.isSupportedBy(LocalDate.of(2024, 1, 1)));
        }
        for (ChronoField f : ChronoField.values()) {
            System.out.println(f.name() + " " + f + " " + f.getBaseUnit() + " " + f.getRangeUnit() + " " + f.range()
                    + " date=" + f.isDateBased() + " time=" + f.isTimeBased() + " " + f.getDisplayName(Locale.US));
        }
        t("checkValidIntValue", () -> ChronoField.INSTANT_SECONDS.checkValidIntValue(1));
        t("checkValidValue", () -> ChronoField.HOUR_OF_DAY.checkValidValue(24));
        t("valueOf", () -> ChronoUnit.valueOf("DAYS") + " " + ChronoField.valueOf("ERA"));
    }
}
