package arith;

public class FloatArith {
    public static void main(String[] args) {
        float[] vals = {0f, -0f, 1f, -1.5f, 0.1f, 3.4028235e38f, 1.4e-45f, 1e-40f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        float[] others = {2f, -0f, 0.3f, Float.POSITIVE_INFINITY};
        for (float a : vals) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(": neg=").append(-a);
            for (float b : others) {
                sb.append(" | ").append(a + b).append(' ').append(a - b).append(' ').append(a * b).append(' ').append(a / b);
            }
            System.out.println(sb);
        }
        float x = 0.1f + 0.2f;
        System.out.println(x + " " + (x == 0.3f) + " " + (0.1f * 3));
        System.out.println(1.1f * 1.1f);
        System.out.println(16777216f + 1f);
        System.out.println(Float.MAX_VALUE * 2 + " " + Float.MIN_VALUE / 2 + " " + (-Float.MIN_VALUE / 2));
        System.out.println(0f / 0f + " " + 1f / 0f + " " + -1f / 0f + " " + 1f / -0f);
        float acc = 0;
        for (int i = 1; i <= 100; i++) acc += 1f / i;
        System.out.println("harmonic100=" + acc);
        float p = 1;
        for (int i = 0; i < 30; i++) p *= 3.7f;
        System.out.println("pow=" + p);
        System.out.println(Float.compare(0f, -0f) + " " + Float.compare(Float.NaN, 1f) + " " + Float.valueOf(Float.NaN).equals(Float.NaN) + " " + (Float.NaN == Float.NaN));
        System.out.println(Float.floatToIntBits(-0f) + " " + Float.floatToIntBits(1f) + " " + Float.intBitsToFloat(0x3f800001) + " " + Float.floatToIntBits(Float.NaN));
        System.out.println(Math.abs(-0f) + " " + Math.max(-0f, 0f) + " " + Math.min(-0f, 0f) + " " + Math.max(Float.NaN, 1f));
        System.out.println(Math.ulp(1f) + " " + Math.nextUp(1f) + " " + Math.nextDown(1f) + " " + Math.getExponent(1000f));
    }
}
