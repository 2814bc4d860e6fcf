package lambdas;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.LongUnaryOperator;

public class RecursiveLambda {
    static IntUnaryOperator factorial;
    static { factorial = n -> n <= 1 ? 1 : n * factorial.applyAsInt(n - 1); }

    private final Map<Integer, Long> memo = new HashMap<>();
    private Function<Integer, Long> fib;

    RecursiveLambda() {
        fib = n -> {
            if (n < 2) return (long) n;
            Long cached = memo.get(n);
            if (cached != null) return cached;
            long v = fib.apply(n - 1) + fib.apply(n - 2);
            memo.put(n, v);
            return v;
        };
    }

    interface SelfApply<T> { T apply(SelfApply<T> self, int n); }

    public static void main(String[] args) {
        for (int i = 0; i <= 12; i++) System.out.print(factorial.applyAsInt(i) + " ");
        System.out.println();
        RecursiveLambda r = new RecursiveLambda();
        System.out.println("fib(90)=" + r.fib.apply(90) + " memo size=" + r.memo.size());
        SelfApply<Integer> sum = (self, n) -> n == 0 ? 0 : n + self.apply(self, n - 1);
        System.out.println("sum(100)=" + sum.apply(sum, 100));
        LongUnaryOperator[] holder = new LongUnaryOperator[1];
        holder[0] = n -> n == 0 ? 0 : (n % 10) + holder[0].applyAsLong(n / 10);
        System.out.println("digit sum=" + holder[0].applyAsLong(987654321987654321L));
        BiFunction<Integer, Integer, Integer>[] ack = new BiFunction[1];
        ack[0] = (m, n) -> m == 0 ? n + 1 : n == 0 ? ack[0].apply(m - 1, 1) : ack[0].apply(m - 1, ack[0].apply(m, n - 1));
        System.out.println("ackermann(2,3)=" + ack[0].apply(2, 3));
        Function<Integer, String>[] hanoiCount = new Function[1];
        hanoiCount[0] = n -> n == 0 ? "" : hanoiCount[0].apply(n - 1) + n + hanoiCount[0].apply(n - 1);
        System.out.println("hanoi(4)=" + hanoiCount[0].apply(4));
    }
}
