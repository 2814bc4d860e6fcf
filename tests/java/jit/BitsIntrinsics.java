package jit;

/** Double/Float bit conversions, which compiled code replaces by their effect. */
public class BitsIntrinsics {
    static long roundTrip(long bits) {
        return Double.doubleToRawLongBits(Double.longBitsToDouble(bits));
    }

    static int roundTrip(int bits) {
        return Float.floatToRawIntBits(Float.intBitsToFloat(bits));
    }

    public static void main(String[] args) {
        double[] doubles = {0.0, -0.0, 1.5, -2.25, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e-310};
        float[] floats = {0f, -0f, 1.5f, -2.25f, Float.MIN_VALUE, Float.MAX_VALUE,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 1e-40f};
        long[] longBits = {0L, 1L, 0x7ff0000000000000L, 0x7ff8000000000001L, 0xfff0000000000001L,
            0x8000000000000000L, -1L, 0x3ff8000000000000L};
        int[] intBits = {0, 1, 0x7f800000, 0x7fc00001, 0xff800001, 0x80000000, -1, 0x3fc00000};
        long sum = 0;
        // Enough rounds for the loop to run compiled in tiered mode.
        for (int round = 0; round < 20000; round++) {
            for (double d : doubles) {
                sum += Double.doubleToRawLongBits(d) * 31 + Double.doubleToLongBits(d);
            }
            for (float f : floats) {
                sum += Float.floatToRawIntBits(f) * 17 + Float.floatToIntBits(f);
            }
            for (long bits : longBits) {
                sum ^= roundTrip(bits) + (long) (Double.longBitsToDouble(bits) * 3);
            }
            for (int bits : intBits) {
                sum ^= roundTrip(bits) + (long) (Float.intBitsToFloat(bits) * 3);
            }
        }
        System.out.println("checksum " + sum);
        for (double d : doubles) {
            System.out.println(d + " " + Long.toHexString(Double.doubleToRawLongBits(d)));
        }
        for (float f : floats) {
            System.out.println(f + " " + Integer.toHexString(Float.floatToRawIntBits(f)));
        }
        for (long bits : longBits) {
            System.out.println(Long.toHexString(roundTrip(bits)) + " " + Double.longBitsToDouble(bits));
        }
        for (int bits : intBits) {
            System.out.println(Integer.toHexString(roundTrip(bits)) + " " + Float.intBitsToFloat(bits));
        }
    }
}
