package arrays;

public class ArrayErrors {
    static int get(int[] a, int i) { return a[i]; }

    public static void main(String[] args) {
        int[] a = new int[3];
        int[] probes = {0, 2, 3, 5, -1, Integer.MIN_VALUE};
        for (int p : probes) {
            try {
                System.out.println("a[" + p + "]=" + get(a, p));
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("AIOOBE: " + e.getMessage());
            }
        }
        try {
            long[] l = new long[0];
            l[0] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("store: " + e.getMessage());
        }
        try {
            String[] s = new String[2];
            System.out.println(s[2]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ref load: " + e.getMessage());
        }
        try {
            char[][] grid = new char[2][2];
            grid[1][7] = 'x';
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("2d: " + e.getMessage());
        }
        int[] sizes = {-1, -100, Integer.MIN_VALUE};
        for (int size : sizes) {
            try {
                int[] bad = new int[size];
                System.out.println(bad.length);
            } catch (NegativeArraySizeException e) {
                System.out.println("NegativeArraySizeException: " + e.getMessage());
            }
        }
        try {
            Object[] bad = new String[-5];
            System.out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("anewarray: " + e.getMessage());
        }
        try {
            int[][] bad = new int[2][-3];
            System.out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("multianewarray: " + e.getMessage());
        }
        try {
            int[] nul = null;
            System.out.println(nul.length);
        } catch (NullPointerException e) {
            System.out.println("arraylength on null: " + e.getClass().getName());
        }
        try {
            double[] nul = null;
            nul[0] = 1.0;
        } catch (NullPointerException e) {
            System.out.println("store on null: " + e.getClass().getName());
        }
        try {
            "abc".charAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("charAt: " + e.getMessage());
        }
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("substring: " + e.getMessage());
        }
        try {
            new java.util.ArrayList<String>().get(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("list: " + e.getMessage());
        }
        System.out.println("done");
    }
}
