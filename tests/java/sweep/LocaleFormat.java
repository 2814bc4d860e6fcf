package sweep;
import java.util.*;
import java.text.*;

public class LocaleFormat {
    public static void main(String[] args) {
        Locale[] locs = {Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.ITALY, new Locale("es", "ES"), new Locale("pt", "BR"), new Locale("nl", "NL"), new Locale("sv", "SE"), new Locale("nb", "NO"), new Locale("fi", "FI"), new Locale("da", "DK"), new Locale("ru", "RU"), new Locale("pl", "PL"), new Locale("de", "CH"), Locale.CANADA, Locale.JAPAN, Locale.ROOT, Locale.ENGLISH, Locale.GERMAN};
        for (Locale l : locs) {
            System.out.println(l + ": " + String.format(l, "%,d|%,.2f|%.3f|%e|%.1e|%g|%,10.1f|%010.2f|%(,.2f|%s|%x|%d|%,d", 1234567, 9876543.215, Math.PI, 12345.678, 0.5, 0.0001234, -4321.5, -3.5, -1234.5, 1.5, 255, -42, new java.math.BigInteger("12345678901234567890")));
            System.out.println("   " + String.format(l, "%,.3f %.2f %,d", new java.math.BigDecimal("1234567.8915"), new java.math.BigDecimal("-0.125"), Long.MIN_VALUE));
            NumberFormat nf = NumberFormat.getInstance(l);
            System.out.println("   nf " + nf.format(1234567.891) + " " + NumberFormat.getIntegerInstance(l).format(-98765));
        }
        System.out.println(String.format((Locale) null, "%,.2f %,d", 1234.5, 1234567));
        Formatter f = new Formatter(Locale.GERMANY);
        f.format("%,.2f", 1234.5); f.format(Locale.US, " %,.2f", 1234.5); f.format(" %,.2f", 1234.5);
        System.out.println(f);
        System.out.printf(Locale.GERMANY, "%.2f%n", 2.5);
        System.out.println("%.2f".formatted(2.5) + " " + String.format("%,.2f", 1234.5));
    }
}
