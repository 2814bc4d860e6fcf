package numbers;

public class DoubleToString {
    public static void main(String[] args) {
        double[] ds = {0.1, 0.2, 0.3, 0.1 + 0.2, 1.0, 10.0, 100.0, 1000.0, 1e6, 1e7, 1.0E-3, 1.0E-4, 123456789.123, 1234567.0, 12345678.9,
            Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
            1 / 3.0, 2 / 3.0, 1e21, 1e22, 1e23, 9.999999999999999e22, 5e-324, 1.7976931348623157e308, 0.001, 0.0001, 123.456, -987.654e-10,
            Math.PI, Math.E, Math.sqrt(2), 4.35, 2.675, 1.005, 100.0 / 7, 0.5, 0.25, 0.125, 3.0e10, 1.0E-5, 2e-3, 9007199254740993.0, 4503599627370497.5};
        for (double d : ds) System.out.println(d + "  " + Double.toHexString(d) + "  " + Long.toHexString(Double.doubleToRawLongBits(d)));
        float[] fs = {0.1f, 0.2f, 1.1f * 1.1f, 1.0f, 1e7f, 1e8f, 1.0E-3f, 1.0E-4f, 3.4028235E38f, 1.4E-45f, 1.17549435E-38f, 16777217f, 0.3f, 1f / 3f, 100f, 123456.789f, (float) Math.PI, -0.0f, 2.5e-6f, 1e10f};
        for (float f : fs) System.out.println(f + "  " + Float.toHexString(f) + "  " + Integer.toHexString(Float.floatToRawIntBits(f)) + "  as double " + (double) f);
        System.out.println(Double.toString(12.0) + " " + Float.toString(12.5f) + " " + String.valueOf(1e-10) + " " + Double.valueOf(7).toString());
        for (int e = -8; e <= 22; e += 2) System.out.print(Math.pow(10, e) + " ");
        System.out.println();
        for (int i = 1; i <= 10; i++) System.out.print(i / 10.0 + " " + (float) (i / 10.0) + " ");
        System.out.println();
    }
}
