package java.util;

/** The JDK's 48-bit linear congruential generator; every sequence matches OpenJDK's. */
public class Random implements java.util.random.RandomGenerator, java.io.Serializable {
    static final long serialVersionUID = 3905348978240129619L;
    private long seed;
    private static final long multiplier = 0x5DEECE66DL;
    private static final long addend = 0xBL;
    private static final long mask = (1L << 48) - 1;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static long seedUniquifier = 8682522807148012L;

    private double nextNextGaussian;
    private boolean haveNextNextGaussian = false;

    /**
     * generator itself if it is a Random, else a Random whose values all come from generator
     * (Java 19); its seed cannot be set.
     */
    public static Random from(java.util.random.RandomGenerator generator) {
        Objects.requireNonNull(generator);
        if (generator instanceof Random rnd) {
            return rnd;
        }
        return new RandomWrapper(generator);
    }

    /** The Random of from(): every method is the wrapped generator's. */
    private static final class RandomWrapper extends Random {
        private static final long serialVersionUID = 0L;
        private final java.util.random.RandomGenerator generator;
        private final boolean initialized;

        RandomWrapper(java.util.random.RandomGenerator generator) {
            this.generator = generator;
            this.initialized = true; // setSeed from Random's constructor ran before this
        }

        @Override
        public synchronized void setSeed(long seed) {
            if (initialized) {
                throw new UnsupportedOperationException();
            }
        }

        @Override
        protected int next(int bits) {
            return generator.nextInt() >>> (32 - bits);
        }

        @Override public void nextBytes(byte[] bytes) { generator.nextBytes(bytes); }
        @Override public int nextInt() { return generator.nextInt(); }
        @Override public int nextInt(int bound) { return generator.nextInt(bound); }
        @Override public int nextInt(int origin, int bound) { return generator.nextInt(origin, bound); }
        @Override public long nextLong() { return generator.nextLong(); }
        @Override public long nextLong(long bound) { return generator.nextLong(bound); }
        @Override public long nextLong(long origin, long bound) { return generator.nextLong(origin, bound); }
        @Override public boolean nextBoolean() { return generator.nextBoolean(); }
        @Override public float nextFloat() { return generator.nextFloat(); }
        @Override public float nextFloat(float bound) { return generator.nextFloat(bound); }
        @Override public float nextFloat(float origin, float bound) { return generator.nextFloat(origin, bound); }
        @Override public double nextDouble() { return generator.nextDouble(); }
        @Override public double nextDouble(double bound) { return generator.nextDouble(bound); }
        @Override public double nextDouble(double origin, double bound) { return generator.nextDouble(origin, bound); }
        @Override public double nextGaussian() { return generator.nextGaussian(); }
    }

    public Random() {
        this(seedUniquifier() ^ System.nanoTime());
    }

    private static synchronized long seedUniquifier() {
        seedUniquifier *= 1181783497276652981L;
        return seedUniquifier;
    }

    public Random(long seed) {
        this.seed = initialScramble(seed);
    }

    private static long initialScramble(long seed) {
        return (seed ^ multiplier) & mask;
    }

    public synchronized void setSeed(long seed) {
        this.seed = initialScramble(seed);
        haveNextNextGaussian = false;
    }

    protected int next(int bits) {
        long nextseed = (seed * multiplier + addend) & mask;
        seed = nextseed;
        return (int) (nextseed >>> (48 - bits));
    }

    public void nextBytes(byte[] bytes) {
        for (int i = 0, len = bytes.length; i < len;)
            for (int rnd = nextInt(), n = Math.min(len - i, 4); n-- > 0; rnd >>= 8)
                bytes[i++] = (byte) rnd;
    }

    public int nextInt() {
        return next(32);
    }

    public int nextInt(int bound) {
        if (bound <= 0)
            throw new IllegalArgumentException("bound must be positive");
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            r = (int) ((bound * (long) r) >> 31);
        } else {
            for (int u = r; u - (r = u % bound) + m < 0; u = next(31))
                ;
        }
        return r;
    }

    public int nextInt(int origin, int bound) {
        if (origin >= bound)
            throw new IllegalArgumentException("bound must be greater than origin");
        int r = nextInt();
        int n = bound - origin, m = n - 1;
        if ((n & m) == 0) {
            r = (r & m) + origin;
        } else if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1)
                ;
            r += origin;
        } else {
            while (r < origin || r >= bound)
                r = nextInt();
        }
        return r;
    }

    public long nextLong() {
        return ((long) (next(32)) << 32) + next(32);
    }

    public long nextLong(long bound) {
        if (bound <= 0)
            throw new IllegalArgumentException("bound must be positive");
        final long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0L) {
            r &= m;
        } else {
            for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1)
                ;
        }
        return r;
    }

    public long nextLong(long origin, long bound) {
        if (origin >= bound)
            throw new IllegalArgumentException("bound must be greater than origin");
        long r = nextLong();
        final long n = bound - origin, m = n - 1;
        if ((n & m) == 0L) {
            r = (r & m) + origin;
        } else if (n > 0L) {
            for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1)
                ;
            r += origin;
        } else {
            while (r < origin || r >= bound)
                r = nextLong();
        }
        return r;
    }

    public boolean nextBoolean() {
        return next(1) != 0;
    }

    public float nextFloat() {
        return next(24) / ((float) (1 << 24));
    }

    /** RandomGenerator.nextFloat(float): nextFloat() scaled, kept below the bound. */
    public float nextFloat(float bound) {
        if (!(0.0f < bound && bound < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        float r = nextFloat();
        r = r * bound;
        if (r >= bound) {
            r = Math.nextDown(bound);
        }
        return r;
    }

    /** RandomGenerator.nextFloat(float, float), as the JDK's RandomSupport.boundedNextFloat. */
    public float nextFloat(float origin, float bound) {
        if (!(origin < bound && (bound - origin) < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        float r = nextFloat();
        r = r * (bound - origin) + origin;
        if (r >= bound) {
            r = Math.nextDown(bound);
        }
        return r;
    }

    public double nextDouble() {
        return (((long) (next(26)) << 27) + next(27)) * DOUBLE_UNIT;
    }

    public double nextDouble(double bound) {
        if (!(0.0 < bound && bound < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("bound must be finite and positive");
        double r = nextDouble();
        r = r * bound;
        if (r >= bound)
            r = Math.nextDown(bound);
        return r;
    }

    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("bound must be greater than origin");
        double r = nextDouble();
        r = r * (bound - origin) + origin;
        if (r >= bound)
            r = Math.nextAfter(bound, origin);
        return r;
    }

    public synchronized double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        } else {
            double v1, v2, s;
            do {
                v1 = 2 * nextDouble() - 1;
                v2 = 2 * nextDouble() - 1;
                s = v1 * v1 + v2 * v2;
            } while (s >= 1 || s == 0);
            double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
            nextNextGaussian = v2 * multiplier;
            haveNextNextGaussian = true;
            return v1 * multiplier;
        }
    }

    // Streams of random numbers (sequential), drawing values exactly as the corresponding
    // next* methods do, so a seeded Random gives the JDK's sequence.

    private static void checkSize(long streamSize) {
        if (streamSize < 0L)
            throw new IllegalArgumentException("size must be non-negative");
    }

    private static void checkRange(double origin, double bound) {
        if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("bound must be greater than origin");
    }

    public java.util.stream.IntStream ints() {
        return java.util.stream.IntStream.generate(this::nextInt);
    }

    public java.util.stream.IntStream ints(long streamSize) {
        checkSize(streamSize);
        return ints().limit(streamSize);
    }

    public java.util.stream.IntStream ints(int origin, int bound) {
        if (origin >= bound)
            throw new IllegalArgumentException("bound must be greater than origin");
        return java.util.stream.IntStream.generate(() -> nextInt(origin, bound));
    }

    public java.util.stream.IntStream ints(long streamSize, int origin, int bound) {
        checkSize(streamSize);
        return ints(origin, bound).limit(streamSize);
    }

    public java.util.stream.LongStream longs() {
        return java.util.stream.LongStream.generate(this::nextLong);
    }

    public java.util.stream.LongStream longs(long streamSize) {
        checkSize(streamSize);
        return longs().limit(streamSize);
    }

    public java.util.stream.LongStream longs(long origin, long bound) {
        if (origin >= bound)
            throw new IllegalArgumentException("bound must be greater than origin");
        return java.util.stream.LongStream.generate(() -> nextLong(origin, bound));
    }

    public java.util.stream.LongStream longs(long streamSize, long origin, long bound) {
        checkSize(streamSize);
        return longs(origin, bound).limit(streamSize);
    }

    public java.util.stream.DoubleStream doubles() {
        return java.util.stream.DoubleStream.generate(this::nextDouble);
    }

    public java.util.stream.DoubleStream doubles(long streamSize) {
        checkSize(streamSize);
        return doubles().limit(streamSize);
    }

    public java.util.stream.DoubleStream doubles(double origin, double bound) {
        checkRange(origin, bound);
        return java.util.stream.DoubleStream.generate(() -> nextDouble(origin, bound));
    }

    public java.util.stream.DoubleStream doubles(long streamSize, double origin, double bound) {
        checkSize(streamSize);
        return doubles(origin, bound).limit(streamSize);
    }
}
