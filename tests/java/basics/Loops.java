package basics;

public class Loops {
    public static void main(String[] args) {
        int sum = 0;
        for (int i = 0; i < 100; i++) sum += i;
        System.out.println("for sum=" + sum);

        int n = 27, steps = 0;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        }
        System.out.println("collatz(27) steps=" + steps);

        int k = 0;
        do { k += 3; } while (k < 20);
        System.out.println("do-while k=" + k);

        outer:
        for (int i = 1; i <= 5; i++) {
            for (int j = 1; j <= 5; j++) {
                if (j == i) continue outer;
                if (i * j > 12) break outer;
                System.out.print(i + "*" + j + "=" + (i * j) + " ");
            }
        }
        System.out.println();

        long fact = 1;
        for (int i = 2; i <= 20; i++) fact *= i;
        System.out.println("20! = " + fact);

        int[] primes = new int[20];
        int count = 0;
        for (int c = 2; count < primes.length; c++) {
            boolean prime = true;
            for (int p = 0; p < count && primes[p] * primes[p] <= c; p++) {
                if (c % primes[p] == 0) { prime = false; break; }
            }
            if (prime) primes[count++] = c;
        }
        StringBuilder sb = new StringBuilder();
        for (int p : primes) sb.append(p).append(',');
        System.out.println("primes: " + sb);

        int down = 10;
        while (true) {
            if (--down < 3) break;
            if (down % 2 == 0) continue;
            System.out.print(down + " ");
        }
        System.out.println();

        for (int i = 0, j = 10; i < j; i += 2, j--) System.out.print("(" + i + "," + j + ")");
        System.out.println();

        char[] cs = "hello world".toCharArray();
        int vowels = 0;
        for (char c : cs) switch (c) { case 'a': case 'e': case 'i': case 'o': case 'u': vowels++; }
        System.out.println("vowels=" + vowels);

        double x = 1.0;
        int iters = 0;
        while (x > 1e-10) { x /= 3; iters++; }
        System.out.println("iters=" + iters + " x=" + x);
    }
}
