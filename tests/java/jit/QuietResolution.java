package jit;

/**
 * Paths the interpreter never ran before their method was compiled: a `new` of a class
 * loaded and initialized elsewhere, and fields of such a class. The compiler resolves those
 * constants itself (nothing to load), so the compiled paths allocate and access inline; the
 * results must be the interpreter's, and a class never loaded must still be loaded and
 * initialized, once, when the path first runs.
 */
public class QuietResolution {
    static final class Item {
        static int made;
        final int value;
        int touched;

        Item(int value) {
            this.value = value;
            made++;
        }
    }

    static final class Late {
        static final long STAMP;

        static {
            System.out.println("Late initialized");
            STAMP = 42;
        }

        long value = 7;
    }

    static final Item[] SMALL = new Item[100];

    static Item item(int i) {
        if (i < SMALL.length) {
            return SMALL[i];
        }
        Item fresh = new Item(i);
        fresh.touched = Item.made;
        return fresh;
    }

    static long late(int i) {
        if (i < 50_000) {
            return i;
        }
        return new Late().value + Late.STAMP;
    }

    public static void main(String[] args) {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new Item(i);
        }
        long sum = 0;
        for (int round = 0; round < 60_000; round++) {
            Item it = item(round % 100 + (round >= 40_000 ? round : 0));
            sum += it.value + it.touched;
            sum += late(round);
        }
        System.out.println("sum " + sum + " made " + Item.made);
    }
}
