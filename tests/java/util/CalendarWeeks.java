package util;

import java.util.*;
import java.time.*;
/** Calendar week rules: per-locale first day and minimal days, week fields, week dates, ZonedDateTime bridges. */
public class CalendarWeeks {
  public static void main(String[] a) {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    Locale[] ls = {Locale.US, Locale.GERMANY, Locale.UK, new Locale("pt", "PT"), new Locale("ar", "EG"), new Locale("dv", "MV"), new Locale("es", "AR"), Locale.GERMAN, Locale.ROOT};
    StringBuilder sb = new StringBuilder();
    for (Locale l : ls) {
      Calendar c = Calendar.getInstance(l);
      sb.setLength(0);
      sb.append(l).append(' ').append(c.getFirstDayOfWeek()).append('/').append(c.getMinimalDaysInFirstWeek()).append(": ");
      for (int y = 2019; y <= 2027; y++) {
        for (int[] md : new int[][]{{0,1},{0,2},{0,3},{0,4},{0,7},{1,1},{5,30},{11,24},{11,28},{11,29},{11,30},{11,31}}) {
          c.clear(); c.set(y, md[0], md[1]);
          sb.append(c.get(Calendar.WEEK_OF_YEAR)).append('.').append(c.get(Calendar.WEEK_OF_MONTH)).append(' ');
        }
        GregorianCalendar g = (GregorianCalendar) c;
        c.clear(); c.set(y, 0, 1);
        sb.append('[').append(g.getWeekYear()).append(',').append(g.getWeeksInWeekYear()).append(',').append(c.getActualMaximum(Calendar.WEEK_OF_YEAR)).append(',').append(c.getActualMaximum(Calendar.WEEK_OF_MONTH)).append("] ");
        c.clear(); c.set(Calendar.YEAR, y); c.set(Calendar.WEEK_OF_YEAR, 10); c.set(Calendar.DAY_OF_WEEK, Calendar.THURSDAY);
        sb.append(c.get(Calendar.MONTH)).append('-').append(c.get(Calendar.DAY_OF_MONTH)).append(' ');
        c.clear(); c.set(Calendar.YEAR, y); c.set(Calendar.MONTH, 4); c.set(Calendar.WEEK_OF_MONTH, 2); c.set(Calendar.DAY_OF_WEEK, Calendar.MONDAY);
        sb.append(c.get(Calendar.MONTH)).append('-').append(c.get(Calendar.DAY_OF_MONTH)).append(' ');
        g.setWeekDate(y, 1, Calendar.SUNDAY);
        sb.append(g.get(Calendar.YEAR)).append('-').append(g.get(Calendar.MONTH)).append('-').append(g.get(Calendar.DAY_OF_MONTH)).append(' ');
      }
      c.clear(); c.set(2021, 5, 16); c.roll(Calendar.DAY_OF_WEEK, 3); sb.append(c.get(Calendar.DAY_OF_MONTH)).append(' ');
      c.setFirstDayOfWeek(Calendar.WEDNESDAY); c.setMinimalDaysInFirstWeek(7); sb.append(c.get(Calendar.WEEK_OF_YEAR)).append(' ').append(c.getFirstDayOfWeek());
      System.out.println(sb);
    }
    Calendar c = Calendar.getInstance(Locale.US); c.setTimeInMillis(0); 
    Calendar d = Calendar.getInstance(Locale.GERMANY); d.setTimeInMillis(0);
    System.out.println(c.equals(d) + " " + (c.hashCode() == d.hashCode()) + " " + c.hashCode() + " " + d.hashCode());
    String s = d.toString(); System.out.println(s.substring(s.indexOf("firstDay"), s.indexOf("firstDay") + 45));
    GregorianCalendar g = GregorianCalendar.from(ZonedDateTime.of(2021, 1, 3, 10, 0, 0, 0, ZoneId.of("UTC")));
    System.out.println(g.getFirstDayOfWeek() + " " + g.getMinimalDaysInFirstWeek() + " " + g.get(Calendar.WEEK_OF_YEAR) + " " + g.toZonedDateTime() + " " + g.getWeekYear() + " " + g.getCalendarType());
  }
}
