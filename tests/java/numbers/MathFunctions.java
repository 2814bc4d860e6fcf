package numbers;

public class MathFunctions {
    public static void main(String[] args) {
        System.out.println(Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(-2.5) + " " + Math.abs(-0.0f) + " " + Math.abs(-7L));
        System.out.println(Math.min(3, -3) + " " + Math.max(3L, 7L) + " " + Math.min(0.0, -0.0) + " " + Math.max(Float.NaN, 1f) + " " + Math.min(-1.5, 2));
        double[] xs = {2.5, -2.5, 3.5, -3.5, 0.49999999999999994, -0.5, 1e20, Double.NaN, -0.0, 2.4, -2.6, Double.NEGATIVE_INFINITY};
        for (double x : xs) {
            System.out.println(x + ": floor=" + Math.floor(x) + " ceil=" + Math.ceil(x) + " round=" + Math.round(x) + " rint=" + Math.rint(x) + " roundf=" + Math.round((float) x));
        }
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -1) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0, 0) + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(1, Double.POSITIVE_INFINITY) + " " + Math.pow(-2, 3) + " " + Math.pow(10, 15) + " " + Math.pow(2.5, 2));
        System.out.println(Math.sqrt(16) + " " + Math.sqrt(2) + " " + Math.sqrt(-1) + " " + Math.sqrt(-0.0) + " " + Math.cbrt(27) + " " + Math.cbrt(-8) + " " + Math.sqrt(1e-300));
        System.out.println(Math.hypot(3, 4) + " " + Math.hypot(5, 12) + " " + Math.hypot(1e200, 1e200) + " " + Math.hypot(Double.NaN, Double.POSITIVE_INFINITY));
        System.out.println(Math.floorDiv(7, 2) + " " + Math.floorDiv(-7, 2) + " " + Math.floorDiv(7, -2) + " " + Math.floorMod(7, 3) + " " + Math.floorMod(-7, 3) + " " + Math.floorMod(7, -3) + " " + Math.floorMod(-7, -3));
        System.out.println(Math.sin(0) + " " + Math.sin(1) + " " + Math.cos(0) + " " + Math.cos(1) + " " + Math.tan(1) + " " + Math.sin(Math.PI / 6) + " " + Math.cos(Math.PI));
        System.out.println(Math.exp(0) + " " + Math.exp(1) + " " + Math.exp(-1) + " " + Math.log(1) + " " + Math.log(Math.E) + " " + Math.log(10) + " " + Math.log10(1000) + " " + Math.log(0) + " " + Math.log(-1));
        System.out.println(Math.atan(1) + " " + Math.atan2(1, 1) + " " + Math.asin(1) + " " + Math.acos(0) + " " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180));
        System.out.println(Math.sinh(1) + " " + Math.cosh(1) + " " + Math.tanh(1) + " " + Math.expm1(1e-10) + " " + Math.log1p(1e-10));
        System.out.println(StrictMath.sin(2) + " " + StrictMath.cos(2) + " " + StrictMath.tan(0.5) + " " + StrictMath.exp(2) + " " + StrictMath.log(2) + " " + StrictMath.pow(3, 0.5) + " " + StrictMath.sqrt(3) + " " + StrictMath.atan2(-1, -1));
        System.out.println(Math.fma(2.0, 3.0, 1.0) + " " + Math.fma(0.1, 10, -1) + " " + Math.nextAfter(1.0, 2.0) + " " + Math.ulp(1e10));
        double total = 0;
        for (int i = 1; i <= 10; i++) total += Math.sqrt(i);
        System.out.println("sum sqrt 1..10 = " + total);
    }
}
