package arith;

public class Compares {
    static int lcmp(long a, long b) { return a < b ? -1 : (a == b ? 0 : 1); }

    static String fcmp(float a, float b) {
        // javac emits fcmpg for < and <=, fcmpl for > and >=
        return "" + (a < b ? 'T' : 'F') + (a <= b ? 'T' : 'F') + (a > b ? 'T' : 'F') + (a >= b ? 'T' : 'F') + (a == b ? 'T' : 'F') + (a != b ? 'T' : 'F')
                + (!(a < b) ? 'T' : 'F') + (!(a > b) ? 'T' : 'F');
    }

    static String dcmp(double a, double b) {
        return "" + (a < b ? 'T' : 'F') + (a <= b ? 'T' : 'F') + (a > b ? 'T' : 'F') + (a >= b ? 'T' : 'F') + (a == b ? 'T' : 'F') + (a != b ? 'T' : 'F')
                + (!(a < b) ? 'T' : 'F') + (!(a > b) ? 'T' : 'F');
    }

    public static void main(String[] args) {
        long[] ls = {Long.MIN_VALUE, -1L, 0L, 1L, 1L << 32, Long.MAX_VALUE};
        for (long a : ls) {
            StringBuilder sb = new StringBuilder();
            for (long b : ls) sb.append(lcmp(a, b)).append(' ').append(Long.compare(a, b)).append(' ').append(Long.compareUnsigned(a, b)).append(" | ");
            System.out.println(sb);
        }
        float[] fs = {Float.NEGATIVE_INFINITY, -1f, -0f, 0f, 1f, Float.NaN};
        for (float a : fs) {
            StringBuilder sb = new StringBuilder(a + ": ");
            for (float b : fs) sb.append(fcmp(a, b)).append(' ');
            System.out.println(sb);
        }
        double[] ds = {-1e300, -0.0, 0.0, 4.9e-324, Double.POSITIVE_INFINITY, Double.NaN};
        for (double a : ds) {
            StringBuilder sb = new StringBuilder(a + ": ");
            for (double b : ds) sb.append(dcmp(a, b)).append(' ').append(Double.compare(a, b)).append(' ');
            System.out.println(sb);
        }
        double nan = Double.NaN;
        int count = 0;
        for (double d = 0; !(d >= 5); d += 1) count++;
        System.out.println("count=" + count);
        int loops = 0;
        while (nan < 1 || nan > 1 || loops < 3) loops++;
        System.out.println("loops=" + loops);
        System.out.println(Integer.compare(3, 7) + " " + Integer.compareUnsigned(-1, 1) + " " + Character.compare('b', 'a') + " " + Boolean.compare(true, false));
        System.out.println(Integer.signum(-99) + " " + Long.signum(1L << 60) + " " + Math.signum(Double.NaN) + " " + Math.signum(-0.0f));
    }
}
