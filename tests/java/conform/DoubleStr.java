package conform;
import java.util.*;
public class DoubleStr {
    public static void main(String[] args) {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder(); long h = 0;
        for (int i = 0; i < 600; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            String s = Double.toString(d); h = h * 31 + s.hashCode();
            if (i < 30) sb.append(s).append('\n');
            float f = Float.intBitsToFloat(r.nextInt()); String fs = Float.toString(f); h = h * 31 + fs.hashCode();
            if (i < 30) sb.append(fs).append('\n');
            double e = r.nextInt(100000) / Math.pow(10, r.nextInt(12)); String es = String.valueOf(e); h = h * 31 + es.hashCode();
            if (Double.parseDouble(es) != e) System.out.println("roundtrip fail " + es);
            if (i < 30) sb.append(es).append(' ').append((float) e).append(' ').append(String.format("%.5f %.3e %g", e, e, e)).append('\n');
            String fm = String.format("%.3f|%.10f|%e|%.0e|%a", d, e, e, e, e); h = h * 31 + fm.hashCode();
        }
        System.out.print(sb);
        System.out.println(h);
        double[] tricky = {2e-3, 1e23, 8.41e21, 2.82879384806159E17, 1.0E-322, 4.9E-324, 9.999999999999999E22, 5.0E-324 * 3, 0.001, 0.0001, 1234567890123456789.0, 1.1234567890123457E-7, 3.0E10, 100, 1e6, 1e7, 1.2e-3, 2.2250738585072014E-308, 1.9400994884341945E25, 123456.789e3, 4.8726570057E288, 2.0E-7, 5e-5};
        for (double d : tricky) System.out.println(d + " " + (float) d + " " + String.format("%s %.2f %10.3e %g %.15g", d, d, d, d, d));
        float[] ft = {1.0E-5f, 3.4E38f, 1.17549435E-38f, 8.5E-44f, 0.3f, 16777216f, 1.0E10f, 2.7182817f, 9.9999994E-5f, 33554432f, 0.001f, 1234.5677f};
        for (float f : ft) System.out.println(f + " " + (double) f + " " + String.format("%.3f %s", f, f));
    }
}
