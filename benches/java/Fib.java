/**
 * Recursive Fibonacci: measures calls and integer arithmetic.
 * Usage: Fib [N | small]   (computes fib(N) a few times and prints the sum)
 */
public class Fib {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static int size(String[] args, int normal, int small) {
        if (args.length == 0) return normal;
        if (args[0].equals("small")) return small;
        return Integer.parseInt(args[0]);
    }

    public static void main(String[] args) {
        int n = size(args, 43, 22);
        long sum = 0;
        for (int round = 0; round < 3; round++) {
            int r = fib(n - round);
            System.out.println("fib(" + (n - round) + ") = " + r);
            sum += r;
        }
        System.out.println("checksum " + sum);
    }
}
