package text;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** Parsing zone names ("PST", "Central European Summer Time") with SimpleDateFormat and DateTimeFormatter. */
public class ZoneNameParsing {
    public static void main(String[] args) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        String[] names = {"PST", "PDT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "AKST", "HST", "GMT", "UTC", "BST",
            "CET", "CEST", "EET", "EEST", "WET", "WEST", "IST", "JST", "KST", "AEST", "AEDT", "ACST", "AWST", "NZST",
            "NZDT", "MSK", "SGT", "HKT", "SAST", "WAT", "EAT", "CAT", "ART", "BRT", "WIB", "ICT", "AST", "ADT", "NST",
            "ChST", "SST", "CT", "PT", "ET", "Z", "UT", "Pacific Standard Time", "Eastern Daylight Time",
            "Central European Standard Time", "Central European Summer Time", "Greenwich Mean Time", "India Standard Time",
            "Japan Standard Time", "British Summer Time", "Coordinated Universal Time", "Pacific Time", "Eastern Time",
            "Central European Time", "Hawaii-Aleutian Standard Time", "Australian Eastern Standard Time",
            "America/Chicago", "Europe/Paris", "PST8PDT", "GMT+05:30", "pst", "Nowhere Time"};
        DateTimeFormatter shortText = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.US);
        DateTimeFormatter fullText = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzzz", Locale.US);
        DateTimeFormatter insensitive = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("yyyy-MM-dd HH:mm z").toFormatter(Locale.US);
        for (String name : names) {
            String text = "2021-01-15 10:00 " + name;
            StringBuilder sb = new StringBuilder(String.format("%-34s", name));
            for (DateTimeFormatter f : new DateTimeFormatter[] {shortText, fullText, insensitive}) {
                try {
                    sb.append(' ').append(ZonedDateTime.parse(text, f).getZone());
                } catch (Exception e) {
                    sb.append(" -");
                }
            }
            SimpleDateFormat legacy = new SimpleDateFormat("yyyy-MM-dd HH:mm z", Locale.US);
            try {
                Date d = legacy.parse("2021-06-01 12:00 " + name);
                sb.append(" | ").append(d.getTime()).append(' ').append(legacy.format(d)).append(' ')
                    .append(legacy.getTimeZone().getID());
            } catch (ParseException e) {
                sb.append(" | ").append(e.getMessage()).append(" @").append(e.getErrorOffset());
            }
            System.out.println(sb);
        }
        // an RFC 1123-like log line round trip
        DateTimeFormatter log = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss z", Locale.US);
        for (String zone : new String[] {"America/Los_Angeles", "Europe/London", "Asia/Tokyo", "UTC"}) {
            String s = log.format(ZonedDateTime.of(2021, 7, 4, 9, 30, 0, 0, ZoneId.of(zone)));
            System.out.println(s + " -> " + ZonedDateTime.parse(s, log));
        }
    }
}
