package conform;
import java.math.*;
import java.util.*;
public class FmtEdge {
    static void f(String fmt, Object... a) { try { System.out.println("[" + String.format(fmt, a) + "]"); } catch (IllegalFormatException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); } }
    public static void main(String[] args) {
        f("%d %d %d %d", (byte) -1, (short) 300, 5L, new BigInteger("-123456789012345678901234567890"));
        f("%x %x %X %o", (byte) -1, -1L, new BigInteger("-255"), (short) -8);
        f("%s %S %10s %-10s| %.1s", null, null, true, "left", "xyz");
        f("%b %B %b %5b", null, "x", false, true);
        f("%c %c %C %-3c|", 'a', 0x1F600, 'b', 'z');
        f("%e %E %.0e %12.4e %-12.2e|", 0.0, 1e-10, 5.5, -123.456, 9.995);
        f("%f %.0f %.1f %.2f %.3f", 0.5, 0.5, 0.05, 0.005, 0.0005);
        f("%.0f %.0f %.0f %.0f %.1f %.2f", 1.5, 2.5, -0.5, 3.5, 0.25, 1.005);
        f("%.2f %.2f %.3f %.1f", 0.125, 0.375, 2.0005, 0.95);
        f("%g %g %g %g %g %.3g", 1.0, 0.0001, 123456.0, 1234567.0, 0.00001234, 99.95);
        f("%a %A %.2a", 1.0, 255.5, Math.PI);
        f("%,d %,d %,.3f %,10d| %0,10d", 1234567890123L, -999, 9876543.21, 12345, 12345);
        f("%+,d %+.2e % .3f %(,.2f", 1000000, 12345.0, 2.0, -1234.5);
        f("%010.2f|%-10.2f|%+010d|%x", -3.5, 3.5, 42, 0);
        f("%#x %#o %#X %#.0f %#e", 255, 8, 255L, 3.0, 1.0);
        f("%s %s %s %s", new int[0].length, List.of(1), Map.of(), Optional.empty());
        f("%.3f %.3f %10.3f %s", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0);
        f("%08.2f %08.2f %(f %+f", Double.NaN, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        f("%d %s", 1);
        f("%q", 1);
        f("%d", "str");
        f("%.2d", 5);
        f("%-d", 5);
        f("%#s", "x");
        f("%,x", 5);
        f("%0s", "x");
        f("%c", 0x110000);
        f("%c", "str");
        f("%1$s %1$s %s %<s %s", "a", "b");
        f("%3$s", "a");
        f("%n%%%n");
        f("%-08d", 5);
        f("%+s", "x");
        f("%.2f", new BigDecimal("1.005"));
        f("%.1f %s %.3e", new BigDecimal("-0.05"), new BigDecimal("1E+3"), new BigDecimal("12345.6789"));
        f("%10.3e|%-12s|%12s|", 1234.5678f, 1.1f, 100.0f);
        f("%h %H %h", "abc", 255, null);
        f("%o %x", Long.MIN_VALUE, Integer.MIN_VALUE);
        f("%5.1f%%", 99.44);
        f("%s", (Object) new String[]{"a"}.length);
        f("%e", 1.0E-320);
        f("%.16f %.20f", 0.1, 0.1);
        f("%.0e %.1e", 9.5, 9.95);
        f("%g %g", 0.0, 1e-5);
        f("%.15f", 1e-10);
        f("%,.0f %.0f", 1e15, 1e22);
        System.out.printf("%s=%d%n", "x", 3);
        System.out.println(String.format(Locale.ROOT, "%.2f", 1.5) + " " + String.format(Locale.US, "%,d", 1000) + " " + new Formatter().format("%05d", 42).toString());
        StringBuilder sb = new StringBuilder(); Formatter fm = new Formatter(sb); fm.format("%s-%s", 1, 2); fm.format("|%d", 3); System.out.println(sb);
    }
}
