package jdk.random;

import java.util.random.RandomGenerator.SplittableGenerator;

/** The LXM generator with a 128-bit LCG, a xoshiro256 generator and the lea64 mixer. */
public final class L128X256MixRandom extends LXMGenerator {
    private final long ah;
    private final long al;
    private long sh;
    private long sl;
    private long x0;
    private long x1;
    private long x2;
    private long x3;

    public L128X256MixRandom(long ah, long al, long sh, long sl, long x0, long x1, long x2, long x3) {
        this.ah = ah;
        this.al = al | 1;
        this.sh = sh;
        this.sl = sl;
        if ((x0 | x1 | x2 | x3) == 0) {
            long v = sh;
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

    public L128X256MixRandom(long seed) {
        this(LXMSupport.mixMurmur64(seed ^= LXMSupport.SILVER_RATIO_64),
            LXMSupport.mixMurmur64(seed += LXMSupport.GOLDEN_RATIO_64), 0, 1,
            LXMSupport.mixStafford13(seed),
            LXMSupport.mixStafford13(seed += LXMSupport.GOLDEN_RATIO_64),
            LXMSupport.mixStafford13(seed += LXMSupport.GOLDEN_RATIO_64),
            LXMSupport.mixStafford13(seed + LXMSupport.GOLDEN_RATIO_64));
    }

    public L128X256MixRandom() {
        this(SeedSource.next());
    }

    public L128X256MixRandom(byte[] seed) {
        this(LXMSupport.seedBytesToLongs(seed, 8, 4));
    }

    private L128X256MixRandom(long[] w) {
        this(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]);
    }

    @Override
    SplittableGenerator split(SplittableGenerator source, long brine) {
        return new L128X256MixRandom(source.nextLong(), brine << 1, source.nextLong(), source.nextLong(),
            source.nextLong(), source.nextLong(), source.nextLong(), source.nextLong());
    }

    @Override
    public long nextLong() {
        final long z = sh + x0;
        final long u = LXMSupport.M128L * sl;
        sh = (LXMSupport.M128L * sh) + LXMSupport.unsignedMultiplyHigh(LXMSupport.M128L, sl) + sl + ah;
        sl = u + al;
        if (Long.compareUnsigned(sl, u) < 0) {
            ++sh;
        }
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
        return LXMSupport.mixLea64(z);
    }
}
