package jit;

/**
 * Inlined calls that leave to the interpreter (a throw in a nested inlined method) at every
 * level of a recursion that runs into the frame stack's limit: the frames they materialize
 * need room that the caller of each compiled activation checked. Each overflow must end in
 * a StackOverflowError, and the program must go on normally afterwards.
 */
public class DeepMaterialize {
    static int depth;
    /** Made once: an exception made at every level would record ever deeper stack traces. */
    static final IllegalStateException NEGATIVE = new IllegalStateException("negative");

    static int check(int x) {
        if (x < 0) {
            throw NEGATIVE;
        }
        return x;
    }

    static int wrap(int x) {
        return check(x) + 1;
    }

    static int deep(int n) {
        depth++;
        int r;
        try {
            r = wrap((n & 1) == 0 ? -n : n);
        } catch (IllegalStateException e) {
            r = e.getMessage().length() + (n & 7);
        }
        return n == 0 ? r : deep(n - 1) + r;
    }

    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 3000; i++) {
            sum += deep(20);
        }
        System.out.println("warm " + sum);
        for (int round = 0; round < 4; round++) {
            depth = 0;
            try {
                deep(1 << 30);
                System.out.println("no overflow");
            } catch (StackOverflowError e) {
                System.out.println("overflow " + (depth > 500));
            }
            sum += deep(50);
        }
        System.out.println("checksum " + sum);
    }
}
