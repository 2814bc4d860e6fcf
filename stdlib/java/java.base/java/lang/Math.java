package java.lang;

/**
 * Numeric functions. Transcendental functions delegate to the native fdlibm-equivalent ones in
 * StrictMath; everything with an exact specification is plain Java here.
 */
public final class Math {
    // sin, cos, tan, exp, log, log10 and pow are natives, correctly rounded, as HotSpot's Math
    // intrinsics nearly always are; the rest delegate to StrictMath (fdlibm).
    private Math() {}

    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;
    public static final double TAU = 2.0 * PI;

    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;
    private static final int NEGATIVE_ZERO_FLOAT_BITS = Float.floatToRawIntBits(-0.0f);

    // ---- transcendental: delegate to StrictMath ----

    public static native double sin(double a);

    public static native double cos(double a);

    public static native double tan(double a);

    public static double asin(double a) {
        return StrictMath.asin(a);
    }

    public static double acos(double a) {
        return StrictMath.acos(a);
    }

    public static double atan(double a) {
        return StrictMath.atan(a);
    }

    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }

    public static native double exp(double a);

    public static native double log(double a);

    public static native double log10(double a);

    // sqrt, abs(double), min/max(double) are intrinsics of the JIT, which charges their call one
    // step (as for any call): their bodies call nothing, so the interpreter counts the same.
    public static native double sqrt(double a);

    public static double cbrt(double a) {
        return StrictMath.cbrt(a);
    }

    public static double IEEEremainder(double f1, double f2) {
        return StrictMath.IEEEremainder(f1, f2);
    }

    public static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    public static native double pow(double a, double b);

    public static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    public static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    public static double hypot(double x, double y) {
        return StrictMath.hypot(x, y);
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    // ---- rounding ----

    public static double ceil(double a) {
        return floorOrCeil(a, -0.0, 1.0, 1.0);
    }

    public static double floor(double a) {
        return floorOrCeil(a, -1.0, 0.0, -1.0);
    }

    /** Clears the fraction bits, then steps by sign (+1 for ceil, -1 for floor) if any were set. */
    private static double floorOrCeil(double a, double negativeBoundary, double positiveBoundary, double sign) {
        int exponent = getExponent(a);
        if (exponent < 0) {
            // |a| < 1: the result is +-0.0 or a boundary.
            return (a == 0.0) ? a : ((a < 0.0) ? negativeBoundary : positiveBoundary);
        } else if (exponent >= 52) {
            return a; // already integral, or NaN/infinity
        }
        long bits = Double.doubleToRawLongBits(a);
        long mask = 0x000FFFFFFFFFFFFFL >> exponent;
        if ((mask & bits) == 0L) {
            return a;
        }
        double result = Double.longBitsToDouble(bits & (~mask));
        if (sign * a > 0.0) {
            result = result + sign;
        }
        return result;
    }

    public static double rint(double a) {
        // Adding and subtracting 2^52 rounds away the fraction with round-half-even.
        double twoToThe52 = (double) (1L << 52);
        double sign = copySign(1.0, a);
        a = abs(a);
        if (a < twoToThe52) {
            a = ((twoToThe52 + a) - twoToThe52);
        }
        return sign * a;
    }

    public static int round(float a) {
        int intBits = Float.floatToRawIntBits(a);
        int biasedExp = (intBits & 0x7F800000) >> 23;
        int shift = (22 + 127) - biasedExp; // one extra bit for the half
        if ((shift & -32) == 0) {
            // 0 <= shift < 32: a has a fractional part; round half up on the two's complement value.
            int r = ((intBits & 0x007FFFFF) | 0x00800000);
            if (intBits < 0) {
                r = -r;
            }
            return ((r >> shift) + 1) >> 1;
        }
        // Integral, NaN, infinite, or |a| < 0.5 (the cast handles all of these).
        return (int) a;
    }

    public static long round(double a) {
        long longBits = Double.doubleToRawLongBits(a);
        long biasedExp = (longBits & 0x7FF0000000000000L) >> 52;
        long shift = (51 + 1023) - biasedExp;
        if ((shift & -64) == 0) {
            long r = ((longBits & 0x000FFFFFFFFFFFFFL) | 0x0010000000000000L);
            if (longBits < 0) {
                r = -r;
            }
            return ((r >> shift) + 1) >> 1;
        }
        return (long) a;
    }

    // ---- random ----

    private static long randomSeed = (System.nanoTime() ^ 0x5DEECE66DL) & ((1L << 48) - 1);

    /** A 48-bit linear congruential generator, as java.util.Random uses. */
    private static synchronized int nextRandomBits(int bits) {
        randomSeed = (randomSeed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
        return (int) (randomSeed >>> (48 - bits));
    }

    public static double random() {
        return (((long) nextRandomBits(26) << 27) + nextRandomBits(27)) * 0x1.0p-53;
    }

    // ---- exact arithmetic ----

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = Math.abs(x);
        long ay = Math.abs(y);
        if (((ax | ay) >>> 31 != 0)) {
            if (((y != 0) && (r / y != x)) || (x == Long.MIN_VALUE && y == -1)) {
                throw new ArithmeticException("long overflow");
            }
        }
        return r;
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    public static long multiplyHigh(long x, long y) {
        // Signed 64x64 -> high 64 bits, from 32-bit halves.
        long x1 = x >> 32;
        long x2 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xFFFFFFFFL;
        long z0 = t >> 32;
        z1 += x2 * y1;
        return x1 * y1 + z0 + (z1 >> 32);
    }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) {
            return q - 1;
        }
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) {
            return q - 1;
        }
        return q;
    }

    /** x / y, throwing on the one overflowing case, MIN_VALUE / -1 (Java 18). */
    public static int divideExact(int x, int y) {
        int q = x / y;
        if ((x & y & q) >= 0) {
            return q;
        }
        throw new ArithmeticException("integer overflow");
    }

    public static long divideExact(long x, long y) {
        long q = x / y;
        if ((x & y & q) >= 0) {
            return q;
        }
        throw new ArithmeticException("long overflow");
    }

    /** The high 64 bits of the unsigned 128-bit product (Java 18). */
    public static long unsignedMultiplyHigh(long x, long y) {
        // the signed high part, corrected for each operand whose sign bit was read as -2^63
        long result = Math.multiplyHigh(x, y);
        result += (y & (x >> 63));
        result += (x & (y >> 63));
        return result;
    }

    /** The unsigned product, throwing when it does not fit (Java 25). */
    public static int unsignedMultiplyExact(int x, int y) {
        long r = (x & 0xFFFF_FFFFL) * (y & 0xFFFF_FFFFL);
        if (r >>> 32 != 0) {
            throw new ArithmeticException("unsigned integer overflow");
        }
        return (int) r;
    }

    public static long unsignedMultiplyExact(long x, int y) {
        return unsignedMultiplyExact(x, y & 0xFFFF_FFFFL);
    }

    public static long unsignedMultiplyExact(long x, long y) {
        long l = x * y;
        long h = unsignedMultiplyHigh(x, y);
        if (h == 0) {
            return l;
        }
        throw new ArithmeticException("unsigned long overflow");
    }

    /**
     * x to the power n, throwing on overflow (Java 25). Square-and-multiply: the squares are
     * checked, and p only ever holds a product of smaller squares, so p * x cannot overflow
     * before the last, checked, multiplication.
     */
    public static int powExact(int x, int n) {
        if (n < 0) {
            throw new ArithmeticException("negative exponent");
        }
        if (n == 0) {
            return 1;
        }
        if (x == 0 || x == 1) {
            return x;
        }
        if (x == -1) {
            return (n & 0b1) == 0 ? 1 : -1;
        }
        int p = 1;
        while (n > 1) {
            if ((n & 0b1) != 0) {
                p *= x;
            }
            x = multiplyExact(x, x);
            n >>>= 1;
        }
        return multiplyExact(p, x);
    }

    public static long powExact(long x, int n) {
        if (n < 0) {
            throw new ArithmeticException("negative exponent");
        }
        if (n == 0) {
            return 1;
        }
        if (x == 0 || x == 1) {
            return x;
        }
        if (x == -1) {
            return (n & 0b1) == 0 ? 1 : -1;
        }
        long p = 1;
        while (n > 1) {
            if ((n & 0b1) != 0) {
                p *= x;
            }
            x = multiplyExact(x, x);
            n >>>= 1;
        }
        return multiplyExact(p, x);
    }

    /** x to the power n as unsigned values, throwing on overflow (Java 25). */
    public static int unsignedPowExact(int x, int n) {
        if (n < 0) {
            throw new ArithmeticException("negative exponent");
        }
        if (n == 0) {
            return 1;
        }
        if (x == 0 || x == 1) {
            return x;
        }
        int p = 1;
        while (n > 1) {
            if ((n & 0b1) != 0) {
                p *= x;
            }
            x = unsignedMultiplyExact(x, x);
            n >>>= 1;
        }
        return unsignedMultiplyExact(p, x);
    }

    public static long unsignedPowExact(long x, int n) {
        if (n < 0) {
            throw new ArithmeticException("negative exponent");
        }
        if (n == 0) {
            return 1;
        }
        if (x == 0 || x == 1) {
            return x;
        }
        long p = 1;
        while (n > 1) {
            if ((n & 0b1) != 0) {
                p *= x;
            }
            x = unsignedMultiplyExact(x, x);
            n >>>= 1;
        }
        return unsignedMultiplyExact(p, x);
    }

    /** floorDiv that throws on the one overflowing case, MIN_VALUE / -1 (Java 18). */
    public static int floorDivExact(int x, int y) {
        final int q = x / y;
        if ((x & y & q) >= 0) {
            // the signs differ and the division is inexact: round down
            if ((x ^ y) < 0 && (q * y != x)) {
                return q - 1;
            }
            return q;
        }
        throw new ArithmeticException("integer overflow");
    }

    public static long floorDivExact(long x, long y) {
        final long q = x / y;
        if ((x & y & q) >= 0) {
            if ((x ^ y) < 0 && (q * y != x)) {
                return q - 1;
            }
            return q;
        }
        throw new ArithmeticException("long overflow");
    }

    /** The quotient rounded towards positive infinity (Java 18). */
    public static int ceilDiv(int x, int y) {
        final int q = x / y;
        // the signs agree and the division is inexact: round up
        if ((x ^ y) >= 0 && (q * y != x)) {
            return q + 1;
        }
        return q;
    }

    public static long ceilDiv(long x, int y) {
        return ceilDiv(x, (long) y);
    }

    public static long ceilDiv(long x, long y) {
        final long q = x / y;
        if ((x ^ y) >= 0 && (q * y != x)) {
            return q + 1;
        }
        return q;
    }

    /** ceilDiv that throws on the one overflowing case, MIN_VALUE / -1 (Java 18). */
    public static int ceilDivExact(int x, int y) {
        final int q = x / y;
        if ((x & y & q) >= 0) {
            if ((x ^ y) >= 0 && (q * y != x)) {
                return q + 1;
            }
            return q;
        }
        throw new ArithmeticException("integer overflow");
    }

    public static long ceilDivExact(long x, long y) {
        final long q = x / y;
        if ((x & y & q) >= 0) {
            if ((x ^ y) >= 0 && (q * y != x)) {
                return q + 1;
            }
            return q;
        }
        throw new ArithmeticException("long overflow");
    }

    /** x - ceilDiv(x, y) * y: zero or of the opposite sign to y (Java 18). */
    public static int ceilMod(int x, int y) {
        final int r = x % y;
        if ((x ^ y) >= 0 && r != 0) {
            return r - y;
        }
        return r;
    }

    public static int ceilMod(long x, int y) {
        return (int) ceilMod(x, (long) y);
    }

    public static long ceilMod(long x, long y) {
        final long r = x % y;
        if ((x ^ y) >= 0 && r != 0) {
            return r - y;
        }
        return r;
    }

    /** value clamped to [min, max] (Java 21); the result fits an int because the bounds do. */
    public static int clamp(long value, int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return (int) Math.min(max, Math.max(value, min));
    }

    public static long clamp(long value, long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return Math.min(max, Math.max(value, min));
    }

    public static double clamp(double value, double min, double max) {
        // one test on the common path: !(min < max) also catches NaN bounds and min == max,
        // where -0.0 and +0.0 must still be told apart
        if (!(min < max)) {
            if (Double.isNaN(min)) {
                throw new IllegalArgumentException("min is NaN");
            }
            if (Double.isNaN(max)) {
                throw new IllegalArgumentException("max is NaN");
            }
            if (Double.compare(min, max) > 0) {
                throw new IllegalArgumentException(min + " > " + max);
            }
        }
        return Math.min(max, Math.max(value, min));
    }

    public static float clamp(float value, float min, float max) {
        if (!(min < max)) {
            if (Float.isNaN(min)) {
                throw new IllegalArgumentException("min is NaN");
            }
            if (Float.isNaN(max)) {
                throw new IllegalArgumentException("max is NaN");
            }
            if (Float.compare(min, max) > 0) {
                throw new IllegalArgumentException(min + " > " + max);
            }
        }
        return Math.min(max, Math.max(value, min));
    }

    public static int floorMod(int x, int y) {
        int mod = x % y;
        if ((mod ^ y) < 0 && mod != 0) {
            mod += y;
        }
        return mod;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long mod = x % y;
        if ((mod ^ y) < 0 && mod != 0) {
            mod += y;
        }
        return mod;
    }

    // ---- abs, min, max ----

    public static int abs(int a) {
        return (a < 0) ? -a : a;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long abs(long a) {
        return (a < 0) ? -a : a;
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7fffffff);
    }

    public static native double abs(double a);

    public static int max(int a, int b) {
        return (a >= b) ? a : b;
    }

    public static long max(long a, long b) {
        return (a >= b) ? a : b;
    }

    public static float max(float a, float b) {
        if (a != a) {
            return a; // NaN
        }
        if ((a == 0.0f) && (b == 0.0f) && (Float.floatToRawIntBits(a) == NEGATIVE_ZERO_FLOAT_BITS)) {
            return b; // max(-0.0, +0.0) is +0.0
        }
        return (a >= b) ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if ((a == 0.0d) && (b == 0.0d) && (1.0d / a < 0.0d)) {
            return b; // max(-0.0, +0.0) is +0.0
        }
        return (a >= b) ? a : b;
    }

    public static int min(int a, int b) {
        return (a <= b) ? a : b;
    }

    public static long min(long a, long b) {
        return (a <= b) ? a : b;
    }

    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if ((a == 0.0f) && (b == 0.0f) && (Float.floatToRawIntBits(b) == NEGATIVE_ZERO_FLOAT_BITS)) {
            return b; // min(+0.0, -0.0) is -0.0
        }
        return (a <= b) ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if ((a == 0.0d) && (b == 0.0d) && (1.0d / b < 0.0d)) {
            return b; // min(+0.0, -0.0) is -0.0
        }
        return (a <= b) ? a : b;
    }

    // ---- fused multiply-add ----

    public static double fma(double a, double b, double c) {
        return StrictMath.fma(a, b, c);
    }

    public static float fma(float a, float b, float c) {
        return StrictMath.fma(a, b, c);
    }

    // ---- floating-point bits ----

    public static double ulp(double d) {
        int exp = getExponent(d);
        switch (exp) {
            case Double.MAX_EXPONENT + 1:
                return Math.abs(d); // NaN or infinity
            case Double.MIN_EXPONENT - 1:
                return Double.MIN_VALUE; // zero or subnormal
            default:
                exp = exp - 52;
                if (exp >= Double.MIN_EXPONENT) {
                    return powerOfTwoD(exp);
                }
                return Double.longBitsToDouble(1L << (exp - (Double.MIN_EXPONENT - 52)));
        }
    }

    public static float ulp(float f) {
        int exp = getExponent(f);
        switch (exp) {
            case Float.MAX_EXPONENT + 1:
                return Math.abs(f);
            case Float.MIN_EXPONENT - 1:
                return Float.MIN_VALUE;
            default:
                exp = exp - 23;
                if (exp >= Float.MIN_EXPONENT) {
                    return powerOfTwoF(exp);
                }
                return Float.intBitsToFloat(1 << (exp - (Float.MIN_EXPONENT - 23)));
        }
    }

    public static double signum(double d) {
        return (d == 0.0 || Double.isNaN(d)) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || Float.isNaN(f)) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & 0x8000000000000000L)
                | (Double.doubleToRawLongBits(magnitude) & 0x7fffffffffffffffL));
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & 0x80000000)
                | (Float.floatToRawIntBits(magnitude) & 0x7fffffff));
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) & 0x7f800000) >> 23) - 127;
    }

    public static int getExponent(double d) {
        return (int) (((Double.doubleToRawLongBits(d) & 0x7ff0000000000000L) >> 52) - 1023);
    }

    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            if (start != 0.0d) {
                long bits = Double.doubleToRawLongBits(start);
                return Double.longBitsToDouble(bits + ((bits > 0) ? -1 : 1));
            }
            return -Double.MIN_VALUE;
        } else if (start < direction) {
            long bits = Double.doubleToRawLongBits(start + 0.0d); // -0.0 becomes +0.0
            return Double.longBitsToDouble(bits + ((bits >= 0) ? 1 : -1));
        } else if (start == direction) {
            return direction;
        }
        return start + direction; // a NaN
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            if (start != 0.0f) {
                int bits = Float.floatToRawIntBits(start);
                return Float.intBitsToFloat(bits + ((bits > 0) ? -1 : 1));
            }
            return -Float.MIN_VALUE;
        } else if (start < direction) {
            int bits = Float.floatToRawIntBits(start + 0.0f);
            return Float.intBitsToFloat(bits + ((bits >= 0) ? 1 : -1));
        } else if (start == direction) {
            return (float) direction;
        }
        return start + (float) direction;
    }

    public static double nextUp(double d) {
        if (d < Double.POSITIVE_INFINITY) {
            d += 0.0d;
            return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d >= 0.0d) ? +1L : -1L));
        }
        return d; // NaN or +infinity
    }

    public static float nextUp(float f) {
        if (f < Float.POSITIVE_INFINITY) {
            f += 0.0f;
            return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f >= 0.0f) ? +1 : -1));
        }
        return f;
    }

    public static double nextDown(double d) {
        if (Double.isNaN(d) || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d > 0.0d) ? -1L : +1L));
    }

    public static float nextDown(float f) {
        if (Float.isNaN(f) || f == Float.NEGATIVE_INFINITY) {
            return f;
        }
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f > 0.0f) ? -1 : +1));
    }

    public static double scalb(double d, int scaleFactor) {
        // Beyond +-2099 every finite nonzero d overflows or underflows completely.
        final int maxScale = Double.MAX_EXPONENT + -Double.MIN_EXPONENT + 53 + 1;
        scaleFactor = Math.max(Math.min(scaleFactor, maxScale), -maxScale);
        // Apply the remainder first, then whole 2^+-512 steps: only the last step can round, so
        // the result is rounded once.
        int rest = scaleFactor % 512;
        d *= powerOfTwoD(rest);
        scaleFactor -= rest;
        double step = scaleFactor < 0 ? 0x1.0p-512 : 0x1.0p512;
        while (scaleFactor != 0) {
            d *= step;
            scaleFactor += scaleFactor < 0 ? 512 : -512;
        }
        return d;
    }

    public static float scalb(float f, int scaleFactor) {
        final int maxScale = Float.MAX_EXPONENT + -Float.MIN_EXPONENT + 24 + 1;
        scaleFactor = Math.max(Math.min(scaleFactor, maxScale), -maxScale);
        // Exact in double; the final cast rounds once.
        return (float) ((double) f * powerOfTwoD(scaleFactor));
    }

    /** 2^n for n in the normal double exponent range. */
    static double powerOfTwoD(int n) {
        return Double.longBitsToDouble((((long) n + 1023L) << 52) & 0x7ff0000000000000L);
    }

    static float powerOfTwoF(int n) {
        return Float.intBitsToFloat(((n + 127) << 23) & 0x7f800000);
    }
}
