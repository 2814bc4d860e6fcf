package benchprograms;

// A copy of benches/java/Sieve.java (run with the small size); keep the two in sync.
/**
 * Sieve of Eratosthenes, repeated: measures array stores and simple loops.
 * Usage: Sieve [LIMIT | small]   (sieves the numbers below LIMIT 20 times)
 */
public class Sieve {
    static int size(String[] args, int normal, int small) {
        if (args.length == 0) return normal;
        if (args[0].equals("small")) return small;
        return Integer.parseInt(args[0]);
    }

    static int sieve(boolean[] composite, int limit) {
        java.util.Arrays.fill(composite, false);
        int count = 0;
        for (int i = 2; i < limit; i++) {
            if (!composite[i]) {
                count++;
                for (long j = (long) i * i; j < limit; j += i) {
                    composite[(int) j] = true;
                }
            }
        }
        return count;
    }

    public static void main(String[] args) {
        int limit = size(args, 28_000_000, 30_000);
        boolean[] composite = new boolean[limit];
        int count = 0;
        for (int pass = 0; pass < 20; pass++) {
            count = sieve(composite, limit);
        }
        long sum = 0;
        int last = 0;
        for (int i = 2; i < limit; i++) {
            if (!composite[i]) {
                sum += i;
                last = i;
            }
        }
        System.out.println("primes below " + limit + ": " + count);
        System.out.println("largest " + last);
        System.out.println("checksum " + sum);
    }
}
