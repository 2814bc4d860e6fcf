package time;

import java.time.*;
import java.time.format.*;
import java.time.temporal.*;
import java.time.zone.*;
import java.util.*;
public class RegionZones {
    public static void main(String[] args) {
        String[] ids = {"America/New_York", "America/Los_Angeles", "Europe/Paris", "Europe/London", "Australia/Sydney", "Pacific/Auckland", "Asia/Kolkata", "Asia/Tokyo", "America/Sao_Paulo", "Africa/Cairo", "America/St_Johns", "Asia/Kathmandu", "Europe/Dublin", "America/Santiago", "US/Eastern", "Etc/GMT+5"};
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z zzzz VV xxx O");
        for (String id : ids) {
            ZoneId z = ZoneId.of(id);
            ZoneRules r = z.getRules();
            StringBuilder sb = new StringBuilder(id + ": " + z.getDisplayName(TextStyle.SHORT, Locale.US) + " / " + z.getDisplayName(TextStyle.FULL, Locale.US) + " fixed=" + r.isFixedOffset());
            for (String ts : new String[]{"2024-01-15T12:00:00Z", "2024-07-15T12:00:00Z", "2025-03-30T00:59:59Z", "2025-03-30T01:00:00Z", "2025-11-02T05:59:59Z", "2025-11-02T06:00:00Z", "2023-10-01T00:00:00Z"}) {
                Instant i = Instant.parse(ts);
                ZonedDateTime zd = i.atZone(z);
                sb.append("\n  ").append(zd).append(" | ").append(zd.format(f)).append(" dst=").append(r.isDaylightSavings(i)).append(" save=").append(r.getDaylightSavings(i)).append(" std=").append(r.getStandardOffset(i));
            }
            ZoneOffsetTransition nt = r.nextTransition(Instant.parse("2025-01-01T00:00:00Z"));
            ZoneOffsetTransition pt = r.previousTransition(Instant.parse("2025-01-01T00:00:00Z"));
            sb.append("\n  next=").append(nt).append(nt == null ? "" : " " + nt.getInstant() + " " + nt.getDuration() + " " + nt.getDateTimeAfter());
            sb.append("\n  rules=").append(r.getTransitionRules());
            System.out.println(sb);
        }
        ZoneId ny = ZoneId.of("America/New_York");
        LocalDateTime gap = LocalDateTime.of(2025, 3, 9, 2, 30), overlap = LocalDateTime.of(2025, 11, 2, 1, 30);
        ZoneRules r = ny.getRules();
        System.out.println(r.getValidOffsets(gap) + " " + r.getValidOffsets(overlap) + " " + r.getTransition(gap) + " " + r.getTransition(overlap) + " " + r.getTransition(LocalDateTime.of(2025, 6, 1, 0, 0)) + " " + r.getOffset(gap) + " " + r.getOffset(overlap));
        ZonedDateTime g = ZonedDateTime.of(gap, ny), o = ZonedDateTime.of(overlap, ny);
        System.out.println(g + " " + o + " " + o.withLaterOffsetAtOverlap() + " " + o.withLaterOffsetAtOverlap().withEarlierOffsetAtOverlap() + " " + o.plusHours(1) + " " + o.plusDays(1) + " " + g.minusDays(1) + " " + ZonedDateTime.ofLocal(overlap, ny, ZoneOffset.ofHours(-5)));
        ZonedDateTime d = ZonedDateTime.of(2025, 3, 8, 12, 0, 0, 0, ny);
        System.out.println(d.plusDays(1) + " " + d.plusHours(24) + " " + Duration.between(d, d.plusDays(1)) + " " + ChronoUnit.HOURS.between(d, d.plusDays(1)) + " " + d.until(d.plusDays(2), ChronoUnit.DAYS));
        System.out.println(ZonedDateTime.parse("2025-07-04T10:15:30-04:00[America/New_York]") + " " + ZonedDateTime.parse("2025-07-04T10:15:30+01:00[Europe/Paris]").withZoneSameInstant(ZoneId.of("Asia/Tokyo")) + " " + LocalDate.of(2025, 3, 30).atStartOfDay(ZoneId.of("Europe/London")) + " " + LocalDateTime.of(2025, 7, 1, 9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
        System.out.println(ZoneId.of("Europe/Paris").getRules().getOffset(LocalDateTime.of(2025, 7, 1, 0, 0)) + " " + ZoneId.of("Europe/Paris").normalized() + " " + ZoneId.of("Asia/Tokyo").normalized() + " " + ZoneId.getAvailableZoneIds().contains("Europe/Rome") + " " + (ZoneId.getAvailableZoneIds().size() > 500));
        System.out.println(OffsetDateTime.ofInstant(Instant.parse("2025-07-01T00:00:00Z"), ZoneId.of("America/Chicago")) + " " + LocalDateTime.ofInstant(Instant.parse("2025-12-01T00:00:00Z"), ZoneId.of("Australia/Melbourne")) + " " + ZoneId.of("Asia/Calcutta").getRules().getOffset(Instant.EPOCH));
        System.out.println(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.of(2025, 7, 4, 12, 0, 0, 0, ny)) + " | " + DateTimeFormatter.ISO_ZONED_DATE_TIME.format(ZonedDateTime.of(2025, 1, 4, 12, 0, 0, 0, ny)) + " | " + DateTimeFormatter.ofPattern("EEE, d MMM yyyy h:mm a zzzz", Locale.US).format(ZonedDateTime.of(2025, 1, 4, 12, 0, 0, 0, ZoneId.of("Europe/Paris"))));
        try { ZoneId.of("Mars/Olympus"); } catch (ZoneRulesException e) { System.out.println(e.getMessage()); }
        try { ZonedDateTime.ofStrict(gap, ZoneOffset.ofHours(-5), ny); } catch (DateTimeException e) { System.out.println(e.getMessage()); }
    }
}
