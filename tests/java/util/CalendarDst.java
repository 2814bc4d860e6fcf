package util;

import java.util.*;

/**
 * Wall-clock times that daylight saving skips or repeats, as GregorianCalendar resolves them
 * (set: standard time; add of days: the current offset where the hour repeats), and
 * Calendar.Builder.
 */
public class CalendarDst {
    public static void main(String[] args) {
        String[] zones = {"America/Chicago", "Europe/Berlin", "Australia/Sydney", "America/Los_Angeles",
                "Europe/London", "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Auckland", "UTC"};
        int[][] days = {{2024, 2, 10}, {2024, 10, 3}, {2024, 2, 31}, {2024, 9, 27}, {2024, 3, 7},
                {2024, 9, 6}, {2024, 8, 29}, {2024, 3, 6}};
        for (String z : zones) {
            TimeZone tz = TimeZone.getTimeZone(z);
            StringBuilder sb = new StringBuilder(z + ":");
            long h = 0;
            for (int[] d : days) {
                for (int hr = 0; hr < 5; hr++) {
                    for (int min : new int[] {0, 30, 59}) {
                        GregorianCalendar c = new GregorianCalendar(tz, Locale.US);
                        c.clear();
                        c.set(d[0], d[1], d[2], hr, min);
                        long t = c.getTimeInMillis();
                        if (min == 30) {
                            sb.append(' ').append(Math.floorMod(t / 60000, 1440)).append('/')
                                    .append(c.get(Calendar.HOUR_OF_DAY)).append(c.get(Calendar.DST_OFFSET) / 60000);
                        }
                        h = h * 31 + t;
                        c.add(Calendar.HOUR_OF_DAY, 1);
                        h = h * 31 + c.getTimeInMillis();
                        c.add(Calendar.DAY_OF_MONTH, 1);
                        h = h * 31 + c.getTimeInMillis();
                        c.add(Calendar.MINUTE, -90);
                        h = h * 31 + c.getTimeInMillis();
                        c.add(Calendar.WEEK_OF_YEAR, -1);
                        h = h * 31 + c.getTimeInMillis();
                        c.add(Calendar.MONTH, 12);
                        h = h * 31 + c.getTimeInMillis();
                        c.roll(Calendar.DAY_OF_MONTH, 3);
                        h = h * 31 + c.getTimeInMillis();
                    }
                }
            }
            System.out.println(sb + " | " + h);
        }
        TimeZone chicago = TimeZone.getTimeZone("America/Chicago");
        GregorianCalendar before = new GregorianCalendar(chicago, Locale.US);
        before.clear();
        before.set(2024, Calendar.MARCH, 9, 2, 30);
        before.add(Calendar.DAY_OF_MONTH, 1);
        System.out.println("into the gap: " + before.getTimeInMillis() + " " + before.get(Calendar.HOUR_OF_DAY));
        GregorianCalendar overlap = new GregorianCalendar(chicago, Locale.US);
        overlap.clear();
        overlap.set(2024, Calendar.NOVEMBER, 2, 1, 30);
        overlap.add(Calendar.DAY_OF_MONTH, 1);
        System.out.println("into the repeated hour: " + overlap.getTimeInMillis() + " dst=" + overlap.get(Calendar.DST_OFFSET));
        overlap.add(Calendar.HOUR_OF_DAY, 1);
        System.out.println("an hour later: " + overlap.getTimeInMillis() + " " + overlap.get(Calendar.HOUR_OF_DAY) + " dst=" + overlap.get(Calendar.DST_OFFSET));

        Calendar b1 = new Calendar.Builder().setTimeZone(chicago).setLocale(Locale.US)
                .setDate(2024, Calendar.MARCH, 10).setTimeOfDay(2, 30, 0).build();
        System.out.println("builder gap: " + b1.getTimeInMillis() + " " + b1.get(Calendar.HOUR_OF_DAY) + " " + b1.getClass().getSimpleName() + " " + b1.isLenient());
        Calendar b2 = new Calendar.Builder().setTimeZone(TimeZone.getTimeZone("UTC"))
                .setFields(Calendar.YEAR, 2021, Calendar.DAY_OF_YEAR, 100, Calendar.HOUR, 3, Calendar.AM_PM, Calendar.PM).build();
        System.out.println("builder fields: " + b2.getTimeInMillis() + " " + b2.get(Calendar.MONTH) + "/" + b2.get(Calendar.DAY_OF_MONTH) + " " + b2.get(Calendar.HOUR_OF_DAY));
        Calendar b3 = new Calendar.Builder().setTimeZone(TimeZone.getTimeZone("UTC")).setLocale(Locale.US)
                .setWeekDate(2020, 53, Calendar.FRIDAY).build();
        System.out.println("builder week date (US): " + b3.getTimeInMillis() + " " + b3.get(Calendar.YEAR) + "-" + b3.get(Calendar.MONTH) + "-" + b3.get(Calendar.DAY_OF_MONTH));
        Calendar b4 = new Calendar.Builder().setTimeZone(TimeZone.getTimeZone("UTC")).setCalendarType("iso8601")
                .setWeekDate(2021, 1, Calendar.MONDAY).build();
        System.out.println("builder iso8601: " + b4.getTimeInMillis() + " " + b4.getFirstDayOfWeek() + " " + b4.getMinimalDaysInFirstWeek());
        Calendar b5 = new Calendar.Builder().setInstant(1700000000123L).setTimeZone(TimeZone.getTimeZone("Asia/Kolkata")).build();
        System.out.println("builder instant: " + b5.get(Calendar.HOUR_OF_DAY) + ":" + b5.get(Calendar.MINUTE) + " " + b5.get(Calendar.MILLISECOND) + " " + b5.getTimeZone().getID());
        Calendar b6 = new Calendar.Builder().setTimeZone(TimeZone.getTimeZone("UTC")).setLenient(false)
                .setWeekDefinition(Calendar.MONDAY, 4).setDate(2024, Calendar.DECEMBER, 30).build();
        System.out.println("builder week definition: " + b6.get(Calendar.WEEK_OF_YEAR) + " " + b6.getWeekYear() + " " + b6.isLenient());
        Calendar b7 = new Calendar.Builder().setTimeZone(TimeZone.getTimeZone("UTC")).setDate(2024, 0, 31).set(Calendar.MONTH, 1).build();
        System.out.println("builder lenient overflow: " + b7.get(Calendar.MONTH) + "/" + b7.get(Calendar.DAY_OF_MONTH));
        Calendar b8 = new Calendar.Builder().setTimeZone(TimeZone.getTimeZone("UTC")).build();
        System.out.println("builder nothing set: " + b8.getTimeInMillis());
        try {
            new Calendar.Builder().setInstant(0).set(Calendar.YEAR, 2000);
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        try {
            new Calendar.Builder().set(Calendar.YEAR, 2000).setInstant(0);
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        try {
            new Calendar.Builder().set(Calendar.FIELD_COUNT, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            new Calendar.Builder().setFields(Calendar.YEAR);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            new Calendar.Builder().setWeekDefinition(0, 4);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            new Calendar.Builder().setCalendarType("iso8601").setCalendarType("gregorian");
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        try {
            new Calendar.Builder().setCalendarType("martian");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        int[][] strict = {{Calendar.DAY_OF_WEEK, Calendar.MONDAY}, {Calendar.DAY_OF_WEEK, Calendar.SUNDAY},
                {Calendar.HOUR, 3}, {Calendar.AM_PM, 1}, {Calendar.WEEK_OF_YEAR, 10}, {Calendar.DAY_OF_YEAR, 70},
                {Calendar.DST_OFFSET, 3600000}, {Calendar.ZONE_OFFSET, 0}};
        for (int[] c : strict) {
            Calendar k = new GregorianCalendar(TimeZone.getTimeZone("Europe/Berlin"), Locale.GERMANY);
            k.clear();
            k.setLenient(false);
            k.set(2024, Calendar.MARCH, 10, 15, 0);
            k.set(c[0], c[1]);
            try {
                System.out.println("strict " + c[0] + "=" + c[1] + " -> " + k.getTimeInMillis());
            } catch (IllegalArgumentException e) {
                System.out.println("strict " + c[0] + "=" + c[1] + " IAE " + e.getMessage());
            }
        }
        Calendar gap = new GregorianCalendar(chicago, Locale.US);
        gap.clear();
        gap.setLenient(false);
        gap.set(2024, Calendar.MARCH, 10, 2, 30);
        try {
            System.out.println("strict gap " + gap.getTimeInMillis());
        } catch (IllegalArgumentException e) {
            System.out.println("strict gap IAE " + e.getMessage());
        }
        try {
            new Calendar.Builder().setTimeZone(TimeZone.getTimeZone("UTC")).setLenient(false)
                    .setDate(2023, Calendar.FEBRUARY, 30).build();
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
    }
}
