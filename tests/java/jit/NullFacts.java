package jit;

/**
 * Null checks the compiler may leave out because a local was checked before: a local known
 * not to be null (dereferenced, freshly allocated, tested) stays so only until it is stored
 * to, only on the paths that checked it, and not after an exception handler ran because it
 * was null. Each case must throw the NullPointerException in the iteration HotSpot does.
 */
public class NullFacts {
    static final class Box {
        int v;

        Box(int v) {
            this.v = v;
        }
    }

    /** The iteration a loop was at: where the exception came from. */
    static int at;

    static int[] maybe(int i) {
        return i % 5 == 4 ? null : new int[] {i, i + 1};
    }

    /** Checked before the loop, stored to inside it: the check must come back. */
    static long storedInLoop(int n) {
        int[] a = new int[] {1, 2};
        long sum = 0;
        for (int i = 0; i < n; i++) {
            at = i;
            sum += a[0] + a[1];
            a = maybe(i);
        }
        return sum;
    }

    /** Checked on one path into the loop only. */
    static long oneSide(int n, boolean check) {
        int[] a = check ? new int[] {3, 4} : null;
        if (check) {
            a[0]++;
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            at = i;
            sum += a.length;
        }
        return sum;
    }

    /** A handler ran because the local was null; the loop after it must still check. */
    static long afterHandler(int n, Box b) {
        long sum = 0;
        try {
            sum += b.v;
        } catch (NullPointerException e) {
            sum = -1;
        }
        at = -1;
        // Long enough in the interpreter (which runs the handler) to move to compiled code.
        for (int i = 0; i < n; i++) {
            at = i;
            sum += i < 40000 ? i : b.v;
        }
        return sum;
    }

    /** Tested with ifnonnull/ifnull; the other side must check. */
    static long tested(int n, Box b) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            at = i;
            if (b != null) {
                sum += b.v;
            } else if (i == n - 1) {
                sum += b.v;
            }
        }
        return sum;
    }

    /** Checked on one path into the loop only (a field, which has no bounds check). */
    static long oneSideField(int n, boolean check) {
        Box b = check ? new Box(2) : null;
        if (check) {
            b.v++;
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            at = i;
            sum += b.v;
        }
        return sum;
    }

    /** Dereferenced in a loop that also makes it null now and then. */
    static long alternating(int n) {
        Object o = "x";
        long sum = 0;
        for (int i = 0; i < n; i++) {
            at = i;
            sum += o.hashCode();
            o = (i % 1000 == 999) ? null : o;
        }
        return sum;
    }

    /** Small enough to be inlined; clears its own parameter, not the caller's local. */
    static int weigh(int[] a, int i) {
        int w = a.length + i;
        a = null;
        return a == null ? w : 0;
    }

    /** Returns null now and then. */
    static int[] next(int[] a, int i) {
        return i % 1000 == 999 ? null : a;
    }

    /** Checked before the loop, a call inlined before each use: no store, no check needed. */
    static long afterInlinedCall(int n, int[] a) {
        long sum = a.length;
        for (int i = 0; i < n; i++) {
            at = i;
            sum += weigh(a, i) + a[i & 1];
        }
        return sum;
    }

    /** The inlined call's result is stored to the local: the check must come back. */
    static long storedFromInlinedCall(int n) {
        int[] a = new int[] {1, 2};
        long sum = 0;
        for (int i = 0; i < n; i++) {
            at = i;
            a = next(a, i);
            sum += a[i & 1];
        }
        return sum;
    }

    interface Action {
        long run();
    }

    static void show(String what, Action action) {
        at = -2;
        try {
            System.out.println(what + ": " + action.run());
        } catch (NullPointerException e) {
            System.out.println(what + ": NullPointerException in iteration " + at);
        }
    }

    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) {
            show("stored in loop 4", () -> storedInLoop(4));
            show("stored in loop 5", () -> storedInLoop(5));
            show("stored in loop 50000", () -> storedInLoop(50000));
            show("one side checked", () -> oneSide(50000, true));
            show("one side unchecked", () -> oneSide(50000, false));
            show("one side unchecked, empty loop", () -> oneSide(0, false));
            show("one side checked, field", () -> oneSideField(50000, true));
            show("one side unchecked, field", () -> oneSideField(50000, false));
            show("after handler, object", () -> afterHandler(50000, new Box(5)));
            show("after handler, null", () -> afterHandler(50000, null));
            show("after handler, null, no loop", () -> afterHandler(0, null));
            show("tested, object", () -> tested(50000, new Box(7)));
            show("tested, null", () -> tested(50000, null));
            show("alternating", () -> alternating(100000));
            show("after inlined call", () -> afterInlinedCall(100000, new int[] {3, 4}));
            show("after inlined call, null", () -> afterInlinedCall(100000, null));
            show("stored from inlined call", () -> storedFromInlinedCall(100000));
        }
    }
}
