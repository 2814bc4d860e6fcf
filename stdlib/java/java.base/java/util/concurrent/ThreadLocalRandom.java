package java.util.concurrent;

import java.util.Random;

/**
 * A random number generator isolated to the current thread. As in the JDK, current() returns one
 * shared instance and the state lives per thread: each thread's generator is seeded from the
 * clock and a per-VM sequence the first time it draws (so values are never reproducible). The
 * seed cannot be set.
 */
public final class ThreadLocalRandom extends Random {
    private static final long serialVersionUID = -5851777807851030925L;

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    /** Each thread's 48-bit LCG state, seeded like new Random(). */
    private static final ThreadLocal<long[]> SEED = ThreadLocal.withInitial(() -> {
        long s = new Random().nextLong();
        return new long[] {(s ^ MULTIPLIER) & MASK};
    });

    private static final ThreadLocalRandom INSTANCE = new ThreadLocalRandom();

    /** Set once the constructor is done: Random's own initialization may not count as setSeed. */
    private final boolean initialized;

    private ThreadLocalRandom() {
        super(0L);
        initialized = true;
    }

    public static ThreadLocalRandom current() {
        return INSTANCE;
    }

    @Override
    protected int next(int bits) {
        long[] state = SEED.get();
        long nextseed = (state[0] * MULTIPLIER + ADDEND) & MASK;
        state[0] = nextseed;
        return (int) (nextseed >>> (48 - bits));
    }

    @Override
    public void setSeed(long seed) {
        if (initialized) {
            throw new UnsupportedOperationException();
        }
        super.setSeed(seed);
    }
}
