package util;

import java.util.*;
/** Collections.shuffle with a null Random (JDK 17 fails only at the first draw) and with an overriding one. */
public class ShuffleRandoms {
    public static void main(String[] args) {
        for (List<Integer> l : List.of(new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7)), new LinkedList<>(List.of(1, 2, 3, 4, 5, 6, 7)), new ArrayList<>(List.of(1)), new LinkedList<Integer>())) {
            try { Collections.shuffle(l, (Random) null); System.out.println("ok " + l); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
            Collections.shuffle(l, new Random(5)); System.out.println(l);
            Collections.shuffle(l, new Random(9) { public int nextInt(int b) { return b - 1; } }); System.out.println(l);
        }
    }
}
