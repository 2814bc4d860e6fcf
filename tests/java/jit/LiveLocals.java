package jit;

/**
 * Locals that compiled code writes back to the frame only where they are live: a local
 * read only by an exception handler or a finally block stays live across every call the
 * try covers; a reference slot that held an int before and is dead at a call must not
 * look like a reference to the collector; dead locals are not reread after calls.
 */
public class LiveLocals {
    static int calls;
    static Object sink;

    static int thrower(int x) {
        calls++;
        if (x % 7 == 3) {
            throw new IllegalStateException("x=" + x);
        }
        return x * 2;
    }

    /** Locals read only in the handler, live across the call the try covers. */
    static int handlerReads(int n) {
        int total = 0;
        for (int i = 0; i < n; i++) {
            int onlyInHandler = i * 31;
            String label = "item" + i;
            double weight = i * 0.5;
            try {
                total += thrower(i);
            } catch (IllegalStateException e) {
                total += onlyInHandler + label.length() + e.getMessage().length() + (int) weight;
            }
        }
        return total;
    }

    /** A finally block reads locals set before the try and inside it. */
    static long finallyReads(int n) {
        long acc = 0;
        for (int i = 0; i < n; i++) {
            long before = i * 1_000_003L;
            int inside = -1;
            try {
                inside = thrower(i + 1);
                acc += inside;
            } catch (RuntimeException e) {
                acc -= 1;
            } finally {
                acc ^= before + inside;
            }
        }
        return acc;
    }

    static int helper(int x) {
        sink = new byte[48 + (x & 15)];
        return x & 0xff;
    }

    /** One slot holds an int, then a reference that is dead at a later call while objects move. */
    static int slotReuse(int n) {
        int sum = 0;
        for (int k = 0; k < n; k++) {
            {
                int a = k * 3 + 0x7fff_0001;
                sum += helper(a);
                sum += a & 7;
            }
            {
                Object o = new int[k % 5 + 1];
                sum += ((int[]) o).length;
                sum += helper(k);
            }
            {
                long big = 0x1234_5678_9abc_def0L ^ k;
                sum += helper((int) big);
                sum += (int) (big >>> 40);
            }
            {
                String s = Integer.toString(k);
                sum += helper(s.length());
            }
        }
        return sum;
    }

    /** A local dead in the loop but live after it, across calls in the loop. */
    static String liveAfterLoop(int n) {
        StringBuilder log = new StringBuilder();
        String keep = "keep" + n;
        int unused = n * 7;
        for (int i = 0; i < n; i++) {
            unused = helper(i);
            log.append(i % 10);
        }
        return keep + ":" + log.length() + ":" + unused;
    }

    /** A null in the loop ends the compiled code there; the interpreter needs the live locals. */
    static int deoptNeedsLocals(int[][] rows) {
        int total = 0;
        int seen = 0;
        String tag = "rows";
        for (int i = 0; i < rows.length; i++) {
            try {
                total += rows[i].length + helper(i);
                seen++;
            } catch (NullPointerException e) {
                total += 1000 + seen + tag.length();
            }
        }
        return total * 31 + seen;
    }

    /** Nested handlers, each reading different locals. */
    static int nested(int n) {
        int outer = 0;
        for (int i = 0; i < n; i++) {
            int a = i;
            String b = "b" + i;
            try {
                try {
                    outer += thrower(a);
                    outer += thrower(a + 4);
                } catch (IllegalStateException e) {
                    outer += b.length();
                    throw new IllegalArgumentException(b);
                }
            } catch (IllegalArgumentException e) {
                outer += a + e.getMessage().length();
            }
        }
        return outer;
    }

    public static void main(String[] args) {
        long check = 0;
        for (int round = 0; round < 30; round++) {
            check = check * 31 + handlerReads(50);
            check = check * 31 + finallyReads(40);
            check = check * 31 + slotReuse(60);
            check = check * 31 + liveAfterLoop(25).hashCode();
            int[][] rows = new int[12][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = i % 4 == 2 ? null : new int[i];
            }
            check = check * 31 + deoptNeedsLocals(rows);
            check = check * 31 + nested(30);
        }
        System.out.println("handlerReads " + handlerReads(50));
        System.out.println("finallyReads " + finallyReads(40));
        System.out.println("slotReuse " + slotReuse(60));
        System.out.println("liveAfterLoop " + liveAfterLoop(25));
        System.out.println("nested " + nested(30));
        System.out.println("calls " + calls);
        System.out.println("check " + check);
    }
}
