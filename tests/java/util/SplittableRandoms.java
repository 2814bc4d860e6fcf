package util;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

public class SplittableRandoms {
    static void tryIt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no exception");
        } catch (IllegalArgumentException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        SplittableRandom r = new SplittableRandom(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) sb.append(r.nextInt()).append(' ');
        System.out.println("nextInt: " + sb);
        sb.setLength(0);
        for (int i = 0; i < 8; i++) sb.append(r.nextLong()).append(' ');
        System.out.println("nextLong: " + sb);
        sb.setLength(0);
        for (int i = 0; i < 6; i++) sb.append(r.nextDouble()).append(' ');
        System.out.println("nextDouble: " + sb);
        sb.setLength(0);
        for (int i = 0; i < 6; i++) sb.append(r.nextFloat()).append(' ');
        System.out.println("nextFloat: " + sb);
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextBoolean() ? 'T' : 'F');
        System.out.println("nextBoolean: " + sb);

        int[] bounds = {1, 2, 3, 7, 10, 16, 100, 1000, 1 << 30, Integer.MAX_VALUE};
        for (int b : bounds) {
            sb.setLength(0);
            for (int i = 0; i < 6; i++) sb.append(r.nextInt(b)).append(' ');
            System.out.println("nextInt(" + b + "): " + sb);
        }
        int[][] ranges = {{0, 10}, {-5, 5}, {-100, -50}, {Integer.MIN_VALUE, Integer.MAX_VALUE},
                {Integer.MIN_VALUE, 0}, {-1, Integer.MAX_VALUE}, {8, 24}};
        for (int[] rg : ranges) {
            sb.setLength(0);
            for (int i = 0; i < 6; i++) sb.append(r.nextInt(rg[0], rg[1])).append(' ');
            System.out.println("nextInt(" + rg[0] + "," + rg[1] + "): " + sb);
        }
        long[] lbounds = {1L, 5L, 64L, 1000000007L, 1L << 40, Long.MAX_VALUE};
        for (long b : lbounds) {
            sb.setLength(0);
            for (int i = 0; i < 5; i++) sb.append(r.nextLong(b)).append(' ');
            System.out.println("nextLong(" + b + "): " + sb);
        }
        long[][] lranges = {{-10, 10}, {Long.MIN_VALUE, Long.MAX_VALUE}, {Long.MIN_VALUE, 0}, {100, 356}};
        for (long[] rg : lranges) {
            sb.setLength(0);
            for (int i = 0; i < 5; i++) sb.append(r.nextLong(rg[0], rg[1])).append(' ');
            System.out.println("nextLong(" + rg[0] + "," + rg[1] + "): " + sb);
        }
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextDouble(10.0)).append(' ');
        System.out.println("nextDouble(10): " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextDouble(-3.5, 2.25)).append(' ');
        System.out.println("nextDouble(-3.5,2.25): " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextFloat(7.0f)).append(' ');
        System.out.println("nextFloat(7): " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextFloat(1.0f, 2.0f)).append(' ');
        System.out.println("nextFloat(1,2): " + sb);

        byte[] bytes = new byte[13];
        r.nextBytes(bytes);
        System.out.println("nextBytes(13): " + Arrays.toString(bytes));
        bytes = new byte[16];
        r.nextBytes(bytes);
        System.out.println("nextBytes(16): " + Arrays.toString(bytes));
        bytes = new byte[3];
        r.nextBytes(bytes);
        System.out.println("nextBytes(3): " + Arrays.toString(bytes));

        // split
        SplittableRandom a = new SplittableRandom(7);
        SplittableRandom b = a.split();
        SplittableRandom c = b.split();
        for (int i = 0; i < 4; i++) {
            System.out.println("split " + i + ": " + a.nextInt() + " " + b.nextLong() + " " + c.nextInt(1000)
                    + " " + c.nextDouble());
        }
        SplittableRandom s1 = new SplittableRandom(123456789L);
        SplittableRandom s2 = new SplittableRandom(123456789L);
        System.out.println("same seed same split: " + (s1.split().nextLong() == s2.split().nextLong()));
        System.out.println("after split: " + s1.nextLong() + " " + s2.nextLong());

        // streams
        SplittableRandom st = new SplittableRandom(2024);
        System.out.println("ints(5): " + Arrays.toString(st.ints(5).toArray()));
        System.out.println("ints(6,0,10): " + Arrays.toString(st.ints(6, 0, 10).toArray()));
        System.out.println("ints(-3,3).limit(7): " + Arrays.toString(st.ints(-3, 3).limit(7).toArray()));
        System.out.println("ints().limit(3): " + Arrays.toString(st.ints().limit(3).toArray()));
        System.out.println("longs(4): " + Arrays.toString(st.longs(4).toArray()));
        System.out.println("longs(4,1,1000): " + Arrays.toString(st.longs(4, 1, 1000).toArray()));
        System.out.println("longs().limit(2): " + Arrays.toString(st.longs().limit(2).toArray()));
        System.out.println("doubles(3): " + Arrays.toString(st.doubles(3).toArray()));
        System.out.println("doubles(3,5,6): " + Arrays.toString(st.doubles(3, 5, 6).toArray()));
        System.out.println("doubles().limit(2): " + Arrays.toString(st.doubles().limit(2).toArray()));
        System.out.println("ints(1000,0,6) histogram: " + st.ints(1000, 0, 6).boxed()
                .collect(Collectors.groupingBy(x -> x, java.util.TreeMap::new, Collectors.counting())));
        System.out.println("ints(0): " + st.ints(0).count());
        System.out.println("next after streams: " + st.nextInt());

        // dice simulation
        SplittableRandom dice = new SplittableRandom(6);
        int[] counts = new int[13];
        for (int i = 0; i < 3000; i++) counts[dice.nextInt(1, 7) + dice.nextInt(1, 7)]++;
        System.out.println("two dice: " + Arrays.toString(counts));

        // shuffle
        Integer[] deck = new Integer[20];
        for (int i = 0; i < deck.length; i++) deck[i] = i;
        SplittableRandom sh = new SplittableRandom(99);
        for (int i = deck.length - 1; i > 0; i--) {
            int j = sh.nextInt(i + 1);
            Integer t = deck[i]; deck[i] = deck[j]; deck[j] = t;
        }
        System.out.println("shuffled: " + Arrays.toString(deck));

        // seeds of extreme values
        for (long seed : new long[] {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE}) {
            SplittableRandom x = new SplittableRandom(seed);
            System.out.println("seed " + seed + ": " + x.nextLong() + " " + x.nextInt() + " " + x.nextDouble());
        }

        // errors
        SplittableRandom e = new SplittableRandom(1);
        tryIt("nextInt(0)", () -> e.nextInt(0));
        tryIt("nextInt(-5)", () -> e.nextInt(-5));
        tryIt("nextInt(5,5)", () -> e.nextInt(5, 5));
        tryIt("nextLong(0)", () -> e.nextLong(0));
        tryIt("nextLong(3,1)", () -> e.nextLong(3, 1));
        tryIt("nextDouble(0)", () -> e.nextDouble(0.0));
        tryIt("nextDouble(inf)", () -> e.nextDouble(Double.POSITIVE_INFINITY));
        tryIt("nextDouble(NaN)", () -> e.nextDouble(Double.NaN));
        tryIt("nextDouble(2,1)", () -> e.nextDouble(2.0, 1.0));
        tryIt("nextFloat(-1)", () -> e.nextFloat(-1f));
        tryIt("ints(-1)", () -> e.ints(-1));
        tryIt("ints(5,3)", () -> e.ints(5, 3));
        tryIt("ints(-1,5,3)", () -> e.ints(-1, 5, 3));
        tryIt("longs(2,2)", () -> e.longs(2, 2));
        tryIt("doubles(1,0)", () -> e.doubles(1.0, 0.0));
        tryIt("doubles(-2)", () -> e.doubles(-2));
        System.out.println("after errors: " + e.nextInt());
    }
}
