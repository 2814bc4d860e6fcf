package time;

import java.text.SimpleDateFormat;
import java.time.*;
import java.time.format.DateTimeFormatter;
import java.time.zone.*;
import java.util.*;

/** Historic time-zone transitions: offsets from 1800 to 2100, gaps and overlaps, next/previous transitions, rules, TimeZone and Date. */
public class ZoneHistory {
    static final String[] ZONES = {"America/New_York", "Europe/London", "Europe/Moscow", "Asia/Kolkata",
        "Australia/Lord_Howe", "America/Sao_Paulo", "Africa/Casablanca", "Pacific/Apia", "Asia/Tehran",
        "Europe/Dublin", "America/St_Johns", "Asia/Kathmandu", "Africa/Cairo", "Asia/Gaza"};

    public static void main(String[] args) {
        for (String id : ZONES) {
            ZoneId zone = ZoneId.of(id);
            ZoneRules r = zone.getRules();
            List<ZoneOffsetTransition> ts = r.getTransitions();
            System.out.println("== " + id + " " + r + " fixed=" + r.isFixedOffset() + " transitions=" + ts.size()
                    + " hash=" + r.hashCode() + " equalsSelf=" + r.equals(ZoneId.of(id).getRules()));
            System.out.println("  rules=" + r.getTransitionRules());
            if (!ts.isEmpty()) {
                System.out.println("  first=" + ts.get(0) + " last=" + ts.get(ts.size() - 1));
            }
            StringBuilder sb = new StringBuilder("  offsets:");
            for (int year = 1800; year <= 2100; year += 7) {
                Instant i = LocalDateTime.of(year, 1 + year % 12, 1 + year % 28, year % 24, 0).toInstant(ZoneOffset.UTC);
                sb.append(' ').append(year).append('=').append(r.getOffset(i)).append('/').append(r.getStandardOffset(i));
                if (r.isDaylightSavings(i)) {
                    sb.append('D').append(r.getDaylightSavings(i).toMinutes());
                }
            }
            System.out.println(sb);
            // around a few historic transitions and some rule transitions
            int n = ts.size();
            int[] picks = n == 0 ? new int[0] : new int[] {0, n / 5, n / 3, n / 2, 2 * n / 3, n - 2, n - 1};
            for (int p : picks) {
                if (p < 0) {
                    continue;
                }
                ZoneOffsetTransition t = ts.get(p);
                Instant at = t.getInstant();
                LocalDateTime b = t.getDateTimeBefore();
                LocalDateTime mid = b.plusSeconds(t.getDuration().getSeconds() / 2);
                System.out.println("  " + t + " " + t.getDateTimeAfter() + " dur=" + t.getDuration()
                        + " off-1=" + r.getOffset(at.minusSeconds(1)) + " off=" + r.getOffset(at)
                        + " valid(mid)=" + r.getValidOffsets(mid) + " tr(mid)=" + r.getTransition(mid)
                        + " off(mid)=" + r.getOffset(mid) + " next=" + r.nextTransition(at.minusSeconds(1)).getInstant()
                        + " prev=" + r.previousTransition(at.plusNanos(1)).getInstant()
                        + " zdt=" + ZonedDateTime.of(mid, zone));
            }
            Instant i = Instant.parse("2030-06-01T00:00:00Z");
            for (int k = 0; k < 3; k++) {
                ZoneOffsetTransition next = r.nextTransition(i);
                if (next == null) {
                    break;
                }
                System.out.println("  next " + next + " prev " + r.previousTransition(next.getInstant()));
                i = next.getInstant();
            }
            System.out.println("  1850: " + ZonedDateTime.of(1850, 6, 1, 12, 0, 0, 0, zone)
                    + " 2005: " + ZonedDateTime.of(2005, 3, 20, 12, 0, 0, 0, zone)
                    + " 2010: " + ZonedDateTime.of(2010, 7, 1, 12, 0, 0, 0, zone)
                    + " 2095: " + ZonedDateTime.of(2095, 7, 1, 12, 0, 0, 0, zone));
            TimeZone tz = TimeZone.getTimeZone(id);
            StringBuilder tb = new StringBuilder("  tz raw=" + tz.getRawOffset() + " dst=" + tz.getDSTSavings()
                    + " use=" + tz.useDaylightTime() + ":");
            for (int year = 1850; year <= 2100; year += 10) {
                long ms = LocalDateTime.of(year, 7, 1, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
                tb.append(' ').append(year).append('=').append(tz.getOffset(ms) / 60000).append(tz.inDaylightTime(new Date(ms)) ? "D" : "");
            }
            System.out.println(tb);
            System.out.println("  " + tz);
            SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss Z", Locale.US);
            f.setTimeZone(tz);
            System.out.println("  sdf " + f.format(new Date(-2208988800000L + 86400000L * 180)) + " | "
                    + f.format(new Date(1115000000000L)) + " | " + f.format(new Date(1262304000000L)));
        }
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Moscow"));
        System.out.println(new Date(1262304000000L) + " | " + new Date(1300000000000L) + " | " + new Date(0L));
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        System.out.println(new Date(1112000000000L) + " | " + new Date(-1000000000000L));
        String[] all = TimeZone.getAvailableIDs();
        System.out.println(all.length + " " + String.join(",", Arrays.copyOfRange(all, all.length - 30, all.length)));
        System.out.println(String.join(",", TimeZone.getAvailableIDs(3600000)));
        System.out.println(TimeZone.getTimeZone("ART") + " " + TimeZone.getTimeZone("Asia/Jerusalem").getOffset(2200000000000L));
        System.out.println(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss VV O").format(ZonedDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneId.of("Europe/Amsterdam"))));
    }
}
