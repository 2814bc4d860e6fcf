package time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

// appendFraction of fields whose range is not a power of ten; messages of override zone/chronology
public class FractionFields {
    public static void main(String[] args) {
        ChronoField[] fields = {ChronoField.MINUTE_OF_HOUR, ChronoField.SECOND_OF_MINUTE, ChronoField.HOUR_OF_DAY,
                ChronoField.MILLI_OF_SECOND, ChronoField.NANO_OF_SECOND, ChronoField.MINUTE_OF_DAY};
        int[][] widths = {{0, 9}, {2, 4}, {3, 3}, {0, 2}};
        LocalTime[] times = {LocalTime.of(0, 0), LocalTime.of(1, 30, 15), LocalTime.of(12, 1, 59, 123_456_789),
                LocalTime.of(23, 59, 45, 500_000_000), LocalTime.of(6, 20, 40)};
        for (ChronoField f : fields) {
            for (int[] w : widths) {
                for (boolean point : new boolean[] {true, false}) {
                    DateTimeFormatter fmt = new DateTimeFormatterBuilder().appendLiteral('[')
                            .appendFraction(f, w[0], w[1], point).appendLiteral(']').toFormatter();
                    StringBuilder sb = new StringBuilder(fmt + ":");
                    for (LocalTime t : times) {
                        String s = fmt.format(t);
                        sb.append(' ').append(s);
                        try {
                            sb.append('=').append(fmt.parse(s).getLong(f));
                        } catch (RuntimeException e) {
                            sb.append("=!").append(e.getClass().getSimpleName());
                        }
                    }
                    System.out.println(sb);
                }
            }
        }
        DateTimeFormatter hm = new DateTimeFormatterBuilder().appendPattern("HH")
                .appendFraction(ChronoField.MINUTE_OF_HOUR, 1, 3, true).toFormatter();
        for (String s : new String[] {"10.5", "10.25", "10.999", "10.0", "07.75"}) {
            System.out.println(s + " -> " + LocalTime.parse(s, hm));
        }
        // the formatter's zone and chronology show in the message when the value lacks a field
        run(() -> DateTimeFormatter.ofLocalizedTime(FormatStyle.LONG).withLocale(Locale.US).format(LocalTime.of(13, 4, 5)));
        run(() -> DateTimeFormatter.ofPattern("HH:mm VV").withZone(ZoneId.of("Europe/Paris")).format(LocalTime.of(13, 4)));
        run(() -> DateTimeFormatter.ofPattern("yyyy HH:mm VV").withZone(ZoneId.of("Europe/Paris"))
                .format(LocalDateTime.of(2021, 1, 1, 13, 4)));
        run(() -> DateTimeFormatter.ofPattern("yyyy HH:mm xxx").withZone(ZoneId.of("Europe/Paris"))
                .format(LocalDateTime.of(2021, 1, 1, 13, 4)));
        run(() -> DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of("UTC")).format(LocalDate.of(2021, 1, 1)));
        run(() -> DateTimeFormatter.ISO_OFFSET_DATE.format(LocalDate.of(2021, 1, 1)));
        run(() -> DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.US).format(LocalTime.NOON));
    }

    static void run(java.util.function.Supplier<String> s) {
        try {
            System.out.println(s.get());
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
