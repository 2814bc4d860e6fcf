package jit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A long main whose loops each use classes that no earlier loop loaded: compiled while an
 * early loop runs, its later loops start as calls the runtime runs, and it is recompiled
 * phase after phase, the running activation moving to each new code.
 */
public class PhasedMain {
    static final class Point {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }
    }

    public static void main(String[] args) {
        long check = 0;
        for (int i = 0; i < 20000; i++) {
            check += (i * 31) ^ (i >>> 3);
        }
        System.out.println("ints " + check);
        List<Integer> boxed = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            boxed.add(i % 977);
        }
        for (int v : boxed) {
            check += v;
        }
        System.out.println("boxed " + check);
        TreeMap<Integer, Integer> tree = new TreeMap<>();
        for (int i = 0; i < 20000; i++) {
            tree.merge(i * 7919 % 10007, 1, Integer::sum);
        }
        check += tree.firstKey() + tree.lastKey() + tree.ceilingKey(5000) + tree.size();
        System.out.println("tree " + check);
        ArrayDeque<Point> deque = new ArrayDeque<>();
        deque.add(new Point(0, 0));
        for (int i = 0; i < 20000 && !deque.isEmpty(); i++) {
            Point p = deque.poll();
            check += p.x * 3L + p.y;
            if (deque.size() < 1000) {
                deque.add(new Point(p.x + 1, p.y));
                deque.add(new Point(p.x, p.y + 1));
            }
        }
        System.out.println("deque " + check);
        PriorityQueue<Long> heap = new PriorityQueue<>();
        for (int i = 0; i < 20000; i++) {
            heap.add((long) (i * 104729 % 65537));
            if (heap.size() > 100) {
                check += heap.poll();
            }
        }
        System.out.println("heap " + check);
        LinkedList<String> words = new LinkedList<>();
        for (int i = 0; i < 20000; i++) {
            words.addFirst(Integer.toString(i, 36));
            if (words.size() > 50) {
                check += words.removeLast().length();
            }
        }
        System.out.println("linked " + check);
        BitSet bits = new BitSet();
        for (int i = 0; i < 20000; i++) {
            bits.set(i * 13 % 20011);
        }
        check += bits.cardinality() + bits.nextClearBit(0);
        System.out.println("bits " + check);
        HashMap<String, TreeSet<Integer>> index = new HashMap<>();
        for (int i = 0; i < 20000; i++) {
            index.computeIfAbsent("k" + (i % 37), k -> new TreeSet<>()).add(i % 101);
        }
        for (TreeSet<Integer> set : index.values()) {
            check += set.first() + set.last() + set.size();
        }
        System.out.println("index " + check);
    }
}
