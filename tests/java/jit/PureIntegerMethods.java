package jit;

/** Static int/long methods the compiler tier takes, called often enough to be compiled. */
public class PureIntegerMethods {
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static long gcd(long a, long b) { while (b != 0) { long t = a % b; a = b; b = t; } return a; }

    static int collatz(long n) {
        int steps = 0;
        while (n != 1) { n = (n & 1) == 0 ? n >> 1 : 3 * n + 1; steps++; }
        return steps;
    }

    static int classify(int x) {
        switch (x % 7) {
            case 0: return 10;
            case 1: case 2: return 20;
            case -3: return 30;
            default: return x;
        }
    }

    static int sparse(int x) {
        switch (x) {
            case -1000000: return 1;
            case 17: return 2;
            case 1 << 20: return 3;
            default: return 4;
        }
    }

    static int bits(int x, int s) {
        return (x << s) ^ (x >> s) ^ (x >>> s) ^ ~x ^ (x | s) ^ (x & 0x5555) ^ -x;
    }

    static long lbits(long x, int s) {
        return (x << s) ^ (x >> s) ^ (x >>> s) ^ ~x ^ (x | s) ^ (x & 0x5555L) ^ -x;
    }

    static int narrow(int x) { return (byte) x + (short) x + (char) x + (int) (long) x; }

    static int divide(int a, int b) { return a / b + a % b; }

    static long ldivide(long a, long b) { return a / b + a % b; }

    static int depth(int n) { return depth(n + 1) + 1; }

    static boolean isEven(int n) { return n == 0 ? true : isOdd(n - 1); }

    static boolean isOdd(int n) { return n == 0 ? false : isEven(n - 1); }

    static int compareAll(long a, long b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        return r + Long.compare(a, b) * 100;
    }

    static int loopSum(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) { for (int j = i; j < n; j += 3) { s += i * j; } }
        return s;
    }

    static int callsOther(int n) { return fib(n) + (int) gcd(n * 6L, 4) + classify(n); }

    public static void main(String[] args) {
        long total = 0;
        for (int round = 0; round < 50; round++) {
            total += fib(15);
            total += gcd(1071L * round, 462);
            total += collatz(27 + round);
            for (int x = -20; x <= 20; x++) {
                total += classify(x) + sparse(x) + sparse(x * 1000000) + sparse(17);
                total += bits(x * 123457, x & 31) + lbits(x * 9876543210L, x & 63);
                total += narrow(x * 40000 + 129);
                total += compareAll(x, round - 20);
            }
            total += loopSum(round);
            total += callsOther(round % 20);
            total += isEven(round * 3) ? 1 : 0;
        }
        System.out.println("total " + total);
        System.out.println(fib(27));
        System.out.println(gcd(Long.MAX_VALUE, 1L << 40) + " " + collatz(837799));
        System.out.println(divide(Integer.MIN_VALUE, -1) + " " + ldivide(Long.MIN_VALUE, -1));
        System.out.println(divide(-7, 2) + " " + ldivide(7, -2) + " " + divide(Integer.MAX_VALUE, 1));
        int zeroes = 0;
        for (int i = 0; i < 2000; i++) {
            try {
                total += divide(i, i % 5);
                total += ldivide(i, i % 3);
            } catch (ArithmeticException e) {
                zeroes++;
                if (zeroes == 1) System.out.println(e.getMessage());
            }
        }
        System.out.println(zeroes + " divisions by zero, total " + total);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                depth(0);
            } catch (StackOverflowError e) {
                System.out.println("stack overflow " + attempt);
            }
        }
        System.out.println(fib(20) + " after the overflows");
        System.out.println(isEven(10000) + " " + isOdd(7777));
    }
}
