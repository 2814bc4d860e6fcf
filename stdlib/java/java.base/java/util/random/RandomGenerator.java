package java.util.random;

import java.util.Objects;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The common interface of random number generators (Java 17). Only nextLong() is abstract; the
 * defaults derive everything else from it with the JDK's algorithms (RandomSupport's bounded
 * methods), so a generator that overrides nothing else gives the JDK's values. java.util.Random
 * overrides the methods it had before Java 17 with its own algorithms, as in the JDK. The
 * nested interfaces are the generators that make further generators: by splitting, jumping or
 * leaping (the algorithms themselves are in jdk.random, found through RandomGeneratorFactory).
 */
public interface RandomGenerator {
    /**
     * The generator of the named algorithm (one of RandomGeneratorFactory.all(), or a
     * deprecated one), created without a seed.
     */
    static RandomGenerator of(String name) {
        Objects.requireNonNull(name);
        return RandomGeneratorFactory.of(name).create();
    }

    /** A generator of the default algorithm, L32X64MixRandom, created without a seed. */
    static RandomGenerator getDefault() {
        return of("L32X64MixRandom");
    }

    default boolean isDeprecated() {
        return false;
    }

    default DoubleStream doubles() {
        return DoubleStream.generate(this::nextDouble).sequential();
    }

    default DoubleStream doubles(double randomNumberOrigin, double randomNumberBound) {
        checkRange(randomNumberOrigin, randomNumberBound);
        return DoubleStream.generate(() -> nextDouble(randomNumberOrigin, randomNumberBound)).sequential();
    }

    default DoubleStream doubles(long streamSize) {
        checkStreamSize(streamSize);
        return doubles().limit(streamSize);
    }

    default DoubleStream doubles(long streamSize, double randomNumberOrigin, double randomNumberBound) {
        checkStreamSize(streamSize);
        return doubles(randomNumberOrigin, randomNumberBound).limit(streamSize);
    }

    default IntStream ints() {
        return IntStream.generate(this::nextInt).sequential();
    }

    default IntStream ints(int randomNumberOrigin, int randomNumberBound) {
        checkRange(randomNumberOrigin, randomNumberBound);
        return IntStream.generate(() -> nextInt(randomNumberOrigin, randomNumberBound)).sequential();
    }

    default IntStream ints(long streamSize) {
        checkStreamSize(streamSize);
        return ints().limit(streamSize);
    }

    default IntStream ints(long streamSize, int randomNumberOrigin, int randomNumberBound) {
        checkStreamSize(streamSize);
        return ints(randomNumberOrigin, randomNumberBound).limit(streamSize);
    }

    default LongStream longs() {
        return LongStream.generate(this::nextLong).sequential();
    }

    default LongStream longs(long randomNumberOrigin, long randomNumberBound) {
        checkRange(randomNumberOrigin, randomNumberBound);
        return LongStream.generate(() -> nextLong(randomNumberOrigin, randomNumberBound)).sequential();
    }

    default LongStream longs(long streamSize) {
        checkStreamSize(streamSize);
        return longs().limit(streamSize);
    }

    default LongStream longs(long streamSize, long randomNumberOrigin, long randomNumberBound) {
        checkStreamSize(streamSize);
        return longs(randomNumberOrigin, randomNumberBound).limit(streamSize);
    }

    default boolean nextBoolean() {
        return nextInt() < 0;
    }

    default void nextBytes(byte[] bytes) {
        int i = 0;
        int len = bytes.length;
        for (int words = len >> 3; words-- > 0;) {
            long rnd = nextLong();
            for (int n = 8; n-- > 0; rnd >>>= Byte.SIZE) {
                bytes[i++] = (byte) rnd;
            }
        }
        if (i < len) {
            for (long rnd = nextLong(); i < len; rnd >>>= Byte.SIZE) {
                bytes[i++] = (byte) rnd;
            }
        }
    }

    default float nextFloat() {
        return (nextInt() >>> 8) * 0x1.0p-24f;
    }

    default float nextFloat(float bound) {
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

    default float nextFloat(float origin, float bound) {
        checkRange(origin, bound);
        float r = nextFloat();
        r = r * (bound - origin) + origin;
        if (r >= bound) {
            r = Math.nextDown(bound);
        }
        return r;
    }

    default double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    default double nextDouble(double bound) {
        if (!(0.0 < bound && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        double r = nextDouble();
        r = r * bound;
        if (r >= bound) {
            r = Math.nextDown(bound);
        }
        return r;
    }

    default double nextDouble(double origin, double bound) {
        checkRange(origin, bound);
        double r = nextDouble();
        r = r * (bound - origin) + origin;
        if (r >= bound) {
            r = Math.nextDown(bound);
        }
        return r;
    }

    default int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    default int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = nextInt();
        int m = bound - 1;
        if ((bound & m) == 0) {
            r &= m;
        } else {
            for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = nextInt() >>> 1) {
            }
        }
        return r;
    }

    default int nextInt(int origin, int bound) {
        checkRange(origin, bound);
        int r = nextInt();
        int n = bound - origin;
        int m = n - 1;
        if ((n & m) == 0) {
            r = (r & m) + origin;
        } else if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) {
            }
            r += origin;
        } else {
            while (r < origin || r >= bound) {
                r = nextInt();
            }
        }
        return r;
    }

    long nextLong();

    default long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        final long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0L) {
            r &= m;
        } else {
            for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1) {
            }
        }
        return r;
    }

    default long nextLong(long origin, long bound) {
        checkRange(origin, bound);
        long r = nextLong();
        final long n = bound - origin;
        final long m = n - 1;
        if ((n & m) == 0L) {
            r = (r & m) + origin;
        } else if (n > 0L) {
            for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1) {
            }
            r += origin;
        } else {
            while (r < origin || r >= bound) {
                r = nextLong();
            }
        }
        return r;
    }

    /**
     * A normally distributed value. The JDK derives it from nextLong() with a ziggurat; this
     * library uses the polar method over nextDouble(), so only generators that override it (as
     * java.util.Random does) give the JDK's values.
     */
    default double nextGaussian() {
        double v1, v2, s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        return v1 * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    }

    default double nextGaussian(double mean, double stddev) {
        if (stddev < 0.0) {
            throw new IllegalArgumentException("standard deviation must be non-negative");
        }
        return mean + stddev * nextGaussian();
    }

    /**
     * An exponentially distributed value (mean 1). The JDK derives it from nextLong() with a
     * ziggurat; this library inverts the distribution function over nextDouble(), which gives
     * the same distribution but not the JDK's values.
     */
    default double nextExponential() {
        return -StrictMath.log1p(-nextDouble());
    }

    /** A generator that can produce a stream of further generators. */
    interface StreamableGenerator extends RandomGenerator {
        static StreamableGenerator of(String name) {
            Objects.requireNonNull(name);
            return RandomGeneratorFactory.of(name, StreamableGenerator.class).create();
        }

        Stream<RandomGenerator> rngs();

        default Stream<RandomGenerator> rngs(long streamSize) {
            checkStreamSize(streamSize);
            return rngs().limit(streamSize);
        }
    }

    /** A generator that can split off new, statistically independent generators. */
    interface SplittableGenerator extends StreamableGenerator {
        static SplittableGenerator of(String name) {
            Objects.requireNonNull(name);
            return RandomGeneratorFactory.of(name, SplittableGenerator.class).create();
        }

        SplittableGenerator split();

        SplittableGenerator split(SplittableGenerator source);

        @Override
        default Stream<RandomGenerator> rngs() {
            return splits().map(x -> x);
        }

        @Override
        default Stream<RandomGenerator> rngs(long streamSize) {
            return splits(streamSize).map(x -> x);
        }

        Stream<SplittableGenerator> splits();

        Stream<SplittableGenerator> splits(long streamSize);

        Stream<SplittableGenerator> splits(SplittableGenerator source);

        Stream<SplittableGenerator> splits(long streamSize, SplittableGenerator source);
    }

    /** A generator that can jump far ahead in its sequence (a fixed distance). */
    interface JumpableGenerator extends StreamableGenerator {
        static JumpableGenerator of(String name) {
            Objects.requireNonNull(name);
            return RandomGeneratorFactory.of(name, JumpableGenerator.class).create();
        }

        JumpableGenerator copy();

        void jump();

        double jumpDistance();

        default Stream<RandomGenerator> jumps() {
            return Stream.generate(this::copyAndJump).sequential();
        }

        default Stream<RandomGenerator> jumps(long streamSize) {
            checkStreamSize(streamSize);
            return jumps().limit(streamSize);
        }

        @Override
        default Stream<RandomGenerator> rngs() {
            return jumps();
        }

        @Override
        default Stream<RandomGenerator> rngs(long streamSize) {
            return jumps(streamSize);
        }

        /** A copy of this generator, which then jumps ahead. */
        default RandomGenerator copyAndJump() {
            JumpableGenerator result = copy();
            jump();
            return result;
        }
    }

    /** A jumpable generator that can also leap, much further than it jumps. */
    interface LeapableGenerator extends JumpableGenerator {
        static LeapableGenerator of(String name) {
            Objects.requireNonNull(name);
            return RandomGeneratorFactory.of(name, LeapableGenerator.class).create();
        }

        @Override
        LeapableGenerator copy();

        void leap();

        double leapDistance();

        default Stream<JumpableGenerator> leaps() {
            return Stream.generate(this::copyAndLeap).sequential();
        }

        default Stream<JumpableGenerator> leaps(long streamSize) {
            checkStreamSize(streamSize);
            return leaps().limit(streamSize);
        }

        /** A copy of this generator, which then leaps ahead. */
        default JumpableGenerator copyAndLeap() {
            LeapableGenerator result = copy();
            leap();
            return result;
        }
    }

    /** A generator that can jump ahead by any distance. */
    interface ArbitrarilyJumpableGenerator extends LeapableGenerator {
        static ArbitrarilyJumpableGenerator of(String name) {
            Objects.requireNonNull(name);
            return RandomGeneratorFactory.of(name, ArbitrarilyJumpableGenerator.class).create();
        }

        @Override
        ArbitrarilyJumpableGenerator copy();

        void jumpPowerOfTwo(int logDistance);

        void jump(double distance);

        @Override
        default void jump() {
            jump(jumpDistance());
        }

        default Stream<ArbitrarilyJumpableGenerator> jumps(double distance) {
            return Stream.generate(() -> copyAndJump(distance)).sequential();
        }

        default Stream<ArbitrarilyJumpableGenerator> jumps(long streamSize, double distance) {
            checkStreamSize(streamSize);
            return jumps(distance).limit(streamSize);
        }

        @Override
        default void leap() {
            jump(leapDistance());
        }

        /** A copy of this generator, which then jumps ahead by distance. */
        default ArbitrarilyJumpableGenerator copyAndJump(double distance) {
            ArbitrarilyJumpableGenerator result = copy();
            jump(distance);
            return result;
        }
    }

    private static void checkStreamSize(long streamSize) {
        if (streamSize < 0L) {
            throw new IllegalArgumentException("size must be non-negative");
        }
    }

    private static void checkRange(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
    }

    private static void checkRange(float origin, float bound) {
        if (!(origin < bound && (bound - origin) < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
    }

    private static void checkRange(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
    }

    private static void checkRange(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
    }
}
