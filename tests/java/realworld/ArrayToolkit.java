package realworld;

import java.util.*;
import java.util.stream.*;

public class ArrayToolkit {
    public static void main(String[] args) {
        // lexicographic ordering of int[] keys, a common trick for tuples
        List<int[]> tuples = new ArrayList<>(List.of(new int[] { 3, 1 }, new int[] { 1, 2, 3 }, new int[] { 1, 2 }, new int[] { -1 }, new int[] {}, new int[] { 3, 0, 9 }));
        tuples.sort(Arrays::compare);
        System.out.println(tuples.stream().map(Arrays::toString).collect(Collectors.joining(" ")));
        tuples.sort((a, b) -> Arrays.compareUnsigned(a, b));
        System.out.println(tuples.stream().map(Arrays::toString).collect(Collectors.joining(" ")));
        int[] a = { 1, 2, 3, 4, 5, 6 }, b = { 0, 2, 3, 4, 9 };
        System.out.println(Arrays.equals(a, 1, 4, b, 1, 4) + " " + Arrays.equals(a, 1, 5, b, 1, 5) + " " + Arrays.mismatch(a, 1, 6, b, 1, 5) + " " + Arrays.mismatch(a, 1, 4, b, 1, 4)
            + " " + Arrays.mismatch(a, 1, 3, b, 1, 4) + " " + Arrays.compare(a, 1, 5, b, 1, 5) + " " + Arrays.compare(a, 1, 3, b, 1, 4) + " " + Arrays.compare(a, 0, 0, b, 0, 0) + " " + Arrays.mismatch(a, b));
        byte[] x = { 1, -1, 5 }, y = { 1, 127, 5 };
        System.out.println(Arrays.compare(x, y) + " " + Arrays.compareUnsigned(x, y) + " " + Arrays.compare(x, 0, 1, y, 0, 1) + " " + Arrays.compareUnsigned(x, 1, 3, y, 1, 3) + " " + Arrays.mismatch(x, 0, 3, y, 0, 3)
            + " " + Arrays.equals(x, 2, 3, y, 2, 3));
        short[] s1 = { -3, 4 }, s2 = { 5, 4 };
        char[] c1 = "hello".toCharArray(), c2 = "help!".toCharArray();
        long[] l1 = { Long.MIN_VALUE, 1 }, l2 = { Long.MAX_VALUE, 1 };
        System.out.println(Arrays.compare(s1, s2) + " " + Arrays.compareUnsigned(s1, s2) + " " + Arrays.compare(c1, 0, 5, c2, 0, 5) + " " + Arrays.mismatch(c1, 0, 5, c2, 0, 5) + " " + Arrays.equals(c1, 0, 3, c2, 0, 3)
            + " " + Arrays.compare(l1, l2) + " " + Arrays.compareUnsigned(l1, l2) + " " + Arrays.compareUnsigned(l1, 0, 1, l2, 0, 1) + " " + Arrays.equals(l1, 1, 2, l2, 1, 2));
        double[] d1 = { 0.0, Double.NaN, 1 }, d2 = { -0.0, Double.NaN, 1 };
        float[] f1 = { 1f, Float.NaN }, f2 = { 1f, Float.NaN };
        System.out.println(Arrays.equals(d1, 1, 3, d2, 1, 3) + " " + Arrays.equals(d1, 0, 1, d2, 0, 1) + " " + Arrays.compare(d1, 0, 3, d2, 0, 3) + " " + Arrays.mismatch(d1, 0, 3, d2, 0, 3)
            + " " + Arrays.equals(f1, 0, 2, f2, 0, 2) + " " + Arrays.compare(f1, 0, 2, f2, 0, 1) + " " + Arrays.mismatch(f1, 0, 2, f2, 0, 2));
        boolean[] b1 = { true, false, true }, b2 = { true, true };
        System.out.println(Arrays.compare(b1, b2) + " " + Arrays.mismatch(b1, b2) + " " + Arrays.equals(b1, 0, 1, b2, 0, 1) + " " + Arrays.compare(b1, 0, 1, b2, 0, 1) + " " + Arrays.mismatch(b1, 0, 1, b2, 0, 2)
            + " " + Arrays.compare((boolean[]) null, b2) + " " + Arrays.compare(b1, b1));
        String[] w1 = { "apple", "Banana", null, "cherry" }, w2 = { "apple", "banana", null, "cherry" };
        System.out.println(Arrays.mismatch(w1, w2) + " " + Arrays.mismatch(w1, w2, String.CASE_INSENSITIVE_ORDER) + " " + Arrays.compare(w1, 0, 2, w2, 0, 2) + " " + Arrays.compare(new String[] { "a", null }, new String[] { "a", "b" })
            + " " + Arrays.compare(w1, 0, 2, w2, 0, 2, String.CASE_INSENSITIVE_ORDER) + " " + Arrays.compare(w1, w2, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            + " " + Arrays.equals(w1, 0, 2, w2, 0, 2, String.CASE_INSENSITIVE_ORDER) + " " + Arrays.equals(w1, 1, 4, w2, 1, 4) + " " + Arrays.mismatch(w1, 2, 4, w2, 2, 3) + " " + Arrays.mismatch(w1, 0, 2, w2, 0, 2, String.CASE_INSENSITIVE_ORDER));
        for (int[] bad : new int[][] { { 3, 2 }, { -1, 2 }, { 0, 9 } }) {
            try {
                Arrays.equals(a, bad[0], bad[1], b, 0, 1);
            } catch (RuntimeException e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            Arrays.mismatch((int[]) null, a);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }

        // classic array work: prefix sums, rotations, 2D arrays, binary search on ranges
        int[] data = IntStream.rangeClosed(1, 12).map(i -> (i * 37) % 23).toArray();
        int[] prefix = new int[data.length + 1];
        for (int i = 0; i < data.length; i++) prefix[i + 1] = prefix[i] + data[i];
        System.out.println(Arrays.toString(data) + " prefix " + Arrays.toString(prefix) + " range(3,7)=" + (prefix[7] - prefix[3]));
        Arrays.parallelPrefix(data, Integer::sum);
        System.out.println("parallelPrefix " + Arrays.toString(data));
        int[] sorted = Arrays.stream(data).map(v -> v % 50).sorted().toArray();
        System.out.println(Arrays.toString(sorted) + " bs range " + Arrays.binarySearch(sorted, 2, 8, sorted[5]) + " " + Arrays.binarySearch(sorted, 0, 4, 1000));
        int[][] grid = new int[4][5];
        for (int r = 0; r < 4; r++) for (int c = 0; c < 5; c++) grid[r][c] = r * c - c;
        int[][] t = new int[5][4];
        for (int r = 0; r < 4; r++) for (int c = 0; c < 5; c++) t[c][r] = grid[r][c];
        System.out.println(Arrays.deepToString(t) + " " + Arrays.stream(grid).flatMapToInt(Arrays::stream).sum() + " " + Arrays.deepEquals(grid, grid.clone()) + " " + (grid.clone()[0] == grid[0]));
        int[][] jag = { { 1 }, { 2, 3 }, {}, { 4, 5, 6 } };
        System.out.println(Arrays.deepToString(jag) + " " + Arrays.stream(jag).mapToInt(r -> r.length).max().getAsInt() + " " + jag[3].length);
        Object[] nested = { 1, new Object[] { 2, new int[] { 3 } }, "s", null };
        System.out.println(Arrays.deepToString(nested) + " " + Arrays.toString(nested).startsWith("[1, [Ljava.lang.Object;@"));
        char[] word = "stressed".toCharArray();
        for (int i = 0, j = word.length - 1; i < j; i++, j--) {
            char tmp = word[i];
            word[i] = word[j];
            word[j] = tmp;
        }
        System.out.println(new String(word) + " " + String.valueOf(word, 2, 3) + " " + Arrays.toString(Arrays.copyOfRange(word, 5, 10)));
        Integer[] boxed = { 5, null, 3 };
        Arrays.sort(boxed, Comparator.nullsLast(Comparator.reverseOrder()));
        System.out.println(Arrays.toString(boxed) + " " + Arrays.asList(boxed).contains(null) + " " + Arrays.stream(new String[] { "b", "a" }).sorted().collect(Collectors.toList()));
        long[] big = new long[3];
        Arrays.setAll(big, i -> 1L << (20 * i));
        double[] ds = { 3.5, -1.25, 2 };
        Arrays.sort(ds);
        System.out.println(Arrays.toString(big) + " " + Arrays.toString(ds) + " " + Arrays.stream(ds).map(Math::abs).sum() + " " + Arrays.hashCode(ds) + " " + Arrays.hashCode(new boolean[] { true, false })
            + " " + Arrays.hashCode(new char[] { 'a' }) + " " + Arrays.hashCode(new long[] { -1 }) + " " + Arrays.hashCode((int[]) null));
    }
}
