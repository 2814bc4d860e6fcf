package java.util;

import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The JDK's SplitMix64 generator: a 64-bit seed advanced by an odd gamma and mixed. Every
 * method draws exactly what JDK 17 draws (RandomGenerator's default methods and RandomSupport's
 * bounded algorithms), so a seeded SplittableRandom gives HotSpot's sequences. Streams are
 * sequential views over the same draws.
 */
public final class SplittableRandom implements RandomGenerator.SplittableGenerator {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private static final String BAD_SIZE = "size must be non-negative";
    private static final String BAD_BOUND = "bound must be positive";
    private static final String BAD_FLOATING_BOUND = "bound must be finite and positive";
    private static final String BAD_RANGE = "bound must be greater than origin";

    private long seed;
    private final long gamma;

    private static final AtomicLong defaultGen =
            new AtomicLong(mix64(System.currentTimeMillis()) ^ mix64(System.nanoTime()));

    private SplittableRandom(long seed, long gamma) {
        this.seed = seed;
        this.gamma = gamma;
    }

    public SplittableRandom(long seed) {
        this(seed, GOLDEN_GAMMA);
    }

    public SplittableRandom() {
        long s = defaultGen.getAndAdd(2 * GOLDEN_GAMMA);
        this.seed = mix64(s);
        this.gamma = mixGamma(s + GOLDEN_GAMMA);
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    private static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = (z ^ (z >>> 33)) | 1L;
        int n = Long.bitCount(z ^ (z >>> 1));
        return (n < 24) ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
    }

    private long nextSeed() {
        return seed += gamma;
    }

    public SplittableRandom split() {
        return new SplittableRandom(nextLong(), mixGamma(nextSeed()));
    }

    public int nextInt() {
        return mix32(nextSeed());
    }

    public long nextLong() {
        return mix64(nextSeed());
    }

    public boolean nextBoolean() {
        return nextInt() < 0;
    }

    public void nextBytes(byte[] bytes) {
        int i = 0;
        int len = bytes.length;
        for (int words = len >> 3; words-- > 0; ) {
            long rnd = nextLong();
            for (int n = 8; n-- > 0; rnd >>>= 8)
                bytes[i++] = (byte) rnd;
        }
        if (i < len)
            for (long rnd = nextLong(); i < len; rnd >>>= 8)
                bytes[i++] = (byte) rnd;
    }

    public float nextFloat() {
        return (nextInt() >>> 8) * 0x1.0p-24f;
    }

    public float nextFloat(float bound) {
        if (!(0.0f < bound && bound < Float.POSITIVE_INFINITY))
            throw new IllegalArgumentException(BAD_FLOATING_BOUND);
        float r = nextFloat();
        r = r * bound;
        if (r >= bound)
            r = Math.nextDown(bound);
        return r;
    }

    public float nextFloat(float origin, float bound) {
        if (!(origin < bound && (bound - origin) < Float.POSITIVE_INFINITY))
            throw new IllegalArgumentException(BAD_RANGE);
        return boundedNextFloat(origin, bound);
    }

    private float boundedNextFloat(float origin, float bound) {
        float r = nextFloat();
        if (origin < bound) {
            r = r * (bound - origin) + origin;
            if (r >= bound)
                r = Math.nextDown(bound);
        }
        return r;
    }

    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    public double nextDouble(double bound) {
        if (!(0.0 < bound && bound < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException(BAD_FLOATING_BOUND);
        double r = nextDouble();
        r = r * bound;
        if (r >= bound)
            r = Math.nextDown(bound);
        return r;
    }

    public double nextDouble(double origin, double bound) {
        checkRange(origin, bound);
        return boundedNextDouble(origin, bound);
    }

    private double boundedNextDouble(double origin, double bound) {
        double r = nextDouble();
        if (origin < bound) {
            r = r * (bound - origin) + origin;
            if (r >= bound)
                r = Math.nextDown(bound);
        }
        return r;
    }

    public int nextInt(int bound) {
        if (bound <= 0)
            throw new IllegalArgumentException(BAD_BOUND);
        final int m = bound - 1;
        int r = nextInt();
        if ((bound & m) == 0) {
            r &= m;
        } else {
            for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = nextInt() >>> 1)
                ;
        }
        return r;
    }

    public int nextInt(int origin, int bound) {
        if (origin >= bound)
            throw new IllegalArgumentException(BAD_RANGE);
        return boundedNextInt(origin, bound);
    }

    private int boundedNextInt(int origin, int bound) {
        int r = nextInt();
        if (origin < bound) {
            final int n = bound - origin;
            final int m = n - 1;
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
        }
        return r;
    }

    public long nextLong(long bound) {
        if (bound <= 0)
            throw new IllegalArgumentException(BAD_BOUND);
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
            throw new IllegalArgumentException(BAD_RANGE);
        return boundedNextLong(origin, bound);
    }

    private long boundedNextLong(long origin, long bound) {
        long r = nextLong();
        if (origin < bound) {
            final long n = bound - origin;
            final long m = n - 1;
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
        }
        return r;
    }

    // ---------------- streams (sequential; each element is one draw as above) ----------------

    private static void checkStreamSize(long streamSize) {
        if (streamSize < 0L)
            throw new IllegalArgumentException(BAD_SIZE);
    }

    private static void checkRange(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException(BAD_RANGE);
    }

    public IntStream ints() {
        return IntStream.generate(this::nextInt);
    }

    public IntStream ints(long streamSize) {
        checkStreamSize(streamSize);
        return ints().limit(streamSize);
    }

    public IntStream ints(int origin, int bound) {
        if (origin >= bound)
            throw new IllegalArgumentException(BAD_RANGE);
        return IntStream.generate(() -> boundedNextInt(origin, bound));
    }

    public IntStream ints(long streamSize, int origin, int bound) {
        checkStreamSize(streamSize);
        return ints(origin, bound).limit(streamSize);
    }

    public LongStream longs() {
        return LongStream.generate(this::nextLong);
    }

    public LongStream longs(long streamSize) {
        checkStreamSize(streamSize);
        return longs().limit(streamSize);
    }

    public LongStream longs(long origin, long bound) {
        if (origin >= bound)
            throw new IllegalArgumentException(BAD_RANGE);
        return LongStream.generate(() -> boundedNextLong(origin, bound));
    }

    public LongStream longs(long streamSize, long origin, long bound) {
        checkStreamSize(streamSize);
        return longs(origin, bound).limit(streamSize);
    }

    public DoubleStream doubles() {
        return DoubleStream.generate(this::nextDouble);
    }

    public DoubleStream doubles(long streamSize) {
        checkStreamSize(streamSize);
        return doubles().limit(streamSize);
    }

    public DoubleStream doubles(double origin, double bound) {
        checkRange(origin, bound);
        return DoubleStream.generate(() -> boundedNextDouble(origin, bound));
    }

    public DoubleStream doubles(long streamSize, double origin, double bound) {
        checkStreamSize(streamSize);
        return doubles(origin, bound).limit(streamSize);
    }

    /** A new generator whose seed and gamma are drawn from source. */
    public SplittableRandom split(SplittableGenerator source) {
        Objects.requireNonNull(source, "source should be non-null");
        return new SplittableRandom(source.nextLong(), mixGamma(source.nextLong()));
    }

    /** A stream of generators, each split off this one (as split(this)) when the element is taken. */
    public Stream<SplittableGenerator> splits() {
        return splits(Long.MAX_VALUE, this);
    }

    public Stream<SplittableGenerator> splits(long streamSize) {
        return splits(streamSize, this);
    }

    public Stream<SplittableGenerator> splits(SplittableGenerator source) {
        return splits(Long.MAX_VALUE, source);
    }

    public Stream<SplittableGenerator> splits(long streamSize, SplittableGenerator source) {
        checkStreamSize(streamSize);
        Objects.requireNonNull(source, "source should be non-null");
        Stream<SplittableGenerator> s = Stream.generate(() -> split(source));
        return streamSize == Long.MAX_VALUE ? s : s.limit(streamSize);
    }
}
