package time;

import java.time.*;
import java.time.format.*;
import java.time.temporal.*;
import java.util.*;

public class WeekPatterns {
    public static void main(String[] args) {
        LocalDate[] dates = {LocalDate.of(2021, 1, 2), LocalDate.of(2020, 12, 31), LocalDate.of(2024, 12, 30),
                LocalDate.of(2023, 7, 16), LocalDate.of(2026, 1, 1), LocalDate.of(1999, 1, 3)};
        String[] patterns = {"Q", "QQ", "QQQ", "QQQQ", "QQQQQ", "q", "qq", "qqq", "qqqq", "qqqqq", "e", "ee", "eee",
                "eeee", "eeeee", "c", "ccc", "cccc", "ccccc", "Y", "YY", "YYY", "YYYY", "YYYYY", "w", "ww", "W",
                "YYYY-'W'ww-e", "yyyy-MM-dd (YYYY) 'week' w", "YYYYww", "yyyy 'Q'Q", "YYYY-MM-dd"};
        for (String p : patterns) {
            DateTimeFormatter us = DateTimeFormatter.ofPattern(p, Locale.US);
            DateTimeFormatter uk = DateTimeFormatter.ofPattern(p, Locale.UK);
            StringBuilder sb = new StringBuilder();
            for (LocalDate d : dates) {
                sb.append(us.format(d)).append('/').append(uk.format(d)).append(' ');
            }
            System.out.println(p + " -> " + sb + "| " + us);
        }
        System.out.println("LDT: " + DateTimeFormatter.ofPattern("YYYY-ww-e HH:mm", Locale.FRANCE)
                .format(LocalDateTime.of(2022, 1, 1, 10, 15)));
        System.out.println("withLocale: " + DateTimeFormatter.ofPattern("YYYY-ww", Locale.US).withLocale(Locale.GERMANY)
                .format(LocalDate.of(2021, 1, 2)));
        for (String p : new String[] {"cc", "www", "WW", "QQQQQQ", "eeeeee"}) {
            try {
                DateTimeFormatter.ofPattern(p);
                System.out.println(p + " accepted");
            } catch (IllegalArgumentException e) {
                System.out.println(p + " IAE " + e.getMessage());
            }
        }
        // parsing
        System.out.println(LocalDate.parse("2021-W05-3", DateTimeFormatter.ofPattern("YYYY-'W'ww-e", Locale.UK)));
        System.out.println(LocalDate.parse("2021-05-3", DateTimeFormatter.ofPattern("YYYY-ww-e", Locale.US)));
        System.out.println(LocalDate.parse("2020-53-7", DateTimeFormatter.ofPattern("YYYY-ww-e", Locale.GERMANY)));
        System.out.println(LocalDate.parse("202105 1", DateTimeFormatter.ofPattern("YYYYww e", Locale.UK)));
        System.out.println(DateTimeFormatter.ofPattern("YYYY-ww-e", Locale.US).parse("2021-05-3").query(TemporalQueries.localDate()));
        System.out.println(LocalDate.parse("2021 Q3 15", new DateTimeFormatterBuilder().appendPattern("yyyy QQQ ")
                .appendValue(IsoFields.DAY_OF_QUARTER).toFormatter(Locale.US)));
        try {
            LocalDate.parse("2021-05", DateTimeFormatter.ofPattern("YYYY-ww", Locale.US));
        } catch (DateTimeParseException e) {
            System.out.println("no day of week: " + e.getMessage().substring(0, e.getMessage().indexOf("{")));
        }
        // round trip over two years with ISO week dates
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("YYYY-'W'ww-e", Locale.FRANCE);
        int ok = 0;
        for (LocalDate d = LocalDate.of(2019, 12, 1); d.isBefore(LocalDate.of(2022, 2, 1)); d = d.plusDays(1)) {
            if (LocalDate.parse(iso.format(d), iso).equals(d)) ok++;
        }
        System.out.println("round trips: " + ok);
    }
}
