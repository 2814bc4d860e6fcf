package logging;

import java.util.Date;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

public class Formats {
    @SuppressWarnings("deprecation")
    public static void main(String[] args) {
        // The default SimpleFormatter format (no format property here) on records with fixed times.
        SimpleFormatter f = new SimpleFormatter();
        long[] times = { 0L, 1700000000000L, 1700000000999L, 951782400000L, 1709164800000L + 13 * 3600000L,
                -86400000L * 365, 4102444800000L + 43200000L, 1234567890123L };
        for (long t : times) {
            LogRecord r = new LogRecord(Level.WARNING, "message at " + t);
            r.setMillis(t);
            r.setLoggerName("the.logger");
            r.setSourceClassName("src.Class");
            r.setSourceMethodName("method");
            System.out.print(f.format(r));
        }
        LogRecord r = new LogRecord(Level.INFO, "no source {0}");
        r.setMillis(1600000000000L);
        r.setLoggerName("named");
        r.setSourceClassName(null);
        r.setParameters(new Object[] { 3.25 });
        System.out.print(f.format(r));
        // Formatter date/time conversions of Long and Date
        String[] convs = { "H", "I", "k", "l", "M", "S", "L", "N", "p", "s", "Q", "B", "b", "h", "A", "a", "C", "Y", "y",
                "j", "m", "d", "e", "R", "T", "r", "D", "F" };
        for (long t : new long[] { 0L, 1700000000123L, 951825600000L, -1L, 253402300799999L, 43200000L }) {
            StringBuilder sb = new StringBuilder(t + ":");
            for (String c : convs) {
                sb.append(' ').append(String.format("%t" + c, t));
            }
            System.out.println(sb);
            System.out.println("  upper " + String.format("%TB %Tp %Ta %Tr", t, t, t, t) + " width [" + String.format("%10tY|%-6tm|", t, t) + "]");
            System.out.println("  date " + String.format("%tF %<tT", new Date(t)));
        }
        System.out.println(String.format("%tY", (Object) null));
        for (String bad : new String[] { "%tq", "%.2tY", "%#tY" }) {
            try {
                System.out.println(String.format(bad, 0L));
            } catch (RuntimeException e) {
                System.out.println(bad + ": " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            String.format("%tY", 5);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
