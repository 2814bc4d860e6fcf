package jit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * An interface call site whose receivers' classes vary: with at most four loaded classes
 * implementing the interface, the compiler inlines the method each selects, behind a guard
 * on the receiver's class, and calls the method for any other class (one loaded after the
 * compilation). Default methods, methods inherited from a superclass, lambdas, exceptions
 * inside the inlined bodies and null receivers must behave as in the interpreter.
 */
public class PolymorphicInterfaces {
    interface Meter {
        int measure(int x);

        default int twice(int x) {
            return 2 * measure(x);
        }
    }

    static class Linear implements Meter {
        public int measure(int x) {
            return x + 1;
        }
    }

    static class Square implements Meter {
        public int measure(int x) {
            return x * x;
        }

        @Override
        public int twice(int x) {
            return measure(x) << 1;
        }
    }

    /** Inherits `measure` from `Linear`. */
    static class Shifted extends Linear {
    }

    static class Divider implements Meter {
        public int measure(int x) {
            return 1000 / (x % 50);
        }
    }

    /** Loaded only after `total` is compiled. */
    static class Late implements Meter {
        public int measure(int x) {
            return -x;
        }
    }

    static long total(List<Meter> meters, int rounds) {
        long s = 0;
        for (int r = 1; r <= rounds; r++) {
            for (Meter m : meters) {
                s += m.measure(r) + m.twice(r);
            }
        }
        return s;
    }

    static String guarded(List<Meter> meters, int rounds) {
        try {
            return "total " + total(meters, rounds);
        } catch (ArithmeticException | NullPointerException e) {
            return e.toString();
        }
    }

    static int apply(IntUnaryOperator[] ops, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = ops[i & 3].applyAsInt(v);
        }
        return v;
    }

    public static void main(String[] args) {
        List<Meter> meters = new ArrayList<>();
        meters.add(new Linear());
        meters.add(new Square());
        meters.add(new Shifted());
        for (int i = 0; i < 2000; i++) {
            total(meters, 40);
        }
        System.out.println(guarded(meters, 40));
        meters.add(new Divider());
        System.out.println(guarded(meters, 49));
        System.out.println(guarded(meters, 50));
        meters.add(1, new Late());
        System.out.println(guarded(meters, 30));
        meters.add(2, null);
        System.out.println(guarded(meters, 30));

        IntUnaryOperator[] ops = {x -> x + 1, x -> x * 3, x -> x ^ 5, x -> x - 7};
        for (int i = 0; i < 50; i++) {
            apply(ops, 100_000);
        }
        System.out.println(apply(ops, 1_000_003));
    }
}
