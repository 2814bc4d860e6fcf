package programs;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

public class Sieve {
    static boolean[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        composite[0] = composite[1] = true;
        for (int i = 2; (long) i * i <= n; i++) {
            if (!composite[i]) for (int j = i * i; j <= n; j += i) composite[j] = true;
        }
        return composite;
    }

    static BitSet bitSieve(int n) {
        BitSet primes = new BitSet(n + 1);
        primes.set(2, n + 1);
        for (int i = 2; (long) i * i <= n; i = primes.nextSetBit(i + 1)) {
            for (int j = i * i; j <= n; j += i) primes.clear(j);
        }
        return primes;
    }

    static List<int[]> factorize(int n, int[] spf) {
        List<int[]> f = new ArrayList<>();
        while (n > 1) {
            int p = spf[n], e = 0;
            while (n % p == 0) { n /= p; e++; }
            f.add(new int[]{p, e});
        }
        return f;
    }

    public static void main(String[] args) {
        final int N = 200_000;
        boolean[] composite = sieve(N);
        int count = 0;
        long sum = 0;
        int largestGap = 0, gapStart = 0, prev = 2, twins = 0;
        int[] lastDigit = new int[10];
        List<Integer> first = new ArrayList<>();
        for (int i = 2; i <= N; i++) {
            if (composite[i]) continue;
            count++;
            sum += i;
            lastDigit[i % 10]++;
            if (first.size() < 25) first.add(i);
            if (i - prev > largestGap) { largestGap = i - prev; gapStart = prev; }
            if (i - prev == 2) twins++;
            prev = i;
        }
        System.out.println("primes below " + N + ": " + count);
        System.out.println("sum: " + sum);
        System.out.println("first 25: " + first);
        System.out.println("largest prime: " + prev);
        System.out.println("largest gap: " + largestGap + " after " + gapStart);
        System.out.println("twin prime pairs: " + twins);
        StringBuilder sb = new StringBuilder("last digits:");
        for (int d = 0; d < 10; d++) if (lastDigit[d] > 0) sb.append(' ').append(d).append('=').append(lastDigit[d]);
        System.out.println(sb);
        BitSet bits = bitSieve(N);
        System.out.println("BitSet agrees: " + (bits.cardinality() == count) + " " + bits.previousSetBit(N) + " " + bits.nextSetBit(100000));
        int[] checkpoints = {10, 100, 1000, 10000, 100000};
        for (int c : checkpoints) {
            int pi = bits.get(0, c + 1).cardinality();
            System.out.printf("pi(%d) = %d, ratio to n/ln n = %.4f%n", c, pi, pi / (c / Math.log(c)));
        }
        int[] spf = new int[N + 1];
        for (int i = 2; i <= N; i++) {
            if (spf[i] == 0) for (int j = i; j <= N; j += i) if (spf[j] == 0) spf[j] = i;
        }
        for (int n : new int[]{360, 97, 1001, 65536, 199999, 123456}) {
            StringBuilder f = new StringBuilder();
            for (int[] pe : factorize(n, spf)) f.append(f.length() > 0 ? " * " : "").append(pe[0]).append(pe[1] > 1 ? "^" + pe[1] : "");
            System.out.println(n + " = " + f);
        }
        int goldbachMax = 0, goldbachN = 0;
        for (int n = 4; n <= 10000; n += 2) {
            int ways = 0;
            for (int p = 2; p <= n / 2; p++) if (!composite[p] && !composite[n - p]) ways++;
            if (ways > goldbachMax) { goldbachMax = ways; goldbachN = n; }
        }
        System.out.println("most Goldbach partitions up to 10000: " + goldbachN + " with " + goldbachMax);
    }
}
