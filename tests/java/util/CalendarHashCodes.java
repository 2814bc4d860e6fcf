package util;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.Set;
import java.util.TimeZone;

public class CalendarHashCodes {
    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        int[][] dates = {{2020, 1, 3}, {1970, 0, 1}, {1999, 11, 31}, {2024, 1, 29}, {2038, 0, 19}};
        Set<Calendar> set = new HashSet<>();
        for (int[] d : dates) {
            GregorianCalendar c = new GregorianCalendar(d[0], d[1], d[2]);
            set.add(c);
            System.out.println(d[0] + "-" + (d[1] + 1) + "-" + d[2] + " " + c.getTimeInMillis() + " " + c.hashCode());
        }
        GregorianCalendar lenient = new GregorianCalendar(2020, 1, 3);
        lenient.setLenient(false);
        System.out.println(lenient.hashCode() + " " + set.size() + " " + set.contains(new GregorianCalendar(2024, 1, 29)));
        GregorianCalendar c = new GregorianCalendar(2001, 8, 9, 10, 11, 12);
        c.add(Calendar.DAY_OF_MONTH, 40);
        System.out.println(c.getTimeInMillis() + " " + c.hashCode());
    }
}
