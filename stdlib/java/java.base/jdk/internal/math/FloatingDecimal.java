package jdk.internal.math;

/**
 * Conversions between binary floating point and decimal text with JDK 17's exact output.
 * Double.toString/Float.toString in JDK 17 use the classic Steele-White style digit generator
 * whose stopping test and rounding are not always shortest; {@link #dtoa} reproduces that
 * behaviour (including its int/long/big arithmetic paths, whose boundary tests differ).
 * Parsing is correctly rounded using exact big-integer arithmetic.
 */
public final class FloatingDecimal {
    private FloatingDecimal() {}

    private static final int EXP_SHIFT = 52;
    private static final long FRACT_HOB = 1L << EXP_SHIFT;
    private static final long SIGNIF_MASK = FRACT_HOB - 1;
    private static final int MAX_SMALL_BIN_EXP = 62;
    private static final int MIN_SMALL_BIN_EXP = -(63 / 3);

    /** ceil(i * log2(5)): approximate bit count of 5^i. */
    private static final int[] N_5_BITS = {
        0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45,
        47, 49, 52, 54, 56, 59, 61,
    };
    private static final int[] SMALL_5_POW = new int[14];
    private static final long[] LONG_5_POW = new long[27];
    static {
        long p = 1;
        for (int i = 0; i < LONG_5_POW.length; i++) {
            LONG_5_POW[i] = p;
            if (i < SMALL_5_POW.length) SMALL_5_POW[i] = (int) p;
            p *= 5;
        }
    }

    /** Decimal digits of a finite non-zero magnitude: value = 0.d1d2...dn * 10^decExponent. */
    public static final class Digits {
        public final char[] digits = new char[20];
        public int first;        // index of the first digit in digits
        public int nDigits;
        public int decExponent;

        void roundup() {
            int i = first + nDigits - 1;
            char q = digits[i];
            if (q == '9') {
                while (q == '9' && i > first) {
                    digits[i] = '0';
                    q = digits[--i];
                }
                if (q == '9') {
                    decExponent += 1;
                    digits[first] = '1';
                    return;
                }
            }
            digits[i] = (char) (q + 1);
        }
    }

    // ---------------------------------------------------------------- binary -> decimal

    /** Digits of |d| (d finite, non-zero) as JDK 17's FloatingDecimal produces them. */
    public static Digits digitsOf(double d, boolean compatible) {
        return digitsOfBits(Double.doubleToRawLongBits(d), compatible);
    }

    /** {@link #digitsOf(double, boolean)} of the double whose bits are {@code bits}. */
    private static Digits digitsOfBits(long bits, boolean compatible) {
        long fract = bits & SIGNIF_MASK;
        int binExp = (int) ((bits >>> EXP_SHIFT) & 0x7FF);
        int nSignificantBits;
        if (binExp == 0) {
            int lz = Long.numberOfLeadingZeros(fract);
            int shift = lz - (63 - EXP_SHIFT);
            fract <<= shift;
            binExp = 1 - shift;
            nSignificantBits = 64 - lz;
        } else {
            fract |= FRACT_HOB;
            nSignificantBits = EXP_SHIFT + 1;
        }
        binExp -= 1023;
        Digits r = new Digits();
        dtoa(r, binExp, fract, nSignificantBits, compatible);
        return r;
    }

    /** Digits of |f| (f finite, non-zero), using float precision for the digit count. */
    public static Digits digitsOf(float f, boolean compatible) {
        int bits = Float.floatToRawIntBits(f);
        int fract = bits & 0x7FFFFF;
        int binExp = (bits >>> 23) & 0xFF;
        int nSignificantBits;
        if (binExp == 0) {
            int lz = Integer.numberOfLeadingZeros(fract);
            int shift = lz - (31 - 23);
            fract <<= shift;
            binExp = 1 - shift;
            nSignificantBits = 32 - lz;
        } else {
            fract |= 0x800000;
            nSignificantBits = 24;
        }
        binExp -= 127;
        Digits r = new Digits();
        dtoa(r, binExp, ((long) fract) << (EXP_SHIFT - 23), nSignificantBits, compatible);
        return r;
    }

    /** floor(log10(value)) estimate computed exactly as the classic algorithm does. */
    private static int estimateDecExp(long fractBits, int binExp) {
        // 1.fraction: exactly the double with exponent 0 and these fraction bits (a 52-bit
        // integer scaled by a power of two, plus one, is exact), without going through bits.
        double d2 = 1.0 + (double) (fractBits & SIGNIF_MASK) * 0x1.0p-52;
        double d = (d2 - 1.5D) * 0.289529654D + 0.176091259 + (double) binExp * 0.301029995663981;
        // floor(d), |d| being small: truncation, one less for a negative non-integer.
        int r = (int) d;
        return d < r ? r - 1 : r;
    }

    /** floor(p2 * log10(2)) for the small powers of two used by the integer fast path. */
    private static int insignificantDigitsForPow2(int p2) {
        if (p2 > 1 && p2 < 64) {
            return (int) ((p2 * 30103L) / 100000L);
        }
        return 0;
    }

    private static void developLongDigits(Digits r, int decExponent, long lvalue, int insignificant) {
        if (insignificant != 0) {
            long pow10 = LONG_5_POW[insignificant] << insignificant;
            long residue = lvalue % pow10;
            lvalue /= pow10;
            decExponent += insignificant;
            if (residue >= (pow10 >> 1)) lvalue++;
        }
        char[] digits = r.digits;
        int digitno = digits.length - 1;
        int c = (int) (lvalue % 10);
        lvalue /= 10;
        while (c == 0) {
            decExponent++;
            c = (int) (lvalue % 10);
            lvalue /= 10;
        }
        while (lvalue != 0) {
            digits[digitno--] = (char) (c + '0');
            decExponent++;
            c = (int) (lvalue % 10);
            lvalue /= 10;
        }
        digits[digitno] = (char) (c + '0');
        r.decExponent = decExponent + 1;
        r.first = digitno;
        r.nDigits = digits.length - digitno;
    }

    private static void dtoa(Digits r, int binExp, long fractBits, int nSignificantBits, boolean compatible) {
        final int tailZeros = Long.numberOfTrailingZeros(fractBits);
        final int nFractBits = EXP_SHIFT + 1 - tailZeros;
        int nTinyBits = nFractBits - binExp - 1;
        if (nTinyBits < 0) nTinyBits = 0;
        if (binExp <= MAX_SMALL_BIN_EXP && binExp >= MIN_SMALL_BIN_EXP
                && nTinyBits == 0 && nFractBits + N_5_BITS[0] < 64) {
            // An integer that fits in a long: print its digits, dropping those below float/double precision.
            int insignificant = binExp > nSignificantBits
                    ? insignificantDigitsForPow2(binExp - nSignificantBits - 1) : 0;
            if (binExp >= EXP_SHIFT) fractBits <<= (binExp - EXP_SHIFT);
            else fractBits >>>= (EXP_SHIFT - binExp);
            developLongDigits(r, 0, fractBits, insignificant);
            return;
        }
        int decExp = estimateDecExp(fractBits, binExp);
        int B5 = Math.max(0, -decExp);
        int B2 = B5 + nTinyBits + binExp;
        int S5 = Math.max(0, decExp);
        int S2 = S5 + nTinyBits;
        int M5 = B5;
        int M2 = B2 - nSignificantBits;

        fractBits >>>= tailZeros;
        B2 -= nFractBits - 1;
        int common2 = Math.min(B2, S2);
        B2 -= common2;
        S2 -= common2;
        M2 -= common2;
        // The classic algorithm halves the margin at powers of two and then uses it symmetrically.
        if (nFractBits == 1) M2 -= 1;
        if (M2 < 0) {
            B2 -= M2;
            S2 -= M2;
            M2 = 0;
        }
        char[] digits = r.digits;
        int ndigit = 0;
        boolean low, high;
        long lowDigitDifference;
        int q;
        int Bbits = nFractBits + B2 + ((B5 < N_5_BITS.length) ? N_5_BITS[B5] : (B5 * 3));
        int tenSbits = S2 + 1 + (((S5 + 1) < N_5_BITS.length) ? N_5_BITS[S5 + 1] : ((S5 + 1) * 3));
        if (Bbits < 64 && tenSbits < 64) {
            if (Bbits < 32 && tenSbits < 32) {
                // int arithmetic; wraparound is part of the reproduced behaviour
                int b = ((int) fractBits * SMALL_5_POW[B5]) << B2;
                int s = SMALL_5_POW[S5] << S2;
                int m = SMALL_5_POW[M5] << M2;
                int tens = s * 10;
                q = b / s;
                b = 10 * (b % s);
                m *= 10;
                low = (b < m);
                high = (b + m > tens);
                if (q == 0 && !high) {
                    decExp--;
                } else {
                    digits[ndigit++] = (char) ('0' + q);
                }
                if (!compatible || decExp < -3 || decExp >= 8) high = low = false;
                while (!low && !high) {
                    q = b / s;
                    b = 10 * (b % s);
                    m *= 10;
                    if (m > 0L) {
                        low = (b < m);
                        high = (b + m > tens);
                    } else {
                        low = true;
                        high = true;
                    }
                    digits[ndigit++] = (char) ('0' + q);
                }
                lowDigitDifference = (b << 1) - tens;
            } else {
                long b = (fractBits * LONG_5_POW[B5]) << B2;
                long s = LONG_5_POW[S5] << S2;
                long m = LONG_5_POW[M5] << M2;
                long tens = s * 10L;
                q = (int) (b / s);
                b = 10L * (b % s);
                m *= 10L;
                low = (b < m);
                high = (b + m > tens);
                if (q == 0 && !high) {
                    decExp--;
                } else {
                    digits[ndigit++] = (char) ('0' + q);
                }
                if (!compatible || decExp < -3 || decExp >= 8) high = low = false;
                while (!low && !high) {
                    q = (int) (b / s);
                    b = 10 * (b % s);
                    m *= 10;
                    if (m > 0L) {
                        low = (b < m);
                        high = (b + m > tens);
                    } else {
                        low = true;
                        high = true;
                    }
                    digits[ndigit++] = (char) ('0' + q);
                }
                lowDigitDifference = (b << 1) - tens;
            }
        } else {
            // Exact big-integer path; note its "high" test is >= where the small paths use >.
            FDBig S = FDBig.pow52(S5, S2);
            FDBig B = FDBig.valueOf(fractBits);
            B.mulPow5(B5);
            B.shl(B2);
            FDBig M = FDBig.pow52(M5 + 1, M2 + 1);
            FDBig tenS = FDBig.pow52(S5 + 1, S2 + 1);
            q = B.quoRemTimes10(S);
            low = B.cmp(M) < 0;
            high = FDBig.cmpSum(tenS, B, M) <= 0;
            if (q == 0 && !high) {
                decExp--;
            } else {
                digits[ndigit++] = (char) ('0' + q);
            }
            if (!compatible || decExp < -3 || decExp >= 8) high = low = false;
            while (!low && !high) {
                q = B.quoRemTimes10(S);
                M.mulAdd(10, 0);
                low = B.cmp(M) < 0;
                high = FDBig.cmpSum(tenS, B, M) <= 0;
                digits[ndigit++] = (char) ('0' + q);
            }
            if (high && low) {
                B.shl(1);
                lowDigitDifference = B.cmp(tenS);
            } else {
                lowDigitDifference = 0L;
            }
        }
        r.decExponent = decExp + 1;
        r.first = 0;
        r.nDigits = ndigit;
        if (high) {
            if (low) {
                if (lowDigitDifference == 0L) {
                    if ((digits[ndigit - 1] & 1) != 0) r.roundup();
                } else if (lowDigitDifference > 0) {
                    r.roundup();
                }
            } else {
                r.roundup();
            }
        }
    }

    private static void appendJava(Digits dg, boolean negative, StringBuilder sb) {
        if (negative) sb.append('-');
        char[] digits = dg.digits;
        int first = dg.first, nDigits = dg.nDigits, decExponent = dg.decExponent;
        if (decExponent > 0 && decExponent < 8) {
            int intLen = Math.min(nDigits, decExponent);
            sb.append(digits, first, intLen);
            if (intLen < decExponent) {
                for (int i = intLen; i < decExponent; i++) sb.append('0');
                sb.append(".0");
            } else {
                sb.append('.');
                if (intLen < nDigits) sb.append(digits, first + intLen, nDigits - intLen);
                else sb.append('0');
            }
        } else if (decExponent <= 0 && decExponent > -3) {
            sb.append("0.");
            for (int i = decExponent; i < 0; i++) sb.append('0');
            sb.append(digits, first, nDigits);
        } else {
            sb.append(digits[first]).append('.');
            if (nDigits > 1) sb.append(digits, first + 1, nDigits - 1);
            else sb.append('0');
            sb.append('E');
            int e;
            if (decExponent <= 0) {
                sb.append('-');
                e = -decExponent + 1;
            } else {
                e = decExponent - 1;
            }
            if (e >= 100) sb.append((char) ('0' + e / 100));
            if (e >= 10) sb.append((char) ('0' + (e / 10) % 10));
            sb.append((char) ('0' + e % 10));
        }
    }

    public static void appendTo(double d, StringBuilder sb) {
        long bits = Double.doubleToRawLongBits(d);
        if ((bits & 0x7FF0000000000000L) == 0x7FF0000000000000L) {
            sb.append((bits & SIGNIF_MASK) != 0 ? "NaN" : (bits < 0 ? "-Infinity" : "Infinity"));
        } else if ((bits & ~Long.MIN_VALUE) == 0) {
            sb.append(bits < 0 ? "-0.0" : "0.0");
        } else {
            appendJava(digitsOfBits(bits, true), bits < 0, sb);
        }
    }

    public static void appendTo(float f, StringBuilder sb) {
        int bits = Float.floatToRawIntBits(f);
        if ((bits & 0x7F800000) == 0x7F800000) {
            sb.append((bits & 0x7FFFFF) != 0 ? "NaN" : (bits < 0 ? "-Infinity" : "Infinity"));
        } else if ((bits & 0x7FFFFFFF) == 0) {
            sb.append(bits < 0 ? "-0.0" : "0.0");
        } else {
            appendJava(digitsOf(f, true), bits < 0, sb);
        }
    }

    public static String toJavaFormatString(double d) {
        StringBuilder sb = new StringBuilder(26);
        appendTo(d, sb);
        return sb.toString();
    }

    public static String toJavaFormatString(float f) {
        StringBuilder sb = new StringBuilder(16);
        appendTo(f, sb);
        return sb.toString();
    }

    // ---------------------------------------------------------------- decimal -> binary

    public static double parseDouble(String s) throws NumberFormatException {
        return Double.longBitsToDouble(readJavaFormatString(s, true)); // hotspot-line: 110
    }

    public static float parseFloat(String s) throws NumberFormatException {
        return Float.intBitsToFloat((int) readJavaFormatString(s, false)); // hotspot-line: 122
    }

    private static final long DOUBLE_INF = 0x7FF0000000000000L;
    private static final long DOUBLE_NAN = 0x7FF8000000000000L;
    private static final long FLOAT_INF = 0x7F800000L;
    private static final long FLOAT_NAN = 0x7FC00000L;
    private static final int MAX_DIGITS = 800;   // beyond this only a sticky digit matters

    /** The powers of ten that doubles (up to 10^22) and floats (up to 10^10) hold exactly. */
    private static final double[] DOUBLE_POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final float[] FLOAT_POW10 = {
        1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f
    };

    private static NumberFormatException bad(String in) {
        return new NumberFormatException("For input string: \"" + in + "\"");
    }

    /**
     * Parses Java float syntax; returns raw bits of the double (dbl) or float (!dbl) result.
     * Named, and its failures placed, as the JDK's, whose stack frames programs print.
     */
    private static long readJavaFormatString(String in, boolean dbl) {
        // NullPointerException for null, named "in" in its helpful message as the JDK's
        in = in.trim(); // hotspot-line: 1838
        int len = in.length();
        if (len == 0) throw new NumberFormatException("empty String"); // hotspot-line: 1842
        long signBit = 0;
        int i = 0;
        char c0 = in.charAt(0);
        boolean signSeen = false;
        if (c0 == '-' || c0 == '+') {
            if (c0 == '-') signBit = dbl ? Long.MIN_VALUE : 0x80000000L;
            i++;
            signSeen = true;
        }
        if (i >= len) throw new NumberFormatException("For input string: \"" + in + "\""); // hotspot-line: 2054
        char c = in.charAt(i);
        if (c == 'N') {
            if (in.startsWith("NaN", i) && len - i == 3) return dbl ? DOUBLE_NAN : FLOAT_NAN;
            throw new NumberFormatException("For input string: \"" + in + "\""); // hotspot-line: 2054
        } else if (c == 'I') {
            if (in.startsWith("Infinity", i) && len - i == 8) return signBit | (dbl ? DOUBLE_INF : FLOAT_INF);
            throw new NumberFormatException("For input string: \"" + in + "\""); // hotspot-line: 2054
        } else if (c == '0' && i + 1 < len && (in.charAt(i + 1) == 'x' || in.charAt(i + 1) == 'X')) {
            return parseHex(in, i + 2, signBit, dbl);
        }
        char[] digits = new char[Math.min(len, MAX_DIGITS + 1)];
        int nDigits = 0;        // significant digits kept (after leading zeros)
        int nAll = 0;           // all significant digits seen, including dropped ones
        boolean sticky = false; // a non-zero digit was dropped
        int nLeadZero = 0, nTrailZero = 0, decPt = 0;
        boolean decSeen = false;
        // leading zeros and point
        for (; i < len; i++) {
            c = in.charAt(i);
            if (c == '0') {
                nLeadZero++;
            } else if (c == '.') {
                if (decSeen) throw new NumberFormatException("multiple points"); // hotspot-line: 1914
                decPt = signSeen ? i - 1 : i;
                decSeen = true;
            } else {
                break;
            }
        }
        for (; i < len; i++) {
            c = in.charAt(i);
            if (c >= '0' && c <= '9') {
                if (nAll < MAX_DIGITS) {
                    digits[nDigits++] = c;
                } else if (c != '0') {
                    sticky = true;
                }
                nAll++;
                nTrailZero = (c == '0') ? nTrailZero + 1 : 0;
            } else if (c == '.') {
                if (decSeen) throw new NumberFormatException("multiple points"); // hotspot-line: 1914
                decPt = signSeen ? i - 1 : i;
                decSeen = true;
            } else {
                break;
            }
        }
        if (nAll == 0 && nLeadZero == 0) throw new NumberFormatException("For input string: \"" + in + "\""); // hotspot-line: 2054
        // decimal exponent: value = 0.DIGITS * 10^decExp
        long decExp = decSeen ? (long) decPt - nLeadZero : nAll;
        if (i < len && ((c = in.charAt(i)) == 'e' || c == 'E')) {
            i++;
            if (i >= len) throw new NumberFormatException("For input string: \"" + in + "\""); // hotspot-line: 2054
            int expSign = 1;
            c = in.charAt(i);
            if (c == '-' || c == '+') {
                if (c == '-') expSign = -1;
                i++;
            }
            int expAt = i;
            long expVal = 0;
            for (; i < len; i++) {
                c = in.charAt(i);
                if (c < '0' || c > '9') break;
                if (expVal < 1_000_000_000_000L) expVal = expVal * 10 + (c - '0');
            }
            if (i == expAt) throw new NumberFormatException("For input string: \"" + in + "\""); // hotspot-line: 2054
            decExp += expSign * expVal;
        }
        if (i < len) {
            c = in.charAt(i);
            if (i != len - 1 || (c != 'f' && c != 'F' && c != 'd' && c != 'D')) throw new NumberFormatException("For input string: \"" + in + "\""); // hotspot-line: 2054
        }
        // strip trailing zeros of the kept digits
        while (nDigits > 0 && digits[nDigits - 1] == '0') nDigits--;
        if (nDigits == 0 && !sticky) return signBit;   // zero
        if (sticky) {
            if (nDigits < MAX_DIGITS) {   // zeros were stripped: restore them before the sticky digit
                while (nDigits < MAX_DIGITS) digits[nDigits++] = '0';
            }
            digits[nDigits++] = '1';
        }
        if (decExp > 330) return signBit | (dbl ? DOUBLE_INF : FLOAT_INF);
        if (decExp < -330) return signBit;
        // value = D * 10^e10 where D is the integer formed by the digits
        int e10 = (int) decExp - nDigits;
        // Fast path (Clinger): D and 10^|e10| are both exact in the target type, so one
        // correctly rounded multiplication or division gives the correctly rounded result.
        if (!sticky && nDigits <= 15) {
            long d = 0;
            for (int k = 0; k < nDigits; k++) d = d * 10 + (digits[k] - '0');
            if (dbl && e10 >= -22 && e10 <= 22) {
                double v = e10 >= 0 ? (double) d * DOUBLE_POW10[e10] : (double) d / DOUBLE_POW10[-e10];
                return signBit | Double.doubleToRawLongBits(v);
            }
            if (!dbl && nDigits <= 7 && e10 >= -10 && e10 <= 10) {
                float v = e10 >= 0 ? (float) d * FLOAT_POW10[e10] : (float) d / FLOAT_POW10[-e10];
                return signBit | (Float.floatToRawIntBits(v) & 0xFFFFFFFFL);
            }
        }
        FDBig num = new FDBig(nDigits / 9 + 2);
        for (int k = 0; k < nDigits; k++) num.mulAdd(10, digits[k] - '0');
        FDBig den;
        if (e10 >= 0) {
            num.mulPow5(e10);
            den = FDBig.valueOf(1);
        } else {
            den = FDBig.pow52(-e10, 0);
        }
        // value = num / den * 2^e10; produce a 57-bit quotient plus sticky bit
        int k = 56 - (num.bitLength() - den.bitLength());
        if (k > 0) num.shl(k);
        else if (k < 0) den.shl(-k);
        // now num < den * 2^57; long division one bit at a time
        FDBig t = den.copy();
        t.shl(56);
        long q = 0;
        for (int b = 56; b >= 0; b--) {
            q <<= 1;
            if (num.cmp(t) >= 0) {
                num.sub(t);
                q |= 1;
            }
            if (b > 0) num.shl(1);
        }
        return signBit | round(q, e10 - k, !num.isZero(), dbl);
    }

    /**
     * Rounds (q + sticky fraction) * 2^e to nearest-even double or float bits (no sign).
     */
    private static long round(long q, long e, boolean sticky, boolean dbl) {
        int mantBits = dbl ? 53 : 24;
        int minExp = dbl ? -1074 : -149;          // exponent of the smallest subnormal's lsb
        int maxBiased = dbl ? 2047 : 255;
        int bias = dbl ? 1023 : 127;
        int L = 64 - Long.numberOfLeadingZeros(q);
        long top = L - 1 + e;                      // exponent of q's top bit
        if (top > bias) return dbl ? DOUBLE_INF : FLOAT_INF;
        long shift;
        if (top >= 1 - bias) shift = L - mantBits;
        else shift = minExp - e;
        long m;
        if (shift <= 0) {
            m = q << (-shift);                      // exact
        } else if (shift > L) {
            return 0;
        } else {
            m = q >>> shift;
            long rem = q & ((1L << shift) - 1);
            long half = 1L << (shift - 1);
            if (rem > half || (rem == half && (sticky || (m & 1) != 0))) m++;
        }
        long lsbExp = e + shift;
        if (m == (1L << mantBits)) {
            m >>>= 1;
            lsbExp++;
        }
        if (m >= (1L << (mantBits - 1))) {
            long biased = lsbExp + (mantBits - 1) + bias;
            if (biased >= maxBiased) return dbl ? DOUBLE_INF : FLOAT_INF;
            return (biased << (mantBits - 1)) | (m & ((1L << (mantBits - 1)) - 1));
        }
        return m;   // subnormal (lsbExp == minExp)
    }

    private static int hexVal(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** Hex literal "0x" HexDigits [. HexDigits] p [sign] digits [fFdD], from index i (after "0x"). */
    private static long parseHex(String in, int i, long signBit, boolean dbl) {
        int len = in.length();
        long q = 0;          // up to 15 significant hex digits (57..60 bits)
        int nSig = 0;        // significant hex digits kept
        long dropped = 0;    // significant integer-part hex digits dropped (each scales by 16)
        boolean sticky = false;
        long fracDigitsKept = 0;
        boolean seenDigit = false, decSeen = false;
        for (; i < len; i++) {
            char c = in.charAt(i);
            int v = hexVal(c);
            if (v >= 0) {
                seenDigit = true;
                if (nSig == 0 && v == 0) {
                    if (decSeen) fracDigitsKept++;
                    continue;
                }
                if (nSig < 15) {
                    q = (q << 4) | v;
                    nSig++;
                    if (decSeen) fracDigitsKept++;
                } else {
                    if (v != 0) sticky = true;
                    if (!decSeen) dropped++;
                }
            } else if (c == '.' && !decSeen) {
                decSeen = true;
            } else {
                break;
            }
        }
        if (!seenDigit || i >= len || (in.charAt(i) != 'p' && in.charAt(i) != 'P')) throw bad(in);
        i++;
        boolean negExp = false;
        if (i < len && (in.charAt(i) == '+' || in.charAt(i) == '-')) {
            negExp = in.charAt(i) == '-';
            i++;
        }
        int expAt = i;
        long expVal = 0;
        boolean expOverflow = false;
        for (; i < len; i++) {
            char c = in.charAt(i);
            if (c < '0' || c > '9') break;
            expVal = expVal * 10 + (c - '0');
            if (expVal > Integer.MAX_VALUE) expOverflow = true;
            if (expVal > 1_000_000_000_000L) expVal = 1_000_000_000_000L;
        }
        if (i == expAt) throw bad(in);
        if (i < len) {
            char c = in.charAt(i);
            if (i != len - 1 || (c != 'f' && c != 'F' && c != 'd' && c != 'D')) throw bad(in);
        }
        if (q == 0) return signBit;
        if (expOverflow) return negExp ? signBit : signBit | (dbl ? DOUBLE_INF : FLOAT_INF);
        long e = (negExp ? -expVal : expVal) + 4 * dropped - 4 * fracDigitsKept;
        // ensure enough bits below the rounding point for the generic rounder
        int lz = Long.numberOfLeadingZeros(q);
        int up = lz - 7;                   // bring q to 57 bits
        if (up > 0) {
            q <<= up;
            e -= up;
        }
        if (e > 5000) return signBit | (dbl ? DOUBLE_INF : FLOAT_INF);
        if (e < -5000) return signBit;
        return signBit | round(q, e, sticky, dbl);
    }
}
