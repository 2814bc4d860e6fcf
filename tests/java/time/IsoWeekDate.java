package time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;

/** DateTimeFormatter.ISO_WEEK_DATE: formatting across year boundaries, offsets, parsing. */
public class IsoWeekDate {
    public static void main(String[] args) {
        LocalDate[] dates = {
            LocalDate.of(2024, 2, 29), LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 3),
            LocalDate.of(2021, 1, 4), LocalDate.of(2008, 12, 29), LocalDate.of(2010, 1, 3),
            LocalDate.of(1, 1, 1), LocalDate.of(12345, 6, 7),
        };
        for (LocalDate d : dates) {
            System.out.println(d + " -> " + DateTimeFormatter.ISO_WEEK_DATE.format(d)
                    + " week " + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                    + " of " + d.get(IsoFields.WEEK_BASED_YEAR));
        }
        OffsetDateTime o = OffsetDateTime.of(2023, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2));
        System.out.println(o.format(DateTimeFormatter.ISO_WEEK_DATE));
        String[] inputs = {"2024-W09-4", "2020-W53-4", "2009-w01-1", "2024-W09-4+01:00", "2021-W54-1", "2024-W9-4"};
        for (String s : inputs) {
            try {
                System.out.println(s + " -> " + LocalDate.parse(s, DateTimeFormatter.ISO_WEEK_DATE));
            } catch (DateTimeParseException e) {
                System.out.println(s + " -> " + e.getMessage());
            }
        }
        System.out.println(DateTimeFormatter.ISO_WEEK_DATE);
    }
}
