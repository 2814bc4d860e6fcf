package jdk.random;

import java.util.random.RandomGenerator.SplittableGenerator;

/** The LXM generator with a 64-bit LCG, a xoroshiro1024 generator and the lea64 mixer. */
public final class L64X1024MixRandom extends LXMGenerator {
    private static final int N = 16;
    private final long a;
    private long s;
    private final long[] x;
    private int p;

    private L64X1024MixRandom(long a, long s, long[] x) {
        this.a = a | 1;
        this.s = s;
        this.x = x;
        this.p = N - 1;
        boolean allZero = true;
        for (long w : x) {
            if (w != 0) {
                allZero = false;
                break;
            }
        }
        if (allZero) {
            long v = s;
            for (int i = 0; i < N; i++) {
                x[i] = LXMSupport.mixStafford13(v += LXMSupport.GOLDEN_RATIO_64);
            }
        }
    }

    public L64X1024MixRandom(long a, long s, long x0, long x1, long x2, long x3, long x4, long x5, long x6, long x7,
                             long x8, long x9, long x10, long x11, long x12, long x13, long x14, long x15) {
        this(a, s, new long[] {x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15});
    }

    public L64X1024MixRandom(long seed) {
        this(LXMSupport.mixMurmur64(seed ^ LXMSupport.SILVER_RATIO_64), 1, fill(seed ^ LXMSupport.SILVER_RATIO_64));
    }

    /** The xoroshiro state of a long seed: a SplitMix sequence from the (already xored) seed. */
    private static long[] fill(long seed) {
        long[] x = new long[N];
        x[0] = LXMSupport.mixStafford13(seed);
        for (int i = 1; i < N; i++) {
            x[i] = LXMSupport.mixStafford13(seed += LXMSupport.GOLDEN_RATIO_64);
        }
        return x;
    }

    public L64X1024MixRandom() {
        this(SeedSource.next());
    }

    public L64X1024MixRandom(byte[] seed) {
        this(LXMSupport.seedBytesToLongs(seed, N + 2, N));
    }

    private L64X1024MixRandom(long[] w) {
        this(w[0], w[1], java.util.Arrays.copyOfRange(w, 2, N + 2));
    }

    @Override
    SplittableGenerator split(SplittableGenerator source, long brine) {
        long s = source.nextLong();
        long[] x = new long[N];
        for (int i = 0; i < N; i++) {
            x[i] = source.nextLong();
        }
        return new L64X1024MixRandom(brine << 1, s, x);
    }

    @Override
    public long nextLong() {
        final int q = p;
        p = (p + 1) & (N - 1);
        final long s0 = x[p];
        long s15 = x[q];
        final long z = s + s0;
        s = LXMSupport.M64 * s + a;
        s15 ^= s0;
        x[q] = Long.rotateLeft(s0, 25) ^ s15 ^ (s15 << 27);
        x[p] = Long.rotateLeft(s15, 36);
        return LXMSupport.mixLea64(z);
    }
}
