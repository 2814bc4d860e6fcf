package time;

import java.time.*;
import java.time.format.*;
import java.time.temporal.*;
public class IsoWeekDate {
    public static void main(String[] args) {
        LocalDate[] ds = {LocalDate.of(2024, 2, 29), LocalDate.of(2021, 1, 3), LocalDate.of(2020, 12, 31), LocalDate.of(2026, 1, 1)};
        for (LocalDate d : ds) System.out.println(d.format(DateTimeFormatter.ISO_WEEK_DATE) + " " + d.get(IsoFields.WEEK_BASED_YEAR));
        System.out.println(LocalDate.parse("2021-W01-1", DateTimeFormatter.ISO_WEEK_DATE));
        System.out.println(ZonedDateTime.of(LocalDateTime.of(2020, 1, 1, 0, 0), ZoneOffset.ofHours(2)).format(DateTimeFormatter.ISO_WEEK_DATE));
        System.out.println(LocalDate.parse("2020-W53-5", DateTimeFormatter.ISO_WEEK_DATE));
    }
}
