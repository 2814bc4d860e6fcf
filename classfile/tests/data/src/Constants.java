public class Constants {
    static final long L1 = 1234567890123L;
    static final double D1 = 3.141592653589793;
    static final float F1 = 2.5f;
    static final String NUL_AND_EMOJI = "a\u0000b\uD83D\uDE00c";
    static final char CH = '\u00e9';
    static final boolean FLAG = true;

    long longs(long x) {
        long a = x + 1L;
        long b = a * 9876543210L;
        long c = Long.MIN_VALUE;
        return a + b + c + 0L;
    }

    double doubles(double x) {
        double a = x * 2.5;
        double b = 1e300 + Double.MAX_VALUE + Double.MIN_VALUE;
        double c = Double.NaN + Double.POSITIVE_INFINITY + Double.NEGATIVE_INFINITY + -0.0;
        return a + b + c + 1.0 + 0.1 + 123456789.0;
    }

    float floats(float x) {
        return x + 3.4028235e38f + 1.0e-10f + Float.NaN + Float.MIN_VALUE + 100.0f + 0.3f + 2.0f;
    }

    int ints() {
        int a = -1, b = 5, c = 6, d = 127, e = -128, f = 128, g = 32767, h = -32769, i = Integer.MIN_VALUE;
        return a + b + c + d + e + f + g + h + i;
    }

    String strings() {
        return NUL_AND_EMOJI + "\u00e9t\u00e9" + "\u0001\r\f\b" + CH + FLAG + "";
    }

    Object[] classes() {
        return new Object[] { String.class, int[].class, String[][].class, int.class, Constants.class };
    }
}
