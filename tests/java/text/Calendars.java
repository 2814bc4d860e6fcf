package text;

import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;

public class Calendars {
    static final String[] NAMES = {"ERA", "YEAR", "MONTH", "WEEK_OF_YEAR", "WEEK_OF_MONTH",
        "DAY_OF_MONTH", "DAY_OF_YEAR", "DAY_OF_WEEK", "DAY_OF_WEEK_IN_MONTH", "AM_PM", "HOUR",
        "HOUR_OF_DAY", "MINUTE", "SECOND", "MILLISECOND", "ZONE_OFFSET", "DST_OFFSET"};

    static String fields(Calendar c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Calendar.FIELD_COUNT; i++) {
            sb.append(i == 0 ? "" : " ").append(c.get(i));
        }
        return sb.toString();
    }

    static SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss.SSS EEE G");

    static String show(Calendar c) {
        iso.setTimeZone(c.getTimeZone());
        return iso.format(c.getTime()) + " [" + c.getTimeInMillis() + "]";
    }

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Calendar c = Calendar.getInstance();
        c.setTimeInMillis(1_700_000_000_123L);
        System.out.println(show(c) + " " + fields(c));
        c.setTimeZone(TimeZone.getTimeZone("GMT+05:30"));
        System.out.println(show(c) + " " + fields(c));
        c.setTimeZone(TimeZone.getTimeZone("UTC"));

        for (long t : new long[] {0, -1, 1_704_067_200_000L, 1_735_516_800_000L,
                951_782_400_000L, -12_219_292_800_001L, -62_135_769_600_001L}) {
            c.setTimeInMillis(t);
            System.out.println(show(c) + " " + fields(c));
        }

        GregorianCalendar g = new GregorianCalendar(2024, Calendar.JANUARY, 31);
        System.out.println(show(g));
        g.add(Calendar.MONTH, 1);
        System.out.println("add month " + show(g));
        g.add(Calendar.YEAR, 1);
        System.out.println("add year " + show(g));
        g.add(Calendar.DAY_OF_MONTH, 400);
        System.out.println("add days " + show(g));
        g.add(Calendar.HOUR_OF_DAY, -30);
        System.out.println("add hours " + show(g));
        g.add(Calendar.MINUTE, 125);
        g.add(Calendar.SECOND, -7);
        g.add(Calendar.MILLISECOND, 1500);
        System.out.println("add min/sec/ms " + show(g));
        g.add(Calendar.WEEK_OF_YEAR, 3);
        System.out.println("add weeks " + show(g));
        g.add(Calendar.MONTH, -14);
        System.out.println("add -14 months " + show(g));

        Calendar r = new GregorianCalendar(2023, Calendar.DECEMBER, 31, 23, 59, 58);
        r.roll(Calendar.MONTH, true);
        System.out.println("roll month " + show(r));
        r.roll(Calendar.DAY_OF_MONTH, 5);
        System.out.println("roll dom " + show(r));
        r.roll(Calendar.HOUR_OF_DAY, 3);
        System.out.println("roll hour " + show(r));
        r.roll(Calendar.MINUTE, -61);
        System.out.println("roll minute " + show(r));
        r.roll(Calendar.YEAR, false);
        System.out.println("roll year " + show(r));
        r.roll(Calendar.DAY_OF_YEAR, -40);
        System.out.println("roll doy " + show(r));
        r.roll(Calendar.DAY_OF_WEEK, 3);
        System.out.println("roll dow " + show(r));

        Calendar s = Calendar.getInstance();
        s.clear();
        System.out.println("cleared " + show(s) + " " + s.isSet(Calendar.YEAR));
        s.set(2020, Calendar.FEBRUARY, 30);
        System.out.println("lenient feb 30 " + show(s));
        s.set(Calendar.MONTH, 13);
        System.out.println("month 13 " + show(s));
        s.set(Calendar.DAY_OF_YEAR, 100);
        System.out.println("doy 100 " + show(s));
        s.set(Calendar.DAY_OF_WEEK, Calendar.MONDAY);
        System.out.println("monday " + show(s));
        s.set(Calendar.WEEK_OF_YEAR, 10);
        System.out.println("week 10 " + show(s));
        s.set(Calendar.DAY_OF_MONTH, 15);
        s.set(Calendar.HOUR, 3);
        s.set(Calendar.AM_PM, Calendar.PM);
        System.out.println("3 pm " + show(s));
        s.set(Calendar.HOUR_OF_DAY, 8);
        System.out.println("8h " + show(s));
        s.set(Calendar.DAY_OF_WEEK_IN_MONTH, 2);
        s.set(Calendar.DAY_OF_WEEK, Calendar.FRIDAY);
        System.out.println("2nd friday " + show(s));
        s.set(Calendar.DAY_OF_WEEK_IN_MONTH, -1);
        System.out.println("last friday " + show(s));
        s.set(Calendar.ERA, GregorianCalendar.BC);
        System.out.println("bc " + show(s) + " " + s.get(Calendar.YEAR));

        Calendar m = new GregorianCalendar(2024, Calendar.FEBRUARY, 10);
        for (int f : new int[] {Calendar.DAY_OF_MONTH, Calendar.DAY_OF_YEAR, Calendar.WEEK_OF_YEAR,
                Calendar.WEEK_OF_MONTH, Calendar.DAY_OF_WEEK_IN_MONTH, Calendar.MONTH,
                Calendar.HOUR_OF_DAY}) {
            System.out.print(NAMES[f] + "=" + m.getActualMinimum(f) + ".." + m.getActualMaximum(f)
                    + "/" + m.getMinimum(f) + ".." + m.getMaximum(f) + "/" + m.getLeastMaximum(f) + " ");
        }
        System.out.println();
        for (int y : new int[] {2015, 2020, 2021, 2023, 2026}) {
            Calendar w = new GregorianCalendar(y, Calendar.JUNE, 1);
            System.out.print(y + ":" + w.getActualMaximum(Calendar.WEEK_OF_YEAR) + " ");
        }
        System.out.println();
        GregorianCalendar leap = new GregorianCalendar();
        System.out.println(leap.isLeapYear(2000) + " " + leap.isLeapYear(1900) + " "
                + leap.isLeapYear(2024) + " " + leap.isLeapYear(1500) + " " + leap.isLeapYear(2023)
                + " " + leap.getGregorianChange().getTime());

        Calendar a = new GregorianCalendar(2024, 0, 1);
        Calendar b = new GregorianCalendar(2024, 0, 2);
        System.out.println(a.before(b) + " " + a.after(b) + " " + a.compareTo(b) + " "
                + a.equals(b) + " " + a.equals(a.clone()) + " " + b.before("x"));
        Calendar cl = (Calendar) a.clone();
        cl.add(Calendar.DATE, 1);
        System.out.println(cl.equals(b) + " " + show(a) + " " + a.getFirstDayOfWeek() + " "
                + a.getMinimalDaysInFirstWeek() + " " + a.getCalendarType());

        Calendar strict = Calendar.getInstance();
        strict.setLenient(false);
        strict.clear();
        strict.set(2023, Calendar.JANUARY, 40);
        try {
            strict.getTime();
        } catch (IllegalArgumentException e) {
            System.out.println("strict: " + e.getMessage());
        }
        Calendar z = Calendar.getInstance(TimeZone.getTimeZone("GMT-03:00"));
        z.setTimeInMillis(0);
        System.out.println(show(z) + " " + z.get(Calendar.ZONE_OFFSET) + " " + z.getTimeZone().getID());
        z.set(Calendar.HOUR_OF_DAY, 0);
        System.out.println(show(z));
        System.out.println(String.format("%tF %<tT %<tZ %<tz", z));
        System.out.println(String.format("%1$tY-%1$tm-%1$td %1$tA", new GregorianCalendar(2021, 6, 4)));
        Date d = new GregorianCalendar(1999, 11, 31, 23, 59).getTime();
        System.out.println(d + " " + d.getTime());
    }
}
