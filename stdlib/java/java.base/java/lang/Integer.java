package java.lang;

public final class Integer extends Number implements Comparable<Integer> {
    private static final long serialVersionUID = 1360826667806852920L;

    public static final int MIN_VALUE = 0x80000000;
    public static final int MAX_VALUE = 0x7fffffff;
    @SuppressWarnings("unchecked")
    public static final Class<Integer> TYPE = (Class<Integer>) Class.getPrimitiveClass("int");
    public static final int SIZE = 32;
    public static final int BYTES = SIZE / Byte.SIZE;

    static final char[] DIGITS = {
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h',
        'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'
    };

    private final int value;

    @Deprecated(since = "9")
    public Integer(int value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Integer(String s) throws NumberFormatException {
        this.value = parseInt(s, 10);
    }

    // ---- to string ----

    public static String toString(int i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        return Long.toString(i, radix);
    }

    public static String toString(int i) {
        int size = stringSize(i);
        char[] buf = new char[size];
        getChars(i, size, buf);
        return new String(buf, true);
    }

    /** The length of i's decimal form. */
    static int stringSize(int i) {
        long x = Math.abs((long) i);
        int size = i < 0 ? 2 : 1;
        while (x >= 10) {
            x = (x * 0xCCCCCCCDL) >>> 35; // x / 10, exact below 2^32
            size++;
        }
        return size;
    }

    /**
     * Writes i's decimal form into buf, ending just before index end. Divides by 10 with a
     * multiplication (exact for magnitudes below 2^32): Long.toString(i, 10)'s 64-bit
     * divisions by a variable radix made string concatenation of ints three times slower
     * than HotSpot's.
     */
    static void getChars(int i, int end, char[] buf) {
        long x = Math.abs((long) i);
        int pos = end;
        do {
            long q = (x * 0xCCCCCCCDL) >>> 35;
            buf[--pos] = (char) ('0' + (int) (x - q * 10));
            x = q;
        } while (x != 0);
        if (i < 0) {
            buf[--pos] = '-';
        }
    }

    public static String toUnsignedString(int i, int radix) {
        return Long.toUnsignedString(toUnsignedLong(i), radix);
    }

    public static String toUnsignedString(int i) {
        return Long.toString(toUnsignedLong(i));
    }

    public static String toHexString(int i) {
        return toUnsignedString0(i, 4);
    }

    public static String toOctalString(int i) {
        return toUnsignedString0(i, 3);
    }

    public static String toBinaryString(int i) {
        return toUnsignedString0(i, 1);
    }

    private static String toUnsignedString0(int val, int shift) {
        return Long.toUnsignedString0(toUnsignedLong(val), shift);
    }

    @Override
    public String toString() {
        return toString(value);
    }

    // ---- parsing ----

    public static int parseInt(String s, int radix) throws NumberFormatException {
        // The checks of checkRadixAndNull, at the JDK's lines.
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string"); // hotspot-line: 630
        }
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX"); // hotspot-line: 634
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX"); // hotspot-line: 639
        }
        int len = s.length();
        if (len == 0) {
            throw NumberFormatException.forInputString(s, radix); // hotspot-line: 678
        }
        int i = 0;
        boolean negative = false;
        int limit = -Integer.MAX_VALUE;
        char first = s.charAt(0);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = Integer.MIN_VALUE;
            } else if (first != '+') {
                throw NumberFormatException.forInputString(s, radix); // hotspot-line: 654
            }
            if (len == 1) {
                throw NumberFormatException.forInputString(s, radix); // hotspot-line: 658
            }
            i++;
        }
        // Accumulate negatively: the negative range is larger.
        int multmin = limit / radix;
        int result = 0;
        while (i < len) {
            char c = s.charAt(i++);
            // ASCII decimal digits without the call (the usual case).
            int digit = c - '0';
            if (digit < 0 || digit > 9 || digit >= radix) {
                digit = Character.digit(c, radix);
            }
            if (digit < 0 || result < multmin) {
                throw NumberFormatException.forInputString(s, radix); // hotspot-line: 668
            }
            result *= radix;
            if (result < limit + digit) {
                throw NumberFormatException.forInputString(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    static void checkRadixAndNull(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
    }

    public static int parseInt(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
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
        int limit = -Integer.MAX_VALUE;
        if (i >= endIndex) {
            throw NumberFormatException.forInputString("", radix);
        }
        char firstChar = s.charAt(i);
        if (firstChar < '0') {
            if (firstChar == '-') {
                negative = true;
                limit = Integer.MIN_VALUE;
            } else if (firstChar != '+') {
                throw NumberFormatException.forCharSequence(s, beginIndex, endIndex, i);
            }
            i++;
            if (i == endIndex) {
                throw NumberFormatException.forCharSequence(s, beginIndex, endIndex, i);
            }
        }
        int multmin = limit / radix;
        int result = 0;
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

    public static int parseUnsignedInt(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        java.util.Objects.requireNonNull(s);
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        int start = beginIndex;
        int len = endIndex - beginIndex;
        if (len <= 0) {
            throw new NumberFormatException("");
        }
        if (s.charAt(start) == '-') {
            throw new NumberFormatException(String.format("Illegal leading minus sign on unsigned string %s.", s.subSequence(start, start + len)));
        }
        // Integer.MAX_VALUE has 6 digits in radix 36 and 10 in radix 10
        if (len <= 5 || (radix == 10 && len <= 9)) {
            return parseInt(s, start, start + len, radix);
        }
        long ell = Long.parseLong(s, start, start + len, radix);
        if ((ell & 0xffff_ffff_0000_0000L) == 0) {
            return (int) ell;
        }
        throw new NumberFormatException(String.format("String value %s exceeds range of unsigned int.", s.subSequence(start, start + len)));
    }

    public static int parseInt(String s) throws NumberFormatException {
        return parseInt(s, 10); // hotspot-line: 786
    }

    public static int parseUnsignedInt(String s, int radix) throws NumberFormatException {
        checkRadixAndNull(s, radix);
        int len = s.length();
        if (len > 0) {
            char firstChar = s.charAt(0);
            if (firstChar == '-') {
                throw new NumberFormatException(
                        "Illegal leading minus sign on unsigned string " + s + ".");
            }
            if (len <= 5 || (radix == 10 && len <= 9)) {
                return parseInt(s, radix); // fits in a signed int
            }
            long ell = Long.parseLong(s, radix);
            if ((ell & 0xffff_ffff_0000_0000L) == 0) {
                return (int) ell;
            }
            throw new NumberFormatException(
                    "String value " + s + " exceeds range of unsigned int.");
        }
        throw NumberFormatException.forInputString(s, radix);
    }

    public static int parseUnsignedInt(String s) throws NumberFormatException {
        return parseUnsignedInt(s, 10);
    }

    public static Integer valueOf(String s, int radix) throws NumberFormatException {
        return Integer.valueOf(parseInt(s, radix));
    }

    public static Integer valueOf(String s) throws NumberFormatException {
        return Integer.valueOf(parseInt(s, 10)); // hotspot-line: 999
    }

    private static final class IntegerCache {
        static final int LOW = -128;
        static final int HIGH;
        static final Integer[] CACHE;

        static {
            // The upper bound may be raised by -XX:AutoBoxCacheMax or the private property
            // java.lang.Integer.IntegerCache.high (never below 127), as in the JDK.
            int h = 127;
            String high = System.savedProperty("java.lang.Integer.IntegerCache.high");
            if (high != null) {
                try {
                    h = Math.max(parseInt(high), 127);
                    h = Math.min(h, Integer.MAX_VALUE - (-LOW) - 1);
                } catch (NumberFormatException nfe) {
                    // If the property cannot be parsed into an int, ignore it.
                }
            }
            HIGH = h;
            CACHE = new Integer[HIGH - LOW + 1];
        }

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Integer(i + LOW);
            }
        }
    }

    public static Integer valueOf(int i) {
        if (i >= IntegerCache.LOW && i <= IntegerCache.HIGH) {
            return IntegerCache.CACHE[i - IntegerCache.LOW];
        }
        return new Integer(i);
    }

    public static Integer decode(String nm) throws NumberFormatException {
        int spec = Long.decodePrefix(nm);
        int index = spec & 0xff;
        int radix = (spec >>> 8) & 0xff;
        boolean negative = spec < 0;
        try {
            int result = parseInt(nm.substring(index), radix);
            return Integer.valueOf(negative ? -result : result);
        } catch (NumberFormatException e) {
            // MIN_VALUE only parses with its sign attached; anything else fails again here.
            String constant = negative ? ("-" + nm.substring(index)) : nm.substring(index);
            return Integer.valueOf(parseInt(constant, radix));
        }
    }

    public static Integer getInteger(String nm) {
        return getInteger(nm, null);
    }

    public static Integer getInteger(String nm, int val) {
        Integer result = getInteger(nm, null);
        return (result == null) ? Integer.valueOf(val) : result;
    }

    public static Integer getInteger(String nm, Integer val) {
        String v = null;
        try {
            v = System.getProperty(nm);
        } catch (IllegalArgumentException | NullPointerException e) {
            // fall through to the default
        }
        if (v != null) {
            try {
                return Integer.decode(v);
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
        return value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    public static int hashCode(int value) {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Integer && value == ((Integer) obj).intValue();
    }

    @Override
    public int compareTo(Integer anotherInteger) {
        return compare(this.value, anotherInteger.value);
    }

    public static int compare(int x, int y) {
        return (x < y) ? -1 : ((x == y) ? 0 : 1);
    }

    public static int compareUnsigned(int x, int y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long toUnsignedLong(int x) {
        return ((long) x) & 0xffffffffL;
    }

    public static int divideUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
    }

    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
    }

    // ---- bit twiddling ----

    public static int highestOneBit(int i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static int lowestOneBit(int i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(int i) {
        if (i <= 0) {
            return i == 0 ? 32 : 0;
        }
        int n = 31;
        if (i >= 1 << 16) {
            n -= 16;
            i >>>= 16;
        }
        if (i >= 1 << 8) {
            n -= 8;
            i >>>= 8;
        }
        if (i >= 1 << 4) {
            n -= 4;
            i >>>= 4;
        }
        if (i >= 1 << 2) {
            n -= 2;
            i >>>= 2;
        }
        return n - (i >>> 1);
    }

    public static int numberOfTrailingZeros(int i) {
        if (i == 0) {
            return 32;
        }
        int n = 0;
        while ((i & 1) == 0) {
            i >>>= 1;
            n++;
        }
        return n;
    }

    public static int bitCount(int i) {
        i = i - ((i >>> 1) & 0x55555555);
        i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
        i = (i + (i >>> 4)) & 0x0f0f0f0f;
        i = i + (i >>> 8);
        i = i + (i >>> 16);
        return i & 0x3f;
    }

    public static int rotateLeft(int i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static int rotateRight(int i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    /**
     * The bits of i at the set bits of mask, packed together at the low end (Java 19). One
     * step per set bit of the mask: the JDK's bit-parallel form gives the same result.
     */
    public static int compress(int i, int mask) {
        int result = 0;
        int bit = 0;
        for (int m = mask; m != 0; m &= m - 1, bit++) {
            if ((i & (m & -m)) != 0) {
                result |= 1 << bit;
            }
        }
        return result;
    }

    /** The inverse of compress: the low bits of i spread over the set bits of mask (Java 19). */
    public static int expand(int i, int mask) {
        int result = 0;
        int bit = 0;
        for (int m = mask; m != 0; m &= m - 1, bit++) {
            if (((i >>> bit) & 1) != 0) {
                result |= m & -m;
            }
        }
        return result;
    }

    public static int reverse(int i) {
        i = (i & 0x55555555) << 1 | (i >>> 1) & 0x55555555;
        i = (i & 0x33333333) << 2 | (i >>> 2) & 0x33333333;
        i = (i & 0x0f0f0f0f) << 4 | (i >>> 4) & 0x0f0f0f0f;
        return reverseBytes(i);
    }

    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    public static int reverseBytes(int i) {
        return (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24);
    }

    public static int sum(int a, int b) {
        return a + b;
    }

    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    public static int min(int a, int b) {
        return Math.min(a, b);
    }

    /** This value is its own nominal descriptor (the JDK's {@code Constable}). */
    public java.util.Optional<Integer> describeConstable() {
        return java.util.Optional.of(this);
    }

    public Integer resolveConstantDesc(java.lang.invoke.MethodHandles.Lookup lookup) {
        return this;
    }
}
