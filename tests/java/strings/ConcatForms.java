package strings;

/** String concatenation (invokedynamic) of every argument type, nulls and long results. */
public class ConcatForms {
    public static void main(String[] args) {
        int i = -42; long l = Long.MIN_VALUE; char c = 'x'; boolean b = true; float f = 1.5f; double d = -0.0; byte by = -3; short sh = 300;
        Object o = null; String s = null; int[] arr = null; Object obj = new StringBuilder("sb");
        System.out.println("i=" + i + " l=" + l + " c=" + c + " b=" + b + " f=" + f + " d=" + d + " by=" + by + " sh=" + sh);
        System.out.println(o + "|" + s + "|" + arr + "|" + obj + "|" + "" + "\u00e9\ud801\udc00");
        System.out.println(i + l + "x" + (c + 1) + c + b + !b);
        String e = "";
        System.out.println(e + e + 1.0 + 'c' + Double.NaN + Float.POSITIVE_INFINITY + Integer.MAX_VALUE + Long.MAX_VALUE);
        StringBuilder big = new StringBuilder();
        for (int k = 0; k < 200; k++) big.append(k + ":" + (k * 31L) + ",");
        System.out.println(big.length() + " " + big.toString().hashCode());
    }
}
