package programs;

import java.util.ArrayList;
import java.util.List;

public class NQueens {
    private final int n;
    private final int[] cols;
    private final boolean[] usedCol, diag1, diag2;
    private final List<int[]> solutions = new ArrayList<>();
    private long nodes;

    NQueens(int n) {
        this.n = n;
        cols = new int[n];
        usedCol = new boolean[n];
        diag1 = new boolean[2 * n];
        diag2 = new boolean[2 * n];
    }

    void solve(int row) {
        nodes++;
        if (row == n) { solutions.add(cols.clone()); return; }
        for (int c = 0; c < n; c++) {
            if (usedCol[c] || diag1[row + c] || diag2[row - c + n]) continue;
            usedCol[c] = diag1[row + c] = diag2[row - c + n] = true;
            cols[row] = c;
            solve(row + 1);
            usedCol[c] = diag1[row + c] = diag2[row - c + n] = false;
        }
    }

    static int countBitwise(int n, int row, int colMask, int d1, int d2) {
        if (row == n) return 1;
        int count = 0;
        int free = ~(colMask | d1 | d2) & ((1 << n) - 1);
        while (free != 0) {
            int bit = free & -free;
            free -= bit;
            count += countBitwise(n, row + 1, colMask | bit, (d1 | bit) << 1, (d2 | bit) >>> 1);
        }
        return count;
    }

    static String render(int[] sol) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < sol.length; r++) {
            for (int c = 0; c < sol.length; c++) sb.append(sol[r] == c ? "Q " : ". ");
            sb.setLength(sb.length() - 1);
            sb.append('\n');
        }
        return sb.toString();
    }

    static boolean isSymmetric(int[] sol) {
        int n = sol.length;
        for (int r = 0; r < n; r++) if (sol[n - 1 - r] != n - 1 - sol[r]) return false;
        return true;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 9; n++) {
            NQueens q = new NQueens(n);
            q.solve(0);
            int symmetric = 0;
            for (int[] s : q.solutions) if (isSymmetric(s)) symmetric++;
            System.out.printf("n=%d solutions=%d bitwise=%d nodes=%d point-symmetric=%d%n", n, q.solutions.size(), countBitwise(n, 0, 0, 0, 0), q.nodes, symmetric);
        }
        NQueens eight = new NQueens(8);
        eight.solve(0);
        System.out.println("first solution for 8:");
        System.out.print(render(eight.solutions.get(0)));
        System.out.println("last solution for 8: " + java.util.Arrays.toString(eight.solutions.get(eight.solutions.size() - 1)));
        System.out.println("10 queens: " + countBitwise(10, 0, 0, 0, 0));
    }
}
