package jdk.random;

import java.util.random.RandomGenerator.SplittableGenerator;

/** The LXM generator with a 64-bit LCG, a xoshiro256 generator and the lea64 mixer. */
public final class L64X256MixRandom extends LXMGenerator {
    private final long a;
    private long s;
    private long x0;
    private long x1;
    private long x2;
    private long x3;

    public L64X256MixRandom(long a, long s, long x0, long x1, long x2, long x3) {
        this.a = a | 1;
        this.s = s;
        if ((x0 | x1 | x2 | x3) == 0) {
            long v = s;
            x0 = LXMSupport.mixStafford13(v += LXMSupport.GOLDEN_RATIO_64);
            x1 = LXMSupport.mixStafford13(v += LXMSupport.GOLDEN_RATIO_64);
            x2 = LXMSupport.mixStafford13(v += LXMSupport.GOLDEN_RATIO_64);
            x3 = LXMSupport.mixStafford13(v + LXMSupport.GOLDEN_RATIO_64);
        }
        this.x0 = x0;
        this.x1 = x1;
        this.x2 = x2;
        this.x3 = x3;
    }

    public L64X256MixRandom(long seed) {
        this(LXMSupport.mixMurmur64(seed ^= LXMSupport.SILVER_RATIO_64), 1,
            LXMSupport.mixStafford13(seed),
            LXMSupport.mixStafford13(seed += LXMSupport.GOLDEN_RATIO_64),
            LXMSupport.mixStafford13(seed += LXMSupport.GOLDEN_RATIO_64),
            LXMSupport.mixStafford13(seed + LXMSupport.GOLDEN_RATIO_64));
    }

    public L64X256MixRandom() {
        this(SeedSource.next());
    }

    public L64X256MixRandom(byte[] seed) {
        this(LXMSupport.seedBytesToLongs(seed, 6, 4));
    }

    private L64X256MixRandom(long[] w) {
        this(w[0], w[1], w[2], w[3], w[4], w[5]);
    }

    @Override
    SplittableGenerator split(SplittableGenerator source, long brine) {
        return new L64X256MixRandom(brine << 1, source.nextLong(), source.nextLong(), source.nextLong(),
            source.nextLong(), source.nextLong());
    }

    @Override
    public long nextLong() {
        long z = s + x0;
        z = LXMSupport.mixLea64(z);
        s = LXMSupport.M64 * s + a;
        long q0 = x0;
        long q1 = x1;
        long q2 = x2;
        long q3 = x3;
        long t = q1 << 17;
        q2 ^= q0;
        q3 ^= q1;
        q1 ^= q2;
        q0 ^= q3;
        q2 ^= t;
        q3 = Long.rotateLeft(q3, 45);
        x0 = q0;
        x1 = q1;
        x2 = q2;
        x3 = q3;
        return z;
    }
}
