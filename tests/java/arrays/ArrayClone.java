package arrays;

import java.util.Arrays;

public class ArrayClone {
    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        int[] b = a.clone();
        b[0] = 100;
        System.out.println(Arrays.toString(a) + " " + Arrays.toString(b) + " " + (a != b) + " " + (a.getClass() == b.getClass()));
        Object[] objs = {"x", new StringBuilder("sb"), 3};
        Object[] copy = objs.clone();
        ((StringBuilder) copy[1]).append("!"); // shallow
        copy[0] = "y";
        System.out.println(Arrays.toString(objs) + " " + Arrays.toString(copy));
        String[] strs = {"p", "q"};
        String[] strCopy = strs.clone();
        System.out.println(strCopy.getClass().getSimpleName() + " " + Arrays.toString(strCopy));
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] shallow = grid.clone();
        shallow[0][0] = 99;
        shallow[1] = new int[]{7, 7};
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(shallow));
        int[][] deep = new int[grid.length][];
        for (int i = 0; i < grid.length; i++) deep[i] = grid[i].clone();
        deep[0][1] = -1;
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(deep));
        long[] ls = {Long.MAX_VALUE};
        double[] ds = {0.5, -0.0};
        char[] cs = {'h', 'i'};
        boolean[] zs = {true};
        byte[] bs = {-1};
        short[] ss = {300};
        float[] fs = {1.25f};
        System.out.println(ls.clone()[0] + " " + Arrays.toString(ds.clone()) + " " + new String(cs.clone()) + " " + zs.clone()[0] + " " + bs.clone()[0] + " " + ss.clone()[0] + " " + fs.clone()[0]);
        int[] big = new int[50];
        for (int i = 0; i < big.length; i++) big[i] = i * i;
        int[] part = Arrays.copyOfRange(big, 5, 12);
        int[] grown = Arrays.copyOf(a, 6);
        String[] shrunk = Arrays.copyOf(new String[]{"a", "b", "c"}, 2);
        System.out.println(Arrays.toString(part) + " " + Arrays.toString(grown) + " " + Arrays.toString(shrunk));
        int[] dst = new int[8];
        System.arraycopy(big, 10, dst, 2, 5);
        System.out.println(Arrays.toString(dst));
        int[] overlap = {1, 2, 3, 4, 5, 6};
        System.arraycopy(overlap, 0, overlap, 2, 4);
        System.out.println(Arrays.toString(overlap));
        try {
            System.arraycopy(overlap, 4, dst, 0, 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("arraycopy: " + e.getMessage());
        }
        try {
            System.arraycopy(overlap, -1, dst, 0, 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("arraycopy: " + e.getMessage());
        }
    }
}
