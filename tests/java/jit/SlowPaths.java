package jit;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Paths that compiled code used to leave to the runtime: safepoint polls due inside inlined
 * calls (now polled in place, with other threads collecting meanwhile), a pure-looking method
 * whose call is linked only late (compiled framed), and ArrayList's copies of its array.
 */
public class SlowPaths {
    static final class Cell {
        int value;
        Cell next;

        Cell(int value) {
            this.value = value;
        }

        int get() {
            return value;
        }

        Cell link(Cell other) {
            next = other;
            return this;
        }

        int sum() {
            return get() + (next == null ? 0 : next.get());
        }
    }

    static int twice(Cell c) {
        return c.sum() + c.sum();
    }

    static Cell make(int i) {
        return new Cell(i).link(new Cell(i + 1));
    }

    /** Small calls inside small calls, in a loop: polls fall inside inlined code. */
    static long inlinedLoop(int n) {
        long total = 0;
        Object[] keep = new Object[16];
        for (int i = 0; i < n; i++) {
            Cell c = make(i & 1023);
            keep[i & 15] = c;
            total += twice(c);
        }
        for (Object o : keep) {
            total += ((Cell) o).sum();
        }
        return total;
    }

    static volatile boolean stop;

    /** Allocates while the main thread runs, so that collections happen at its polls. */
    static final class Churn extends Thread {
        long made;

        public void run() {
            List<int[]> garbage = new ArrayList<>();
            while (!stop) {
                garbage.add(new int[64]);
                if (garbage.size() > 256) {
                    garbage = new ArrayList<>();
                }
                made++;
            }
        }
    }

    static int digits(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            total = total * 3 + Character.digit(s.charAt(i), 16);
        }
        return total;
    }

    /** A collection whose toArray gives a String[]. */
    static final class Names extends AbstractCollection<String> {
        final String[] names;

        Names(String... names) {
            this.names = names;
        }

        public Iterator<String> iterator() {
            return Arrays.asList(names).iterator();
        }

        public int size() {
            return names.length;
        }

        public Object[] toArray() {
            return names.clone();
        }
    }

    /** A pure method (static, on ints) with a loop, so never inlined. */
    static int trailingZeros(int i) {
        if (i == 0) {
            return 32;
        }
        int n = 0;
        while ((i & 1) == 0) {
            i >>>= 1;
            n++;
        }
        return n;
    }

    static long mixed(long seed) {
        return seed * 31 + trailingZeros((int) seed) + Long.numberOfTrailingZeros(seed << 20);
    }

    /** Framed (a reference parameter): calls the pure method often enough for it to get a
     * direct entry, then keeps calling it through that. */
    static long callsPure(int[] values, int rounds) {
        long total = 0;
        for (int r = 0; r < rounds; r++) {
            for (int v : values) {
                total += trailingZeros(v) + trailingZeros(v * r) + mixed(v ^ r);
            }
        }
        return total;
    }

    public static void main(String[] args) throws Exception {
        int[] values = new int[64];
        for (int i = 0; i < values.length; i++) {
            values[i] = i << (i & 15);
        }
        System.out.println("pure from framed " + callsPure(values, 400));
        System.out.println("inlined " + inlinedLoop(200_000));
        Churn churn = new Churn();
        churn.start();
        long withThread = 0;
        for (int round = 0; round < 20; round++) {
            withThread += inlinedLoop(20_000);
        }
        stop = true;
        churn.join();
        System.out.println("inlined with a collecting thread " + withThread);

        int sum = 0;
        for (int i = 0; i < 50_000; i++) {
            sum += digits("7f3A" + (i & 7));
        }
        System.out.println("ascii digits " + sum);
        // Late: a non-ASCII digit takes the call the earlier ones never made.
        System.out.println("arabic-indic " + Character.digit('\u0663', 10) + " fullwidth "
                + Character.digit('\uFF21', 16) + " bad " + Character.digit('\u0663', 2));
        System.out.println("digits again " + digits("\u0661\u0662f"));

        ArrayList<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            list.add(i);
        }
        Object[] array = list.toArray();
        System.out.println("toArray " + array.getClass().getSimpleName() + " " + array.length
                + " " + array[999]);
        @SuppressWarnings("unchecked")
        ArrayList<Integer> copy = (ArrayList<Integer>) list.clone();
        copy.set(0, -1);
        System.out.println("clone " + copy.get(0) + " " + list.get(0) + " " + copy.size());
        list.subList(10, 1000).clear();
        list.trimToSize();
        list.add(10);
        System.out.println("trimmed " + list);
        ArrayList<Object> fromNames = new ArrayList<>(new Names("a", "b"));
        fromNames.set(0, 42);
        fromNames.add(3.5);
        System.out.println("from names " + fromNames);
        ArrayList<Object> fromList = new ArrayList<>(Arrays.asList("x", "y"));
        fromList.set(1, 'z');
        System.out.println("from list " + fromList);
        System.out.println("empty " + new ArrayList<>(new Names()).size()
                + " " + new ArrayList<>(new Names()).toArray().getClass().getSimpleName());
        try {
            new ArrayList<Integer>().ensureCapacity(Integer.MIN_VALUE);
            System.out.println("ensureCapacity negative ignored");
        } catch (Throwable t) {
            System.out.println(t);
        }

        String[] strings = {"p", "q", "r"};
        Object[] longer = Arrays.copyOf(strings, 5);
        System.out.println("copyOf " + longer.getClass().getSimpleName() + " "
                + Arrays.toString(longer));
        Object[] objects = Arrays.copyOf(strings, 2, Object[].class);
        objects[0] = 1;
        System.out.println("copyOf as Object[] " + Arrays.toString(objects));
        Object[] range = Arrays.copyOfRange(strings, 1, 4);
        System.out.println("copyOfRange " + range.getClass().getSimpleName() + " "
                + Arrays.toString(range));
        try {
            longer[0] = 1;
        } catch (ArrayStoreException e) {
            System.out.println(e);
        }
        try {
            Arrays.copyOf(strings, -1);
        } catch (NegativeArraySizeException e) {
            System.out.println(e);
        }
    }
}
