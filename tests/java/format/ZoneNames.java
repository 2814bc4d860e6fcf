package format;

import java.time.*;
import java.util.*;

/** %tZ of zoned date-times in and out of daylight saving time, in several locales. */
public class ZoneNames {
    public static void main(String[] args) {
        String[] zones = {"America/Los_Angeles", "America/New_York", "Europe/London", "Europe/Paris", "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney", "Asia/Kolkata", "UTC", "America/Sao_Paulo"};
        Locale[] locales = {Locale.US, Locale.FRANCE};
        for (String z : zones) {
            for (int month : new int[]{1, 7}) {
                ZonedDateTime t = ZonedDateTime.of(2024, month, 15, 12, 0, 0, 0, ZoneId.of(z));
                StringBuilder sb = new StringBuilder(String.format("%-20s %02d %tZ %tz", z, month, t, t));
                for (Locale l : locales) sb.append(' ').append(String.format(l, "%tZ", t));
                sb.append(" | ").append(String.format("%tc", t));
                Calendar c = new GregorianCalendar(TimeZone.getTimeZone(z));
                c.setTimeInMillis(t.toInstant().toEpochMilli());
                sb.append(" | cal ").append(String.format("%tZ %tz", c, c));
                System.out.println(sb);
            }
        }
        OffsetDateTime o = OffsetDateTime.of(2024, 7, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-3));
        System.out.println(String.format("%tZ %tz", o, o) + " " + String.format("%tZ", ZonedDateTime.of(2024, 7, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
        try { String.format("%tZ", LocalDateTime.of(2024, 1, 1, 0, 0)); } catch (IllegalFormatConversionException e) { System.out.println(e.getMessage()); }
    }
}
