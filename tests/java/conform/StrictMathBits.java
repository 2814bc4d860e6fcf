package conform;
import java.util.*;
public class StrictMathBits {
    public static void main(String[] args) {
        Random r = new Random(11);
        String[] names = {"log", "log10", "cbrt", "sinh", "cosh", "tanh", "exp", "expm1", "atan", "pow"};
        long[] h = new long[names.length];
        for (int i = 0; i < 3000; i++) {
            double x = i % 3 == 0 ? r.nextDouble() : i % 3 == 1 ? r.nextDouble() * 40 - 20 : StrictMath.exp(r.nextDouble() * 60 - 30);
            double y = r.nextDouble() * 6 - 3;
            double[] v = {StrictMath.log(x), StrictMath.log10(x), Math.cbrt(x), Math.sinh(x), Math.cosh(x), Math.tanh(x), StrictMath.exp(x), Math.expm1(x), StrictMath.atan(x), StrictMath.pow(x, y)};
            for (int k = 0; k < v.length; k++) h[k] = h[k] * 31 + Double.doubleToLongBits(v[k]);
            if (i < 4) System.out.println(x + " " + Arrays.toString(v));
        }
        for (int k = 0; k < names.length; k++) System.out.println(names[k] + " " + h[k]);
        double[] special = {0.0, -0.0, 1.0, -1.0, 1e-310, -1e-310, 710.5, -710.5, 22.0, 0.3465, 1e-20, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 27.0, -8.0, 1e300, 0.1};
        for (double x : special) System.out.println(x + " log=" + StrictMath.log(x) + " log10=" + StrictMath.log10(x) + " cbrt=" + Math.cbrt(x) + " sinh=" + Math.sinh(x) + " cosh=" + Math.cosh(x) + " tanh=" + Math.tanh(x));
        Random g = new Random(42); long gh = 0; for (int i = 0; i < 5000; i++) gh = gh * 31 + Double.doubleToLongBits(g.nextGaussian());
        System.out.println("gaussian " + gh + " " + new Random(7).nextGaussian() + " " + new Random(8).doubles(3).sum());
    }
}
