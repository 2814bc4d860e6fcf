package time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** java.util.Formatter's %t conversions on java.time objects. */
public class Printf {
    public static void main(String[] args) {
        LocalDateTime ldt = LocalDateTime.of(2024, 7, 4, 21, 5, 9, 123_456_789);
        TemporalAccessor[] values = {ldt, ldt.toLocalDate(), ldt.toLocalTime(), ldt.atOffset(ZoneOffset.ofHoursMinutes(5, 30)),
            ldt.atZone(ZoneId.of("UTC")), ldt.atZone(ZoneOffset.UTC), ldt.atZone(ZoneId.of("GMT-03:00")),
            Instant.ofEpochSecond(1_700_000_000L, 5_000_000), LocalDate.of(5, 1, 9), LocalDate.of(-5, 1, 9)};
        String convs = "HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc";
        for (TemporalAccessor v : values) {
            StringBuilder sb = new StringBuilder(v.getClass().getSimpleName()).append(':');
            for (char c : convs.toCharArray()) {
                String f = "%t" + c;
                try {
                    sb.append(' ').append(c).append('=').append(String.format(Locale.US, f, v));
                } catch (RuntimeException e) {
                    sb.append(' ').append(c).append('=').append(e.getClass().getSimpleName()).append('(').append(e.getMessage()).append(')');
                }
            }
            System.out.println(sb);
        }
        System.out.println(String.format("%1$tY-%1$tm-%1$td %1$TB %1$Tp|%2$20tR|%2$-8tT|", ldt, LocalTime.of(3, 4, 5)));
        System.out.println(String.format("%tF %<tT %<ta", OffsetDateTime.of(ldt, ZoneOffset.UTC)));
        System.out.println(String.format("%s %s %s", ldt, ZonedDateTime.of(ldt, ZoneId.of("UTC")), Instant.EPOCH));
        try {
            System.out.println(String.format("%tH", LocalDate.of(2024, 1, 1)));
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
