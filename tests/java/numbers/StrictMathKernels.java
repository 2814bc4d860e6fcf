package numbers;

import java.util.Random;

/**
 * StrictMath.sin, cos and log1p are fdlibm's, bit for bit: its Horner-scheme kernels, its
 * argument reduction (small, medium and huge arguments) and its log1p.
 */
public class StrictMathKernels {
    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 1e-300, 4.9e-324, 1e-8, 0.3, 0.5, 0.78125, 0.785398, Math.PI / 4,
            Math.PI / 2, Math.PI, 3 * Math.PI / 2, 2 * Math.PI, 100 * Math.PI, 1e5, 823549.6, 823550.0,
            1647099.0, 1e6, 1e7, 1e9, 1e15, 1e16, 1e22, 1e100, 1e200, 1e300, Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1e22, -Math.PI,
            1.5707963267948966, 1.5707963267948968, 4.71238898038469, 7.0685834705770345,
            39.269908169872416, 3.14159265358979, 6.283185307179586, 1e-5, -0.29, -0.2929, -0.293,
            0.41422, 0.4142, -0.999999, -1.0, -1.5, 1e10, 1e20, 2.5e-5, 9.5367431640625E-7,
            669785.6924496144, -46.67228364516147, 42.813726800954456};
        for (double x : xs) {
            System.out.println(x + " sin " + StrictMath.sin(x) + " cos " + StrictMath.cos(x) + " tan "
                + StrictMath.tan(x) + " log1p " + StrictMath.log1p(x) + " " + Math.log1p(x));
        }
        Random r = new Random(1);
        long h = 0;
        for (int i = 0; i < 60000; i++) {
            double x;
            switch (i % 4) {
                case 0: x = r.nextDouble() * 2 - 1; break;
                case 1: x = (r.nextDouble() - 0.5) * 1e6; break;
                case 2: x = r.nextDouble() * Math.pow(2, r.nextInt(1100) - 60); break;
                default: x = Double.longBitsToDouble(r.nextLong()); break;
            }
            double s = StrictMath.sin(x), c = StrictMath.cos(x), l = StrictMath.log1p(x);
            if (i % 5000 == 0) System.out.println(x + " -> " + s + " " + c + " " + l);
            h = h * 31 + Double.doubleToLongBits(s) + 7 * Double.doubleToLongBits(c) + 13 * Double.doubleToLongBits(l);
        }
        System.out.println(h);
    }
}
