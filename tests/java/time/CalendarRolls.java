package time;

import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

// roll() of the week fields keeps the day of the week and stays in the year or month
public class CalendarRolls {
    static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    static final String[] NAMES = {"WEEK_OF_YEAR", "WEEK_OF_MONTH", "DAY_OF_WEEK_IN_MONTH"};
    static final int[] FIELDS = {Calendar.WEEK_OF_YEAR, Calendar.WEEK_OF_MONTH, Calendar.DAY_OF_WEEK_IN_MONTH};

    static String show(Calendar c) {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd EEE HH:mm", Locale.US);
        f.setTimeZone(c.getTimeZone());
        return f.format(c.getTime()) + " w" + c.get(Calendar.WEEK_OF_YEAR) + " wm" + c.get(Calendar.WEEK_OF_MONTH)
                + " dim" + c.get(Calendar.DAY_OF_WEEK_IN_MONTH);
    }

    public static void main(String[] args) {
        int[][] dates = {{2021, 0, 1}, {2021, 0, 31}, {2021, 11, 22}, {2021, 11, 30}, {2020, 11, 31},
                {2024, 1, 29}, {2022, 0, 1}, {2019, 5, 15}, {2026, 2, 31}};
        int[] amounts = {1, -1, 3, -5, 27, 60, -53};
        for (int firstDay : new int[] {Calendar.SUNDAY, Calendar.MONDAY}) {
            for (int minDays : new int[] {1, 4}) {
                System.out.println("firstDayOfWeek=" + firstDay + " minimalDays=" + minDays);
                for (int[] d : dates) {
                    for (int k = 0; k < FIELDS.length; k++) {
                        StringBuilder sb = new StringBuilder();
                        for (int amount : amounts) {
                            GregorianCalendar c = new GregorianCalendar(UTC, Locale.US);
                            c.setFirstDayOfWeek(firstDay);
                            c.setMinimalDaysInFirstWeek(minDays);
                            c.clear();
                            c.set(d[0], d[1], d[2], 13, 45);
                            if (sb.length() == 0) {
                                sb.append(show(c)).append(' ').append(NAMES[k]).append('\n');
                            }
                            c.roll(FIELDS[k], amount);
                            sb.append("  ").append(amount).append(" -> ").append(show(c)).append('\n');
                        }
                        System.out.print(sb);
                    }
                }
            }
        }
        // a zone with daylight saving: the wall-clock time is kept
        GregorianCalendar ny = new GregorianCalendar(TimeZone.getTimeZone("America/New_York"), Locale.US);
        ny.clear();
        ny.set(2021, 2, 7, 2, 30);
        ny.roll(Calendar.WEEK_OF_YEAR, 1);
        System.out.println(show(ny));
        ny.roll(Calendar.WEEK_OF_MONTH, -1);
        System.out.println(show(ny));
        ny.roll(Calendar.DAY_OF_WEEK_IN_MONTH, 2);
        System.out.println(show(ny));
        ny.roll(Calendar.WEEK_OF_YEAR, true);
        System.out.println(show(ny));
    }
}
