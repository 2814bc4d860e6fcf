package jdk.random;

/**
 * Seeds for generators created without one: a SplitMix sequence started from the clock, so
 * that generators created one after another differ.
 */
final class SeedSource {
    private SeedSource() {
    }

    private static long state = LXMSupport.mixMurmur64(System.currentTimeMillis()) ^ LXMSupport.mixMurmur64(System.nanoTime());

    static synchronized long next() {
        state += LXMSupport.GOLDEN_RATIO_64;
        return LXMSupport.mixStafford13(state);
    }
}
