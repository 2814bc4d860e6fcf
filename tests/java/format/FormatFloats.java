package format;

public class FormatFloats {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.5, 3.14159265358979, 2.5, 3.5, 0.125, 0.005, 1.005, 2.675, 123456.789, 1e-5, 1e10, 6.02214076e23, -9.999, 0.045, Double.MAX_VALUE, Double.MIN_VALUE};
        for (double d : ds) {
            System.out.println(String.format("%f | %.2f | %10.3f | %-10.1f| %e | %.3e | %E | %g | %.3g | %,.2f | %+.1f | %.0f", d, d, d, d, d, d, d, d, d, d, d, d));
        }
        System.out.println(String.format("%f %e %g %.2f", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN));
        float f = 1.1f;
        System.out.println(String.format("%f %.10f %e %s", f, f, f, f));
        System.out.println(String.format("%08.2f|%-8.2f|%(.2f|% .2f", -3.14159, 2.0, -2.5, 2.5));
        System.out.println(String.format("%.1f %.1f %.1f %.1f %.1f %.1f", 0.05, 0.15, 0.25, 0.35, 0.45, 0.55));
        System.out.println(String.format("%.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5, -1.5));
        System.out.println(String.format("%a %a", 1.0, -0.1));
        System.out.println(String.format("%.15f %.17f %.20f", 0.1, 0.1, 0.1));
        System.out.println(String.format("%10.4e|%-12.2E|", 12345.6789, 0.000123));
        System.out.println(String.format("%g %g %g %g %g", 0.0001, 0.00001, 123456.0, 1234567.0, 100000.0));
        System.out.println(String.format("%.2f%%", 45.678) + " " + String.format("$%,.2f", 1234567.891));
        System.out.println(String.format("%s %s %s", 1.0f, 1e100, 1.0E-100));
        System.out.println(String.format("%.3f", new java.math.BigDecimal("2.0005")) + " " + String.format("%.2f", new java.math.BigDecimal("1.005")));
    }
}
