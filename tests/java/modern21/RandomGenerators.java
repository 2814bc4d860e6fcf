package modern21;

import java.util.*;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

public class RandomGenerators {
    /** A tiny deterministic generator: only nextLong() is its own, the rest are the defaults. */
    static final class Lcg implements RandomGenerator {
        long state;

        Lcg(long seed) {
            state = seed;
        }

        public long nextLong() {
            state = state * 6364136223846793005L + 1442695040888963407L;
            long z = state;
            z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
            return z ^ (z >>> 29);
        }
    }

    static void t(String label, Supplier<?> action) {
        try {
            System.out.println(label + " -> " + action.get());
        } catch (RuntimeException e) {
            System.out.println(label + " !! " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    static void exercise(String name, RandomGenerator g) {
        System.out.println("-- " + name);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) sb.append(g.nextInt()).append(' ');
        for (int i = 0; i < 4; i++) sb.append(g.nextInt(10)).append(' ');
        for (int i = 0; i < 4; i++) sb.append(g.nextInt(16)).append(' ');
        for (int i = 0; i < 4; i++) sb.append(g.nextInt(-5, 5)).append(' ');
        System.out.println("ints " + sb);
        sb.setLength(0);
        for (int i = 0; i < 3; i++) sb.append(g.nextLong()).append(' ');
        for (int i = 0; i < 3; i++) sb.append(g.nextLong(1000)).append(' ');
        for (int i = 0; i < 3; i++) sb.append(g.nextLong(-100, 100)).append(' ');
        System.out.println("longs " + sb);
        sb.setLength(0);
        for (int i = 0; i < 3; i++) sb.append(g.nextDouble()).append(' ');
        sb.append(g.nextDouble(5.0)).append(' ').append(g.nextDouble(-1.0, 1.0)).append(' ');
        sb.append(g.nextFloat()).append(' ').append(g.nextFloat(2f)).append(' ').append(g.nextFloat(1f, 3f)).append(' ').append(g.nextBoolean());
        System.out.println("floating " + sb);
        byte[] bytes = new byte[11];
        g.nextBytes(bytes);
        System.out.println("bytes " + Arrays.toString(bytes));
        System.out.println("streams " + Arrays.toString(g.ints(5, 0, 100).toArray()) + " " + Arrays.toString(g.longs(3, 10, 20).toArray()) + " " + g.doubles(2).map(d -> Math.floor(d * 1000)).boxed().toList());
        t("nextInt(0)", () -> g.nextInt(0));
        t("nextInt(5,5)", () -> g.nextInt(5, 5));
        t("nextLong(-1)", () -> g.nextLong(-1));
        t("nextDouble(NaN)", () -> g.nextDouble(Double.NaN));
        t("ints(-1)", () -> g.ints(-1));
        t("isDeprecated", g::isDeprecated);
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        Collections.shuffle(list, g);
        System.out.println("shuffled " + list);
        LinkedList<Integer> linked = new LinkedList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        Collections.shuffle(linked, g);
        System.out.println("shuffled linked " + linked);
    }

    public static void main(String[] args) {
        exercise("Random(42) as RandomGenerator", new Random(42));
        exercise("Lcg(7)", new Lcg(7));
        Random wrapped = Random.from(new Lcg(7));
        System.out.println("from: " + wrapped.nextInt() + " " + wrapped.nextInt(100) + " " + wrapped.nextDouble());
        t("from.setSeed", () -> { wrapped.setSeed(1); return "set"; });
        Random r = new Random(3);
        t("from(Random) same", () -> Random.from(r) == r);
        t("of(Random)", () -> RandomGenerator.of("Random").getClass().getName());
        List<Integer> viaRandom = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        Collections.shuffle(viaRandom, new Random(5));
        List<Integer> viaGenerator = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        Collections.shuffle(viaGenerator, (RandomGenerator) new Random(5));
        System.out.println("same shuffle " + viaRandom + " " + viaGenerator);
    }
}
