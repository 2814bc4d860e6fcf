package java.util.random;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.random.RandomGenerator.ArbitrarilyJumpableGenerator;
import java.util.random.RandomGenerator.JumpableGenerator;
import java.util.random.RandomGenerator.LeapableGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGenerator.StreamableGenerator;
import java.util.stream.Stream;

/**
 * Finds random number generator algorithms by name and creates generators of them. This
 * library knows the algorithms JDK 17 provides: the legacy Random, SecureRandom and
 * SplittableRandom, the LXM family and the Xoroshiro/Xoshiro generators (in jdk.random). A
 * factory describes its algorithm (group, state size, equidistribution, period, capabilities)
 * and creates generators unseeded, from a long seed or from seed bytes; an algorithm that has no
 * constructor for a kind of seed creates an unseeded generator instead, as the JDK documents.
 */
public final class RandomGeneratorFactory<T extends RandomGenerator> {
    private final String name;
    private final String group;
    private final int stateBits;
    private final int equidistribution;
    private final BigInteger period;
    private final boolean statistical;
    private final boolean stochastic;
    private final Class<?> type;
    private final Supplier<? extends RandomGenerator> unseeded;
    private final LongFunction<? extends RandomGenerator> longSeeded;
    private final Function<byte[], ? extends RandomGenerator> byteSeeded;

    private RandomGeneratorFactory(String name, String group, int stateBits, int equidistribution, BigInteger period,
                                   boolean statistical, boolean stochastic, Class<?> type,
                                   Supplier<? extends RandomGenerator> unseeded,
                                   LongFunction<? extends RandomGenerator> longSeeded,
                                   Function<byte[], ? extends RandomGenerator> byteSeeded) {
        this.name = name;
        this.group = group;
        this.stateBits = stateBits;
        this.equidistribution = equidistribution;
        this.period = period;
        this.statistical = statistical;
        this.stochastic = stochastic;
        this.type = type;
        this.unseeded = unseeded;
        this.longSeeded = longSeeded;
        this.byteSeeded = byteSeeded;
    }

    /** (2^lcgBits) * (2^xbgBits - 1): the period of an LXM generator. */
    private static BigInteger lxmPeriod(int lcgBits, int xbgBits) {
        return BigInteger.ONE.shiftLeft(xbgBits).subtract(BigInteger.ONE).shiftLeft(lcgBits);
    }

    private static RandomGeneratorFactory<RandomGenerator> lxm(String name, int lcgBits, int xbgBits, int equidistribution,
                                                              Supplier<? extends RandomGenerator> unseeded,
                                                              LongFunction<? extends RandomGenerator> longSeeded,
                                                              Function<byte[], ? extends RandomGenerator> byteSeeded) {
        return new RandomGeneratorFactory<>(name, "LXM", lcgBits + xbgBits, equidistribution,
            lxmPeriod(lcgBits, xbgBits), true, false, SplittableGenerator.class, unseeded, longSeeded, byteSeeded);
    }

    private static List<RandomGeneratorFactory<RandomGenerator>> algorithms;

    private static synchronized List<RandomGeneratorFactory<RandomGenerator>> algorithms() {
        if (algorithms == null) {
            BigInteger two = BigInteger.TWO;
            algorithms = List.of(
                lxm("L32X64MixRandom", 32, 64, 1,
                    jdk.random.L32X64MixRandom::new, jdk.random.L32X64MixRandom::new, jdk.random.L32X64MixRandom::new),
                lxm("L64X128MixRandom", 64, 128, 2,
                    jdk.random.L64X128MixRandom::new, jdk.random.L64X128MixRandom::new, jdk.random.L64X128MixRandom::new),
                lxm("L64X128StarStarRandom", 64, 128, 2,
                    jdk.random.L64X128StarStarRandom::new, jdk.random.L64X128StarStarRandom::new,
                    jdk.random.L64X128StarStarRandom::new),
                lxm("L64X256MixRandom", 64, 256, 4,
                    jdk.random.L64X256MixRandom::new, jdk.random.L64X256MixRandom::new, jdk.random.L64X256MixRandom::new),
                lxm("L64X1024MixRandom", 64, 1024, 16,
                    jdk.random.L64X1024MixRandom::new, jdk.random.L64X1024MixRandom::new,
                    jdk.random.L64X1024MixRandom::new),
                lxm("L128X128MixRandom", 128, 128, 1,
                    jdk.random.L128X128MixRandom::new, jdk.random.L128X128MixRandom::new,
                    jdk.random.L128X128MixRandom::new),
                lxm("L128X256MixRandom", 128, 256, 1,
                    jdk.random.L128X256MixRandom::new, jdk.random.L128X256MixRandom::new,
                    jdk.random.L128X256MixRandom::new),
                lxm("L128X1024MixRandom", 128, 1024, 1,
                    jdk.random.L128X1024MixRandom::new, jdk.random.L128X1024MixRandom::new,
                    jdk.random.L128X1024MixRandom::new),
                new RandomGeneratorFactory<>("Xoroshiro128PlusPlus", "Xoroshiro", 128, 1,
                    two.pow(128).subtract(BigInteger.ONE), true, false, LeapableGenerator.class,
                    jdk.random.Xoroshiro128PlusPlus::new, jdk.random.Xoroshiro128PlusPlus::new,
                    jdk.random.Xoroshiro128PlusPlus::new),
                new RandomGeneratorFactory<>("Xoshiro256PlusPlus", "Xoshiro", 256, 3,
                    two.pow(256).subtract(BigInteger.ONE), true, false, LeapableGenerator.class,
                    jdk.random.Xoshiro256PlusPlus::new, jdk.random.Xoshiro256PlusPlus::new,
                    jdk.random.Xoshiro256PlusPlus::new),
                new RandomGeneratorFactory<>("SplittableRandom", "Legacy", 64, 1, two.pow(64), true, false,
                    SplittableGenerator.class, SplittableRandom::new, SplittableRandom::new, null),
                new RandomGeneratorFactory<>("Random", "Legacy", 48, 0, two.pow(48), true, false,
                    RandomGenerator.class, Random::new, Random::new, null),
                new RandomGeneratorFactory<>("SecureRandom", "Legacy", Integer.MAX_VALUE, Integer.MAX_VALUE,
                    BigInteger.ZERO, false, true, RandomGenerator.class, SecureRandom::new, null, SecureRandom::new));
        }
        return algorithms;
    }

    private static RandomGeneratorFactory<RandomGenerator> find(String name) {
        Objects.requireNonNull(name);
        for (RandomGeneratorFactory<RandomGenerator> f : algorithms()) {
            if (f.name.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("No implementation of the random number generator algorithm \"" + name
            + "\" is available");
    }

    /** The factory of the named algorithm. */
    @SuppressWarnings("unchecked")
    public static <T extends RandomGenerator> RandomGeneratorFactory<T> of(String name) {
        return (RandomGeneratorFactory<T>) find(name);
    }

    /** The factory of the named algorithm, which must implement category. */
    @SuppressWarnings("unchecked")
    static <T extends RandomGenerator> RandomGeneratorFactory<T> of(String name, Class<T> category) {
        RandomGeneratorFactory<RandomGenerator> f = find(name);
        if (!category.isAssignableFrom(f.type)) {
            throw new IllegalArgumentException("The random number generator algorithm \"" + name
                + "\" is not implemented with the interface \"" + category.getSimpleName() + "\"");
        }
        return (RandomGeneratorFactory<T>) f;
    }

    /** The factory of the default algorithm, L32X64MixRandom. */
    public static RandomGeneratorFactory<RandomGenerator> getDefault() {
        return find("L32X64MixRandom");
    }

    /** The factories of every algorithm that is not deprecated. */
    public static Stream<RandomGeneratorFactory<RandomGenerator>> all() {
        return algorithms().stream().filter(f -> !f.isDeprecated());
    }

    public String name() {
        return name;
    }

    public String group() {
        return group;
    }

    public int stateBits() {
        return stateBits;
    }

    public int equidistribution() {
        return equidistribution;
    }

    public BigInteger period() {
        return period;
    }

    public boolean isStatistical() {
        return statistical;
    }

    public boolean isStochastic() {
        return stochastic;
    }

    public boolean isHardware() {
        return false;
    }

    public boolean isArbitrarilyJumpable() {
        return ArbitrarilyJumpableGenerator.class.isAssignableFrom(type);
    }

    public boolean isJumpable() {
        return JumpableGenerator.class.isAssignableFrom(type);
    }

    public boolean isLeapable() {
        return LeapableGenerator.class.isAssignableFrom(type);
    }

    public boolean isSplittable() {
        return SplittableGenerator.class.isAssignableFrom(type);
    }

    public boolean isStreamable() {
        return StreamableGenerator.class.isAssignableFrom(type);
    }

    public boolean isDeprecated() {
        return false;
    }

    /** A new generator, seeded by the algorithm's own means. */
    @SuppressWarnings("unchecked")
    public T create() {
        return (T) unseeded.get();
    }

    /** A new generator from a long seed, or an unseeded one if the algorithm takes no long seed. */
    @SuppressWarnings("unchecked")
    public T create(long seed) {
        if (longSeeded == null) {
            return create();
        }
        return (T) longSeeded.apply(seed);
    }

    /** A new generator from seed bytes, or an unseeded one if the algorithm takes no byte seed. */
    @SuppressWarnings("unchecked")
    public T create(byte[] seed) {
        Objects.requireNonNull(seed, "seed must not be null");
        if (byteSeeded == null) {
            return create();
        }
        return (T) byteSeeded.apply(seed);
    }
}
