package oop;

import java.util.ArrayList;
import java.util.List;

public class Boxing {
    static int unboxSum(List<Integer> xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static Object box(int i) { return i; }
    static Object box(double d) { return d; }
    static Object box(char c) { return c; }
    static Object box(boolean z) { return z; }
    static Object box(long l) { return l; }

    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) list.add(i * i);
        System.out.println(list + " sum=" + unboxSum(list));
        Integer a = 1000;
        int b = a + 1;
        Integer c = b;
        c++;
        System.out.println(a + " " + b + " " + c);
        Double d = 2.5;
        double dd = d * 2;
        Long l = 10L;
        long ll = l << 3;
        Character ch = 'x';
        char next = (char) (ch + 1);
        Boolean flag = true;
        if (flag) System.out.println("flag is true");
        System.out.println(dd + " " + ll + " " + next + " " + !flag);
        Object[] boxed = {box(1), box(2.0), box('c'), box(true), box(3L)};
        for (Object o : boxed) System.out.print(o.getClass().getSimpleName() + ":" + o + " ");
        System.out.println();
        Integer n1 = 5, n2 = 5;
        System.out.println(n1.equals(n2) + " " + n1.compareTo(7) + " " + n1.hashCode() + " " + Long.valueOf(5).equals(5) + " " + Long.valueOf(5).equals(5L));
        Integer nothing = null;
        try {
            int bad = nothing;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("unboxing null: " + e.getClass().getName());
        }
        int total = 0;
        Integer acc = 0;
        for (int i = 0; i < 100; i++) { acc += i; total += acc; }
        System.out.println(acc + " " + total);
        Short sh = (short) 7;
        Byte by = (byte) -3;
        Float fl = 1.5f;
        System.out.println(sh + by + fl + " " + (sh + by) + " " + sh.getClass().getName() + " " + by.getClass().getName());
        long mixed = a + l;
        double mixed2 = a * d;
        System.out.println(mixed + " " + mixed2);
        Object o = true ? 1 : "s";
        Object o2 = true ? 1 : 2.0; // numeric promotion to double
        System.out.println(o + " " + o.getClass().getSimpleName() + " " + o2 + " " + o2.getClass().getSimpleName());
        System.out.println(Integer.valueOf(65).equals(65) + " " + Character.valueOf('A').equals((char) 65) + " " + Integer.sum(3, 4) + " " + Double.sum(0.1, 0.2));
    }
}
