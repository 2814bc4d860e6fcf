package gc;

/**
 * The cases the reference maps must get right, each with allocations (and so collections,
 * under GC stress) while the value lives only in an interpreter frame: an object between
 * `new` and its constructor, a slot that is null on one path and a reference on another,
 * longs and doubles beside references, values merged at exception handlers, and a local
 * whose kind changes between uses.
 */
public class FrameRoots {
    static final class Pair {
        final Object left;
        final Object right;

        Pair(Object left, Object right) {
            this.left = left;
            this.right = right;
        }
    }

    static Object sink;

    static Object churn(int n) {
        Object last = null;
        for (int i = 0; i < n; i++) {
            last = new int[8 + (i & 7)];
            sink = new Object[3];
        }
        return last;
    }

    /** `new Pair` is uninitialized on the stack while both arguments allocate. */
    static String uninitialized(int n) {
        Pair p = new Pair(new StringBuilder("left").append(n), new Pair(churn(50), "right " + n));
        return p.left + "/" + ((Pair) p.right).right;
    }

    /** `o` is null on one path and an array on the other; the merge is a reference. */
    static int nullOrArray(int n) {
        Object o = (n & 1) == 0 ? null : new int[] {n, n + 1, n + 2};
        churn(100);
        return o == null ? -1 : ((int[]) o)[2];
    }

    /** Longs and doubles sit beside references in locals and on the stack. */
    static String wide(int n) {
        long l = 0x7fff_0000_1000L + n;
        String s = "s" + n;
        double d = n * 1.5;
        Object keep = churn(80);
        long m = l ^ (long) d;
        return s + ":" + m + ":" + (keep != null) + ":" + (l + 1);
    }

    /** The handler sees `holder` as a reference and `count` as an int from every path. */
    static String handlers(int n) {
        Object holder = "start";
        int count = 0;
        for (int i = 0; i < n; i++) {
            try {
                holder = new StringBuilder("round ").append(i);
                churn(20);
                if (i % 3 == 2) {
                    throw new IllegalStateException("at " + i);
                }
                count++;
            } catch (IllegalStateException e) {
                churn(20);
                holder = e.getMessage() + " after " + holder;
            }
        }
        return holder + " count " + count;
    }

    /** Slot 1 holds an int, then a reference, then a long half: each use has its own kind. */
    static String kindChanges(int n) {
        String out = "";
        {
            int a = n * 7;
            churn(10);
            out += a;
        }
        {
            Object a = new int[] {n};
            churn(10);
            out += "," + ((int[]) a)[0];
        }
        {
            long a = n * 11L;
            churn(10);
            out += "," + a;
        }
        return out;
    }

    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) {
            System.out.println(uninitialized(round));
            System.out.println(nullOrArray(round));
            System.out.println(wide(round));
            System.out.println(handlers(5 + round));
            System.out.println(kindChanges(round));
        }
    }
}
