package strings;

public class Concat {
    static final String CONST = "const";
    static String field = "field";

    public static void main(String[] args) {
        int i = -42;
        long l = 9_000_000_000L;
        float f = 1.1f;
        double d = 1e-7;
        char c = 'Z';
        boolean z = false;
        byte b = -1;
        short s = 1000;
        String nul = null;
        Object obj = null;
        Integer boxed = 17;
        Character boxedChar = 'q';
        char[] chars = {'h', 'i'};
        System.out.println("i=" + i + " l=" + l + " f=" + f + " d=" + d + " c=" + c + " z=" + z + " b=" + b + " s=" + s);
        System.out.println("nul=" + nul + " obj=" + obj + " boxed=" + boxed + " boxedChar=" + boxedChar);
        System.out.println(c + c + " vs " + "" + c + c + " vs " + (char) (c + 1));
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println(i + l + "|" + f + d + "|" + (f + d));
        System.out.println("" + Float.NaN + Double.NEGATIVE_INFINITY + -0.0 + -0.0f + Long.MIN_VALUE + Integer.MIN_VALUE);
        System.out.println(CONST + "-" + field + "-" + CONST.length());
        String acc = "";
        for (int k = 0; k < 5; k++) acc += k + ",";
        acc += 'x';
        acc += 1.5;
        acc += null;
        System.out.println(acc);
        System.out.println("arr len " + chars.length + " str " + String.valueOf(chars) + " " + new StringBuilder("sb") + " " + java.util.List.of(1, 2));
        StringBuilder sbObj = new StringBuilder("mutable");
        String snapshot = "before:" + sbObj;
        sbObj.append("!");
        System.out.println(snapshot + " after:" + sbObj);
        String x = "a", y = "b";
        System.out.println(x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + 1 + 2L + 3.0f + 4.0 + true + 'c');
        System.out.println("\u00e9\u4e2d" + '\u00fc' + "\t|tab" + "\\" + "\"quoted\"");
        Object self = new Object() { public String toString() { return "custom"; } };
        System.out.println("obj: " + self + " " + (self + "!").length());
        System.out.println("mixed: " + 1 + 'a' + " " + (1 + 'a') + " " + ('a' + 'b') + " " + (char) ('a' + 1) + 1);
        String big = "";
        for (int k = 0; k < 200; k++) big = big + (char) ('A' + k % 26);
        System.out.println(big.length() + " " + big.substring(190) + " " + big.hashCode());
        String withBrackets = "\u0001" + i + "\u0002" + c;
        System.out.println(withBrackets.length() + " " + (int) withBrackets.charAt(0) + " " + (int) withBrackets.charAt(4));
    }
}
