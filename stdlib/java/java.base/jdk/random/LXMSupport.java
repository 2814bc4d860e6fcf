package jdk.random;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * Shared pieces of the LXM, Xoroshiro and Xoshiro generators: the 64-bit odd constants used to
 * spread seeds, the mixing functions that turn a seed or a state word into well-distributed
 * bits, and the splitting machinery of the LXM family (a split generator takes its additive
 * LCG parameter from a "brine" value and the rest of its state from the source generator).
 */
final class LXMSupport {
    private LXMSupport() {
    }

    /** 2^64 divided by the golden ratio, rounded to odd. */
    static final long GOLDEN_RATIO_64 = 0x9e3779b97f4a7c15L;
    /** 2^64 times (sqrt 2 - 1), rounded to odd. */
    static final long SILVER_RATIO_64 = 0x6a09e667f3bcc909L;

    /** The multiplier of the 64-bit LCGs. */
    static final long M64 = 0xd1342543de82ef95L;
    /** The multiplier of the 32-bit LCG. */
    static final int M32 = 0xadb4a92d;
    /** The low half of the multiplier of the 128-bit LCGs (the high half is 1). */
    static final long M128L = 0xd605bbb58c8abbfdL;

    /** MurmurHash3's 64-bit finaliser. */
    static long mixMurmur64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** David Stafford's variant 13 of the 64-bit finaliser (SplitMix64's mixer). */
    static long mixStafford13(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Doug Lea's 64-bit mixer, the output function of the 64- and 128-bit LXM generators. */
    static long mixLea64(long z) {
        z = (z ^ (z >>> 32)) * 0xdaba0b6eb09322e3L;
        z = (z ^ (z >>> 32)) * 0xdaba0b6eb09322e3L;
        return z ^ (z >>> 32);
    }

    /** Doug Lea's 32-bit mixer, the output function of L32X64MixRandom. */
    static int mixLea32(int z) {
        z = (z ^ (z >>> 16)) * 0xd36d884b;
        z = (z ^ (z >>> 16)) * 0xd36d884b;
        return z ^ (z >>> 16);
    }

    /** The high 64 bits of the unsigned 128-bit product of x and y. */
    static long unsignedMultiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
    }

    /**
     * Turns seed bytes into n longs: the bytes fill the longs in order, most significant byte
     * first; longs no byte reached are filled from a SplitMix sequence started at the first
     * long; if the last z longs are all zero they are refilled the same way from an even start.
     */
    static long[] seedBytesToLongs(byte[] seed, int n, int z) {
        long[] result = new long[n];
        int m = Math.min(seed.length, n << 3);
        for (int j = 0; j < m; j++) {
            result[j >> 3] = (result[j >> 3] << 8) | (seed[j] & 0xffL);
        }
        long v = result[0];
        for (int j = (m + 7) >> 3; j < n; j++) {
            result[j] = mixMurmur64(v += SILVER_RATIO_64);
        }
        boolean allZero = true;
        for (int j = n - z; j < n; j++) {
            if (result[j] != 0) {
                allZero = false;
                break;
            }
        }
        if (allZero) {
            long w = result[0] & ~1L;
            for (int j = n - z; j < n; j++) {
                result[j] = mixMurmur64(w += SILVER_RATIO_64);
            }
        }
        return result;
    }

    /** The same for ints (L32X64MixRandom). */
    static int[] seedBytesToInts(byte[] seed, int n, int z) {
        int[] result = new int[n];
        int m = Math.min(seed.length, n << 2);
        for (int j = 0; j < m; j++) {
            result[j >> 2] = (result[j >> 2] << 8) | (seed[j] & 0xff);
        }
        long v = result[0];
        for (int j = (m + 3) >> 2; j < n; j++) {
            result[j] = (int) mixMurmur64(v += SILVER_RATIO_64);
        }
        boolean allZero = true;
        for (int j = n - z; j < n; j++) {
            if (result[j] != 0) {
                allZero = false;
                break;
            }
        }
        if (allZero) {
            long w = result[0] & ~1L;
            for (int j = n - z; j < n; j++) {
                result[j] = (int) mixMurmur64(w += SILVER_RATIO_64);
            }
        }
        return result;
    }

    static void checkStreamSize(long streamSize) {
        if (streamSize < 0L) {
            throw new IllegalArgumentException("size must be non-negative");
        }
    }

    /**
     * streamSize generators split from source, each with a distinct brine. The salt is made of
     * fifteen base-15 digits of one value from the source (as signed hexadecimal digits) above
     * a marker digit 0xf; generator i (i > 0) gets the salt shifted left past i's hexadecimal
     * digits, with i in the low bits, so no two generators of the stream share a brine.
     */
    static Stream<SplittableGenerator> splits(LXMGenerator self, long streamSize, SplittableGenerator source) {
        checkStreamSize(streamSize);
        Objects.requireNonNull(source, "source should be non-null");
        final long digitMask = (1L << SALT_SHIFT) - 1;
        long salt = digitMask << (64 - SALT_SHIFT);
        long bits = source.nextLong();
        while ((salt & digitMask) == 0) {
            long digit = Math.multiplyHigh(bits, digitMask);
            salt = (salt >>> SALT_SHIFT) | (digit << (64 - SALT_SHIFT));
            bits *= digitMask;
        }
        return StreamSupport.stream(new SplitsSpliterator(self, source, 0L, streamSize, salt), false);
    }

    /** The brine of generator index of a stream of splits with the given salt. */
    static long brine(long salt, long index) {
        int shift = ((64 - Long.numberOfLeadingZeros(index)) + SALT_SHIFT - 1) & -SALT_SHIFT;
        return shift >= 64 ? index : (salt << shift) | index;
    }

    static final int SALT_SHIFT = 4;

    static final class SplitsSpliterator implements Spliterator<SplittableGenerator> {
        final LXMGenerator generating;
        final SplittableGenerator source;
        long index;
        final long fence;
        final long salt;

        SplitsSpliterator(LXMGenerator generating, SplittableGenerator source, long index, long fence, long salt) {
            this.generating = generating;
            this.source = source;
            this.index = index;
            this.fence = fence;
            this.salt = salt;
        }

        @Override
        public Spliterator<SplittableGenerator> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return fence - index;
        }

        @Override
        public int characteristics() {
            return Spliterator.SIZED | Spliterator.SUBSIZED | Spliterator.NONNULL | Spliterator.IMMUTABLE;
        }

        @Override
        public boolean tryAdvance(Consumer<? super SplittableGenerator> consumer) {
            Objects.requireNonNull(consumer);
            if (index < fence) {
                consumer.accept(generating.split(source, brine(salt, index)));
                index++;
                return true;
            }
            return false;
        }
    }
}
