package time;

import java.time.*;
import java.time.format.*;
import java.time.temporal.*;

public class OffsetTimes {
    public static void main(String[] args) {
        OffsetTime t = OffsetTime.of(10, 15, 30, 500, ZoneOffset.ofHours(2));
        System.out.println(t + " " + t.plusHours(15) + " " + t.minusMinutes(20) + " " + t.plusSeconds(3600 * 24 + 1) + " " + t.minusNanos(501) + " " + t.plusNanos(1) + " " + t.minusHours(11) + " " + t.minusSeconds(31));
        System.out.println(t.withHour(23) + " " + t.withMinute(0) + " " + t.withSecond(59) + " " + t.withNano(0) + " " + t.truncatedTo(ChronoUnit.MINUTES) + " " + t.truncatedTo(ChronoUnit.HOURS));
        System.out.println(t.withOffsetSameInstant(ZoneOffset.UTC) + " " + t.withOffsetSameInstant(ZoneOffset.ofHoursMinutes(-9, -30)) + " " + t.withOffsetSameLocal(ZoneOffset.ofHours(-5)) + " " + (t.withOffsetSameLocal(ZoneOffset.ofHours(2)) == t));
        OffsetTime u = OffsetTime.of(9, 15, 30, 500, ZoneOffset.ofHours(1));
        System.out.println(t.isEqual(u) + " " + t.equals(u) + " " + t.isBefore(u) + " " + t.isAfter(u) + " " + t.compareTo(u) + " " + t.isBefore(u.plusNanos(1)) + " " + u.isAfter(t.minusHours(1)));
        System.out.println(t.plus(Duration.ofMinutes(90)) + " " + t.minus(Duration.ofSeconds(45)) + " " + t.plus(3, ChronoUnit.HALF_DAYS) + " " + t.minus(2, ChronoUnit.MILLIS) + " " + t.with(LocalTime.NOON) + " " + t.with(ZoneOffset.ofHours(3)) + " " + t.with(ChronoField.MINUTE_OF_HOUR, 45) + " " + t.with(ChronoField.OFFSET_SECONDS, -3600));
        System.out.println(t.get(ChronoField.HOUR_OF_DAY) + " " + t.get(ChronoField.OFFSET_SECONDS) + " " + t.getLong(ChronoField.NANO_OF_DAY) + " " + t.range(ChronoField.HOUR_OF_DAY) + " " + t.range(ChronoField.OFFSET_SECONDS) + " " + t.isSupported(ChronoField.DAY_OF_MONTH) + " " + t.isSupported(ChronoUnit.DAYS) + " " + t.isSupported(ChronoUnit.HOURS));
        System.out.println(t.toEpochSecond(LocalDate.of(2024, 1, 1)) + " " + t.atDate(LocalDate.of(2024, 1, 1)) + " " + t.until(u.plusHours(3), ChronoUnit.MINUTES) + " " + t.toLocalTime() + " " + t.getOffset());
        System.out.println(OffsetTime.ofInstant(Instant.ofEpochSecond(1700000000L, 42), ZoneId.of("Asia/Kolkata")) + " " + OffsetTime.ofInstant(Instant.ofEpochSecond(-1), ZoneOffset.ofHours(-3)) + " " + OffsetTime.now(Clock.fixed(Instant.parse("2020-06-01T12:00:00Z"), ZoneId.of("Europe/Paris"))) + " " + OffsetTime.parse("23:59:59.999+14:00").plusNanos(1000000) + " " + OffsetTime.MIN + " " + OffsetTime.MAX);
        System.out.println(t.format(DateTimeFormatter.ofPattern("hh:mm a xxx")) + " " + OffsetTime.from(ZonedDateTime.of(2024, 3, 1, 8, 0, 0, 0, ZoneId.of("America/New_York"))));
        try { t.plus(1, ChronoUnit.DAYS); } catch (UnsupportedTemporalTypeException e) { System.out.println(e.getMessage()); }
        try { t.get(ChronoField.YEAR); } catch (UnsupportedTemporalTypeException e) { System.out.println(e.getMessage()); }
        try { t.withHour(24); } catch (DateTimeException e) { System.out.println(e.getMessage()); }
        try { t.range(ChronoField.EPOCH_DAY); } catch (UnsupportedTemporalTypeException e) { System.out.println(e.getMessage()); }
    }
}
