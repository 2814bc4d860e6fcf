package jdk.random;

import java.util.random.RandomGenerator.LeapableGenerator;

/**
 * Blackman and Vigna's xoshiro256++ generator. jump() advances it by 2^128 values, leap() by
 * 2^192.
 */
public final class Xoshiro256PlusPlus implements LeapableGenerator {
    private static final long[] JUMP = {
        0x180ec6d33cfd0abaL, 0xd5a61266f0c9392cL, 0xa9582618e03fc9aaL, 0x39abdc4529b1661cL};
    private static final long[] LEAP = {
        0x76e15d3efefdcbbfL, 0xc5004e441c522fb3L, 0x77710069854ee241L, 0x39109bb02acbe635L};

    private long x0;
    private long x1;
    private long x2;
    private long x3;

    public Xoshiro256PlusPlus(long x0, long x1, long x2, long x3) {
        if ((x0 | x1 | x2 | x3) == 0) {
            x0 = LXMSupport.GOLDEN_RATIO_64;
            x1 = LXMSupport.SILVER_RATIO_64;
        }
        this.x0 = x0;
        this.x1 = x1;
        this.x2 = x2;
        this.x3 = x3;
    }

    public Xoshiro256PlusPlus(long seed) {
        this(LXMSupport.mixStafford13(seed ^= LXMSupport.SILVER_RATIO_64),
            LXMSupport.mixStafford13(seed += LXMSupport.GOLDEN_RATIO_64),
            LXMSupport.mixStafford13(seed += LXMSupport.GOLDEN_RATIO_64),
            LXMSupport.mixStafford13(seed + LXMSupport.GOLDEN_RATIO_64));
    }

    public Xoshiro256PlusPlus() {
        this(SeedSource.next());
    }

    public Xoshiro256PlusPlus(byte[] seed) {
        this(LXMSupport.seedBytesToLongs(seed, 4, 4));
    }

    private Xoshiro256PlusPlus(long[] w) {
        this(w[0], w[1], w[2], w[3]);
    }

    @Override
    public Xoshiro256PlusPlus copy() {
        return new Xoshiro256PlusPlus(x0, x1, x2, x3);
    }

    @Override
    public long nextLong() {
        final long result = Long.rotateLeft(x0 + x3, 23) + x0;
        final long t = x1 << 17;
        x2 ^= x0;
        x3 ^= x1;
        x1 ^= x2;
        x0 ^= x3;
        x2 ^= t;
        x3 = Long.rotateLeft(x3, 45);
        return result;
    }

    @Override
    public double jumpDistance() {
        return 0x1.0p128;
    }

    @Override
    public double leapDistance() {
        return 0x1.0p192;
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
        long s2 = 0;
        long s3 = 0;
        for (long word : polynomial) {
            for (int b = 0; b < 64; b++) {
                if ((word & (1L << b)) != 0) {
                    s0 ^= x0;
                    s1 ^= x1;
                    s2 ^= x2;
                    s3 ^= x3;
                }
                nextLong();
            }
        }
        x0 = s0;
        x1 = s1;
        x2 = s2;
        x3 = s3;
    }
}
