package jit;

/**
 * An index checked against an array once in a basic block is not checked again there, and an
 * array's length is read once: swaps and read-modify-writes, an index out of bounds for a
 * second, shorter array, a negative index, arrays replaced in the middle of a block, and
 * lengths read after the array moved (a collection between two reads). Exceptions and
 * results must be the interpreter's.
 */
public class BoundsFacts {
    static int[] shortArray = new int[3];

    static int swapAll(int[] a) {
        int flips = 0;
        for (int lo = 0, hi = a.length - 1; lo < hi; lo++, hi--) {
            int t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
            a[lo] += a[hi] & 1;
            flips++;
        }
        return flips;
    }

    static int pair(int[] a, int[] b, int i) {
        // b[i] after a[i]: the same index, another array, checked again.
        return a[i] + b[i];
    }

    static int replaced(int[] a, int i) {
        int x = a[i];
        a = shortArray;
        return x + a[i];
    }

    static long lengths(int[][] rows) {
        long total = 0;
        for (int r = 0; r < rows.length; r++) {
            int[] row = rows[r];
            total += row.length;
            Object garbage = new long[64];
            total += row.length + (garbage.hashCode() & 0);
            total += row[row.length - 1];
        }
        return total;
    }

    public static void main(String[] args) {
        int[] data = new int[101];
        long sum = 0;
        for (int round = 0; round < 2000; round++) {
            for (int i = 0; i < data.length; i++) {
                data[i] = i * round;
            }
            sum += swapAll(data) + data[round % 101];
        }
        System.out.println("swaps " + sum);

        int[] big = new int[10];
        for (int i = 0; i < 10; i++) {
            big[i] = i;
        }
        int caught = 0;
        for (int round = 0; round < 5000; round++) {
            int i = round % 12 - 1;
            try {
                sum += pair(big, shortArray, i % 4);
                sum += replaced(big, i);
            } catch (ArrayIndexOutOfBoundsException e) {
                if (caught++ < 3) {
                    System.out.println(e.getMessage());
                }
            }
        }
        System.out.println("caught " + caught + " sum " + sum);

        int[][] rows = new int[50][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new int[r + 1];
            rows[r][r] = r * 7;
        }
        long total = 0;
        for (int round = 0; round < 3000; round++) {
            total += lengths(rows);
        }
        System.out.println("lengths " + total);
    }
}
