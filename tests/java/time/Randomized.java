package time;

import java.time.*;
import java.time.format.*;
import java.time.temporal.*;
import java.util.*;
/** Random instants, date-times, durations and dates (fixed seed): text forms, round trips, differences, formats. */
public class Randomized {
    public static void main(String[] a) {
        Random r = new Random(42);
        DateTimeFormatter[] fs = {DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS"), DateTimeFormatter.ofPattern("EEE, d MMM yyyy h:mm a"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ofPattern("D yy n N A")};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            long s = r.nextLong() % 400_000_000_000L;
            if (i % 3 == 0) s = r.nextInt();
            int n = r.nextInt(1_000_000_000);
            if (i % 5 == 0) n = (n / 1_000_000) * 1_000_000;
            Instant in = Instant.ofEpochSecond(s, n);
            LocalDateTime ldt = LocalDateTime.ofEpochSecond(s, n, ZoneOffset.ofTotalSeconds(r.nextInt(36 * 3600) - 18 * 3600));
            Duration d = Duration.ofSeconds(r.nextLong() % 10_000_000_000L, r.nextInt(1_000_000_000) - (i % 2) * 500_000_000);
            LocalDate d1 = LocalDate.ofEpochDay(r.nextInt(2_000_000) - 1_000_000);
            LocalDate d2 = LocalDate.ofEpochDay(r.nextInt(2_000_000) - 1_000_000);
            sb.setLength(0);
            sb.append(in).append(' ').append(ldt).append(' ').append(d).append(' ').append(Period.between(d1, d2))
              .append(' ').append(d1.until(d2, ChronoUnit.MONTHS)).append(' ').append(ChronoUnit.WEEKS.between(ldt, ldt.plusSeconds(r.nextInt())))
              .append(' ').append(d1.getDayOfWeek()).append(' ').append(d1.plusMonths(r.nextInt(100) - 50))
              .append(' ').append(Duration.parse(d.toString()).equals(d)).append(' ').append(in.equals(Instant.parse(in.toString())));
            try { sb.append(' ').append(fs[i % 4].format(ldt)); } catch (Exception e) { sb.append(' ').append(e.getMessage()); }
            try { sb.append(' ').append(LocalDateTime.parse(ldt.toString())); } catch (Exception e) { sb.append(' ').append(e.getMessage()); }
            System.out.println(sb);
        }
    }
}
