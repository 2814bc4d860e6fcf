package jdk.random;

import java.util.random.RandomGenerator.SplittableGenerator;

/**
 * The LXM generator with a 32-bit LCG, a xoroshiro64 generator and the lea32 mixer; the
 * default algorithm of RandomGenerator.getDefault().
 */
public final class L32X64MixRandom extends LXMGenerator {
    private static final int GOLDEN_RATIO_32 = 0x9e3779b9;
    private final int a;
    private int s;
    private int x0;
    private int x1;

    public L32X64MixRandom(int a, int s, int x0, int x1) {
        this.a = a | 1;
        this.s = s;
        if ((x0 | x1) == 0) {
            x0 = LXMSupport.mixLea32(s + GOLDEN_RATIO_32);
            x1 = LXMSupport.mixLea32(s + 2 * GOLDEN_RATIO_32);
        }
        this.x0 = x0;
        this.x1 = x1;
    }

    public L32X64MixRandom(long seed) {
        this(mixMurmur32((int) ((seed ^ LXMSupport.SILVER_RATIO_64) >>> 32)), 1,
            LXMSupport.mixLea32((int) (seed ^ LXMSupport.SILVER_RATIO_64)),
            LXMSupport.mixLea32((int) (seed ^ LXMSupport.SILVER_RATIO_64) + GOLDEN_RATIO_32));
    }

    public L32X64MixRandom() {
        this(SeedSource.next());
    }

    public L32X64MixRandom(byte[] seed) {
        this(LXMSupport.seedBytesToInts(seed, 4, 2));
    }

    private L32X64MixRandom(int[] w) {
        this(w[0], w[1], w[2], w[3]);
    }

    /** MurmurHash3's 32-bit finaliser. */
    private static int mixMurmur32(int z) {
        z = (z ^ (z >>> 16)) * 0x85ebca6b;
        z = (z ^ (z >>> 13)) * 0xc2b2ae35;
        return z ^ (z >>> 16);
    }

    @Override
    SplittableGenerator split(SplittableGenerator source, long brine) {
        return new L32X64MixRandom((int) brine << 1, source.nextInt(), source.nextInt(), source.nextInt());
    }

    @Override
    public int nextInt() {
        final int z = s + x0;
        s = LXMSupport.M32 * s + a;
        int q0 = x0;
        int q1 = x1;
        q1 ^= q0;
        q0 = Integer.rotateLeft(q0, 26);
        q0 = q0 ^ q1 ^ (q1 << 9);
        q1 = Integer.rotateLeft(q1, 13);
        x0 = q0;
        x1 = q1;
        return LXMSupport.mixLea32(z);
    }

    @Override
    public long nextLong() {
        return ((long) nextInt() << 32) ^ (long) nextInt();
    }
}
