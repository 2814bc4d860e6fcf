package time;

import java.time.*;
import java.time.format.*;
import java.time.temporal.*;

public class JulianDays {
    public static void main(String[] args) {
        LocalDate[] dates = {LocalDate.of(1970, 1, 1), LocalDate.of(2000, 1, 1), LocalDate.of(1858, 11, 17), LocalDate.of(1, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(-4713, 11, 24)};
        for (LocalDate d : dates) {
            System.out.println(d + " JD=" + d.getLong(JulianFields.JULIAN_DAY) + " MJD=" + d.getLong(JulianFields.MODIFIED_JULIAN_DAY) + " RD=" + d.getLong(JulianFields.RATA_DIE) + " supported=" + d.isSupported(JulianFields.JULIAN_DAY));
        }
        LocalDate jd = LocalDate.MIN.with(JulianFields.JULIAN_DAY, 2460000);
        System.out.println(jd + " " + LocalDate.of(2020, 5, 5).with(JulianFields.MODIFIED_JULIAN_DAY, 0) + " " + LocalDate.of(2020, 5, 5).with(JulianFields.RATA_DIE, 1));
        LocalDateTime ldt = LocalDateTime.of(2023, 6, 1, 18, 30);
        System.out.println(ldt.getLong(JulianFields.JULIAN_DAY) + " " + ldt.with(JulianFields.MODIFIED_JULIAN_DAY, 60000) + " " + ZonedDateTime.of(ldt, ZoneId.of("UTC")).getLong(JulianFields.MODIFIED_JULIAN_DAY));
        try { LocalDate.of(2000, 1, 1).get(JulianFields.JULIAN_DAY); } catch (DateTimeException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        System.out.println(JulianFields.JULIAN_DAY + " " + JulianFields.MODIFIED_JULIAN_DAY + " " + JulianFields.RATA_DIE + " " + JulianFields.JULIAN_DAY.range() + " " + JulianFields.RATA_DIE.getBaseUnit() + " " + JulianFields.RATA_DIE.getRangeUnit() + " " + JulianFields.JULIAN_DAY.isDateBased() + " " + JulianFields.JULIAN_DAY.isTimeBased() + " " + JulianFields.MODIFIED_JULIAN_DAY.getDisplayName(java.util.Locale.FRENCH) + " " + JulianFields.JULIAN_DAY.rangeRefinedBy(LocalDate.of(2000, 1, 1)));
        try { LocalTime.NOON.getLong(JulianFields.JULIAN_DAY); } catch (DateTimeException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { JulianFields.JULIAN_DAY.rangeRefinedBy(LocalTime.NOON); } catch (DateTimeException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { LocalDate.of(2000, 1, 1).with(JulianFields.RATA_DIE, Long.MAX_VALUE); } catch (DateTimeException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        System.out.println(LocalTime.NOON.isSupported(JulianFields.JULIAN_DAY) + " " + Instant.EPOCH.isSupported(JulianFields.JULIAN_DAY));
        DateTimeFormatter f = new DateTimeFormatterBuilder().appendValue(JulianFields.MODIFIED_JULIAN_DAY).toFormatter();
        System.out.println(f.format(LocalDate.of(2023, 1, 1)) + " " + LocalDate.parse("59945", f) + " " + f.parse("60000").query(TemporalQueries.localDate()));
        System.out.println(LocalDate.of(2000, 1, 1).plus(10, ChronoUnit.DAYS).getLong(JulianFields.JULIAN_DAY) - LocalDate.of(2000, 1, 1).getLong(JulianFields.JULIAN_DAY));
    }
}
