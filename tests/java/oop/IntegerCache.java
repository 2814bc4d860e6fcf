package oop;

public class IntegerCache {
    public static void main(String[] args) {
        int[] probes = {-129, -128, -1, 0, 1, 100, 127, 128, 1000};
        for (int p : probes) {
            Integer a = p, b = p;
            Integer c = Integer.valueOf(p), d = Integer.valueOf(p);
            System.out.println(p + ": autobox== " + (a == b) + " valueOf== " + (c == d) + " equals " + a.equals(b));
        }
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println("Long: " + (l1 == l2) + " " + (l3 == l4) + " " + l3.equals(l4));
        Short s1 = -128, s2 = -128;
        Byte b1 = 5, b2 = 5;
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        System.out.println("Short: " + (s1 == s2) + " Byte: " + (b1 == b2) + " Char: " + (c1 == c2) + " " + (c3 == c4));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println("Boolean: " + (t1 == t2) + " " + (Boolean.TRUE == Boolean.valueOf(true)) + " " + Boolean.parseBoolean("yes"));
        Integer big1 = 5000, big2 = 5000;
        System.out.println("compare by value: " + (big1.intValue() == big2.intValue()) + " " + (big1 <= big2 && big1 >= big2));
        Integer x = 127;
        x++;
        Integer y = 128;
        System.out.println("after ++: " + (x == y) + " " + x.equals(y));
        Integer m = 127;
        Integer n = 126;
        n++;
        System.out.println("cached after ++: " + (m == n));
    }
}
