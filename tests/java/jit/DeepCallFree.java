package jit;

/**
 * Methods that call nothing are inlined below the depth where methods that call are cut
 * (here at levels 4 and 5 of a chain): their exits (a null, a bound, a division by zero, a
 * failed cast, an allocation that finds the buffer full) must write every inlined frame,
 * so that exceptions and stack traces show the whole chain with its lines.
 */
public class DeepCallFree {
    static final class Box {
        final int value;

        Box(int value) {
            this.value = value;
        }
    }

    static Object current;

    /** Level 5: no calls; may throw. */
    static int leaf(int[] values, int i) {
        Box box = (Box) current;
        return values[i] / (box.value - i) + values.length;
    }

    /** Level 4: trivial (at most 6 bytes), so it may call from there. */
    static int fourth(int[] values, int i) {
        return leaf(values, i);
    }

    static int third(int[] values, int i, Object o) {
        current = o;
        return fourth(values, i) + 1;
    }

    static int second(int[] values, int i, Object o) {
        return third(values, i, o) - 2;
    }

    static int first(int[] values, int i, Object o) {
        return second(values, i, o) ^ 5;
    }

    /** Level 4, no calls, allocates two arrays each call. */
    static int[] fresh(int n) {
        int[] a = new int[(n & 15) + 1];
        long[] b = new long[n & 7];
        a[0] = n + b.length;
        return a;
    }

    static int[] three(int n) {
        return fresh(n + 1);
    }

    static int[] two(int n) {
        return three(n + 1);
    }

    static int[] one(int n) {
        return two(n + 1);
    }

    static void report(String what, RuntimeException e) {
        System.out.println(what + " -> " + e.getClass().getName());
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("jit.")) {
                System.out.println("    at " + frame);
            }
        }
    }

    public static void main(String[] args) {
        int[] values = new int[64];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 7 + 1;
        }
        Box big = new Box(1000);
        String[] cases = {"bound", "negative", "null array", "null box", "cast", "divide", "fine"};
        long sum = 0;
        // The failing calls come late, from the compiled loop, where the chain is inlined.
        for (int round = 0; round < 40_000; round++) {
            int[] v = values;
            int i = round & 63;
            Object o = big;
            int failure = round - 30_000;
            switch (failure) {
                case 0 -> i = 64;
                case 1 -> i = -1;
                case 2 -> v = null;
                case 3 -> o = null;
                case 4 -> o = "not a box";
                case 5 -> o = new Box(i);
                default -> { }
            }
            try {
                sum += first(v, i, o);
                if (failure >= 0 && failure < cases.length) {
                    System.out.println(cases[failure] + " -> " + first(v, i, o));
                }
            } catch (RuntimeException e) {
                report(cases[failure], e);
            }
            sum += one(round)[0];
        }
        System.out.println("sum " + sum);
        long allocated = 0;
        for (int round = 0; round < 200_000; round++) {
            allocated += one(round).length;
        }
        System.out.println("allocated " + allocated);
    }
}
