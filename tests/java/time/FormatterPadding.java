package time;

import java.time.*;
import java.time.format.*;
import java.time.temporal.*;
import java.util.*;
/** DateTimeFormatterBuilder.padNext, the pattern letter p, and appendText with a map of names. */
public class FormatterPadding {
  public static void main(String[] a) {
    LocalDateTime dt = LocalDateTime.of(2021, 3, 4, 5, 6, 7);
    DateTimeFormatter f = new DateTimeFormatterBuilder().padNext(4).appendValue(ChronoField.DAY_OF_MONTH).appendLiteral('|').padNext(6, '*').appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT).appendLiteral('|').padNext(3, '0').appendValue(ChronoField.HOUR_OF_DAY).toFormatter(Locale.US);
    System.out.println(f.format(dt) + " " + f);
    Map<Long, String> roman = new HashMap<>(); String[] r = {"I","II","III","IV","V","VI","VII","VIII","IX","X","XI","XII"}; for (int i = 0; i < 12; i++) roman.put((long) i + 1, r[i]);
    DateTimeFormatter g = new DateTimeFormatterBuilder().appendValue(ChronoField.DAY_OF_MONTH).appendLiteral(' ').appendText(ChronoField.MONTH_OF_YEAR, roman).appendLiteral(' ').appendValue(ChronoField.YEAR).toFormatter();
    System.out.println(g.format(dt) + " " + LocalDate.parse("4 XII 2021", g) + " " + LocalDate.parse("4 IX 2021", g) + " " + g);
    Map<Long, String> part = Map.of(1L, "Mon", 7L, "Sun");
    DateTimeFormatter h = new DateTimeFormatterBuilder().appendText(ChronoField.DAY_OF_WEEK, part).toFormatter();
    System.out.println(h.format(LocalDate.of(2021, 3, 1)) + " " + h.format(LocalDate.of(2021, 3, 3)));
    try { System.out.println(new DateTimeFormatterBuilder().padNext(1).appendValue(ChronoField.YEAR).toFormatter().format(dt)); } catch (DateTimeException e) { System.out.println(e.getMessage()); }
    try { new DateTimeFormatterBuilder().padNext(0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    DateTimeFormatter pp = DateTimeFormatter.ofPattern("ppd|pppM|HH", Locale.US);
    System.out.println(pp.format(dt) + " " + pp + " " + pp.parse(" 4|  3|05"));
    DateTimeFormatter q = new DateTimeFormatterBuilder().padNext(3).appendValue(ChronoField.DAY_OF_MONTH).appendLiteral('/').appendValue(ChronoField.MONTH_OF_YEAR).appendLiteral('/').appendValue(ChronoField.YEAR).toFormatter();
    System.out.println(LocalDate.parse("  4/3/2021", q));
    try { LocalDate.parse(" 4/3/2021", q); } catch (DateTimeParseException e) { System.out.println(e.getMessage()); }
     for (String pat : new String[]{"pp", "p3", "ppp'x'", "pppppEEE", "ppyy-MM"}) {
      try { System.out.println(pat + " -> [" + DateTimeFormatter.ofPattern(pat, Locale.US).format(dt) + "]"); } catch (IllegalArgumentException e) { System.out.println(pat + " -> " + e.getMessage()); }
    }
  }
}
