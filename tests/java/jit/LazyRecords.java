package jit;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct calls between compiled methods write no frame record until the runtime looks at the
 * stack: stack traces, collections and exceptions deep inside chains of such calls, calls out
 * of inlined code in the middle of them, and stack overflow.
 */
public class LazyRecords {
    static final class Node {
        final Node next;
        final int value;
        Node(Node next, int value) { this.next = next; this.value = value; }
    }

    interface Shape { int area(int n); }
    static final class Square implements Shape { public int area(int n) { return n * n; } }
    static final class Line implements Shape { public int area(int n) { return depthOf(n) - n; } }

    static int depthOf(int n) { return n; }

    // A chain of compiled calls that allocates at the bottom, keeping references in every frame.
    static Node build(int depth, Node tail) {
        if (depth == 0) {
            Node n = tail;
            for (int i = 0; i < 50; i++) n = new Node(n, i);
            return n;
        }
        Node mine = new Node(tail, depth);
        Node below = build(depth - 1, mine);
        return new Node(below, mine.value + (below == null ? 0 : 1));
    }

    static long sum(Node n) {
        long s = 0;
        for (; n != null; n = n.next) s += n.value;
        return s;
    }

    // The innermost call throws; each level's line number must appear in the trace.
    static int thrower(int depth) {
        if (depth == 0) {
            throw new IllegalStateException("bottom");
        }
        return thrower(depth - 1) + 1;
    }

    static int traceDepth(int depth) {
        if (depth == 0) {
            StackTraceElement[] trace = new Throwable().getStackTrace();
            int mine = 0;
            for (StackTraceElement e : trace) {
                if (e.getMethodName().equals("traceDepth")) mine++;
            }
            return mine * 1000 + trace[1].getLineNumber();
        }
        return traceDepth(depth - 1);
    }

    // Calls out of inlined code (Shape.area through a polymorphic site) deep in a direct chain.
    static int mixed(Shape[] shapes, int depth) {
        if (depth == 0) return 0;
        int a = shapes[depth % shapes.length].area(depth);
        return a + mixed(shapes, depth - 1);
    }

    static int overflow(int n) { return overflow(n + 1) + 1; }
    static void overflowNoArgs() { overflowNoArgs(); }

    static int catchDeep(int depth) {
        if (depth == 0) {
            try {
                return Integer.parseInt("x" + depth);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return catchDeep(depth - 1) * 2;
    }

    public static void main(String[] args) {
        long total = 0;
        for (int round = 0; round < 300; round++) {
            total += sum(build(40 + round % 7, null));
        }
        System.out.println("built " + total);

        for (int round = 0; round < 3000; round++) {
            try {
                thrower(10 + round % 5);
            } catch (IllegalStateException e) {
                if (round == 2999) {
                    StackTraceElement[] t = e.getStackTrace();
                    System.out.println(e.getMessage() + " frames " + t.length);
                    for (int i = 0; i < 5; i++) {
                        System.out.println("  " + t[i].getMethodName() + ":" + t[i].getLineNumber());
                    }
                }
            }
        }

        int traced = 0;
        for (int round = 0; round < 3000; round++) traced += traceDepth(8);
        System.out.println("traced " + traced);

        Shape[] shapes = {new Square(), new Line(), new Square()};
        long m = 0;
        for (int round = 0; round < 20000; round++) m += mixed(shapes, 30);
        System.out.println("mixed " + m);

        long c = 0;
        for (int round = 0; round < 5000; round++) c += catchDeep(12);
        System.out.println("caught " + c);

        for (int round = 0; round < 3; round++) {
            try {
                overflow(0);
            } catch (StackOverflowError e) {
                System.out.println("overflow " + round);
            }
            try {
                overflowNoArgs();
            } catch (StackOverflowError e) {
                System.out.println("overflow without arguments " + round);
            }
        }
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 3; i++) after.add("ok" + thrower2(i));
        System.out.println(after);
    }

    static int thrower2(int i) {
        try {
            return thrower(i);
        } catch (IllegalStateException e) {
            return -i;
        }
    }
}
