package java.math;

/**
 * Immutable arbitrary-precision integers with the JDK's two's-complement semantics.
 * Magnitude is stored little-endian (mag[0] least significant) without leading zero words.
 */
public class BigInteger extends Number implements Comparable<BigInteger> {
    private static final long serialVersionUID = -8287574255936472291L;
    private static final long M = 0xFFFFFFFFL;
    private static final int KARATSUBA_THRESHOLD = 80;   // words

    private final int signum;
    private final int[] mag;

    public static final BigInteger ZERO = new BigInteger(0, new int[0]);
    public static final BigInteger ONE = valueOf(1);
    public static final BigInteger TWO = valueOf(2);
    public static final BigInteger TEN = valueOf(10);
    private static final BigInteger NEGATIVE_ONE = valueOf(-1);

    /** Trusted: mag already trimmed; signum 0 iff mag empty. */
    private BigInteger(int signum, int[] mag) {
        this.signum = mag.length == 0 ? 0 : signum;
        this.mag = mag;
    }

    private static BigInteger of(int signum, int[] mag) {
        mag = trim(mag);
        return mag.length == 0 ? ZERO : new BigInteger(signum, mag);
    }

    private static int[] trim(int[] a) {
        int n = a.length;
        while (n > 0 && a[n - 1] == 0) n--;
        if (n == a.length) return a;
        int[] r = new int[n];
        System.arraycopy(a, 0, r, 0, n);
        return r;
    }

    public static BigInteger valueOf(long val) {
        if (val == 0) return ZERO;
        int sig = val < 0 ? -1 : 1;
        long m = val < 0 ? -val : val;   // Long.MIN_VALUE stays as unsigned 2^63
        int[] mag = (m >>> 32) == 0 ? new int[] {(int) m} : new int[] {(int) m, (int) (m >>> 32)};
        return new BigInteger(sig, mag);
    }

    public BigInteger(String val) {
        this(val, 10);
    }

    public BigInteger(String val, int radix) {
        int len = val.length();
        if (radix < 2 || radix > 36) throw new NumberFormatException("Radix out of range");
        if (len == 0) throw new NumberFormatException("Zero length BigInteger");
        int sign = 1;
        int cursor = 0;
        int index1 = val.lastIndexOf('-');
        int index2 = val.lastIndexOf('+');
        if (index1 >= 0) {
            if (index1 != 0 || index2 >= 0) throw new NumberFormatException("Illegal embedded sign character");
            sign = -1;
            cursor = 1;
        } else if (index2 >= 0) {
            if (index2 != 0) throw new NumberFormatException("Illegal embedded sign character");
            cursor = 1;
        }
        if (cursor == len) throw new NumberFormatException("Zero length BigInteger");
        while (cursor < len && digit(val.charAt(cursor), radix) == 0) cursor++;
        if (cursor == len) {
            signum = 0;
            mag = ZERO_MAG;
            return;
        }
        // digits are consumed in groups, as the JDK does, so errors name the same group
        int numDigits = len - cursor;
        int per = DIGITS_PER_INT[radix];
        int firstGroupLen = numDigits % per;
        if (firstGroupLen == 0) firstGroupLen = per;
        int groupMul = 1;
        for (int i = 0; i < per; i++) groupMul *= radix;
        int[] m = new int[numDigits / per + 2];
        int n = 0;
        int end = cursor + firstGroupLen;
        while (cursor < len) {
            int g = parseGroup(val, cursor, end, radix);
            int mul = 1;
            for (int i = cursor; i < end; i++) mul *= radix;
            long carry = g & M;
            for (int i = 0; i < n; i++) {
                long p = (m[i] & M) * (mul & M) + carry;
                m[i] = (int) p;
                carry = p >>> 32;
            }
            if (carry != 0) m[n++] = (int) carry;
            cursor = end;
            end = cursor + per;
        }
        int[] t = new int[n];
        System.arraycopy(m, 0, t, 0, n);
        this.mag = trim(t);
        this.signum = mag.length == 0 ? 0 : sign;
    }

    private static final int[] ZERO_MAG = new int[0];

    // largest k with radix^k < 2^31
    private static final int[] DIGITS_PER_INT = {0, 0, 30, 19, 15, 13, 11,
        11, 10, 9, 9, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6,
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5};

    // any Unicode digit, as the JDK (which parses with Character.digit and Integer.parseInt)
    private static int digit(char c, int radix) {
        return Character.digit(c, radix);
    }

    private static int parseGroup(String s, int from, int to, int radix) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = digit(s.charAt(i), radix);
            if (d < 0) {
                throw new NumberFormatException("For input string: \"" + s.substring(from, to) + "\""
                        + (radix == 10 ? "" : " under radix " + radix));
            }
            v = v * radix + d;
        }
        return v;
    }

    /** From big-endian two's-complement bytes. */
    public BigInteger(byte[] val) {
        if (val.length == 0) throw new NumberFormatException("Zero length BigInteger");
        boolean neg = val[0] < 0;
        int[] w = new int[(val.length + 3) / 4 + 1];
        for (int i = 0; i < val.length; i++) {
            int b = val[val.length - 1 - i] & 0xFF;
            w[i >>> 2] |= b << (8 * (i & 3));
        }
        if (neg) {
            for (int i = val.length; i < w.length * 4; i++) w[i >>> 2] |= 0xFF << (8 * (i & 3));
            BigInteger r = fromTwos(w);
            this.signum = r.signum;
            this.mag = r.mag;
        } else {
            this.mag = trim(w);
            this.signum = mag.length == 0 ? 0 : 1;
        }
    }

    public BigInteger(int signum, byte[] magnitude) {
        if (signum < -1 || signum > 1) throw new NumberFormatException("Invalid signum value");
        int[] w = new int[(magnitude.length + 3) / 4];
        for (int i = 0; i < magnitude.length; i++) {
            int b = magnitude[magnitude.length - 1 - i] & 0xFF;
            w[i >>> 2] |= b << (8 * (i & 3));
        }
        this.mag = trim(w);
        if (signum == 0 && mag.length != 0) throw new NumberFormatException("signum-magnitude mismatch");
        this.signum = mag.length == 0 ? 0 : signum;
    }

    public BigInteger(byte[] val, int off, int len) {
        this(range(val, off, len, true));
    }

    public BigInteger(int signum, byte[] magnitude, int off, int len) {
        this(checkSignum(signum), range(magnitude, off, len, false));
    }

    /** A uniformly distributed value in [0, 2^numBits), from rnd.nextBytes as the JDK draws it. */
    public BigInteger(int numBits, java.util.Random rnd) {
        this(1, randomBits(numBits, rnd));
    }

    /**
     * A random probable prime of exactly bitLength bits. Candidates are drawn from rnd the way
     * the JDK draws them (small sizes: whole random words; from 95 bits: a random start and a
     * sieved search window), and tested with Miller-Rabin rounds on bases drawn from rnd as the
     * JDK draws them, so a seeded Random gives the JDK's primes.
     */
    public BigInteger(int bitLength, int certainty, java.util.Random rnd) {
        this(1, randomPrime(bitLength, certainty, rnd).toByteArray());
    }

    public static BigInteger probablePrime(int bitLength, java.util.Random rnd) {
        return randomPrime(bitLength, 100, rnd);
    }

    private static BigInteger randomPrime(int bitLength, int certainty, java.util.Random rnd) {
        if (bitLength < 2) throw new ArithmeticException("bitLength < 2");
        return bitLength < 95 ? smallPrime(bitLength, certainty, rnd) : largePrime(bitLength, certainty, rnd);
    }

    private static final long SMALL_PRIME_PRODUCT = 3L * 5 * 7 * 11 * 13 * 17 * 19 * 23 * 29 * 31 * 37 * 41;

    private static BigInteger smallPrime(int bitLength, int certainty, java.util.Random rnd) {
        int magLen = (bitLength + 31) >>> 5;
        int[] temp = new int[magLen];
        int highBit = 1 << ((bitLength + 31) & 0x1f);
        int highMask = (highBit << 1) - 1;
        BigInteger product = valueOf(SMALL_PRIME_PRODUCT);
        while (true) {
            for (int i = 0; i < magLen; i++) temp[i] = rnd.nextInt();
            temp[0] = (temp[0] & highMask) | highBit;
            if (bitLength > 2) temp[magLen - 1] |= 1;
            byte[] bytes = new byte[magLen * 4];
            for (int i = 0; i < magLen; i++) {
                bytes[4 * i] = (byte) (temp[i] >>> 24);
                bytes[4 * i + 1] = (byte) (temp[i] >>> 16);
                bytes[4 * i + 2] = (byte) (temp[i] >>> 8);
                bytes[4 * i + 3] = (byte) temp[i];
            }
            BigInteger p = new BigInteger(1, bytes);
            if (bitLength > 6) {
                long r = p.remainder(product).longValue();
                if ((r % 3 == 0) || (r % 5 == 0) || (r % 7 == 0) || (r % 11 == 0) || (r % 13 == 0) || (r % 17 == 0)
                        || (r % 19 == 0) || (r % 23 == 0) || (r % 29 == 0) || (r % 31 == 0) || (r % 37 == 0)
                        || (r % 41 == 0)) {
                    continue;
                }
            }
            if (bitLength < 4) return p;
            if (p.primeToCertainty(certainty, rnd)) return p;
        }
    }

    /** Odd primes below 19200, the JDK's small sieve for searching prime candidates. */
    private static int[] sievePrimes;

    private static synchronized int[] sievePrimes() {
        if (sievePrimes == null) {
            int limit = 2 * 9600;
            boolean[] composite = new boolean[limit];
            int n = 0;
            int[] primes = new int[limit / 2];
            for (int i = 3; i < limit; i += 2) {
                if (composite[i]) continue;
                primes[n++] = i;
                for (long j = (long) i * i; j < limit; j += 2L * i) composite[(int) j] = true;
            }
            sievePrimes = java.util.Arrays.copyOf(primes, n);
        }
        return sievePrimes;
    }

    private static BigInteger largePrime(int bitLength, int certainty, java.util.Random rnd) {
        BigInteger p = new BigInteger(bitLength, rnd).setBit(bitLength - 1).clearBit(0);
        int searchLen = bitLength / 20 * 64;
        BigInteger candidate = searchWindow(p, searchLen, certainty, rnd);
        while (candidate == null || candidate.bitLength() != bitLength) {
            p = p.add(valueOf(2L * searchLen));
            if (p.bitLength() != bitLength) p = new BigInteger(bitLength, rnd).setBit(bitLength - 1);
            p = p.clearBit(0);
            candidate = searchWindow(p, searchLen, certainty, rnd);
        }
        return candidate;
    }

    /** The first of base+1, base+3, ... (searchLen odd numbers) without small factors that passes. */
    private static BigInteger searchWindow(BigInteger base, int searchLen, int certainty, java.util.Random rnd) {
        boolean[] out = new boolean[searchLen];
        for (int prime : sievePrimes()) {
            int start = prime - base.remainder(valueOf(prime)).intValue();
            if (start % 2 == 0) start += prime;
            for (int i = (start - 1) / 2; i < searchLen; i += prime) out[i] = true;
        }
        for (int i = 0; i < searchLen; i++) {
            if (out[i]) continue;
            BigInteger candidate = base.add(valueOf(2L * i + 1));
            if (candidate.primeToCertainty(certainty, rnd)) return candidate;
        }
        return null;
    }

    /** The JDK's rounds of Miller-Rabin for a certainty, with random bases from rnd. */
    private boolean primeToCertainty(int certainty, java.util.Random rnd) {
        int n = (Math.min(certainty, Integer.MAX_VALUE - 1) + 1) / 2;
        int size = bitLength();
        int rounds;
        if (size < 100) rounds = 50;
        else if (size < 256) rounds = 27;
        else if (size < 512) rounds = 15;
        else if (size < 768) rounds = 8;
        else if (size < 1024) rounds = 4;
        else rounds = 2;
        rounds = Math.min(n, rounds);
        if (!passesMillerRabin(rounds, rnd)) return false;
        return size < 100 || isProbablePrime(100);
    }

    private boolean passesMillerRabin(int iterations, java.util.Random rnd) {
        BigInteger thisMinusOne = subtract(ONE);
        BigInteger m = thisMinusOne;
        int a = m.getLowestSetBit();
        m = m.shiftRight(a);
        for (int i = 0; i < iterations; i++) {
            BigInteger b;
            do {
                b = new BigInteger(bitLength(), rnd);
            } while (b.compareTo(ONE) <= 0 || b.compareTo(this) >= 0);
            int j = 0;
            BigInteger z = b.modPow(m, this);
            while (!((j == 0 && z.equals(ONE)) || z.equals(thisMinusOne))) {
                if (j > 0 && z.equals(ONE) || ++j == a) return false;
                z = z.modPow(TWO, this);
            }
        }
        return true;
    }

    private static int checkSignum(int signum) {
        if (signum < -1 || signum > 1) throw new NumberFormatException("Invalid signum value");
        return signum;
    }

    /** The bytes val[off, off + len) after the JDK's checks; an empty range is zero. */
    private static byte[] range(byte[] val, int off, int len, boolean twos) {
        if (twos && val.length == 0) throw new NumberFormatException("Zero length BigInteger");
        java.util.Objects.checkFromIndexSize(off, len, val.length);
        if (len == 0) return twos ? new byte[1] : new byte[0];
        return java.util.Arrays.copyOfRange(val, off, off + len);
    }

    private static byte[] randomBits(int numBits, java.util.Random rnd) {
        if (numBits < 0) throw new IllegalArgumentException("numBits must be non-negative");
        int numBytes = (int) (((long) numBits + 7) / 8);
        byte[] bits = new byte[numBytes];
        if (numBytes > 0) {
            rnd.nextBytes(bits);
            int excessBits = 8 * numBytes - numBits;
            bits[0] &= (byte) ((1 << (8 - excessBits)) - 1);
        }
        return bits;
    }

    // ------------------------------------------------------------------ magnitude helpers

    private static int cmpMag(int[] a, int[] b) {
        if (a.length != b.length) return a.length < b.length ? -1 : 1;
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) return (a[i] & M) < (b[i] & M) ? -1 : 1;
        }
        return 0;
    }

    private static int[] addMag(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int[] r = new int[a.length + 1];
        long carry = 0;
        for (int i = 0; i < a.length; i++) {
            long s = (a[i] & M) + (i < b.length ? (b[i] & M) : 0) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        r[a.length] = (int) carry;
        return trim(r);
    }

    /** a - b, requires |a| >= |b|. */
    private static int[] subMag(int[] a, int[] b) {
        int[] r = new int[a.length];
        long borrow = 0;
        for (int i = 0; i < a.length; i++) {
            long d = (a[i] & M) - (i < b.length ? (b[i] & M) : 0) - borrow;
            r[i] = (int) d;
            borrow = (d >>> 63);
        }
        return trim(r);
    }

    private static int[] mulMag(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) return ZERO_MAG;
        if (a.length >= KARATSUBA_THRESHOLD && b.length >= KARATSUBA_THRESHOLD) return karatsuba(a, b);
        int[] r = new int[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            long carry = 0;
            long ai = a[i] & M;
            for (int j = 0; j < b.length; j++) {
                long p = ai * (b[j] & M) + (r[i + j] & M) + carry;
                r[i + j] = (int) p;
                carry = p >>> 32;
            }
            r[i + b.length] = (int) carry;
        }
        return trim(r);
    }

    private static int[] lowWords(int[] a, int n) {
        if (a.length <= n) return a;
        int[] r = new int[n];
        System.arraycopy(a, 0, r, 0, n);
        return trim(r);
    }

    private static int[] highWords(int[] a, int n) {
        if (a.length <= n) return ZERO_MAG;
        int[] r = new int[a.length - n];
        System.arraycopy(a, n, r, 0, r.length);
        return r;
    }

    private static int[] shiftWords(int[] a, int n) {
        if (a.length == 0) return a;
        int[] r = new int[a.length + n];
        System.arraycopy(a, 0, r, n, a.length);
        return r;
    }

    private static int[] karatsuba(int[] a, int[] b) {
        int half = (Math.max(a.length, b.length) + 1) / 2;
        int[] al = lowWords(a, half), ah = highWords(a, half);
        int[] bl = lowWords(b, half), bh = highWords(b, half);
        int[] p1 = mulMag(ah, bh);
        int[] p2 = mulMag(al, bl);
        int[] p3 = mulMag(addMag(ah, al), addMag(bh, bl));
        int[] mid = subMag(subMag(p3, p1), p2);
        return addMag(addMag(shiftWords(p1, 2 * half), shiftWords(mid, half)), p2);
    }

    /** Unsigned 64-bit by 32-bit division helpers (d < 2^32). */
    private static long udiv(long n, long d) {
        if (n >= 0) return n / d;
        long q = ((n >>> 1) / d) << 1;
        long r = n - q * d;
        while (ucmp(r, d) >= 0) {
            q++;
            r -= d;
        }
        return q;
    }

    private static long urem(long n, long d) {
        return n - udiv(n, d) * d;
    }

    private static int ucmp(long a, long b) {
        a += Long.MIN_VALUE;
        b += Long.MIN_VALUE;
        return a < b ? -1 : (a == b ? 0 : 1);
    }

    /** Knuth algorithm D: returns {quotient, remainder} magnitudes. */
    private static int[][] divMag(int[] a, int[] b) {
        if (cmpMag(a, b) < 0) return new int[][] {ZERO_MAG, a};
        if (b.length == 1) {
            long d = b[0] & M;
            int[] q = new int[a.length];
            long rem = 0;
            for (int i = a.length - 1; i >= 0; i--) {
                long cur = (rem << 32) | (a[i] & M);
                q[i] = (int) udiv(cur, d);
                rem = urem(cur, d);
            }
            return new int[][] {trim(q), rem == 0 ? ZERO_MAG : new int[] {(int) rem}};
        }
        int s = Integer.numberOfLeadingZeros(b[b.length - 1]);
        int[] v = shlMag(b, s);
        int[] u = new int[a.length + 1];
        int[] us = shlMag(a, s);
        System.arraycopy(us, 0, u, 0, us.length);
        int n = v.length, m = a.length - n;
        int[] q = new int[m + 1];
        long vTop = v[n - 1] & M, vNext = v[n - 2] & M;
        for (int j = m; j >= 0; j--) {
            long num = ((u[j + n] & M) << 32) | (u[j + n - 1] & M);
            long qhat = udiv(num, vTop);
            long rhat = urem(num, vTop);
            while (qhat > M || ucmp(qhat * vNext, (rhat << 32) | (u[j + n - 2] & M)) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat > M) break;
            }
            // multiply and subtract
            long borrow = 0, carry = 0;
            for (int i = 0; i < n; i++) {
                long p = qhat * (v[i] & M) + carry;
                carry = p >>> 32;
                long t = (u[i + j] & M) - (p & M) - borrow;
                u[i + j] = (int) t;
                borrow = (t >>> 63);
            }
            long t = (u[j + n] & M) - carry - borrow;
            u[j + n] = (int) t;
            if (t < 0) {
                // add back
                qhat--;
                long c = 0;
                for (int i = 0; i < n; i++) {
                    long sum = (u[i + j] & M) + (v[i] & M) + c;
                    u[i + j] = (int) sum;
                    c = sum >>> 32;
                }
                u[j + n] = (int) ((u[j + n] & M) + c);
            }
            q[j] = (int) qhat;
        }
        int[] r = new int[n];
        System.arraycopy(u, 0, r, 0, n);
        return new int[][] {trim(q), shrMag(trim(r), s)};
    }

    private static int[] shlMag(int[] a, int n) {
        if (a.length == 0 || n == 0) return a.length == 0 ? a : a.clone();
        int words = n >>> 5, bits = n & 31;
        int[] r = new int[a.length + words + 1];
        for (int i = 0; i < a.length; i++) {
            r[i + words] |= a[i] << bits;
            if (bits != 0) r[i + words + 1] = a[i] >>> (32 - bits);
        }
        return trim(r);
    }

    private static int[] shrMag(int[] a, int n) {
        int words = n >>> 5, bits = n & 31;
        if (words >= a.length) return ZERO_MAG;
        int[] r = new int[a.length - words];
        for (int i = 0; i < r.length; i++) {
            r[i] = a[i + words] >>> bits;
            if (bits != 0 && i + words + 1 < a.length) r[i] |= a[i + words + 1] << (32 - bits);
        }
        return trim(r);
    }

    /** True if any of the low n bits of a is set. */
    private static boolean lowBitsSet(int[] a, int n) {
        int words = n >>> 5, bits = n & 31;
        for (int i = 0; i < words && i < a.length; i++) if (a[i] != 0) return true;
        return bits != 0 && words < a.length && (a[words] << (32 - bits)) != 0;
    }

    // ------------------------------------------------------------------ arithmetic

    public BigInteger add(BigInteger val) {
        if (val.signum == 0) return this;
        if (signum == 0) return val;
        if (val.signum == signum) return new BigInteger(signum, addMag(mag, val.mag));
        int c = cmpMag(mag, val.mag);
        if (c == 0) return ZERO;
        return c > 0 ? of(signum, subMag(mag, val.mag)) : of(val.signum, subMag(val.mag, mag));
    }

    public BigInteger subtract(BigInteger val) {
        return add(val.negate());
    }

    /** The product (Java 19); the JDK may use several threads for huge operands, this is multiply. */
    public BigInteger parallelMultiply(BigInteger val) {
        return multiply(val);
    }

    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0) return ZERO;
        return of(signum * val.signum, mulMag(mag, val.mag));
    }

    public BigInteger divide(BigInteger val) {
        return divideAndRemainder(val)[0];
    }

    public BigInteger remainder(BigInteger val) {
        return divideAndRemainder(val)[1];
    }

    public BigInteger[] divideAndRemainder(BigInteger val) {
        if (val.signum == 0) throw new ArithmeticException("BigInteger divide by zero");
        int[][] qr = divMag(mag, val.mag);
        return new BigInteger[] {of(signum * val.signum, qr[0]), of(signum, qr[1])};
    }

    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        BigInteger r = remainder(m);
        return r.signum >= 0 ? r : r.add(m);
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) throw new ArithmeticException("Negative exponent");
        BigInteger result = ONE, base = this;
        while (exponent != 0) {
            if ((exponent & 1) != 0) result = result.multiply(base);
            exponent >>>= 1;
            if (exponent != 0) base = base.multiply(base);
        }
        return result;
    }

    public BigInteger gcd(BigInteger val) {
        BigInteger a = abs(), b = val.abs();
        while (b.signum != 0) {
            BigInteger t = a.remainder(b);
            a = b;
            b = t;
        }
        return a;
    }

    public BigInteger abs() {
        return signum >= 0 ? this : negate();
    }

    public BigInteger negate() {
        return signum == 0 ? this : new BigInteger(-signum, mag);
    }

    public int signum() {
        return signum;
    }

    public BigInteger min(BigInteger val) {
        return compareTo(val) < 0 ? this : val;
    }

    public BigInteger max(BigInteger val) {
        return compareTo(val) > 0 ? this : val;
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        if (exponent.signum == 0) return m.equals(ONE) ? ZERO : ONE;
        BigInteger base = this;
        if (exponent.signum < 0) {
            base = modInverse(m);
            exponent = exponent.negate();
        }
        base = base.mod(m);
        BigInteger result = ONE.mod(m);
        int bits = exponent.bitLength();
        for (int i = bits - 1; i >= 0; i--) {
            result = result.multiply(result).mod(m);
            if (exponent.testBit(i)) result = result.multiply(base).mod(m);
        }
        return result;
    }

    public BigInteger modInverse(BigInteger m) {
        if (m.signum != 1) throw new ArithmeticException("BigInteger: modulus not positive");
        if (m.equals(ONE)) return ZERO;
        BigInteger a = mod(m), b = m;
        BigInteger x0 = ONE, x1 = ZERO;
        while (b.signum != 0) {
            BigInteger[] qr = a.divideAndRemainder(b);
            BigInteger t = x0.subtract(qr[0].multiply(x1));
            x0 = x1;
            x1 = t;
            a = b;
            b = qr[1];
        }
        if (!a.equals(ONE)) throw new ArithmeticException("BigInteger not invertible.");
        return x0.mod(m);
    }

    public BigInteger sqrt() {
        if (signum < 0) throw new ArithmeticException("Negative BigInteger");
        if (signum == 0) return ZERO;
        // Newton iteration from an over-estimate converges down to floor(sqrt)
        BigInteger x = ONE.shiftLeft((bitLength() + 1) / 2);
        while (true) {
            BigInteger y = x.add(divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) return x;
            x = y;
        }
    }

    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] {s, subtract(s.multiply(s))};
    }

    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) return true;
        BigInteger w = abs();
        if (w.equals(TWO)) return true;
        if (!w.testBit(0) || w.equals(ONE)) return false;
        int[] bases = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71};
        for (int p : bases) {
            BigInteger bp = valueOf(p);
            if (w.equals(bp)) return true;
            if (w.remainder(bp).signum == 0) return false;
        }
        BigInteger wm1 = w.subtract(ONE);
        int a = wm1.getLowestSetBit();
        BigInteger d = wm1.shiftRight(a);
        for (int p : bases) {
            BigInteger z = valueOf(p).modPow(d, w);
            if (z.equals(ONE) || z.equals(wm1)) continue;
            boolean ok = false;
            for (int j = 1; j < a; j++) {
                z = z.multiply(z).mod(w);
                if (z.equals(wm1)) {
                    ok = true;
                    break;
                }
            }
            if (!ok) return false;
        }
        return true;
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0) throw new ArithmeticException("start < 0: " + this);
        BigInteger c = add(ONE);
        if (c.compareTo(TWO) <= 0) return TWO;
        if (!c.testBit(0)) c = c.add(ONE);
        while (!c.isProbablePrime(100)) c = c.add(TWO);
        return c;
    }

    // ------------------------------------------------------------------ bits

    /** Word i (little-endian) of the infinite two's-complement representation. */
    private int getInt(int i) {
        if (i >= mag.length) return signum < 0 ? -1 : 0;
        int w = mag[i];
        if (signum >= 0) return w;
        return i <= firstNonzeroInt() ? -w : ~w;
    }

    private int firstNonzeroInt() {
        int i = 0;
        while (mag[i] == 0) i++;
        return i;
    }

    /** From little-endian two's-complement words. */
    private static BigInteger fromTwos(int[] w) {
        if (w.length == 0 || w[w.length - 1] >= 0) return of(1, w.clone());
        int[] m = new int[w.length];
        long carry = 1;
        for (int i = 0; i < w.length; i++) {
            long s = (~w[i] & M) + carry;
            m[i] = (int) s;
            carry = s >>> 32;
        }
        return of(-1, m);
    }

    private static final int AND = 0, OR = 1, XOR = 2, AND_NOT = 3;

    private BigInteger bitOp(BigInteger val, int op) {
        int n = Math.max(mag.length, val.mag.length) + 1;
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            int a = getInt(i), b = val.getInt(i);
            r[i] = op == AND ? a & b : op == OR ? a | b : op == XOR ? a ^ b : a & ~b;
        }
        return fromTwos(r);
    }

    public BigInteger and(BigInteger val) {
        return bitOp(val, AND);
    }

    public BigInteger or(BigInteger val) {
        return bitOp(val, OR);
    }

    public BigInteger xor(BigInteger val) {
        return bitOp(val, XOR);
    }

    public BigInteger andNot(BigInteger val) {
        return bitOp(val, AND_NOT);
    }

    public BigInteger not() {
        return negate().subtract(ONE);
    }

    public BigInteger shiftLeft(int n) {
        if (signum == 0) return ZERO;
        if (n > 0) return new BigInteger(signum, shlMag(mag, n));
        if (n == 0) return this;
        return shiftRightImpl(-n);
    }

    public BigInteger shiftRight(int n) {
        if (signum == 0) return ZERO;
        if (n > 0) return shiftRightImpl(n);
        if (n == 0) return this;
        return new BigInteger(signum, shlMag(mag, -n));
    }

    private BigInteger shiftRightImpl(int n) {
        int[] r = shrMag(mag, n);
        if (signum < 0 && lowBitsSet(mag, n)) r = addMag(r, new int[] {1});   // floor for negatives
        return of(signum, r);
    }

    public boolean testBit(int n) {
        if (n < 0) throw new ArithmeticException("Negative bit address");
        return (getInt(n >>> 5) & (1 << (n & 31))) != 0;
    }

    public BigInteger setBit(int n) {
        if (n < 0) throw new ArithmeticException("Negative bit address");
        return or(ONE.shiftLeft(n));
    }

    public BigInteger clearBit(int n) {
        if (n < 0) throw new ArithmeticException("Negative bit address");
        return andNot(ONE.shiftLeft(n));
    }

    public BigInteger flipBit(int n) {
        if (n < 0) throw new ArithmeticException("Negative bit address");
        return xor(ONE.shiftLeft(n));
    }

    public int getLowestSetBit() {
        if (signum == 0) return -1;
        int i = firstNonzeroInt();
        return i * 32 + Integer.numberOfTrailingZeros(mag[i]);
    }

    public int bitLength() {
        if (signum == 0) return 0;
        int top = mag.length - 1;
        int len = 32 * top + 32 - Integer.numberOfLeadingZeros(mag[top]);
        if (signum < 0) {
            // a negative power of two needs one bit less
            boolean pow2 = Integer.bitCount(mag[top]) == 1;
            for (int i = 0; i < top && pow2; i++) if (mag[i] != 0) pow2 = false;
            if (pow2) len--;
        }
        return len;
    }

    public int bitCount() {
        int bc = 0;
        for (int w : mag) bc += Integer.bitCount(w);
        if (signum < 0) bc += getLowestSetBit() - 1;   // count bits that differ from the sign
        return bc;
    }

    // ------------------------------------------------------------------ comparison, hashing

    public int compareTo(BigInteger val) {
        if (signum != val.signum) return signum > val.signum ? 1 : -1;
        int c = cmpMag(mag, val.mag);
        return signum >= 0 ? c : -c;
    }

    @Override
    public boolean equals(Object x) {
        if (x == this) return true;
        if (!(x instanceof BigInteger)) return false;
        BigInteger b = (BigInteger) x;
        return signum == b.signum && cmpMag(mag, b.mag) == 0;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = mag.length - 1; i >= 0; i--) h = (int) (31 * h + (mag[i] & M));
        return h * signum;
    }

    // ------------------------------------------------------------------ conversions

    @Override
    public String toString() {
        return toString(10);
    }

    public String toString(int radix) {
        if (signum == 0) return "0";
        if (radix < 2 || radix > 36) radix = 10;
        int per = DIGITS_PER_INT[radix];
        int chunk = 1;
        for (int i = 0; i < per; i++) chunk *= radix;
        // repeated division by radix^per, collecting chunks least significant first
        int[] cur = mag.clone();
        int len = cur.length;
        int[] chunks = new int[len * 32 / per + 2];
        int nc = 0;
        long d = chunk & M;
        while (len > 0) {
            long rem = 0;
            for (int i = len - 1; i >= 0; i--) {
                long v = (rem << 32) | (cur[i] & M);
                cur[i] = (int) (v / d);
                rem = v % d;
            }
            chunks[nc++] = (int) rem;
            while (len > 0 && cur[len - 1] == 0) len--;
        }
        StringBuilder sb = new StringBuilder();
        if (signum < 0) sb.append('-');
        char[] buf = new char[per];
        for (int k = nc - 1; k >= 0; k--) {
            int v = chunks[k];
            for (int i = per - 1; i >= 0; i--) {
                int dgt = v % radix;
                buf[i] = (char) (dgt < 10 ? '0' + dgt : 'a' + dgt - 10);
                v /= radix;
            }
            int start = 0;
            if (k == nc - 1) while (start < per - 1 && buf[start] == '0') start++;
            sb.append(buf, start, per - start);
        }
        return sb.toString();
    }

    public byte[] toByteArray() {
        int byteLen = bitLength() / 8 + 1;
        byte[] r = new byte[byteLen];
        for (int i = 0; i < byteLen; i++) r[byteLen - 1 - i] = (byte) (getInt(i >>> 2) >>> (8 * (i & 3)));
        return r;
    }

    @Override
    public int intValue() {
        return getInt(0);
    }

    @Override
    public long longValue() {
        return ((long) getInt(1) << 32) | (getInt(0) & M);
    }

    /** The value as a long if its magnitude is below 2^63, else {@code Long.MIN_VALUE}
     * (BigDecimal's fast paths). */
    long compactValue() {
        int n = mag.length;
        if (n > 2) return Long.MIN_VALUE;
        long m = n == 0 ? 0 : n == 1 ? mag[0] & M : ((long) mag[1] << 32) | (mag[0] & M);
        if (m < 0) return Long.MIN_VALUE;
        return signum < 0 ? -m : m;
    }

    public long longValueExact() {
        if (mag.length <= 2 && bitLength() <= 63) return longValue();
        throw new ArithmeticException("BigInteger out of long range");
    }

    public int intValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) return intValue();
        throw new ArithmeticException("BigInteger out of int range");
    }

    public short shortValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int v = intValue();
            if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) return (short) v;
        }
        throw new ArithmeticException("BigInteger out of short range");
    }

    public byte byteValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int v = intValue();
            if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) return (byte) v;
        }
        throw new ArithmeticException("BigInteger out of byte range");
    }

    /** Top 64 bits of the magnitude starting at bit 'from' (inclusive, counted from bit 0). */
    private long bitsFrom(int from) {
        long r = 0;
        for (int k = 0; k < 64; k += 32) {
            int b = from + k;
            int w = b >>> 5, s = b & 31;
            long lo = w < mag.length ? (mag[w] & M) : 0;
            long hi = w + 1 < mag.length ? (mag[w + 1] & M) : 0;
            long v = s == 0 ? lo : ((lo >>> s) | (hi << (32 - s))) & M;
            r |= v << k;
        }
        return r;
    }

    /** Correctly rounded (half-even) conversion with the given significand width. */
    private long roundedBits(int precision, int maxExp) {
        int bl = 32 * (mag.length - 1) + 32 - Integer.numberOfLeadingZeros(mag[mag.length - 1]);
        if (bl - 1 > maxExp) return -1;   // overflow
        if (bl <= precision) return bitsFrom(0) << (precision - bl);
        int shift = bl - precision;
        long m = bitsFrom(shift) & ((1L << precision) - 1);
        boolean half = ((mag[(shift - 1) >>> 5] >>> ((shift - 1) & 31)) & 1) != 0;
        boolean sticky = lowBitsSet(mag, shift - 1);
        if (half && (sticky || (m & 1) != 0)) m++;
        return m;
    }

    @Override
    public double doubleValue() {
        if (signum == 0) return 0.0;
        int bl = 32 * (mag.length - 1) + 32 - Integer.numberOfLeadingZeros(mag[mag.length - 1]);
        long m = roundedBits(53, 1023);
        if (m < 0) return signum > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        int exp = bl - 1;
        if (m == (1L << 53)) {
            m >>>= 1;
            exp++;
        }
        if (exp > 1023) return signum > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        long bits = ((long) (exp + 1023) << 52) | (m & ((1L << 52) - 1));
        if (signum < 0) bits |= Long.MIN_VALUE;
        return Double.longBitsToDouble(bits);
    }

    @Override
    public float floatValue() {
        if (signum == 0) return 0.0f;
        int bl = 32 * (mag.length - 1) + 32 - Integer.numberOfLeadingZeros(mag[mag.length - 1]);
        long m = roundedBits(24, 127);
        if (m < 0) return signum > 0 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
        int exp = bl - 1;
        if (m == (1L << 24)) {
            m >>>= 1;
            exp++;
        }
        if (exp > 127) return signum > 0 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
        int bits = ((exp + 127) << 23) | (int) (m & ((1 << 23) - 1));
        if (signum < 0) bits |= Integer.MIN_VALUE;
        return Float.intBitsToFloat(bits);
    }
}
