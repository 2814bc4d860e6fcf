package sweep;
import java.util.*;
import java.math.*;

public class FormatFlags {
    static void p(String fmt, Object... a) {
        try { System.out.println(String.format(fmt, a)); }
        catch (Exception e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
    }
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, 0.1, 1e-5, 123456.789, 1e7, 1.0E-300, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, 2.5, 3.5, -2.5, 0.125, 1234567.0, 9.999999e6, 0.00001234};
        for (double d : ds) {
            p("%s|%f|%.2f|%e|%.3e|%g|%.3g|%10.1f|%-12.4e|%+.1f|%(.2f|% .0f|%,.2f|%08.2f", d, d, d, d, d, d, d, d, d, d, d, d, d, d);
            System.out.println(Double.toString(d) + " " + Float.toString((float) d) + " " + Double.toHexString(d));
        }
        float[] fs = {1.1f, 0.1f, 3.4028235e38f, 1.4e-45f, 100f, 1e10f, 1.0e-10f, 16777216f, 0.3f};
        for (float f : fs) p("%s %f %.10f %e", f, f, f, f);
        p("%5d|%-5d|%05d|%+d|%,d|%(d|% d|%x|%X|%o|%#x|%#o", 42, 42, 42, 42, 1234567, -42, 42, 255, 255, 8, 255, 8);
        p("%d %x %o", -1, -1, -1);
        p("%d %x", Long.MIN_VALUE, Long.MIN_VALUE);
        p("%x %X", (byte) -1, (short) -1);
        p("%,d %,d", new BigInteger("123456789012345678901234567890"), -1000);
        p("%x", new BigInteger("-255"));
        p("%.5f %e %g", new BigDecimal("1.23456789"), new BigDecimal("12345.6789"), new BigDecimal("0.000123"));
        p("%s %S %10s %-10s| %.3s", "hi", "hi", "right", "left", "truncate");
        p("%c %C %c", 'a', 'b', 0x1F600);
        p("%b %B %b %b", true, false, null, "x");
        p("%h %H", "hello", "hello");
        p("%n".equals("%n") ? "a%nb" : "");
        p("%% %5%|%-5%|");
        p("%2$s %1$s %<s %s", "a", "b");
        p("%d", "str");
        p("%q", 1);
        p("%.2d", 1);
        p("%-d", 1);
        p("%s %s", "one");
        p("%#s", "x");
        p("%0s", "x");
        p("%,x", 10);
        p("%e", 10);
        p("%10.3s|", "abcdef");
        p("%o", 3.0);
        p("%c", "str");
        p("%c", -1);
        p("%1$s %1$s", "rep");
        p("%0-5d", 1);
        p("%+ d", 1);
        p("%.0e %.0g %#.0f %#.0e", 5.5, 5.5, 5.5, 5.5);
        p("%g %g %g %g %g", 0.0001, 0.00001, 100000.0, 1000000.0, 123.0);
        p("%a %a %A", 1.0, 0.1, -2.5);
        p("%.2a", 1.0 / 3);
        p("%s", (Object) new int[0].getClass().getSimpleName());
        p("%s %s", Optional.of(3), Optional.empty());
        p("%s", List.of(1, 2));
        p("%10b|%-10b|", true, false);
        p("%,.3f", 9876543.21);
        p("%,15.2f|", -9876543.21);
        p("%(,.2f", -1234.5);
        p("%.15f", 0.1);
        p("%.20f", 0.1);
        p("%.17g", 0.1);
        p("%.1f %.1f %.1f %.1f", 0.05, 0.15, 0.25, 0.35);
        p("%.2f %.2f %.2f", 1.005, 2.675, 1.115);
        p("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5);
        p("%5.1f%%", 45.678);
        System.out.printf("%-15s%10s%n", "Name", "Score");
        System.out.printf("%-15s%10.2f%n", "Alice", 93.456);
        System.out.printf(Locale.ROOT, "%,d%n", 1000000);
        System.out.println(String.format("|%20s|", String.valueOf(Math.PI)));
        System.out.println("x".formatted());
        System.out.println("%d-%d".formatted(1, 2));
    }
}
