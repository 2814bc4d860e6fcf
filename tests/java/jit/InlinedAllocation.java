package jit;

/**
 * Allocations inside inlined calls whose allocation buffer is full (or, under GC stress,
 * always): the runtime allocates with the inlined frames in place, collections move what
 * the inlined and outer frames hold, and an OutOfMemoryError thrown there is caught by the
 * outer method.
 */
public class InlinedAllocation {
    static final class Pair {
        final Object first;
        final Object second;

        Pair(Object first, Object second) {
            this.first = first;
            this.second = second;
        }
    }

    static Pair pair(Object first, Object second) {
        return new Pair(first, second);
    }

    static Pair wrap(int i) {
        return pair(Integer.valueOf(i), pair(null, "x" + (i & 7)));
    }

    static long churn(int n) {
        long sum = 0;
        Pair keep = null;
        for (int i = 0; i < n; i++) {
            Pair p = wrap(i);
            if ((i & 1023) == 0) {
                keep = pair(keep, p);
            }
            sum += (Integer) p.first + ((String) ((Pair) p.second).second).length();
        }
        int depth = 0;
        long inner = 0;
        for (Pair q = keep; q != null; q = (Pair) q.first) {
            depth++;
            inner += (Integer) ((Pair) q.second).first;
        }
        return sum * 31 + depth * 7 + inner;
    }

    /** Fills the heap with arrays, then allocates pairs (inlined) until none fits. */
    static boolean exhaust() {
        Object[] hold = new Object[256];
        int k = 0;
        int size = 1 << 20;
        while (size >= 1024 && k < hold.length) {
            try {
                hold[k] = new long[size / 8];
                k++;
            } catch (OutOfMemoryError e) {
                size /= 4;
            }
        }
        Pair list = null;
        try {
            while (true) {
                list = pair(list, null);
            }
        } catch (OutOfMemoryError e) {
            list = null;
            hold = null;
            return true;
        }
    }

    public static void main(String[] args) {
        System.out.println("churn " + churn(300_000));
        for (int round = 0; round < 3; round++) {
            System.out.println("caught OutOfMemoryError from an inlined allocation: " + exhaust());
        }
        System.out.println("churn again " + churn(50_000));
    }
}
