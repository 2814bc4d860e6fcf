package time;

import java.util.*;
public class CalendarDisplayNames {
    public static void main(String[] args) {
        Calendar c = new GregorianCalendar(2024, Calendar.FEBRUARY, 29, 15, 4, 5);
        System.out.println(c.toInstant());
        int[] styles = {Calendar.SHORT, Calendar.LONG, Calendar.NARROW_FORMAT, Calendar.SHORT_STANDALONE, Calendar.LONG_STANDALONE, Calendar.NARROW_STANDALONE};
        int[] fields = {Calendar.MONTH, Calendar.DAY_OF_WEEK, Calendar.AM_PM, Calendar.ERA, Calendar.YEAR};
        for (Locale loc : new Locale[]{Locale.US, Locale.FRANCE, Locale.GERMANY, Locale.UK}) {
            for (int f : fields) {
                StringBuilder sb = new StringBuilder(loc + " " + f + ":");
                for (int st : styles) sb.append(" ").append(c.getDisplayName(f, st, loc));
                System.out.println(sb);
            }
            System.out.println(new TreeMap<>(c.getDisplayNames(Calendar.MONTH, Calendar.LONG, loc)));
            System.out.println(new TreeMap<>(c.getDisplayNames(Calendar.DAY_OF_WEEK, Calendar.ALL_STYLES, loc)));
            System.out.println(new TreeMap<>(c.getDisplayNames(Calendar.AM_PM, Calendar.SHORT, loc)));
            System.out.println(c.getDisplayNames(Calendar.YEAR, Calendar.SHORT, loc));
        }
        for (int m = 0; m < 12; m++) { c.set(Calendar.MONTH, m); c.set(Calendar.DAY_OF_MONTH, 1); System.out.print(c.getDisplayName(Calendar.MONTH, Calendar.LONG, Locale.US) + "/" + c.getDisplayName(Calendar.DAY_OF_WEEK, Calendar.SHORT, Locale.US) + " "); }
        System.out.println();
        try { c.getDisplayName(Calendar.MONTH, Calendar.ALL_STYLES, Locale.US); } catch (IllegalArgumentException e) { System.out.println("IAE all"); }
        System.out.println(new TreeMap<>(c.getDisplayNames(Calendar.ERA, Calendar.ALL_STYLES, Locale.US)) + " " + c.getDisplayNames(Calendar.ERA, Calendar.LONG, Locale.US));
        try { c.getDisplayName(Calendar.MONTH, 99, Locale.US); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { c.getDisplayName(Calendar.MONTH, Calendar.LONG, null); } catch (RuntimeException e) { System.out.println(e.getClass().getSimpleName()); }
        Calendar c2 = new GregorianCalendar(2024, 1, 29);
        for (int f : new int[]{Calendar.MONTH, Calendar.DAY_OF_WEEK, Calendar.AM_PM, Calendar.ERA})
            for (Locale l : new Locale[]{Locale.US, Locale.GERMANY})
                System.out.println(c2.getDisplayNames(f, Calendar.ALL_STYLES, l) + " " + c2.getDisplayNames(f, Calendar.SHORT, l) + " " + c2.getDisplayNames(f, Calendar.LONG_STANDALONE, l) + " " + c2.getDisplayNames(f, Calendar.NARROW_FORMAT, l));
    }
}
