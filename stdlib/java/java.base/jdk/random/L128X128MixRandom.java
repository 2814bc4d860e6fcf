package jdk.random;

import java.util.random.RandomGenerator.SplittableGenerator;

/**
 * The LXM generator with a 128-bit LCG (multiplier 2^64 + M128L, addend ah:al with al odd), a
 * xoroshiro128 generator and the lea64 mixer applied to the LCG's high word plus x0.
 */
public final class L128X128MixRandom extends LXMGenerator {
    private final long ah;
    private final long al;
    private long sh;
    private long sl;
    private long x0;
    private long x1;

    public L128X128MixRandom(long ah, long al, long sh, long sl, long x0, long x1) {
        this.ah = ah;
        this.al = al | 1;
        this.sh = sh;
        this.sl = sl;
        if ((x0 | x1) == 0) {
            long v = sh;
            x0 = LXMSupport.mixStafford13(v += LXMSupport.GOLDEN_RATIO_64);
            x1 = LXMSupport.mixStafford13(v + LXMSupport.GOLDEN_RATIO_64);
        }
        this.x0 = x0;
        this.x1 = x1;
    }

    public L128X128MixRandom(long seed) {
        this(LXMSupport.mixMurmur64(seed ^= LXMSupport.SILVER_RATIO_64),
            LXMSupport.mixMurmur64(seed += LXMSupport.GOLDEN_RATIO_64), 0, 1,
            LXMSupport.mixStafford13(seed), LXMSupport.mixStafford13(seed + LXMSupport.GOLDEN_RATIO_64));
    }

    public L128X128MixRandom() {
        this(SeedSource.next());
    }

    public L128X128MixRandom(byte[] seed) {
        this(LXMSupport.seedBytesToLongs(seed, 6, 2));
    }

    private L128X128MixRandom(long[] w) {
        this(w[0], w[1], w[2], w[3], w[4], w[5]);
    }

    @Override
    SplittableGenerator split(SplittableGenerator source, long brine) {
        return new L128X128MixRandom(source.nextLong(), brine << 1, source.nextLong(), source.nextLong(),
            source.nextLong(), source.nextLong());
    }

    @Override
    public long nextLong() {
        final long z = sh + x0;
        // (sh:sl) = (sh:sl) * (1:M128L) + (ah:al), modulo 2^128
        final long u = LXMSupport.M128L * sl;
        sh = (LXMSupport.M128L * sh) + LXMSupport.unsignedMultiplyHigh(LXMSupport.M128L, sl) + sl + ah;
        sl = u + al;
        if (Long.compareUnsigned(sl, u) < 0) {
            ++sh;
        }
        long q0 = x0;
        long q1 = x1;
        q1 ^= q0;
        q0 = Long.rotateLeft(q0, 24);
        q0 = q0 ^ q1 ^ (q1 << 16);
        q1 = Long.rotateLeft(q1, 37);
        x0 = q0;
        x1 = q1;
        return LXMSupport.mixLea64(z);
    }
}
