package arith;

public class IntArith {
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 7, -7, 100, 46341, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x5555_5555};
        for (int a : vals) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(": neg=").append(-a);
            for (int b : new int[]{3, -2, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
                sb.append(" | b=").append(b)
                  .append(" +").append(a + b)
                  .append(" -").append(a - b)
                  .append(" *").append(a * b)
                  .append(" /").append(a / b)
                  .append(" %").append(a % b)
                  .append(" &").append(a & b)
                  .append(" |").append(a | b)
                  .append(" ^").append(a ^ b);
            }
            System.out.println(sb);
        }
        System.out.println("MAX+1=" + (Integer.MAX_VALUE + 1) + " MIN-1=" + (Integer.MIN_VALUE - 1));
        System.out.println("MIN*-1=" + (Integer.MIN_VALUE * -1) + " -MIN=" + (-Integer.MIN_VALUE));
        System.out.println("46341^2=" + (46341 * 46341) + " 65536*65536=" + (65536 * 65536));
        System.out.println("~0=" + ~0 + " ~MAX=" + ~Integer.MAX_VALUE);
        int h = 0;
        for (char c : "overflowing hash computation".toCharArray()) h = 31 * h + c;
        System.out.println("hash=" + h);
        // byte/short/char arithmetic promotes to int and truncates on store
        byte b = 120;
        b += 10;
        short s = 32767;
        s++;
        char c = 65535;
        c++;
        System.out.println("byte=" + b + " short=" + s + " char=" + (int) c);
        byte b2 = (byte) (b * 3);
        System.out.println("b*3=" + (b * 3) + " (byte)=" + b2);
        int fib1 = 0, fib2 = 1;
        for (int i = 0; i < 60; i++) { int t = fib1 + fib2; fib1 = fib2; fib2 = t; }
        System.out.println("fib wrap=" + fib1);
        System.out.println(Math.addExact(1, 2) + " " + Math.multiplyExact(46340, 46340));
        try {
            Math.addExact(Integer.MAX_VALUE, 1);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            Math.multiplyExact(1 << 16, 1 << 16);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            Math.toIntExact(1L << 31);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
    }
}
