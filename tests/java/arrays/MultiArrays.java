package arrays;

import java.util.Arrays;

public class MultiArrays {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 4; c++) grid[r][c] = r * 10 + c;
        System.out.println(Arrays.deepToString(grid));
        long[][][] cube = new long[2][3][4];
        long n = 0;
        for (long[][] plane : cube) for (long[] row : plane) for (int k = 0; k < row.length; k++) row[k] = n++ * n;
        System.out.println(Arrays.deepToString(cube));
        int[][] jagged = new int[4][];
        for (int r = 0; r < jagged.length; r++) {
            jagged[r] = new int[r + 1];
            for (int c = 0; c <= r; c++) jagged[r][c] = (r == 0 || c == 0 || c == r) ? 1 : jagged[r - 1][c - 1] + jagged[r - 1][c];
        }
        System.out.println(Arrays.deepToString(jagged));
        String[][][] partial = new String[2][][];
        System.out.println(partial[0] + " " + partial.length);
        partial[1] = new String[2][];
        partial[1][1] = new String[]{"deep"};
        System.out.println(Arrays.deepToString(partial));
        double[][] m = {{1, 2}, {3, 4}, {5, 6}};
        double[][] t = new double[2][3];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 2; c++) t[c][r] = m[r][c];
        System.out.println(Arrays.deepToString(t));
        char[][] board = new char[3][3];
        for (char[] row : board) Arrays.fill(row, '.');
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) System.out.println(new String(row));
        Object[][] objs = new Integer[2][2];
        objs[0][0] = 7;
        System.out.println(objs.getClass().getName() + " " + objs[0].getClass().getName() + " " + Arrays.deepToString(objs));
        int[][][] zero = new int[0][5][5];
        int[][] emptyRows = new int[3][0];
        System.out.println(zero.length + " " + emptyRows.length + " " + emptyRows[2].length);
        boolean[][] flags = new boolean[2][3];
        flags[1][2] = true;
        byte[][] bytes = {{1, 2}, {3}};
        short[][] shorts = new short[1][2];
        float[][] floats = {{1.5f}, {}};
        System.out.println(Arrays.deepToString(flags) + Arrays.deepToString(bytes) + Arrays.deepToString(shorts) + Arrays.deepToString(floats));
        int[][] a = {{1, 2}, {3, 4}};
        int[][] b = {{1, 2}, {3, 4}};
        System.out.println(Arrays.equals(a, b) + " " + Arrays.deepEquals(a, b) + " " + Arrays.deepHashCode(a));
    }
}
