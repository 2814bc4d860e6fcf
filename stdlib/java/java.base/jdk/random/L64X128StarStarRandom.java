package jdk.random;

import java.util.random.RandomGenerator.SplittableGenerator;

/**
 * The LXM generator with a 64-bit LCG, a xoroshiro128 generator and the star-star scrambler
 * (multiply by 5, rotate left 7, multiply by 9) in place of a mixer.
 */
public final class L64X128StarStarRandom extends LXMGenerator {
    private final long a;
    private long s;
    private long x0;
    private long x1;

    public L64X128StarStarRandom(long a, long s, long x0, long x1) {
        this.a = a | 1;
        this.s = s;
        if ((x0 | x1) == 0) {
            long v = s;
            x0 = LXMSupport.mixStafford13(v += LXMSupport.GOLDEN_RATIO_64);
            x1 = LXMSupport.mixStafford13(v + LXMSupport.GOLDEN_RATIO_64);
        }
        this.x0 = x0;
        this.x1 = x1;
    }

    public L64X128StarStarRandom(long seed) {
        this(LXMSupport.mixMurmur64(seed ^= LXMSupport.SILVER_RATIO_64), 1,
            LXMSupport.mixStafford13(seed), LXMSupport.mixStafford13(seed + LXMSupport.GOLDEN_RATIO_64));
    }

    public L64X128StarStarRandom() {
        this(SeedSource.next());
    }

    public L64X128StarStarRandom(byte[] seed) {
        this(LXMSupport.seedBytesToLongs(seed, 4, 2));
    }

    private L64X128StarStarRandom(long[] w) {
        this(w[0], w[1], w[2], w[3]);
    }

    @Override
    SplittableGenerator split(SplittableGenerator source, long brine) {
        return new L64X128StarStarRandom(brine << 1, source.nextLong(), source.nextLong(), source.nextLong());
    }

    @Override
    public long nextLong() {
        long z = s + x0;
        z = Long.rotateLeft(z * 5, 7) * 9;
        s = LXMSupport.M64 * s + a;
        long q0 = x0;
        long q1 = x1;
        q1 ^= q0;
        q0 = Long.rotateLeft(q0, 24);
        q0 = q0 ^ q1 ^ (q1 << 16);
        q1 = Long.rotateLeft(q1, 37);
        x0 = q0;
        x1 = q1;
        return z;
    }
}
