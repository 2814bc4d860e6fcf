package oop;

import java.util.ArrayList;
import java.util.List;

/** -XX:AutoBoxCacheMax raises Integer's cache (the identity of boxed values up to it); the
 *  property that carries it to the class library stays private. Other box caches are fixed. */
public class AutoBoxCacheMax {
    static boolean same(Integer a, Integer b) {
        return a == b;
    }

    public static void main(String[] args) {
        int[] probes = {-129, -128, 0, 127, 128, 500, 1000, 1001, 5000};
        for (int p : probes) {
            Integer a = p;
            Integer b = Integer.valueOf(p);
            System.out.println(p + ": boxed==valueOf " + same(a, b) + ", equals " + a.equals(b));
        }
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1200; i += 100) {
            list.add(i);
        }
        int identical = 0;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == Integer.valueOf(i * 100)) {
                identical++;
            }
        }
        System.out.println("identical boxes: " + identical + " of " + list.size());
        Long l1 = 500L, l2 = 500L;
        Short s1 = 500, s2 = 500;
        Character c1 = 500, c2 = 500;
        System.out.println("Long 500: " + (l1 == l2) + ", Short 500: " + (s1 == s2) + ", Character 500: " + (c1 == c2));
        System.out.println("property visible: " + System.getProperty("java.lang.Integer.IntegerCache.high"));
        System.out.println("in getProperties: " + System.getProperties().containsKey("java.lang.Integer.IntegerCache.high"));
    }
}
