package java.math;

/**
 * Immutable arbitrary-precision signed decimal: an unscaled {@link BigInteger} value and a
 * 32-bit scale, representing {@code unscaledValue * 10^-scale}.
 *
 * <p>Implemented from the Javadoc; results (values and scales) follow the preferred-scale
 * rules of the specification.
 */
public class BigDecimal extends Number implements Comparable<BigDecimal> {
    private static final long serialVersionUID = 6108874887143696463L;

    private final BigInteger intVal;
    private final int scale;
    /** Cached number of decimal digits of intVal, 0 if not computed yet. */
    private transient int precision;

    @Deprecated(since = "9") public static final int ROUND_UP = 0;
    @Deprecated(since = "9") public static final int ROUND_DOWN = 1;
    @Deprecated(since = "9") public static final int ROUND_CEILING = 2;
    @Deprecated(since = "9") public static final int ROUND_FLOOR = 3;
    @Deprecated(since = "9") public static final int ROUND_HALF_UP = 4;
    @Deprecated(since = "9") public static final int ROUND_HALF_DOWN = 5;
    @Deprecated(since = "9") public static final int ROUND_HALF_EVEN = 6;
    @Deprecated(since = "9") public static final int ROUND_UNNECESSARY = 7;

    private static final BigInteger[] TEN_POWERS = new BigInteger[64];

    /** What {@link BigInteger#compactValue} says of a value that does not fit a long. */
    private static final long INFLATED = Long.MIN_VALUE;
    /** 10^0 .. 10^18: the long fast paths (values whose magnitude is below 2^63). */
    private static final long[] LONG_TEN_POWERS = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < LONG_TEN_POWERS.length; i++) {
            LONG_TEN_POWERS[i] = p;
            p *= 10;
        }
    }

    /** a * 10^n, or INFLATED when it does not fit (a != INFLATED, n >= 0). */
    private static long scaledCompact(long a, int n) {
        if (n == 0 || a == 0) return a;
        if (n >= LONG_TEN_POWERS.length) return INFLATED;
        long p = LONG_TEN_POWERS[n];
        long hi = Math.multiplyHigh(a, p);
        long lo = a * p;
        return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0 && lo != INFLATED) ? lo : INFLATED;
    }

    /** a + b, or INFLATED on overflow (neither INFLATED). */
    private static long addCompact(long a, long b) {
        long s = a + b;
        return ((a ^ s) & (b ^ s)) < 0 ? INFLATED : s;
    }

    public static final BigDecimal ZERO = new BigDecimal(BigInteger.ZERO, 0, 1);
    public static final BigDecimal ONE = new BigDecimal(BigInteger.ONE, 0, 1);
    public static final BigDecimal TWO = new BigDecimal(BigInteger.TWO, 0, 1);
    public static final BigDecimal TEN = new BigDecimal(BigInteger.TEN, 0, 2);

    // ------------------------------------------------------------------ construction

    private BigDecimal(BigInteger intVal, int scale, int prec) {
        this.intVal = intVal;
        this.scale = scale;
        this.precision = prec;
    }

    public BigDecimal(char[] in, int offset, int len) {
        this(in, offset, len, MathContext.UNLIMITED);
    }

    public BigDecimal(char[] in, int offset, int len, MathContext mc) {
        if ((in.length | offset | len) < 0 || len > in.length - offset) {
            throw new NumberFormatException("Bad offset or len arguments for char[] input.");
        }
        BigDecimal v = parse(in, offset, len);
        v = doRound(v, mc);
        this.intVal = v.intVal;
        this.scale = v.scale;
        this.precision = v.precision;
    }

    public BigDecimal(char[] in) {
        this(in, 0, in.length);
    }

    public BigDecimal(char[] in, MathContext mc) {
        this(in, 0, in.length, mc);
    }

    public BigDecimal(String val) {
        this(val.toCharArray(), 0, val.length());
    }

    public BigDecimal(String val, MathContext mc) {
        this(val.toCharArray(), 0, val.length(), mc);
    }

    public BigDecimal(double val) {
        this(val, MathContext.UNLIMITED);
    }

    public BigDecimal(double val, MathContext mc) {
        BigDecimal v = doRound(exactDouble(val), mc);
        this.intVal = v.intVal;
        this.scale = v.scale;
        this.precision = v.precision;
    }

    public BigDecimal(BigInteger val) {
        this(val, 0);
    }

    public BigDecimal(BigInteger val, MathContext mc) {
        this(val, 0, mc);
    }

    public BigDecimal(BigInteger unscaledVal, int scale) {
        if (unscaledVal == null) throw new NullPointerException();
        this.intVal = unscaledVal;
        this.scale = scale;
    }

    public BigDecimal(BigInteger unscaledVal, int scale, MathContext mc) {
        BigDecimal v = doRound(new BigDecimal(unscaledVal, scale), mc);
        this.intVal = v.intVal;
        this.scale = v.scale;
        this.precision = v.precision;
    }

    public BigDecimal(int val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(int val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public BigDecimal(long val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(long val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public static BigDecimal valueOf(long unscaledVal, int scale) {
        return new BigDecimal(BigInteger.valueOf(unscaledVal), scale);
    }

    public static BigDecimal valueOf(long val) {
        return new BigDecimal(BigInteger.valueOf(val), 0);
    }

    public static BigDecimal valueOf(double val) {
        return new BigDecimal(Double.toString(val));
    }

    private static BigDecimal exactDouble(double val) {
        if (Double.isNaN(val) || Double.isInfinite(val)) throw new NumberFormatException("Infinite or NaN");
        long bits = Double.doubleToLongBits(val);
        int sign = bits < 0 ? -1 : 1;
        int exponent = (int) ((bits >> 52) & 0x7ffL);
        long significand = exponent == 0 ? (bits & ((1L << 52) - 1)) << 1 : (bits & ((1L << 52) - 1)) | (1L << 52);
        exponent -= 1075;
        if (significand == 0) return new BigDecimal(BigInteger.ZERO, 0, 1);
        int tz = Long.numberOfTrailingZeros(significand);
        significand >>= tz;
        exponent += tz;
        BigInteger m = BigInteger.valueOf(sign * significand);
        if (exponent >= 0) return new BigDecimal(m.shiftLeft(exponent), 0);
        // m * 2^exponent = m * 5^-exponent / 10^-exponent
        return new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(-exponent)), -exponent);
    }

    private static BigDecimal parse(char[] in, int offset, int len) {
        int end = offset + len;
        int i = offset;
        if (len == 0) throw new NumberFormatException();
        boolean neg = false;
        if (in[i] == '-' || in[i] == '+') {
            neg = in[i] == '-';
            i++;
        }
        int first = i;
        StringBuilder digits = null;
        long compact = 0;
        int count = 0;
        boolean dot = false;
        int fracDigits = 0;
        long exp = 0;
        boolean any = false;
        for (; i < end; i++) {
            char c = in[i];
            if (c >= '0' && c <= '9') {
                // Up to 18 digits in a long; the rest as text.
                if (count < 18) {
                    compact = compact * 10 + (c - '0');
                } else {
                    if (digits == null) {
                        digits = new StringBuilder(len).append(compact);
                        if (compact == 0) digits.setLength(0);
                    }
                    digits.append(c);
                }
                count++;
                any = true;
                if (dot) fracDigits++;
            } else if (c == '.') {
                if (dot) throw new NumberFormatException("Character array contains more than one decimal point.");
                dot = true;
            } else if (c == 'e' || c == 'E') {
                exp = parseExp(in, i + 1, end);
                break;
            } else if (Character.isDigit(c)) {
                int d = Character.digit(c, 10);
                if (count < 18) {
                    compact = compact * 10 + d;
                } else {
                    if (digits == null) {
                        digits = new StringBuilder(len).append(compact);
                        if (compact == 0) digits.setLength(0);
                    }
                    digits.append((char) ('0' + d));
                }
                count++;
                any = true;
                if (dot) fracDigits++;
            } else if (end - (in[offset] == '-' || in[offset] == '+' ? offset + 1 : offset) > 18) {
                throw new NumberFormatException("Character array is missing \"e\" notation exponential mark.");
            } else {
                throw new NumberFormatException("Character " + c
                        + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            }
        }
        if (!any) throw new NumberFormatException("No digits found.");
        long scl = fracDigits - exp;
        if (scl > Integer.MAX_VALUE || scl < Integer.MIN_VALUE) throw new NumberFormatException("Scale out of range.");
        BigInteger u = digits == null ? BigInteger.valueOf(compact)
                : digits.length() == 0 ? BigInteger.ZERO : new BigInteger(digits.toString());
        if (neg) u = u.negate();
        return new BigDecimal(u, (int) scl);
    }

    private static long parseExp(char[] in, int i, int end) {
        if (i >= end) throw new NumberFormatException();
        boolean neg = false;
        if (in[i] == '-' || in[i] == '+') {
            neg = in[i] == '-';
            i++;
        }
        if (i >= end) throw new NumberFormatException();
        // Like the JDK: leading zeros are skipped, more than 10 remaining digits are rejected
        // before any is checked, and only then is the value range-checked.
        while (end - i > 10 && Character.digit(in[i], 10) == 0) i++;
        if (end - i > 10) throw new NumberFormatException("Too many nonzero exponent digits.");
        long e = 0;
        for (; i < end; i++) {
            int d = Character.digit(in[i], 10);
            if (d < 0) throw new NumberFormatException("Not a digit.");
            e = e * 10 + d;
        }
        if (neg) e = -e;
        if (e > Integer.MAX_VALUE || e < Integer.MIN_VALUE) throw new NumberFormatException("Exponent overflow.");
        return e;
    }

    // ------------------------------------------------------------------ helpers

    static BigInteger tenPow(int n) {
        if (n < TEN_POWERS.length) {
            BigInteger p = TEN_POWERS[n];
            if (p == null) {
                p = n == 0 ? BigInteger.ONE : tenPow(n - 1).multiply(BigInteger.TEN);
                TEN_POWERS[n] = p;
            }
            return p;
        }
        return BigInteger.TEN.pow(n);
    }

    /** Number of decimal digits of |v|; 1 for zero. */
    static int digitLength(BigInteger v) {
        long c = v.compactValue();
        if (c != INFLATED) {
            long m = Math.abs(c);
            int r = 1;
            while (r < LONG_TEN_POWERS.length && m >= LONG_TEN_POWERS[r]) r++;
            return r;
        }
        int b = v.bitLength();
        if (b <= 1) return 1;
        // digits of 2^(b-1) is a lower bound; |v| < 2^b <= 10 * 2^(b-1) bounds it above by one more
        int r = (int) (((long) (b - 1) * 646456993L) >>> 31) + 1;
        if (v.signum() < 0) v = v.negate();
        if (v.compareTo(tenPow(r)) >= 0) r++;
        return r;
    }

    private int checkScale(long val) {
        int asInt = (int) val;
        if (asInt != val) {
            if (intVal.signum() != 0) throw new ArithmeticException(val > Integer.MAX_VALUE ? "Underflow" : "Overflow");
            asInt = val > Integer.MAX_VALUE ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        }
        return asInt;
    }

    private static int checkScaleNonZero(long val) {
        int asInt = (int) val;
        if (asInt != val) throw new ArithmeticException(asInt > 0 ? "Underflow" : "Overflow");
        return asInt;
    }

    private static int saturate(long s) {
        return s > Integer.MAX_VALUE ? Integer.MAX_VALUE : s < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) s;
    }

    private static BigDecimal zeroValueOf(int scale) {
        return new BigDecimal(BigInteger.ZERO, scale, 1);
    }

    private static RoundingMode mode(int roundingMode) {
        if (roundingMode < ROUND_UP || roundingMode > ROUND_UNNECESSARY) {
            throw new IllegalArgumentException("Invalid rounding mode");
        }
        return RoundingMode.valueOf(roundingMode);
    }

    /** n / d rounded to an integer by rm. */
    static BigInteger divideAndRound(BigInteger n, BigInteger d, RoundingMode rm) {
        long ln = n.compactValue(), ld = d.compactValue();
        if (ln != INFLATED && ld != INFLATED && ld != 0) {
            return BigInteger.valueOf(divideAndRound(ln, ld, rm));
        }
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() == 0) return q;
        int sign = n.signum() * d.signum();
        int half = isHalf(rm) ? r.abs().shiftLeft(1).compareTo(d.abs()) : 0;
        if (!increments(rm, sign, half, q.testBit(0))) return q;
        return sign > 0 ? q.add(BigInteger.ONE) : q.subtract(BigInteger.ONE);
    }

    private static boolean isHalf(RoundingMode rm) {
        return rm == RoundingMode.HALF_UP || rm == RoundingMode.HALF_DOWN || rm == RoundingMode.HALF_EVEN;
    }

    /**
     * For a quotient truncated toward zero with a nonzero remainder: whether rounding moves it
     * one away from zero. {@code sign} is the exact quotient's; {@code half} compares twice
     * the remainder's magnitude with the divisor's (read by the HALF modes only).
     */
    private static boolean increments(RoundingMode rm, int sign, int half, boolean odd) {
        switch (rm) {
            case UNNECESSARY:
                throw new ArithmeticException("Rounding necessary");
            case UP:
                return true;
            case DOWN:
                return false;
            case CEILING:
                return sign > 0;
            case FLOOR:
                return sign < 0;
            default:
                if (half != 0) return half > 0;
                if (rm == RoundingMode.HALF_UP) return true;
                if (rm == RoundingMode.HALF_DOWN) return false;
                return odd;
        }
    }

    /** {@link #divideAndRound(BigInteger, BigInteger, RoundingMode)} of longs below 2^63 in
     * magnitude (d != 0). */
    private static long divideAndRound(long n, long d, RoundingMode rm) {
        long q = n / d;
        long r = n % d;
        if (r == 0) return q;
        int sign = (n < 0) == (d < 0) ? 1 : -1;
        // |r| < |d| < 2^63, so 2|r| fits an unsigned long.
        int half = isHalf(rm) ? Long.compareUnsigned(Math.abs(r) << 1, Math.abs(d)) : 0;
        if (!increments(rm, sign, half, (q & 1) != 0)) return q;
        return sign > 0 ? q + 1 : q - 1;
    }

    /** Rounds v to mc's precision, repeating when a carry adds a digit. */
    private static BigDecimal doRound(BigDecimal v, MathContext mc) {
        int p = mc.precision;
        if (p == 0) return v;
        int prec = v.precision();
        int drop = prec - p;
        if (drop <= 0) return v;
        BigInteger u = v.intVal;
        int s = v.scale;
        while (drop > 0) {
            s = checkScaleNonZero((long) s - drop);
            u = divideAndRound(u, tenPow(drop), mc.roundingMode);
            prec = digitLength(u);
            drop = prec - p;
        }
        return new BigDecimal(u, s, prec);
    }

    /** Removes trailing zeros while the scale stays above preferredScale. */
    private static BigDecimal stripZerosToMatchScale(BigInteger u, int scale, long preferredScale) {
        while (u.signum() != 0 && scale > preferredScale) {
            BigInteger[] qr = u.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) break;
            u = qr[0];
            scale--;
        }
        return new BigDecimal(u, scale);
    }

    // ------------------------------------------------------------------ arithmetic

    public BigDecimal add(BigDecimal augend) {
        long a = intVal.compactValue(), b = augend.intVal.compactValue();
        if (a != INFLATED && b != INFLATED) {
            int s = Math.max(scale, augend.scale);
            long x = scale == s ? a : scaledCompact(a, (int) ((long) s - scale));
            long y = augend.scale == s ? b : scaledCompact(b, (int) ((long) s - augend.scale));
            if (x != INFLATED && y != INFLATED) {
                long sum = addCompact(x, y);
                if (sum != INFLATED) return new BigDecimal(BigInteger.valueOf(sum), s);
            }
        }
        if (scale == augend.scale) return new BigDecimal(intVal.add(augend.intVal), scale);
        if (scale > augend.scale) {
            return new BigDecimal(intVal.add(augend.intVal.multiply(tenPow(scale - augend.scale))), scale);
        }
        return new BigDecimal(intVal.multiply(tenPow(augend.scale - scale)).add(augend.intVal), augend.scale);
    }

    public BigDecimal add(BigDecimal augend, MathContext mc) {
        if (mc.precision == 0) return add(augend);
        boolean lz = signum() == 0, az = augend.signum() == 0;
        if (lz || az) {
            int preferredScale = Math.max(scale, augend.scale);
            if (lz && az) return zeroValueOf(preferredScale);
            BigDecimal r = doRound(lz ? augend : this, mc);
            if (r.scale == preferredScale) return r;
            if (r.scale > preferredScale) return stripZerosToMatchScale(r.intVal, r.scale, preferredScale);
            int precisionDiff = mc.precision - r.precision();
            int scaleDiff = preferredScale - r.scale;
            if (precisionDiff >= scaleDiff) return r.setScale(preferredScale);
            return r.setScale(r.scale + precisionDiff);
        }
        return doRound(add(augend), mc);
    }

    public BigDecimal subtract(BigDecimal subtrahend) {
        return add(subtrahend.negate());
    }

    public BigDecimal subtract(BigDecimal subtrahend, MathContext mc) {
        return add(subtrahend.negate(), mc);
    }

    public BigDecimal multiply(BigDecimal multiplicand) {
        int s = checkScale((long) scale + multiplicand.scale);
        long a = intVal.compactValue(), b = multiplicand.intVal.compactValue();
        if (a != INFLATED && b != INFLATED) {
            long hi = Math.multiplyHigh(a, b);
            long lo = a * b;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0 && lo != INFLATED)) {
                return new BigDecimal(BigInteger.valueOf(lo), s);
            }
        }
        return new BigDecimal(intVal.multiply(multiplicand.intVal), s);
    }

    public BigDecimal multiply(BigDecimal multiplicand, MathContext mc) {
        if (mc.precision == 0) return multiply(multiplicand);
        return doRound(multiply(multiplicand), mc);
    }

    private static void checkDivisor(BigDecimal dividend, BigDecimal divisor) {
        if (divisor.signum() == 0) {
            if (dividend.signum() == 0) throw new ArithmeticException("Division undefined");
            throw new ArithmeticException("Division by zero");
        }
    }

    /** this / divisor rounded to exactly the given scale. */
    public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode roundingMode) {
        long e = (long) scale - this.scale + divisor.scale;
        if (divisor.signum() == 0) {
            // the JDK's message depends on whether its 64-bit fast path was taken
            boolean fast = intVal.abs().bitLength() < 64 && e < 19 && e > -19
                    && (e <= 0 || intVal.multiply(tenPow((int) e)).abs().bitLength() < 64);
            throw new ArithmeticException(fast ? "/ by zero" : "BigInteger divide by zero");
        }
        BigInteger n = intVal, d = divisor.intVal;
        if (e >= 0) n = n.multiply(tenPow(checkScaleNonZero(e)));
        else d = d.multiply(tenPow(checkScaleNonZero(-e)));
        return new BigDecimal(divideAndRound(n, d, roundingMode), scale);
    }

    @Deprecated(since = "9")
    public BigDecimal divide(BigDecimal divisor, int scale, int roundingMode) {
        return divide(divisor, scale, mode(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor, RoundingMode roundingMode) {
        return divide(divisor, scale, roundingMode);
    }

    @Deprecated(since = "9")
    public BigDecimal divide(BigDecimal divisor, int roundingMode) {
        return divide(divisor, scale, mode(roundingMode));
    }

    /** Exact quotient; the preferred scale is this.scale() - divisor.scale(). */
    public BigDecimal divide(BigDecimal divisor) {
        checkDivisor(this, divisor);
        int preferredScale = saturate((long) scale - divisor.scale);
        if (signum() == 0) return zeroValueOf(preferredScale);
        BigInteger a = intVal, b = divisor.intVal;
        BigInteger g = a.gcd(b);
        a = a.divide(g);
        b = b.divide(g);
        if (b.signum() < 0) {
            a = a.negate();
            b = b.negate();
        }
        int twos = b.getLowestSetBit();
        b = b.shiftRight(twos);
        int fives = 0;
        BigInteger five = BigInteger.valueOf(5);
        while (!b.equals(BigInteger.ONE)) {
            BigInteger[] qr = b.divideAndRemainder(five);
            if (qr[1].signum() != 0) {
                throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
            }
            b = qr[0];
            fives++;
        }
        int k = Math.max(twos, fives);
        // a / (2^twos 5^fives) = a * 2^(k-twos) * 5^(k-fives) / 10^k
        BigInteger u = a.multiply(BigInteger.TWO.pow(k - twos)).multiply(five.pow(k - fives));
        long s = (long) scale - divisor.scale + k;
        if (s != (int) s) {
            throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
        }
        return stripZerosToMatchScale(u, (int) s, preferredScale);
    }

    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        int mcp = mc.precision;
        if (mcp == 0) return divide(divisor);
        checkDivisor(this, divisor);
        long preferredScale = (long) scale - divisor.scale;
        if (signum() == 0) return zeroValueOf(saturate(preferredScale));
        int pa = precision(), pb = divisor.precision();
        // adjusted exponent of the quotient: (pa - sa) - (pb - sb) or one less
        BigInteger ma = intVal.abs(), mb = divisor.intVal.abs();
        int cmp;
        if (pa > pb) cmp = ma.compareTo(mb.multiply(tenPow(pa - pb)));
        else cmp = ma.multiply(tenPow(pb - pa)).compareTo(mb);
        long adj = ((long) pa - scale) - ((long) pb - divisor.scale) - (cmp >= 0 ? 0 : 1);
        long scl = mcp - 1 - adj;
        int s = checkScaleNonZero(scl);
        long e = scl - scale + divisor.scale;
        BigInteger n = intVal, d = divisor.intVal;
        if (e >= 0) n = n.multiply(tenPow(checkScaleNonZero(e)));
        else d = d.multiply(tenPow(checkScaleNonZero(-e)));
        BigInteger[] qr = n.divideAndRemainder(d);
        if (qr[1].signum() == 0) {
            return stripZerosToMatchScale(qr[0], s, preferredScale);
        }
        BigInteger q = divideAndRound(n, d, mc.roundingMode);
        return doRound(new BigDecimal(q, s), mc);
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        int preferredScale = saturate((long) scale - divisor.scale);
        if (compareMagnitude(divisor) < 0) return zeroValueOf(preferredScale);
        if (signum() == 0 && divisor.signum() != 0) return setScale(preferredScale, RoundingMode.UNNECESSARY);
        checkDivisor(this, divisor);
        // truncated quotient
        long e = (long) divisor.scale - scale;
        BigInteger n = intVal, d = divisor.intVal;
        if (e >= 0) n = n.multiply(tenPow(checkScaleNonZero(e)));
        else d = d.multiply(tenPow(checkScaleNonZero(-e)));
        BigInteger t = n.divide(d);
        if (preferredScale >= 0) return new BigDecimal(t, 0).setScale(preferredScale, RoundingMode.UNNECESSARY);
        return stripZerosToMatchScale(t, 0, preferredScale);
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor, MathContext mc) {
        if (mc.precision == 0 || compareMagnitude(divisor) < 0) return divideToIntegralValue(divisor);
        int preferredScale = saturate((long) scale - divisor.scale);
        BigDecimal result = divide(divisor, new MathContext(mc.precision, RoundingMode.DOWN));
        if (result.scale < 0) {
            BigDecimal product = result.multiply(divisor);
            if (subtract(product).compareMagnitude(divisor) >= 0) throw new ArithmeticException("Division impossible");
        } else if (result.scale > 0) {
            result = result.setScale(0, RoundingMode.DOWN);
        }
        int precisionDiff;
        if (preferredScale > result.scale && (precisionDiff = mc.precision - result.precision()) > 0) {
            return result.setScale(result.scale + Math.min(precisionDiff, preferredScale - result.scale));
        }
        return stripZerosToMatchScale(result.intVal, result.scale, preferredScale);
    }

    public BigDecimal remainder(BigDecimal divisor) {
        return divideAndRemainder(divisor)[1];
    }

    public BigDecimal remainder(BigDecimal divisor, MathContext mc) {
        return divideAndRemainder(divisor, mc)[1];
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor, MathContext mc) {
        if (mc.precision == 0) return divideAndRemainder(divisor);
        BigDecimal q = divideToIntegralValue(divisor, mc);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    /**
     * Square root by Newton's iteration from a double-precision first guess, doubling the working
     * precision each step (the method of the OpenJDK 17 reference behaviour, including its results
     * in directed rounding modes), then adjusted to the preferred scale {@code this.scale()/2}.
     */
    public BigDecimal sqrt(MathContext mc) {
        int sig = signum();
        if (sig < 0) throw new ArithmeticException("Attempted square root of negative BigDecimal");
        int preferredScale = scale / 2;
        if (sig == 0) return valueOf(0L, preferredScale);
        BigDecimal zeroPreferred = valueOf(0L, preferredScale);
        BigDecimal stripped = stripTrailingZeros();
        int sScale = stripped.scale;
        if (stripped.intVal.equals(BigInteger.ONE) && sScale % 2 == 0) {
            BigDecimal root = valueOf(1L, sScale / 2);
            return root.scale == preferredScale ? root : root.add(zeroPreferred, mc);
        }
        // bring the value into [0.1, 10) by an even power of ten
        int shift = sScale - stripped.precision() + 1;
        int evenShift = shift % 2 == 0 ? shift : shift - 1;
        BigDecimal working = stripped.scaleByPowerOfTen(evenShift);
        BigDecimal approx = new BigDecimal(Math.sqrt(working.doubleValue()));
        int reqPrec = mc.precision;
        RoundingMode rm = mc.roundingMode;
        int target;
        if (reqPrec == 0) {
            target = stripped.precision() / 2 + 1;
        } else if (rm == RoundingMode.HALF_UP || rm == RoundingMode.HALF_DOWN || rm == RoundingMode.HALF_EVEN) {
            target = 2 * reqPrec;
            if (target < 0) target = Integer.MAX_VALUE - 2;
        } else {
            target = reqPrec;
        }
        int known = 15;
        int wp = working.precision();
        BigDecimal half = valueOf(5L, 1);
        do {
            MathContext step = new MathContext(Math.max(Math.max(known, target + 2), wp), RoundingMode.HALF_EVEN);
            approx = half.multiply(approx.add(working.divide(approx, step), step));
            known *= 2;
        } while (known < target + 2);
        BigDecimal unshifted = approx.scaleByPowerOfTen(-evenShift / 2);
        BigDecimal result;
        if (reqPrec == 0 || rm == RoundingMode.UNNECESSARY) {
            result = unshifted.round(new MathContext(target, rm == RoundingMode.UNNECESSARY ? RoundingMode.DOWN : rm));
            if (subtract(result.multiply(result)).signum() != 0) {
                throw new ArithmeticException("Computed square root not exact.");
            }
        } else {
            result = unshifted.round(mc);
            if (rm == RoundingMode.DOWN || rm == RoundingMode.FLOOR) {
                if (result.multiply(result).compareTo(this) > 0) {
                    BigDecimal u = result.ulp();
                    if (approx.compareTo(ONE) == 0) u = u.multiply(valueOf(1L, 1));
                    result = result.subtract(u);
                }
            } else if (rm == RoundingMode.UP || rm == RoundingMode.CEILING) {
                if (result.multiply(result).compareTo(this) < 0) result = result.add(result.ulp());
            }
        }
        if (result.scale != preferredScale) {
            result = result.stripTrailingZeros().add(zeroPreferred, new MathContext(reqPrec, RoundingMode.UNNECESSARY));
        }
        return result;
    }

    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999) throw new ArithmeticException("Invalid operation");
        int s = checkScale((long) scale * n);
        return new BigDecimal(intVal.pow(n), s);
    }

    public BigDecimal pow(int n, MathContext mc) {
        if (mc.precision == 0) return pow(n);
        if (n < -999999999 || n > 999999999) throw new ArithmeticException("Invalid operation");
        if (n == 0) return ONE;
        int mag = Math.abs(n);
        int elength = Integer.toString(mag).length();
        if (elength > mc.precision) throw new ArithmeticException("Invalid operation");
        MathContext workmc = new MathContext(mc.precision + elength + 1, mc.roundingMode);
        // X3.274 algorithm: left-to-right binary exponentiation at working precision
        BigDecimal acc = ONE;
        boolean started = false;
        for (int bit = 30; bit >= 0; bit--) {
            if (started) acc = acc.multiply(acc, workmc);
            if ((mag & (1 << bit)) != 0) {
                started = true;
                acc = acc.multiply(this, workmc);
            }
        }
        if (n < 0) acc = ONE.divide(acc, workmc);
        return doRound(acc, mc);
    }

    public BigDecimal abs() {
        return signum() < 0 ? negate() : this;
    }

    public BigDecimal abs(MathContext mc) {
        return signum() < 0 ? negate(mc) : plus(mc);
    }

    public BigDecimal negate() {
        return new BigDecimal(intVal.negate(), scale, precision);
    }

    public BigDecimal negate(MathContext mc) {
        return negate().plus(mc);
    }

    public BigDecimal plus() {
        return this;
    }

    public BigDecimal plus(MathContext mc) {
        if (mc.precision == 0) return this;
        return doRound(this, mc);
    }

    public BigDecimal round(MathContext mc) {
        return plus(mc);
    }

    public int signum() {
        return intVal.signum();
    }

    public int scale() {
        return scale;
    }

    public int precision() {
        int p = precision;
        if (p == 0) {
            p = digitLength(intVal);
            precision = p;
        }
        return p;
    }

    public BigInteger unscaledValue() {
        return intVal;
    }

    public BigDecimal setScale(int newScale, RoundingMode roundingMode) {
        if (newScale == scale) return this;
        if (signum() == 0) return zeroValueOf(newScale);
        if (newScale > scale) {
            int raise = checkScaleNonZero((long) newScale - scale);
            long c = intVal.compactValue();
            long raised = c == INFLATED ? INFLATED : scaledCompact(c, raise);
            if (raised != INFLATED) return new BigDecimal(BigInteger.valueOf(raised), newScale);
            return new BigDecimal(intVal.multiply(tenPow(raise)), newScale);
        }
        int drop = checkScaleNonZero((long) scale - newScale);
        return new BigDecimal(divideAndRound(intVal, tenPow(drop), roundingMode), newScale);
    }

    @Deprecated(since = "9")
    public BigDecimal setScale(int newScale, int roundingMode) {
        return setScale(newScale, mode(roundingMode));
    }

    public BigDecimal setScale(int newScale) {
        return setScale(newScale, RoundingMode.UNNECESSARY);
    }

    public BigDecimal movePointLeft(int n) {
        if (n == 0) return this;
        int newScale = checkScale((long) scale + n);
        BigDecimal num = new BigDecimal(intVal, newScale, precision);
        return num.scale < 0 ? num.setScale(0, RoundingMode.UNNECESSARY) : num;
    }

    public BigDecimal movePointRight(int n) {
        if (n == 0) return this;
        int newScale = checkScale((long) scale - n);
        BigDecimal num = new BigDecimal(intVal, newScale, precision);
        return num.scale < 0 ? num.setScale(0, RoundingMode.UNNECESSARY) : num;
    }

    public BigDecimal scaleByPowerOfTen(int n) {
        return new BigDecimal(intVal, checkScale((long) scale - n), precision);
    }

    public BigDecimal stripTrailingZeros() {
        if (signum() == 0) return ZERO;
        return stripZerosToMatchScale(intVal, scale, Long.MIN_VALUE);
    }

    // ------------------------------------------------------------------ comparison

    private int compareMagnitude(BigDecimal val) {
        long ca = intVal.compactValue(), cb = val.intVal.compactValue();
        if (ca != INFLATED && cb != INFLATED) {
            int s = Math.max(scale, val.scale);
            long x = (long) s - scale < LONG_TEN_POWERS.length ? scaledCompact(Math.abs(ca), s - scale) : INFLATED;
            long y = (long) s - val.scale < LONG_TEN_POWERS.length ? scaledCompact(Math.abs(cb), s - val.scale) : INFLATED;
            if (x != INFLATED && y != INFLATED) return Long.compare(x, y);
        }
        BigInteger a = intVal.abs(), b = val.intVal.abs();
        if (a.signum() == 0) return b.signum() == 0 ? 0 : -1;
        if (b.signum() == 0) return 1;
        long xae = (long) precision() - scale;
        long yae = (long) val.precision() - val.scale;
        if (xae < yae) return -1;
        if (xae > yae) return 1;
        if (scale < val.scale) a = a.multiply(tenPow(val.scale - scale));
        else if (scale > val.scale) b = b.multiply(tenPow(scale - val.scale));
        return a.compareTo(b);
    }

    @Override
    public int compareTo(BigDecimal val) {
        int xs = signum(), ys = val.signum();
        if (xs != ys) return xs > ys ? 1 : -1;
        if (xs == 0) return 0;
        int c = compareMagnitude(val);
        return xs > 0 ? c : -c;
    }

    @Override
    public boolean equals(Object x) {
        if (!(x instanceof BigDecimal)) return false;
        BigDecimal o = (BigDecimal) x;
        if (x == this) return true;
        return scale == o.scale && intVal.equals(o.intVal);
    }

    public BigDecimal min(BigDecimal val) {
        return compareTo(val) <= 0 ? this : val;
    }

    public BigDecimal max(BigDecimal val) {
        return compareTo(val) >= 0 ? this : val;
    }

    @Override
    public int hashCode() {
        return 31 * intVal.hashCode() + scale;
    }

    // ------------------------------------------------------------------ string forms

    @Override
    public String toString() {
        return layout(true);
    }

    public String toEngineeringString() {
        return layout(false);
    }

    private String layout(boolean sci) {
        if (scale == 0) return intVal.toString();
        String digits = intVal.abs().toString();
        boolean neg = intVal.signum() < 0;
        int len = digits.length();
        long adjusted = -(long) scale + (len - 1);
        StringBuilder sb = new StringBuilder(len + 14);
        if (neg) sb.append('-');
        if (scale > 0 && adjusted >= -6) {
            int pad = scale - len;
            if (pad >= 0) {
                sb.append("0.");
                for (; pad > 0; pad--) sb.append('0');
                sb.append(digits);
            } else {
                sb.append(digits, 0, -pad).append('.').append(digits, -pad, len);
            }
            return sb.toString();
        }
        if (sci) {
            sb.append(digits.charAt(0));
            if (len > 1) sb.append('.').append(digits, 1, len);
        } else {
            int sig = (int) (adjusted % 3);
            if (sig < 0) sig += 3;
            adjusted -= sig;
            sig++;
            if (intVal.signum() == 0) {
                if (sig == 1) {
                    sb.append('0');
                } else if (sig == 2) {
                    sb.append("0.00");
                    adjusted += 3;
                } else {
                    sb.append("0.0");
                    adjusted += 3;
                }
            } else if (sig >= len) {
                sb.append(digits);
                for (int i = sig - len; i > 0; i--) sb.append('0');
            } else {
                sb.append(digits, 0, sig).append('.').append(digits, sig, len);
            }
        }
        if (adjusted != 0) {
            sb.append('E');
            if (adjusted > 0) sb.append('+');
            sb.append(adjusted);
        }
        return sb.toString();
    }

    public String toPlainString() {
        if (scale == 0) return intVal.toString();
        if (scale < 0) {
            if (signum() == 0) return "0";
            StringBuilder sb = new StringBuilder(intVal.toString());
            for (int i = -scale; i > 0; i--) sb.append('0');
            return sb.toString();
        }
        String digits = intVal.abs().toString();
        StringBuilder sb = new StringBuilder(digits.length() + scale + 3);
        if (intVal.signum() < 0) sb.append('-');
        int pad = scale - digits.length();
        if (pad >= 0) {
            sb.append("0.");
            for (; pad > 0; pad--) sb.append('0');
            sb.append(digits);
        } else {
            sb.append(digits, 0, -pad).append('.').append(digits, -pad, digits.length());
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ conversions

    public BigInteger toBigInteger() {
        if (scale <= 0) return scale == 0 ? intVal : intVal.multiply(tenPow(-scale));
        return intVal.divide(tenPow(scale));
    }

    public BigInteger toBigIntegerExact() {
        return setScale(0, RoundingMode.UNNECESSARY).intVal;
    }

    @Override
    public int intValue() {
        return (int) longValue();
    }

    @Override
    public long longValue() {
        if (signum() == 0 || (long) precision() - scale <= 0) return 0;
        if ((long) precision() - scale > 40) {
            // the low 64 bits of any multiple of 10^64 are zero
            if (scale <= -64) return 0;
        }
        return toBigInteger().longValue();
    }

    public long longValueExact() {
        if (signum() == 0) return 0;
        if ((long) precision() - scale <= 0) throw new ArithmeticException("Rounding necessary");
        if ((long) precision() - scale > 19) throw new ArithmeticException("Overflow");
        BigInteger n = setScale(0, RoundingMode.UNNECESSARY).intVal;
        if (n.bitLength() > 63) throw new ArithmeticException("Overflow");
        return n.longValue();
    }

    public int intValueExact() {
        long n = longValueExact();
        if ((int) n != n) throw new ArithmeticException("Overflow");
        return (int) n;
    }

    public short shortValueExact() {
        long n = longValueExact();
        if ((short) n != n) throw new ArithmeticException("Overflow");
        return (short) n;
    }

    public byte byteValueExact() {
        long n = longValueExact();
        if ((byte) n != n) throw new ArithmeticException("Overflow");
        return (byte) n;
    }

    @Override
    public float floatValue() {
        if (scale == 0 && intVal.bitLength() < 63) return (float) intVal.longValue();
        return Float.parseFloat(toString());
    }

    @Override
    public double doubleValue() {
        if (scale == 0 && intVal.bitLength() < 63) return (double) intVal.longValue();
        return Double.parseDouble(toString());
    }

    public BigDecimal ulp() {
        return new BigDecimal(BigInteger.ONE, scale, 1);
    }
}
