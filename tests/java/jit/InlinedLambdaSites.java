package jit;

import java.util.*;
import java.util.function.*;

/**
 * Small methods that create lambdas (invokedynamic), inlined into hot loops: the lambdas
 * are the same objects or new ones as in the interpreter, and a stack trace from inside one
 * shows the same frames.
 */
public class InlinedLambdaSites {
    static final Map<Integer, List<Integer>> groups = new TreeMap<>();

    static void add(int key, int value) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    static IntUnaryOperator adder(int k) {
        return x -> x + k;
    }

    static Supplier<String> constant() {
        return () -> "constant";
    }

    static int checked(int value) {
        IntUnaryOperator check = v -> {
            if (v == 77_777) {
                throw new IllegalStateException("bad value " + v);
            }
            return v * 2;
        };
        return check.applyAsInt(value);
    }

    public static void main(String[] args) {
        long sum = 0;
        Supplier<String> first = constant();
        int same = 0;
        for (int i = 0; i < 200_000; i++) {
            add(i % 10, i);
            sum += adder(i).applyAsInt(3);
            if (constant() == first) {
                same++;
            }
            try {
                sum += checked(i);
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage());
                for (StackTraceElement frame : e.getStackTrace()) {
                    System.out.println("  at " + frame.getClassName() + "." + frame.getMethodName()
                            + ":" + frame.getLineNumber());
                }
            }
        }
        System.out.println(sum + " " + same);
        for (Map.Entry<Integer, List<Integer>> e : groups.entrySet()) {
            List<Integer> values = e.getValue();
            System.out.println(e.getKey() + ": " + values.size() + " first " + values.get(0)
                    + " last " + values.get(values.size() - 1));
        }
    }
}
