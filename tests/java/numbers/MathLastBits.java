package numbers;

import java.util.Random;

/**
 * Math.log10, Math.log and Math.hypot to the last bit: HotSpot's log and log10 intrinsics
 * are correctly rounded on these arguments, its hypot is fdlibm's (StrictMath's). Hashes
 * of many results, then single values at the edges.
 */
public class MathLastBits {
    interface F {
        double apply(double x, double y);
    }

    static void hashes(String name, F f, Random random) {
        long h = 0;
        int exact = 0;
        for (int i = 0; i < 20_000; i++) {
            double x = random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            double y = random.nextDouble() * 5;
            double r = f.apply(x, y);
            h = h * 31 + Double.doubleToRawLongBits(r);
            if (r == Math.rint(r)) {
                exact++;
            }
        }
        System.out.println(name + " " + Long.toHexString(h) + " " + exact);
    }

    public static void main(String[] args) {
        Random random = new Random(42);
        hashes("log10", (x, y) -> Math.log10(x), random);
        hashes("log", (x, y) -> Math.log(x), random);
        hashes("hypot", Math::hypot, random);
        hashes("hypot-close", (x, y) -> Math.hypot(x, x * (1 + y * 1e-9)), random);
        hashes("strict-hypot", (x, y) -> StrictMath.hypot(y, x), random);
        for (int e = -5; e <= 22; e++) {
            double x = Math.pow(10, e);
            System.out.println("log10(1e" + e + ") = " + Math.log10(x) + ", digits " + ((int) Math.log10(x) + 1));
        }
        for (int i = 1; i <= 30; i++) {
            System.out.println(i + ": " + Math.log10(i * 7.3) + " " + Math.log(i / 3.0) + " " + Math.hypot(i, 1.0 / i));
        }
        double[] edge = {0, -0.0, 4.9e-324, 1e-310, 2.5e-308, 1e-300, 3e-200, 1, 3, 1e150, 1e300,
            Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        StringBuilder line = new StringBuilder();
        for (double x : edge) {
            line.setLength(0);
            line.append(x).append(':');
            for (double y : edge) {
                line.append(' ').append(Math.hypot(x, y));
            }
            System.out.println(line);
            System.out.println("  log10 " + Math.log10(x) + " log " + Math.log(x));
        }
    }
}
