package basics;

public class StackOps {
    long lf;
    double df;
    int inf;
    static long sl;
    static double sd;

    static int counter;
    static int next() { return counter++; }

    public static void main(String[] args) {
        long[] la = {1, 2, 3};
        double[] da = {0.5, 1.5, 2.5};
        int[] ia = {10, 20, 30};
        // dup2_x2 pattern: value of a long array compound assignment used as expression
        long r1 = la[1] += 40;
        double r2 = da[2] *= 4;
        int r3 = ia[0] -= 3;
        System.out.println(r1 + " " + r2 + " " + r3);
        // dup_x2 / dup2_x2: array element assignment used as value
        long r4 = la[0] = 99L;
        double r5 = da[0] = -1.25;
        int r6 = ia[2] = 77;
        System.out.println(r4 + " " + r5 + " " + r6);
        // pre/post increments on array elements
        long r7 = la[2]++;
        long r8 = ++la[2];
        double r9 = da[1]--;
        int r10 = ia[1]++ + ++ia[1];
        System.out.println(r7 + " " + r8 + " " + r9 + " " + r10);
        System.out.println(java.util.Arrays.toString(la) + " " + java.util.Arrays.toString(da) + " " + java.util.Arrays.toString(ia));

        // dup_x1 / dup2_x1: field assignment used as value
        StackOps o = new StackOps();
        long a = o.lf = 123456789012L;
        double b = o.df = 3.5;
        int c = o.inf = 5;
        System.out.println(a + " " + b + " " + c);
        long d = o.lf += 1;
        double e = o.df++;
        int f = ++o.inf;
        System.out.println(d + " " + e + " " + f + " " + o.lf + " " + o.df + " " + o.inf);

        // chains x = y = z
        int p, q, s;
        p = q = s = 42;
        long lp, lq;
        lp = lq = sl = 1L << 50;
        double dp, dq;
        dp = dq = sd = 0.1;
        System.out.println(p + q + s + " " + lp + " " + lq + " " + sl + " " + dp + dq + sd);

        // evaluation order with side effects
        int[] arr = new int[5];
        arr[next()] = next() * 10 + next();
        System.out.println(java.util.Arrays.toString(arr) + " counter=" + counter);
        int i = 0;
        i = i++ + i++;
        System.out.println("i=" + i);
        int j = 5;
        j += j++ * --j;
        System.out.println("j=" + j);

        // swap and pop of unused results
        long[] swap = {1, 2};
        swap[0] ^= swap[1];
        swap[1] ^= swap[0];
        swap[0] ^= swap[1];
        System.out.println(swap[0] + " " + swap[1]);
        next();
        Long.valueOf(5).hashCode();
        System.out.println("counter=" + counter);

        // long/double in 2D arrays compound
        long[][] grid = new long[3][3];
        for (int r = 0; r < 3; r++) for (int k = 0; k < 3; k++) grid[r][k] += (long) r * 1_000_000_000_000L + k;
        long total = 0;
        for (long[] row : grid) for (long v : row) total += v;
        System.out.println("total=" + total);
    }
}
