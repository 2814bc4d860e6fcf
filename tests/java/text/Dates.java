package text;

import java.text.DateFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.Date;
import java.util.SimpleTimeZone;
import java.util.TimeZone;

public class Dates {
    static void zone(String id) {
        TimeZone tz = TimeZone.getTimeZone(id);
        System.out.println(id + " -> " + tz.getID() + " raw=" + tz.getRawOffset() + " offset="
                + tz.getOffset(0L) + " dst=" + tz.useDaylightTime() + " "
                + tz.getDisplayName() + " / " + tz.getDisplayName(false, TimeZone.SHORT) + " "
                + tz.inDaylightTime(new Date(0)) + " " + tz.getDSTSavings());
    }

    static void fmt(String pattern, long millis, String zone) {
        try {
            SimpleDateFormat f = new SimpleDateFormat(pattern);
            f.setTimeZone(TimeZone.getTimeZone(zone));
            System.out.println(pattern + " @" + zone + " -> " + f.format(new Date(millis)));
        } catch (IllegalArgumentException e) {
            System.out.println(pattern + " -> " + e);
        }
    }

    static void parse(String pattern, String text) {
        SimpleDateFormat f = new SimpleDateFormat(pattern);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        try {
            Date d = f.parse(text);
            System.out.println("parse " + pattern + " '" + text + "' -> " + d.getTime() + " "
                    + f.format(d));
        } catch (ParseException e) {
            System.out.println("parse " + pattern + " '" + text + "' -> " + e.getMessage()
                    + " @" + e.getErrorOffset());
        }
    }

    public static void main(String[] args) throws Exception {
        for (String id : new String[] {"UTC", "GMT", "Etc/UTC", "GMT+02:00", "GMT-5", "GMT+0530",
                "GMT+2:30", "GMT-00:00", "GMT+0", "GMT+24", "GMT+12:60", "Nowhere/Land", "gmt",
                "GMT+", "GMT+123"}) {
            zone(id);
        }
        System.out.println(TimeZone.getTimeZone("GMT+02:00"));
        TimeZone custom = new SimpleTimeZone(3_600_000, "Custom/Zone");
        System.out.println(custom.getID() + " " + custom.getRawOffset() + " "
                + custom.getDisplayName() + " " + custom.getDisplayName(false, TimeZone.SHORT));
        System.out.println(TimeZone.getTimeZone("UTC").hasSameRules(TimeZone.getTimeZone("GMT"))
                + " " + TimeZone.getTimeZone("UTC").equals(TimeZone.getTimeZone("GMT"))
                + " " + TimeZone.getTimeZone("UTC").equals(TimeZone.getTimeZone("UTC")));
        try {
            TimeZone.getTimeZone("UTC").getDisplayName(false, 7);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }

        TimeZone.setDefault(TimeZone.getTimeZone("GMT+03:00"));
        System.out.println(TimeZone.getDefault().getID());
        Date epoch = new Date(0);
        System.out.println(epoch);
        System.out.println(epoch.getHours() + " " + epoch.getTimezoneOffset());
        System.out.println(new Date(70, 0, 1, 3, 0).getTime());
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        System.out.println(epoch + " " + epoch.getHours());
        System.out.println(new Date(1_700_000_000_123L));
        System.out.println(new Date(-1L));
        System.out.println(new Date(-12_219_292_800_001L) + " " + new Date(-12_219_292_800_000L));
        System.out.println(new Date(-62_135_769_600_000L) + " " + new Date(-30_000_000_000_000L));
        System.out.println(new Date(1000 - 1900, 2, 1).getTime() + " " + new Date(2000 - 1900, 1, 29).getTime());

        long t = 1_700_000_000_123L; // Tue Nov 14 22:13:20.123 UTC 2023
        String[] patterns = {"yyyy-MM-dd HH:mm:ss.SSS", "yy/M/d H:m:s.S", "EEE, d MMM yyyy",
            "EEEE MMMM dd", "h:mm a", "K:mm a, k", "hh 'o''clock' a", "D F u", "G yyyy",
            "yyyy-MM-dd'T'HH:mm:ssXXX", "X XX XXX", "Z", "z zzzz", "''", "'quoted text' y",
            "yyyyy MMMMM ddd", "S SS SSSS", "LLL LLLL", "E EE EEE EEEE", "XXXX", "q", "w"};
        for (String p : patterns) {
            fmt(p, t, "UTC");
        }
        for (String p : new String[] {"yyyy-MM-dd HH:mm z Z X XX XXX", "zzzz", "h a"}) {
            fmt(p, t, "GMT+05:30");
            fmt(p, t, "GMT-08:00");
        }
        for (long day : new long[] {19722, 19723, 19724, 20087, 20088, 20089, 20090, 20453, 0, -1}) {
            fmt("yyyy-MM-dd EEE YYYY w W D F", day * 86_400_000L, "UTC");
        }
        fmt("yyyy-MM-dd G", -12_219_292_800_000L, "UTC");
        fmt("yyyy-MM-dd G", -12_219_292_800_001L, "UTC");
        fmt("yyyy-MM-dd G EEE", -30_000_000_000_000L, "UTC");
        fmt("yyyy-MM-dd HH:mm:ss EEE", -1L, "UTC");
        fmt("yyyy-MM-dd G", -62_135_769_600_000L - 86_400_000L, "UTC");
        fmt("yyyy-MM-dd HH:mm", 253_402_300_799_000L, "UTC");

        parse("yyyy-MM-dd", "2023-11-14");
        parse("yyyy-MM-dd G", "1000-03-01 AD");
        parse("yyyy-MM-dd", "1582-10-04");
        parse("yyyy-MM-dd HH:mm:ss", "2023-11-14 22:13:20");
        parse("yyyy-MM-dd HH:mm:ss.SSS Z", "2023-11-14 22:13:20.123 +0200");
        parse("yyyy-MM-dd'T'HH:mm:ssXXX", "2023-11-14T22:13:20-05:30");
        parse("yyyy-MM-dd'T'HH:mm:ssX", "2023-11-14T22:13:20Z");
        parse("yyyy-MM-dd HH:mm z", "2023-11-14 10:00 GMT+01:00");
        parse("yyyy-MM-dd HH:mm z", "2023-11-14 10:00 UTC");
        parse("dd MMM yyyy", "05 feb 2020");
        parse("dd MMMM yyyy", "05 February 2020");
        parse("EEE, d MMM yyyy", "Wed, 4 Jul 2001");
        parse("h:mm a", "3:30 PM");
        parse("h:mm a", "12:05 AM");
        parse("yyyyMMdd", "20240229");
        parse("yyyyMMddHHmm", "202402291830");
        parse("yyyy-MM-dd", "2023-13-40");
        parse("yyyy-MM-dd", "2023/11/14");
        parse("yyyy-MM-dd", "2023-11");
        parse("yyyy-MM-dd", "");
        parse("MMM d", "Foo 3");
        parse("yyyy-MM-dd", "2023-11-14 trailing");
        SimpleDateFormat strict = new SimpleDateFormat("yyyy-MM-dd");
        strict.setLenient(false);
        strict.setTimeZone(TimeZone.getTimeZone("UTC"));
        System.out.println(strict.isLenient() + " " + strict.parse("2024-02-29").getTime());
        for (String bad : new String[] {"2023-02-29", "2023-13-01", "2023-00-10"}) {
            try {
                strict.parse(bad);
            } catch (ParseException e) {
                System.out.println(e.getMessage() + " @" + e.getErrorOffset());
            }
        }
        ParsePosition pp = new ParsePosition(4);
        Date d = strict.parse("xxx 2001-02-03 yyy", pp);
        System.out.println(d.getTime() + " " + pp.getIndex() + " " + pp.getErrorIndex());
        pp = new ParsePosition(0);
        System.out.println(strict.parse("nope", pp) + " " + pp.getIndex() + " " + pp.getErrorIndex());

        SimpleDateFormat f = new SimpleDateFormat("yyyy");
        System.out.println(f.toPattern());
        f.applyPattern("MM/dd");
        System.out.println(f.toPattern() + " " + f.equals(new SimpleDateFormat("MM/dd")));
        f.setTimeZone(TimeZone.getTimeZone("GMT+10"));
        System.out.println(f.format(new Date(50_400_000L)) + " " + f.getTimeZone().getID());
        SimpleDateFormat copy = (SimpleDateFormat) f.clone();
        System.out.println(copy.format(new Date(0)) + " " + copy.toPattern());
        System.out.println(f.format(Long.valueOf(0)));
        try {
            f.format("x");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        DateFormat df = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.LONG);
        df.setTimeZone(TimeZone.getTimeZone("UTC"));
        System.out.println(df.format(new Date(t)));
        df = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT);
        df.setTimeZone(TimeZone.getTimeZone("UTC"));
        System.out.println(df.format(new Date(t)));
        df = DateFormat.getDateTimeInstance(DateFormat.FULL, DateFormat.FULL);
        df.setTimeZone(TimeZone.getTimeZone("GMT+01:00"));
        System.out.println(df.format(new Date(t)));
        df = DateFormat.getInstance();
        df.setTimeZone(TimeZone.getTimeZone("UTC"));
        System.out.println(df.format(new Date(t)));
        System.out.println(Arrays.asList(TimeZone.getAvailableIDs()).contains("UTC"));
        java.text.DateFormatSymbols symbols = new java.text.DateFormatSymbols();
        System.out.println(Arrays.toString(symbols.getMonths()) + " "
                + Arrays.toString(symbols.getShortWeekdays()) + " "
                + Arrays.toString(symbols.getAmPmStrings()) + " " + Arrays.toString(symbols.getEras())
                + " " + symbols.getMonths().length + " " + symbols.getWeekdays().length);
        symbols.setShortMonths(new String[] {"jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug",
            "sep", "okt", "nov", "des", ""});
        symbols.setAmPmStrings(new String[] {"morning", "evening"});
        SimpleDateFormat custom2 = new SimpleDateFormat("d MMM yyyy h a", symbols);
        custom2.setTimeZone(TimeZone.getTimeZone("UTC"));
        System.out.println(custom2.format(new Date(t)) + " " + custom2.parse("3 okt 2020 4 evening").getTime()
                + " " + custom2.getDateFormatSymbols().getShortMonths()[9]);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Date when = new Date(t);
        for (char c : "HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc".toCharArray()) {
            System.out.println(c + ": " + String.format("%t" + c + "|%T" + c, when, t));
        }
        System.out.println(String.format("[%-12tF] [%12tT] [%1$tY/%1$tm]", when, when));
        TimeZone.setDefault(TimeZone.getTimeZone("GMT-07:00"));
        System.out.println(String.format("%tc %<tz %<tZ %<tl %<tp", 3_600_000L));
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        for (String bad : new String[] {"%tq", "%.2tH", "%#tH", "%-tH"}) {
            try {
                System.out.println(String.format(bad, when));
            } catch (java.util.IllegalFormatException e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            System.out.println(String.format("%tH", "string"));
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        System.out.println(String.format("%tH %tB", null, 0L));
    }
}
