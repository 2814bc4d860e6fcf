package concurrent;

import java.util.*;
import java.util.concurrent.*;

/**
 * ConcurrentHashMap's compute functions must not update the map's bin they are computing for:
 * the JDK throws IllegalStateException("Recursive update") when the function writes to the
 * same bin (an empty bin it reserved, or the list it would append to) or makes the table
 * grow while a bin is reserved; other bins can be updated.
 */
public class RecursiveUpdate {
    static final ConcurrentHashMap<Integer, Long> MEMO = new ConcurrentHashMap<>();

    static long fib(int n) {
        if (n < 2) {
            return n;
        }
        return MEMO.computeIfAbsent(n, k -> fib(k - 1) + fib(k - 2));
    }

    interface Action {
        Object run();
    }

    static void t(String what, Action a) {
        try {
            System.out.println(what + " -> " + a.run());
        } catch (IllegalStateException e) {
            System.out.println(what + " !! " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        t("fib memo", () -> fib(20));
        System.out.println(new TreeMap<>(MEMO));
        t("fib small", () -> {
            MEMO.clear();
            return fib(10);
        });
        t("other bin", () -> {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
            return m.computeIfAbsent(1, k -> m.computeIfAbsent(2, j -> 20) + 1) + " " + new TreeMap<>(m);
        });
        t("same empty bin", () -> {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
            return m.computeIfAbsent(1, k -> m.computeIfAbsent(17, j -> 2));
        });
        t("same key", () -> {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
            return m.computeIfAbsent(1, k -> m.computeIfAbsent(1, j -> 2));
        });
        t("put into reserved bin", () -> {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
            return m.compute(3, (k, v) -> m.put(19, 1));
        });
        t("get in reserved bin", () -> {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
            return m.computeIfAbsent(3, k -> Objects.requireNonNullElse(m.get(19), 7));
        });
        t("remove from reserved bin", () -> {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
            return m.computeIfAbsent(3, k -> Objects.requireNonNullElse(m.remove(35), 8));
        });
        t("append to same list", () -> {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
            m.put(5, 5);
            return m.computeIfAbsent(21, k -> m.put(37, 1) == null ? 1 : 2) + " " + new TreeMap<>(m);
        });
        t("update existing in same list", () -> {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
            m.put(5, 5);
            return m.computeIfAbsent(21, k -> m.put(5, 6)) + " " + new TreeMap<>(m);
        });
        t("compute present, put same bin", () -> {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
            m.put(5, 5);
            return m.compute(5, (k, v) -> m.put(21, 1) == null ? v + 1 : -1) + " " + new TreeMap<>(m);
        });
        t("merge, put same bin", () -> {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
            m.put(5, 5);
            return m.merge(5, 1, (a, b) -> m.putIfAbsent(21, 9) == null ? a + b : 0) + " " + new TreeMap<>(m);
        });
        t("null result leaves bin free", () -> {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
            m.computeIfAbsent(2, k -> null);
            m.put(18, 1);
            return new TreeMap<>(m);
        });
        t("exception frees bin", () -> {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
            try {
                m.computeIfAbsent(2, k -> {
                    throw new ArithmeticException();
                });
            } catch (ArithmeticException e) {
                m.put(18, 1);
            }
            return new TreeMap<>(m);
        });
        t("resize while reserved", () -> {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
            return m.computeIfAbsent(100, k -> {
                for (int i = 0; i < 20; i++) {
                    m.put(i, i);
                }
                return 1;
            });
        });
        t("string keys", () -> {
            ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
            return m.computeIfAbsent("Aa", k -> m.computeIfAbsent("BB", j -> 1));
        });
        HashMap<Integer, Integer> plain = new HashMap<>();
        try {
            plain.computeIfAbsent(1, k -> plain.computeIfAbsent(2, j -> 2));
            System.out.println(plain);
        } catch (ConcurrentModificationException e) {
            System.out.println("HashMap: ConcurrentModificationException");
        }
    }
}
