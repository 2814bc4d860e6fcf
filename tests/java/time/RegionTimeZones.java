package time;

import java.util.*;
import java.text.*;
import java.time.*;
public class RegionTimeZones {
    public static void main(String[] args) throws Exception {
        for (String id : new String[]{"America/Los_Angeles", "Europe/Berlin", "Asia/Kolkata", "PST", "EST", "Australia/Sydney", "Nowhere/City", "GMT+05:30", "UTC"}) {
            TimeZone tz = TimeZone.getTimeZone(id);
            long jan = 1736942400000L, jul = 1752580800000L;
            System.out.println(id + " -> " + tz.getID() + " raw=" + tz.getRawOffset() + " jan=" + tz.getOffset(jan) + " jul=" + tz.getOffset(jul) + " dst=" + tz.useDaylightTime() + " save=" + tz.getDSTSavings() + " in=" + tz.inDaylightTime(new Date(jul))
                + " names=" + tz.getDisplayName(false, TimeZone.SHORT, Locale.US) + "/" + tz.getDisplayName(true, TimeZone.SHORT, Locale.US) + "/" + tz.getDisplayName(false, TimeZone.LONG, Locale.US) + "/" + tz.getDisplayName(true, TimeZone.LONG, Locale.US) + " zid=" + tz.toZoneId()
                + " off=" + tz.getOffset(GregorianCalendar.AD, 2025, Calendar.JULY, 4, Calendar.FRIDAY, 3600000));
            SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss z Z zzzz", Locale.US); f.setTimeZone(tz);
            System.out.println("  " + f.format(new Date(jan)) + " | " + f.format(new Date(jul)));
            Calendar c = new GregorianCalendar(tz, Locale.US); c.setTimeInMillis(jul);
            System.out.println("  " + c.get(Calendar.HOUR_OF_DAY) + " " + c.get(Calendar.ZONE_OFFSET) + " " + c.get(Calendar.DST_OFFSET));
            c.clear(); c.set(2025, Calendar.MARCH, 9, 12, 0); System.out.println("  " + c.getTimeInMillis());
        }
        System.out.println(TimeZone.getTimeZone("America/New_York").hasSameRules(TimeZone.getTimeZone("US/Eastern")) + " " + TimeZone.getTimeZone("Europe/Paris").hasSameRules(TimeZone.getTimeZone("Europe/London")) + " " + Arrays.asList(TimeZone.getAvailableIDs()).contains("Asia/Tokyo") + " " + TimeZone.getTimeZone(ZoneId.of("Europe/Rome")).getID());
    }
}
