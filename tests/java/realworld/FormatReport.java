package realworld;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.*;

public class FormatReport {
    static void p(String fmt, Object... args) {
        try {
            System.out.println("[" + fmt.replace("\n", "\\n") + "] -> [" + String.format(fmt, args) + "]");
        } catch (IllegalFormatException e) {
            System.out.println("[" + fmt + "] !! " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        p("%5.2f|%-8.3f|%08.2f|%+.1f|% .3f", Math.PI, Math.E, -3.14159, 2.0, 1.5);
        p("%-10s|%10s|%.3s|%-6.2s|", "left", "right", "truncate", "xy");
        p("%08X|%x|%#x|%#o|%o|%X", 255, -1, 255, 8, -8, 0xCAFEL);
        p("%,d|%,d|%,.2f|%(d|%(,.2f", 1234567, -9876543210L, 1234567.891, -42, -1234.5);
        p("%e|%.2e|%E|%12.4e|%g|%g|%g|%.3g", 12345.678, 0.000123, 1e-10, -6.02e23, 0.0001, 123456.0, 1234567.0, 3.14159);
        p("%b|%B|%b|%b|%c|%C|%c", true, false, null, "x", 'a', 'b', 65);
        p("%n|%%|%s", "end");
        p("%3$s %1$s %2$s %1$s", "a", "b", "c");
        p("%s %<s %s", "x", "y");
        p("%h|%H|%h", "hello", "hello", 42);
        p("%10.4s|%-10b|%5c", "abcdefg", true, 'z');
        p("%d|%d|%d|%d", (byte) -5, (short) 300, Long.MIN_VALUE, Integer.MAX_VALUE);
        p("%x|%x|%X", (byte) -1, (short) -1, Long.MIN_VALUE);
        p("%o|%x", new BigInteger("-255"), new BigInteger("123456789012345678901234567890"));
        p("%.3f|%10.1f|%,.4f|%.0f|%.0f|%.0f", new BigDecimal("2.71828"), new BigDecimal("-1234.55"), new BigDecimal("9876543.21"), 0.5, 1.5, 2.5);
        p("%f|%f|%f|%.2f|%e", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0);
        p("%5s|%-5s|%s", null, null, Arrays.asList(1, 2));
        p("%s|%s", new int[0].length, Optional.of("v"));
        p("%.1f|%.2f|%.3f", 0.05, 0.125, 1.0005);
        p("%a|%a", 1.0, -0.5);
        p("%+d|%+d|% d|%05d|%-5d|%x", 5, -5, 5, -42, 42, 'c' + 0);
        p("%,015.2f|%-+10.1f|%+,d", 1234.5, 3.0, 1000000);
        p("%d", "notanumber");
        p("%5.2d", 3);
        p("%q", 1);
        p("%s %s", "only one");
        p("%-s", "x");
        p("%#s", "x");
        p("%c", 0x1F600);
        p("%c", -1);
        p("%.2f%%", 45.678);
        p("%tY", "x");
        // printf and format to StringBuilder via Formatter
        System.out.printf("%-6s|%6d|%6.2f%n", "row", 17, 2.0 / 3);
        System.out.format(Locale.ROOT, "%,d items%n", 12345);
        StringBuilder sb = new StringBuilder();
        Formatter f = new Formatter(sb);
        f.format("%s=%d; ", "a", 1).format("%s=%d", "b", 2);
        System.out.println("formatter: " + f + " / " + sb.length());
        System.out.println("formatted: " + "%d-%s".formatted(7, "x"));
        // a small table
        String[] names = { "Widget", "Gadget extra long name", "Nut" };
        double[] prices = { 4.5, 1234.567, 0.05 };
        int[] qty = { 10, 1, 10000 };
        System.out.println(String.format("%-12s%8s%12s%14s", "Item", "Qty", "Price", "Total"));
        System.out.println("-".repeat(46));
        double sum = 0;
        for (int i = 0; i < names.length; i++) {
            double t = prices[i] * qty[i];
            sum += t;
            System.out.println(String.format("%-12.12s%,8d%12.2f%,14.2f", names[i], qty[i], prices[i], t));
        }
        System.out.println(String.format("%-32s%,14.2f", "TOTAL", sum));
        System.out.println(String.format("%s %S %s", List.of("a"), "mixed Case", Map.of("k", 1)));
        System.out.println(String.valueOf(new char[] { 'o', 'k' }) + " " + String.valueOf(3.0f) + " " + String.valueOf(true));
    }
}
