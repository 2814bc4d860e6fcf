package jit;

import java.util.ArrayList;
import java.util.List;

/**
 * Small methods with loops, inlined into hot callers: their back edges poll in place (with
 * the inlined frames written out), objects allocated and moved inside them, exits from the
 * middle of their loops (a null, an index out of bounds, a throw) that the interpreter
 * finishes.
 */
public class InlinedLoops {
    static final class Node {
        final int value;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }

        /** A loop without calls: inlined. */
        Node last() {
            Node n = this;
            while (n.next != null) {
                n = n.next;
            }
            return n;
        }

        int sum() {
            int s = 0;
            for (Node n = this; n != null; n = n.next) {
                s += n.value;
            }
            return s;
        }
    }

    static int[] squares(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i * i;
        }
        return a;
    }

    /** Allocates in its loop, so collections happen while it runs inlined. */
    static Node chain(int n) {
        Node head = null;
        for (int i = 0; i < n; i++) {
            head = new Node(i, head);
        }
        return head;
    }

    /** Reads past the end when asked to: the exception leaves from inside the loop. */
    static int total(int[] a, int extra) {
        int s = 0;
        for (int i = 0; i < a.length + extra; i++) {
            s += a[i];
        }
        return s;
    }

    static long mix(long seed, int rounds) {
        long x = seed;
        for (int i = 0; i < rounds; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            x ^= x >>> 29;
        }
        return x;
    }

    public static void main(String[] args) {
        long check = 0;
        List<Node> kept = new ArrayList<>();
        for (int round = 0; round < 3000; round++) {
            Node head = chain(round % 50 + 1);
            check += head.last().value + head.sum();
            check += total(squares(round % 17 + 1), 0);
            check ^= mix(round, round % 9);
            if (round % 100 == 37) {
                kept.add(head);
            }
            if (round % 500 == 7) {
                try {
                    check += total(squares(5), round % 3 + 1);
                } catch (ArrayIndexOutOfBoundsException e) {
                    System.out.println("round " + round + ": " + e.getMessage());
                }
                Node broken = new Node(1, new Node(2, null));
                broken.next.next = null;
                try {
                    Node n = null;
                    check += n.sum();
                } catch (NullPointerException e) {
                    System.out.println("round " + round + ": null");
                }
            }
        }
        long keptSum = 0;
        for (Node n : kept) {
            keptSum += n.sum() + n.last().value;
        }
        System.out.println("check " + check);
        System.out.println("kept " + kept.size() + " " + keptSum);
    }
}
