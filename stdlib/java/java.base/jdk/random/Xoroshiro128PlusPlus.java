package jdk.random;

import java.util.random.RandomGenerator.LeapableGenerator;

/**
 * Blackman and Vigna's xoroshiro128++ generator (rotations 49, 21, 28; output rotation 17).
 * jump() advances it by 2^64 values, leap() by 2^96.
 */
public final class Xoroshiro128PlusPlus implements LeapableGenerator {
    private static final long[] JUMP = {0x2bd7a6a6e99c2ddcL, 0x0992ccaf6a6fca05L};
    private static final long[] LEAP = {0x360fd5f2cf8d5d99L, 0x9c6e6877736c46e3L};

    private long x0;
    private long x1;

    public Xoroshiro128PlusPlus(long x0, long x1) {
        if ((x0 | x1) == 0) {
            x0 = LXMSupport.GOLDEN_RATIO_64;
            x1 = LXMSupport.SILVER_RATIO_64;
        }
        this.x0 = x0;
        this.x1 = x1;
    }

    public Xoroshiro128PlusPlus(long seed) {
        this(LXMSupport.mixStafford13(seed ^= LXMSupport.SILVER_RATIO_64),
            LXMSupport.mixStafford13(seed + LXMSupport.GOLDEN_RATIO_64));
    }

    public Xoroshiro128PlusPlus() {
        this(SeedSource.next());
    }

    public Xoroshiro128PlusPlus(byte[] seed) {
        this(LXMSupport.seedBytesToLongs(seed, 2, 2));
    }

    private Xoroshiro128PlusPlus(long[] w) {
        this(w[0], w[1]);
    }

    @Override
    public Xoroshiro128PlusPlus copy() {
        return new Xoroshiro128PlusPlus(x0, x1);
    }

    @Override
    public long nextLong() {
        final long s0 = x0;
        long s1 = x1;
        final long result = Long.rotateLeft(s0 + s1, 17) + s0;
        s1 ^= s0;
        x0 = Long.rotateLeft(s0, 49) ^ s1 ^ (s1 << 21);
        x1 = Long.rotateLeft(s1, 28);
        return result;
    }

    @Override
    public double jumpDistance() {
        return 0x1.0p64;
    }

    @Override
    public double leapDistance() {
        return 0x1.0p96;
    }

    @Override
    public void jump() {
        advance(JUMP);
    }

    @Override
    public void leap() {
        advance(LEAP);
    }

    /** Replaces the state by the sum of the states selected by the polynomial's bits. */
    private void advance(long[] polynomial) {
        long s0 = 0;
        long s1 = 0;
        for (long word : polynomial) {
            for (int b = 0; b < 64; b++) {
                if ((word & (1L << b)) != 0) {
                    s0 ^= x0;
                    s1 ^= x1;
                }
                nextLong();
            }
        }
        x0 = s0;
        x1 = s1;
    }
}
