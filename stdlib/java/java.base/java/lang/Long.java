package java.lang;

public final class Long extends Number implements Comparable<Long> {
    private static final long serialVersionUID = 4290774380558885855L;

    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) Class.getPrimitiveClass("long");
    public static final int SIZE = 64;
    public static final int BYTES = SIZE / Byte.SIZE;

    private final long value;

    @Deprecated(since = "9")
    public Long(long value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    // ---- to string ----

    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        char[] buf = new char[65];
        int pos = 65;
        boolean negative = i < 0;
        if (!negative) {
            i = -i; // work with non-positive values: MIN_VALUE has no positive counterpart
        }
        while (i <= -radix) {
            buf[--pos] = Integer.DIGITS[(int) (-(i % radix))];
            i = i / radix;
        }
        buf[--pos] = Integer.DIGITS[(int) (-i)];
        if (negative) {
            buf[--pos] = '-';
        }
        return new String(buf, pos, 65 - pos);
    }

    public static String toString(long i) {
        int size = stringSize(i);
        char[] buf = new char[size];
        getChars(i, size, buf);
        return new String(buf, true);
    }

    /** The length of i's decimal form. */
    static int stringSize(long i) {
        if (i == (int) i) {
            return Integer.stringSize((int) i);
        }
        int size = i < 0 ? 2 : 1;
        for (long x = i < 0 ? i : -i; x <= -10; x /= 10) {
            size++;
        }
        return size;
    }

    /** Writes i's decimal form into buf, ending just before index end. */
    static void getChars(long i, int end, char[] buf) {
        if (i == (int) i) {
            Integer.getChars((int) i, end, buf);
            return;
        }
        int pos = end;
        long x = i < 0 ? i : -i; // non-positive: MIN_VALUE has no positive counterpart
        while (x < Integer.MIN_VALUE) {
            long q = x / 10;
            buf[--pos] = (char) ('0' + (int) (q * 10 - x));
            x = q;
        }
        long m = -x; // at most 2^31: the int path's division
        do {
            long q = (m * 0xCCCCCCCDL) >>> 35;
            buf[--pos] = (char) ('0' + (int) (m - q * 10));
            m = q;
        } while (m != 0);
        if (i < 0) {
            buf[--pos] = '-';
        }
    }

    public static String toUnsignedString(long i, int radix) {
        if (i >= 0) {
            return toString(i, radix);
        }
        switch (radix) {
            case 2:
                return toBinaryString(i);
            case 4:
                return toUnsignedString0(i, 2);
            case 8:
                return toOctalString(i);
            case 16:
                return toHexString(i);
            case 32:
                return toUnsignedString0(i, 5);
            default:
                if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
                    radix = 10;
                }
                // Split off the last digit so the rest fits in a signed long.
                long quotient = divideUnsigned(i, radix);
                long rem = i - quotient * radix;
                return toString(quotient, radix) + Integer.DIGITS[(int) rem];
        }
    }

    public static String toUnsignedString(long i) {
        return toUnsignedString(i, 10);
    }

    public static String toHexString(long i) {
        return toUnsignedString0(i, 4);
    }

    public static String toOctalString(long i) {
        return toUnsignedString0(i, 3);
    }

    public static String toBinaryString(long i) {
        return toUnsignedString0(i, 1);
    }

    /** Formats val as unsigned in radix 1 << shift. */
    static String toUnsignedString0(long val, int shift) {
        int mag = Long.SIZE - numberOfLeadingZeros(val);
        int chars = Math.max(((mag + (shift - 1)) / shift), 1);
        char[] buf = new char[chars];
        int radix = 1 << shift;
        int mask = radix - 1;
        int pos = chars;
        do {
            buf[--pos] = Integer.DIGITS[((int) val) & mask];
            val >>>= shift;
        } while (pos > 0);
        return new String(buf, 0, chars);
    }

    @Override
    public String toString() {
        return toString(value);
    }

    // ---- parsing ----

    public static long parseLong(String s, int radix) throws NumberFormatException {
        // The checks of Integer.checkRadixAndNull, at the JDK's lines.
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string"); // hotspot-line: 674
        }
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX"); // hotspot-line: 678
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX"); // hotspot-line: 683
        }
        int len = s.length();
        if (len == 0) {
            throw NumberFormatException.forInputString(s, radix); // hotspot-line: 721
        }
        int i = 0;
        boolean negative = false;
        long limit = -Long.MAX_VALUE;
        char first = s.charAt(0);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = Long.MIN_VALUE;
            } else if (first != '+') {
                throw NumberFormatException.forInputString(s, radix); // hotspot-line: 697
            }
            if (len == 1) {
                throw NumberFormatException.forInputString(s, radix); // hotspot-line: 701
            }
            i++;
        }
        long multmin = limit / radix;
        long result = 0;
        while (i < len) {
            char c = s.charAt(i++);
            // ASCII decimal digits without the call (the usual case).
            int digit = c - '0';
            if (digit < 0 || digit > 9 || digit >= radix) {
                digit = Character.digit(c, radix);
            }
            if (digit < 0 || result < multmin) {
                throw NumberFormatException.forInputString(s, radix); // hotspot-line: 711
            }
            result *= radix;
            if (result < limit + digit) {
                throw NumberFormatException.forInputString(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        java.util.Objects.requireNonNull(s);
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
        boolean negative = false;
        int i = beginIndex;
        long limit = -Long.MAX_VALUE;
        if (i >= endIndex) {
            throw NumberFormatException.forInputString("", radix);
        }
        char firstChar = s.charAt(i);
        if (firstChar < '0') {
            if (firstChar == '-') {
                negative = true;
                limit = Long.MIN_VALUE;
            } else if (firstChar != '+') {
                throw NumberFormatException.forCharSequence(s, beginIndex, endIndex, i);
            }
            i++;
            if (i == endIndex) {
                throw NumberFormatException.forCharSequence(s, beginIndex, endIndex, i);
            }
        }
        long multmin = limit / radix;
        long result = 0;
        while (i < endIndex) {
            // accumulating negatively avoids overflow near MAX_VALUE
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin) {
                throw NumberFormatException.forCharSequence(s, beginIndex, endIndex, i);
            }
            result *= radix;
            if (result < limit + digit) {
                throw NumberFormatException.forCharSequence(s, beginIndex, endIndex, i);
            }
            i++;
            result -= digit;
        }
        return negative ? result : -result;
    }

    public static long parseUnsignedLong(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        java.util.Objects.requireNonNull(s);
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        int start = beginIndex;
        int len = endIndex - beginIndex;
        if (len <= 0) {
            throw NumberFormatException.forInputString("", radix);
        }
        if (s.charAt(start) == '-') {
            throw new NumberFormatException(String.format("Illegal leading minus sign on unsigned string %s.", s.subSequence(start, start + len)));
        }
        // Long.MAX_VALUE has 13 digits in radix 36 and 19 in radix 10
        if (len <= 12 || (radix == 10 && len <= 18)) {
            return parseLong(s, start, start + len, radix);
        }
        long first = parseLong(s, start, start + len - 1, radix);
        int second = Character.digit(s.charAt(start + len - 1), radix);
        if (second < 0) {
            throw new NumberFormatException("Bad digit at end of " + s.subSequence(start, start + len));
        }
        long result = first * radix + second;
        // the top bits of first times the radix tell whether the result overflowed 64 bits
        int guard = radix * (int) (first >>> 57);
        if (guard >= 128 || (result >= 0 && guard >= 128 - Character.MAX_RADIX)) {
            throw new NumberFormatException(String.format("String value %s exceeds range of unsigned long.", s.subSequence(start, start + len)));
        }
        return result;
    }

    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10); // hotspot-line: 836
    }

    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        Integer.checkRadixAndNull(s, radix);
        int len = s.length();
        if (len == 0) {
            throw NumberFormatException.forInputString(s, radix);
        }
        if (s.charAt(0) == '-') {
            throw new NumberFormatException(
                    "Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (len <= 12 || (radix == 10 && len <= 18)) {
            return parseLong(s, radix); // fits in a signed long
        }
        // All but the last digit fit in a signed long; add the last one with an overflow check.
        long first = parsePrefix(s, len - 1, radix);
        int second = Character.digit(s.charAt(len - 1), radix);
        if (second < 0) {
            throw new NumberFormatException("Bad digit at end of " + s);
        }
        long maxQuotient = divideUnsigned(-1L, radix);
        long maxRemainder = remainderUnsigned(-1L, radix);
        if (compareUnsigned(first, maxQuotient) > 0 || (first == maxQuotient && second > maxRemainder)) {
            throw new NumberFormatException(
                    "String value " + s + " exceeds range of unsigned long.");
        }
        return first * radix + second;
    }

    /** Parses s[0, end) as a signed long; errors name the failing index like the JDK's. */
    private static long parsePrefix(String s, int end, int radix) {
        int i = 0;
        boolean negative = false;
        long limit = -Long.MAX_VALUE;
        char firstChar = s.charAt(0);
        if (firstChar < '0') {
            if (firstChar == '-') {
                negative = true;
                limit = Long.MIN_VALUE;
            } else if (firstChar != '+') {
                throw errorAt(s, end, i);
            }
            i++;
        }
        if (i >= end) {
            throw errorAt(s, end, i);
        }
        long multmin = limit / radix;
        long result = 0;
        while (i < end) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin) {
                throw errorAt(s, end, i);
            }
            result *= radix;
            if (result < limit + digit) {
                throw errorAt(s, end, i);
            }
            i++;
            result -= digit;
        }
        return negative ? result : -result;
    }

    private static NumberFormatException errorAt(String s, int end, int index) {
        return new NumberFormatException("Error at index " + index + " in: \"" + s.substring(0, end) + "\"");
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return Long.valueOf(parseLong(s, radix));
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return Long.valueOf(parseLong(s, 10)); // hotspot-line: 1163
    }

    private static final class LongCache {
        static final Long[] CACHE = new Long[256];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Long(i - 128);
            }
        }
    }

    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) {
            return LongCache.CACHE[(int) l + 128];
        }
        return new Long(l);
    }

    /**
     * Parses the sign and radix prefix of a decode() argument. Returns the digits' start index in
     * bits 0-7, the radix in bits 8-15 and the sign in bit 31.
     */
    static int decodePrefix(String nm) {
        int radix = 10;
        int index = 0;
        boolean negative = false;
        if (nm.isEmpty()) {
            throw new NumberFormatException("Zero length string");
        }
        char firstChar = nm.charAt(0);
        if (firstChar == '-') {
            negative = true;
            index++;
        } else if (firstChar == '+') {
            index++;
        }
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        return index | (radix << 8) | (negative ? Integer.MIN_VALUE : 0);
    }

    public static Long decode(String nm) throws NumberFormatException {
        int spec = decodePrefix(nm);
        int index = spec & 0xff;
        int radix = (spec >>> 8) & 0xff;
        boolean negative = spec < 0;
        try {
            long result = parseLong(nm.substring(index), radix);
            return Long.valueOf(negative ? -result : result);
        } catch (NumberFormatException e) {
            String constant = negative ? ("-" + nm.substring(index)) : nm.substring(index);
            return Long.valueOf(parseLong(constant, radix));
        }
    }

    public static Long getLong(String nm) {
        return getLong(nm, null);
    }

    public static Long getLong(String nm, long val) {
        Long result = Long.getLong(nm, null);
        return (result == null) ? Long.valueOf(val) : result;
    }

    public static Long getLong(String nm, Long val) {
        String v = null;
        try {
            v = System.getProperty(nm);
        } catch (IllegalArgumentException | NullPointerException e) {
            // fall through to the default
        }
        if (v != null) {
            try {
                return Long.decode(v);
            } catch (NumberFormatException e) {
                // fall through to the default
            }
        }
        return val;
    }

    // ---- Number ----

    @Override
    public byte byteValue() {
        return (byte) value;
    }

    @Override
    public short shortValue() {
        return (short) value;
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return (double) value;
    }

    @Override
    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Long && value == ((Long) obj).longValue();
    }

    @Override
    public int compareTo(Long anotherLong) {
        return compare(this.value, anotherLong.value);
    }

    public static int compare(long x, long y) {
        return (x < y) ? -1 : ((x == y) ? 0 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            // divisor >= 2^63: the quotient is 0 or 1
            return (compareUnsigned(dividend, divisor)) < 0 ? 0L : 1L;
        }
        if (dividend > 0) {
            return dividend / divisor;
        }
        // Divide by two first so the dividend is non-negative, then correct by at most one.
        long quotient = ((dividend >>> 1) / divisor) << 1;
        long rem = dividend - quotient * divisor;
        return quotient + (compareUnsigned(rem, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    // ---- bit twiddling ----

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(long i) {
        int x = (int) (i >>> 32);
        return x == 0 ? 32 + Integer.numberOfLeadingZeros((int) i) : Integer.numberOfLeadingZeros(x);
    }

    public static int numberOfTrailingZeros(long i) {
        int x = (int) i;
        return x == 0 ? 32 + Integer.numberOfTrailingZeros((int) (i >>> 32)) : Integer.numberOfTrailingZeros(x);
    }

    public static int bitCount(long i) {
        return Integer.bitCount((int) i) + Integer.bitCount((int) (i >>> 32));
    }

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    /** The bits of i at the set bits of mask, packed together at the low end (Java 19). */
    public static long compress(long i, long mask) {
        long result = 0;
        int bit = 0;
        for (long m = mask; m != 0; m &= m - 1, bit++) {
            if ((i & (m & -m)) != 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    /** The inverse of compress: the low bits of i spread over the set bits of mask (Java 19). */
    public static long expand(long i, long mask) {
        long result = 0;
        int bit = 0;
        for (long m = mask; m != 0; m &= m - 1, bit++) {
            if (((i >>> bit) & 1) != 0) {
                result |= m & -m;
            }
        }
        return result;
    }

    public static long reverse(long i) {
        return ((long) Integer.reverse((int) i) << 32) | (Integer.reverse((int) (i >>> 32)) & 0xffffffffL);
    }

    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    public static long reverseBytes(long i) {
        return ((long) Integer.reverseBytes((int) i) << 32) | (Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL);
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }

    /** This value is its own nominal descriptor (the JDK's {@code Constable}). */
    public java.util.Optional<Long> describeConstable() {
        return java.util.Optional.of(this);
    }

    public Long resolveConstantDesc(java.lang.invoke.MethodHandles.Lookup lookup) {
        return this;
    }
}
