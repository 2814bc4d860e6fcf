package util;

import java.util.*;
import java.util.random.*;
import java.util.stream.*;
import java.util.random.RandomGenerator.*;

public class RandomAlgorithms {
    public static void main(String[] args) {
        String[] names = {"L32X64MixRandom", "L64X128MixRandom", "L64X128StarStarRandom", "L64X256MixRandom",
            "L64X1024MixRandom", "L128X128MixRandom", "L128X256MixRandom", "L128X1024MixRandom",
            "Xoroshiro128PlusPlus", "Xoshiro256PlusPlus", "SplittableRandom", "Random"};
        for (String n : names) {
            RandomGeneratorFactory<RandomGenerator> f = RandomGeneratorFactory.of(n);
            System.out.println(n + " group=" + f.group() + " bits=" + f.stateBits() + " eq=" + f.equidistribution()
                + " period=" + f.period() + " stat=" + f.isStatistical() + " stoch=" + f.isStochastic()
                + " hw=" + f.isHardware() + " split=" + f.isSplittable() + " jump=" + f.isJumpable()
                + " leap=" + f.isLeapable() + " arb=" + f.isArbitrarilyJumpable() + " stream=" + f.isStreamable()
                + " dep=" + f.isDeprecated());
            for (long seed : new long[]{0L, 42L, -7L, 123456789012345L}) {
                RandomGenerator g = f.create(seed);
                StringBuilder sb = new StringBuilder();
                sb.append(g.nextLong()).append(' ').append(g.nextLong()).append(' ').append(g.nextInt()).append(' ')
                  .append(g.nextInt(100)).append(' ').append(g.nextInt(5, 17)).append(' ').append(g.nextLong(1000L)).append(' ')
                  .append(g.nextDouble()).append(' ').append(g.nextFloat()).append(' ').append(g.nextBoolean());
                if (g instanceof Random) sb.append(' ').append(g.nextGaussian());
                byte[] b = new byte[7];
                g.nextBytes(b);
                sb.append(' ').append(Arrays.toString(b));
                System.out.println("  " + seed + ": " + sb);
            }
            RandomGenerator g = RandomGenerator.of(n);
            System.out.println("  of: " + g.getClass().getSimpleName());
            RandomGenerator h = f.create(99L);
            System.out.println("  ints: " + h.ints(6, 0, 10).boxed().collect(Collectors.toList())
                + " dbl=" + String.format("%.6f", h.doubles(4).sum()));
            if (h instanceof RandomGenerator.SplittableGenerator sg) {
                RandomGenerator.SplittableGenerator c = sg.split();
                System.out.println("  split: " + c.nextLong() + " " + sg.nextLong());
                System.out.println("  splits: " + sg.splits(3).map(x -> x.nextInt(1000)).collect(Collectors.toList()));
            }
            if (h instanceof RandomGenerator.JumpableGenerator jg) {
                RandomGenerator c = jg.copyAndJump();
                System.out.println("  jump: " + c.nextLong() + " " + jg.nextLong());
                System.out.println("  jumps: " + jg.jumps(2).map(x -> x.nextInt(1000)).collect(Collectors.toList()));
            }
            if (h instanceof RandomGenerator.LeapableGenerator lg) {
                RandomGenerator c = lg.copyAndLeap();
                System.out.println("  leap: " + c.nextLong() + " " + lg.nextLong());
            }
        }
        System.out.println(RandomGeneratorFactory.getDefault().name());
        System.out.println(RandomGenerator.getDefault().getClass().getName());
        System.out.println(RandomGeneratorFactory.all().map(RandomGeneratorFactory::name).sorted().collect(Collectors.joining(",")));
        try { RandomGeneratorFactory.of("Nope"); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { RandomGenerator.of("Nope"); } catch (IllegalArgumentException e) { System.out.println(e); }
        RandomGenerator byteSeeded = RandomGeneratorFactory.of("Xoshiro256PlusPlus").create(new byte[]{1,2,3,4,5,6,7,8,9});
        System.out.println("bytes: " + byteSeeded.nextLong() + " " + byteSeeded.nextLong());
        RandomGenerator bs2 = RandomGeneratorFactory.of("L64X128MixRandom").create(new byte[]{1,2,3});
        System.out.println("bytes2: " + bs2.nextLong() + " " + bs2.nextLong());
        RandomGenerator bs3 = RandomGeneratorFactory.of("L32X64MixRandom").create(new byte[]{9,8,7,6,5,4,3,2,1,0,11,12,13,14,15,16,17,18});
        System.out.println("bytes3: " + bs3.nextLong() + " " + bs3.nextInt());
        List<Integer> deck = new ArrayList<>(IntStream.rangeClosed(1, 12).boxed().toList());
        Collections.shuffle(deck, new Random(7));
        System.out.println(deck);
        factoryEdges();
    }

    static void factoryEdges() {
        var f = RandomGeneratorFactory.of("SecureRandom");
        System.out.println(f.group() + " " + f.stateBits() + " " + f.equidistribution() + " " + f.period() + " " + f.isStatistical() + " " + f.isStochastic() + " " + f.isHardware() + " " + f.isStreamable() + " " + f.isSplittable());
        System.out.println(f.create(5L).getClass() + " " + RandomGeneratorFactory.of("Random").create(new byte[]{1}).getClass());
        try { RandomGenerator.SplittableGenerator.of("Random"); } catch (Exception e) { System.out.println(e); }
        try { RandomGenerator.JumpableGenerator.of("L64X128MixRandom"); } catch (Exception e) { System.out.println(e); }
        try { RandomGenerator.StreamableGenerator.of("Random"); } catch (Exception e) { System.out.println(e); }
        try { RandomGeneratorFactory.of(null); } catch (Exception e) { System.out.println(e); }
        RandomGeneratorFactory<RandomGenerator.JumpableGenerator> jf = RandomGeneratorFactory.of("Xoshiro256PlusPlus");
        System.out.println(jf.getClass() + " " + RandomGenerator.of("SecureRandom").getClass());
        var sr = new java.util.SplittableRandom(99);
        System.out.println(sr.splits(3).map(x -> x.nextInt(1000)).toList());
        var sr2 = new java.util.SplittableRandom(99);
        System.out.println(sr2.split(sr2).nextInt(1000) + " " + sr2.split().nextInt(1000) + " " + sr2.rngs(2).map(x -> x.nextInt(1000)).toList());
        RandomGenerator r = new java.util.SplittableRandom(5);
        System.out.println(r.nextInt(10) + " " + ((RandomGenerator.SplittableGenerator) r).splits(2, new java.util.SplittableRandom(8)).map(x -> x.nextLong()).toList());
        StreamableGenerator st = StreamableGenerator.of("L64X256MixRandom");
        System.out.println(st.rngs(3).count() + " " + st.getClass().getSimpleName());
        LeapableGenerator lg = (LeapableGenerator) RandomGeneratorFactory.of("Xoroshiro128PlusPlus").create(2024L);
        System.out.println(lg.leaps(2).map(j -> j.jumps(2).map(x -> x.nextInt(100)).toList()).toList() + " " + lg.jumpDistance() + " " + lg.leapDistance());
        SplittableGenerator lx = (SplittableGenerator) RandomGeneratorFactory.of("L128X256MixRandom").create(77L);
        SplittableGenerator other = (SplittableGenerator) RandomGeneratorFactory.of("L64X1024MixRandom").create(78L);
        System.out.println(lx.split(other).nextLong() + " " + lx.rngs(2).map(x -> x.nextLong(50)).toList() + " " + other.splits(other).limit(2).map(x -> x.nextInt()).toList());
        RandomGenerator def = RandomGenerator.getDefault();
        int inRange = def.nextInt(10, 20);
        System.out.println(def.getClass().getSimpleName() + " " + (inRange >= 10 && inRange < 20) + " " + RandomGeneratorFactory.getDefault().create(1L).nextLong());
        try { RandomGeneratorFactory.of("L64X128MixRandom").create(3L).nextInt(5, 5); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { RandomGeneratorFactory.of("L64X128MixRandom").create(3L).ints(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}
