package arith;

public class DivRem {
    public static void main(String[] args) {
        int[] as = {7, -7, 0, 13, -13, Integer.MIN_VALUE, Integer.MAX_VALUE};
        int[] bs = {2, -2, 3, -3, 1, -1, Integer.MIN_VALUE};
        for (int a : as) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (int b : bs) {
                sb.append(' ').append(a / b).append(',').append(a % b).append(',').append(Math.floorDiv(a, b)).append(',').append(Math.floorMod(a, b));
            }
            System.out.println(sb);
        }
        long[] las = {7L, -7L, Long.MIN_VALUE, Long.MAX_VALUE, -1L};
        long[] lbs = {2L, -2L, -1L, 10L, Long.MIN_VALUE};
        for (long a : las) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (long b : lbs) sb.append(' ').append(a / b).append(',').append(a % b);
            System.out.println(sb);
        }
        System.out.println("MIN/-1=" + (Integer.MIN_VALUE / -1) + " MIN%-1=" + (Integer.MIN_VALUE % -1));
        int zero = 0;
        try {
            System.out.println(5 / zero);
        } catch (ArithmeticException e) {
            System.out.println("int div: " + e.getMessage());
        }
        try {
            System.out.println(5 % zero);
        } catch (ArithmeticException e) {
            System.out.println("int rem: " + e.getMessage());
        }
        long lzero = 0;
        try {
            System.out.println(5L / lzero);
        } catch (ArithmeticException e) {
            System.out.println("long div: " + e.getMessage());
        }
        try {
            System.out.println(5L % lzero);
        } catch (ArithmeticException e) {
            System.out.println("long rem: " + e.getMessage());
        }
        try {
            System.out.println(Math.floorDiv(1, zero));
        } catch (ArithmeticException e) {
            System.out.println("floorDiv: " + e.getMessage());
        }
        double dz = 0;
        System.out.println("double: " + 5 / dz + " " + -5 / dz + " " + 0 / dz + " " + 5 % dz);
        float fz = 0;
        System.out.println("float: " + 5 / fz + " " + 5 % fz);
        // division by powers of two of negative numbers (rounding towards zero)
        for (int v = -9; v <= 9; v += 3) System.out.print(v / 4 + "," + v % 4 + "," + (v >> 2) + " ");
        System.out.println();
    }
}
