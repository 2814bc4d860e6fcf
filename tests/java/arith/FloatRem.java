package arith;

public class FloatRem {
    public static void main(String[] args) {
        double[] as = {5.5, -5.5, 0.0, -0.0, 1e300, 7.0, Double.NaN, Double.POSITIVE_INFINITY, 4.9e-324, 0.3};
        double[] bs = {2.0, -2.0, 0.1, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NaN, 3e-300, 1.0};
        for (double a : as) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (double b : bs) sb.append(' ').append(a % b);
            System.out.println(sb);
        }
        float[] fa = {5.5f, -5.5f, -0.0f, 1e30f, Float.NEGATIVE_INFINITY, 0.7f};
        float[] fb = {2f, -0.25f, 0f, Float.POSITIVE_INFINITY, 0.1f};
        for (float a : fa) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (float b : fb) sb.append(' ').append(a % b);
            System.out.println(sb);
        }
        System.out.println(Math.IEEEremainder(5.5, 2.0) + " " + Math.IEEEremainder(-7.0, 2.0) + " " + Math.IEEEremainder(10.0, 3.0));
        double x = 100.0;
        x %= 7.5;
        float y = -100f;
        y %= 7.5f;
        System.out.println(x + " " + y);
    }
}
