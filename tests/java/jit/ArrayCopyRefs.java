package jit;

import java.util.ArrayList;
import java.util.List;

/**
 * System.arraycopy between Object[] arrays in hot compiled code: an old array receives young
 * objects only through arraycopy, then young collections run; the copied references must
 * survive them (the copy marks the destination's cards). Also overlapping copies, empty
 * copies, and the checks that must still throw.
 */
public class ArrayCopyRefs {
    static final class Box {
        final int value;

        Box(int value) {
            this.value = value;
        }
    }

    static Object[] old = new Object[4096];

    static void fill(Object[] target, int round) {
        Object[] fresh = new Object[64];
        for (int i = 0; i < fresh.length; i++) {
            fresh[i] = new Box(round * 64 + i);
        }
        int at = (round * 64) % target.length;
        System.arraycopy(fresh, 0, target, at, fresh.length);
    }

    static long garbage(int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int[] junk = new int[32];
            junk[i & 31] = i;
            sum += junk[i & 31];
        }
        return sum;
    }

    static long sum(Object[] array) {
        long total = 0;
        for (Object o : array) {
            if (o != null) {
                total += ((Box) o).value;
            }
        }
        return total;
    }

    static int shift(Object[] array, int from, int length) {
        System.arraycopy(array, from, array, from + 1, length);
        return length;
    }

    public static void main(String[] args) {
        System.gc(); // `old` is in the old generation from here on
        long checks = 0;
        for (int round = 0; round < 3000; round++) {
            fill(old, round);
            checks += garbage(200);
            if (round % 500 == 0) {
                System.out.println("round " + round + " sum " + sum(old));
            }
        }
        System.out.println("sum " + sum(old) + " garbage " + checks);

        // Overlapping copies, both directions, as ArrayList's add and remove make them.
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            list.add(0, i);
            if (i % 3 == 0) {
                list.remove(list.size() / 2);
            }
        }
        long listSum = 0;
        for (int v : list) {
            listSum = listSum * 31 + v;
        }
        System.out.println("list " + list.size() + " " + listSum);

        Object[] small = new Object[8];
        for (int i = 0; i < 8; i++) {
            small[i] = new Box(i);
        }
        int moved = 0;
        for (int i = 0; i < 5000; i++) {
            moved += shift(small, 0, 0);
            moved += shift(small, i % 4, 3);
        }
        System.out.println("moved " + moved + " small " + sum(small));

        String[] strings = {"a", "b", "c"};
        Object[] objects = new Object[3];
        System.arraycopy(strings, 0, objects, 0, 3);
        System.out.println(objects[0] + "" + objects[1] + objects[2]);
        try {
            System.arraycopy(objects, 0, new Integer[3], 0, 3);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException " + e.getMessage());
        }
        try {
            System.arraycopy(old, 4090, old, 0, 10);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE " + e.getMessage());
        }
        try {
            System.arraycopy(old, 0, null, 0, 1);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}
