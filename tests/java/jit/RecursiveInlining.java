package jit;

/**
 * Small recursive integer methods, whose compiled code inlines their calls of themselves
 * up to three deep (fewer for a method with more calls of itself): results, long parameters
 * and locals at every level, a division by zero and a stack overflow at any level (the
 * interpreter throws), and the step counts behind them.
 */
public class RecursiveInlining {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static long lfib(long n) {
        return n < 2 ? n : lfib(n - 1) + lfib(n - 2);
    }

    static int ack(int m, int n) {
        return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1));
    }

    static int divideAt(int n, int d) {
        return n == 0 ? 100 / d : divideAt(n - 1, d) + 1;
    }

    static long mixed(int n, long acc) {
        long twice = acc * 2;
        return n == 0 ? twice : mixed(n - 1, twice + n) - n;
    }

    static int trib(int n) {
        return n < 3 ? 1 : trib(n - 1) + trib(n - 2) + trib(n - 3);
    }

    static int down(int n) {
        return down(n + 1) + 1;
    }

    public static void main(String[] args) {
        long sum = 0;
        for (int round = 0; round < 40; round++) {
            sum += fib(18 + round % 3) + lfib(15 + round % 4) + ack(2, round % 7);
            sum += mixed(round % 9, round) + trib(12 + round % 5);
        }
        System.out.println("sum " + sum);
        System.out.println("ack(3, 5) = " + ack(3, 5));
        for (int n = 0; n < 6; n++) {
            try {
                System.out.println("divideAt(" + n + ", 5) = " + divideAt(n, 5));
                System.out.println("divideAt(" + n + ", 0) = " + divideAt(n, 0));
            } catch (ArithmeticException e) {
                System.out.println("ArithmeticException: " + e.getMessage());
            }
        }
        for (int i = 0; i < 3; i++) {
            try {
                down(0);
            } catch (StackOverflowError e) {
                System.out.println("StackOverflowError, then fib(20) = " + fib(20));
            }
        }
    }
}
