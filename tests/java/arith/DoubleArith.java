package arith;

public class DoubleArith {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 1.0, -2.5, 0.1, 1e308, 4.9e-324, 2.2250738585072014E-308, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] others = {3.0, -0.0, 1e-3, Double.NEGATIVE_INFINITY};
        for (double a : vals) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(": neg=").append(-a);
            for (double b : others) {
                sb.append(" | ").append(a + b).append(' ').append(a - b).append(' ').append(a * b).append(' ').append(a / b);
            }
            System.out.println(sb);
        }
        System.out.println(0.1 + 0.2);
        System.out.println((0.1 + 0.2 == 0.3) + " " + (0.1 + 0.2 - 0.3));
        System.out.println(1.0 / 3 + " " + 2.0 / 3 + " " + 10.0 / 3);
        System.out.println(1e308 * 10 + " " + -1e308 * 10 + " " + 4.9e-324 / 2);
        System.out.println(9007199254740992.0 + 1 + " " + (9007199254740993L + 0.0));
        double sum = 0;
        for (int i = 0; i < 1000; i++) sum += 0.001;
        System.out.println("sum=" + sum);
        double pi = 0;
        for (int k = 0; k < 100000; k++) pi += (k % 2 == 0 ? 4.0 : -4.0) / (2 * k + 1);
        System.out.println("leibniz=" + pi);
        double e = 1, term = 1;
        for (int i = 1; i < 20; i++) { term /= i; e += term; }
        System.out.println("e=" + e + " Math.E=" + Math.E);
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY) + " " + Double.valueOf(-0.0).equals(0.0));
        System.out.println(Double.doubleToLongBits(-0.0) + " " + Double.doubleToLongBits(1.0) + " " + Double.longBitsToDouble(0x3ff0000000000001L) + " " + Long.toHexString(Double.doubleToLongBits(Double.NaN)));
        System.out.println(Math.abs(-0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.min(Double.NaN, 0.0));
        System.out.println(Math.ulp(1.0) + " " + Math.nextUp(1.0) + " " + Math.getExponent(1e300) + " " + Math.scalb(1.5, 10) + " " + Math.copySign(3.0, -0.0) + " " + Math.signum(-2.5));
        System.out.println(Double.isNaN(0.0 / 0.0) + " " + Double.isInfinite(1 / 0.0) + " " + Double.isFinite(1e308));
    }
}
