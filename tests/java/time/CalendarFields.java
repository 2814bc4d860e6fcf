package time;

import java.text.SimpleDateFormat;
import java.util.*;

/** Which Calendar fields decide the date when several were set (the JDK's resolution rules):
 *  DAY_OF_WEEK alone after a full date is ignored, a week field with it wins, HOUR needs
 *  AM_PM to beat HOUR_OF_DAY, and the most recent complete combination wins. */
public class CalendarFields {
    static final SimpleDateFormat F = new SimpleDateFormat("yyyy-MM-dd HH:mm EEE", Locale.US);

    static void show(String what, Calendar c) {
        System.out.println(String.format("%-44s %s", what, F.format(c.getTime())));
    }

    public static void main(String[] args) {
        TimeZone utc = TimeZone.getTimeZone("UTC");
        F.setTimeZone(utc);
        Calendar c = new GregorianCalendar(utc, Locale.US);
        c.clear();
        c.set(2024, Calendar.MARCH, 15, 14, 30);
        c.set(Calendar.DAY_OF_WEEK, Calendar.MONDAY);
        show("date then DAY_OF_WEEK (ignored)", c);
        c.clear();
        c.set(2024, Calendar.MARCH, 15);
        c.get(Calendar.DAY_OF_MONTH);
        c.set(Calendar.DAY_OF_WEEK, Calendar.MONDAY);
        show("date, get, then DAY_OF_WEEK", c);
        c.clear();
        c.set(Calendar.YEAR, 2024);
        c.set(Calendar.WEEK_OF_YEAR, 10);
        show("YEAR + WEEK_OF_YEAR", c);
        c.set(Calendar.DAY_OF_WEEK, Calendar.FRIDAY);
        show("... + DAY_OF_WEEK", c);
        c.clear();
        c.set(Calendar.YEAR, 2024);
        c.set(Calendar.MONTH, Calendar.MAY);
        c.set(Calendar.DAY_OF_WEEK, Calendar.SUNDAY);
        c.set(Calendar.DAY_OF_WEEK_IN_MONTH, 2);
        show("second Sunday of May", c);
        c.set(Calendar.DAY_OF_WEEK_IN_MONTH, -1);
        show("last Sunday of May", c);
        c.clear();
        c.set(Calendar.YEAR, 2024);
        c.set(Calendar.MONTH, Calendar.NOVEMBER);
        c.set(Calendar.WEEK_OF_MONTH, 3);
        c.set(Calendar.DAY_OF_WEEK, Calendar.THURSDAY);
        show("Thursday of week 3 of November", c);
        c.clear();
        c.set(Calendar.YEAR, 2023);
        c.set(Calendar.DAY_OF_YEAR, 256);
        show("day 256", c);
        c.set(Calendar.MONTH, Calendar.JANUARY);
        show("day 256, then MONTH", c);
        c.clear();
        c.set(Calendar.MONTH, Calendar.JULY);
        show("MONTH alone", c);
        c.clear();
        c.set(2024, Calendar.JUNE, 1, 21, 0);
        c.set(Calendar.HOUR, 6);
        show("HOUR_OF_DAY 21 then HOUR 6 (ignored)", c);
        c.set(Calendar.AM_PM, Calendar.AM);
        show("... then AM_PM", c);
        Calendar g = new GregorianCalendar(2024, Calendar.JUNE, 1, 21, 0);
        g.setTimeZone(utc);
        g.set(Calendar.HOUR, 6);
        show("constructor 21:00 then HOUR 6 (stays PM)", g);
        Calendar now = Calendar.getInstance(utc, Locale.US);
        now.setTimeInMillis(1_710_000_000_000L);
        now.set(Calendar.DAY_OF_WEEK, Calendar.MONDAY);
        show("computed calendar, DAY_OF_WEEK Monday", now);
        now.set(Calendar.WEEK_OF_YEAR, 1);
        show("... WEEK_OF_YEAR 1", now);
        now.set(Calendar.DAY_OF_MONTH, 31);
        show("... DAY_OF_MONTH 31", now);
        now.set(Calendar.HOUR, 3);
        show("... HOUR 3", now);
        Calendar uk = new GregorianCalendar(utc, Locale.UK);
        uk.clear();
        uk.set(Calendar.YEAR, 2021);
        uk.set(Calendar.WEEK_OF_YEAR, 1);
        show("UK week 1 of 2021", uk);
        uk.set(Calendar.DAY_OF_WEEK, Calendar.SUNDAY);
        show("UK week 1 of 2021, Sunday", uk);
        Calendar lenient = new GregorianCalendar(utc, Locale.US);
        lenient.clear();
        lenient.set(2024, 13, 35, 25, 61);
        show("lenient overflow", lenient);
        lenient.clear();
        lenient.set(Calendar.YEAR, 2024);
        lenient.set(Calendar.WEEK_OF_YEAR, 60);
        lenient.set(Calendar.DAY_OF_WEEK, 9);
        show("lenient week 60, day 9", lenient);
    }
}
