package jit;

/**
 * Small methods that compiled callers inline (accessors, constructors, final and private
 * methods, virtual calls behind a vtable guard, nested calls), and every way an inlined call
 * can leave its fast path: a null receiver, another class's override, a null or an index out
 * of bounds inside the callee, a throw, a handler in the callee, allocation until the
 * collector runs, and deep recursion. Stack traces must show the inlined frames.
 */
public class Inlining {
    static class Point {
        int x;
        int y;
        Point next;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        int getX() {
            return x;
        }

        void setY(int y) {
            this.y = y;
        }

        int nextX() {
            return next.x; // NullPointerException when there is no next
        }

        int nextY() {
            return next.y; // thrown once, so HotSpot keeps its stack trace
        }

        int sum() {
            return getX() + y;
        }

        final int twice() {
            return sum() * 2;
        }
    }

    static class Point3 extends Point {
        int z;

        Point3(int x, int y, int z) {
            super(x, y);
            this.z = z;
        }

        @Override
        int sum() {
            return x + y + z;
        }
    }

    static final class Box {
        private final int[] values = new int[4];
        private long total;

        private int at(int i) {
            return values[i]; // ArrayIndexOutOfBoundsException for i outside 0..3
        }

        void put(int i, int v) {
            values[i & 3] = v;
            total += v;
        }

        int safeAt(int i) {
            try {
                return values[i];
            } catch (ArrayIndexOutOfBoundsException e) {
                return -1;
            }
        }

        static int check(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative: " + v);
            }
            return v;
        }
    }

    /** Inlined, and calls out of the inlined code to a method that is not (it loops). */
    static final class Counter {
        int n;
        Point keep;

        int bump(Point p, int k) {
            keep = p;
            n += slowAdd(k);
            return n + keep.x;
        }

        static int slowAdd(int k) {
            int s = 0;
            for (int i = 0; i < k; i++) {
                s += i;
            }
            if (k == 13) {
                throw new IllegalStateException("thirteen");
            }
            int[] garbage = new int[k * 50]; // collections happen during the call
            return s + garbage.length;
        }
    }

    static int depth;

    static int recurse(Point p, int n) {
        depth++;
        return n == 0 ? p.getX() : recurse(p, n - 1) + p.getX();
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point3(1, 2, 3);
        long sum = 0;
        for (int i = 0; i < 200000; i++) {
            p.setY(i & 15);
            sum += p.getX() + p.sum() + p.twice();
            Point r = (i & 7) == 0 ? q : p; // the guard fails one time in eight
            sum += r.sum() + r.twice();
        }
        System.out.println("accessors and guards " + sum);

        // Objects made by inlined constructors, enough to fill the young generation often.
        long made = 0;
        Point chain = null;
        for (int i = 0; i < 300000; i++) {
            Point fresh = new Point(i, -i);
            if ((i & 1023) == 0) {
                fresh.next = chain;
                chain = fresh;
            }
            made += fresh.getX() + fresh.y;
        }
        int length = 0;
        for (Point c = chain; c != null; c = c.next) {
            length++;
        }
        System.out.println("allocated " + made + " kept " + length);

        // A null inside an inlined method, caught by the caller.
        int npes = 0;
        Point lone = new Point(5, 6);
        Point linked = new Point(7, 8);
        linked.next = lone;
        for (int i = 0; i < 100000; i++) {
            try {
                sum += ((i % 100) == 0 ? lone : linked).nextX();
            } catch (NullPointerException e) {
                npes++;
            }
        }
        System.out.println("null inside " + npes + " " + sum);

        // A null receiver: the call itself throws.
        Point none = null;
        int receivers = 0;
        for (int i = 0; i < 100000; i++) {
            try {
                sum += ((i % 1000) == 0 ? none : p).getX();
            } catch (NullPointerException e) {
                receivers++;
            }
        }
        System.out.println("null receiver " + receivers + " " + sum);

        // Indices out of bounds, in a private method, and one the callee catches itself.
        Box box = new Box();
        int outside = 0;
        for (int i = 0; i < 100000; i++) {
            box.put(i, i);
            try {
                sum += box.at(i % 5);
            } catch (ArrayIndexOutOfBoundsException e) {
                outside++;
            }
            sum += box.safeAt(i % 6);
        }
        System.out.println("bounds " + outside + " " + sum + " " + box.total);

        // A throw inside an inlined static method.
        int thrown = 0;
        String message = null;
        for (int i = 0; i < 100000; i++) {
            try {
                sum += Box.check((i % 777) - 1);
            } catch (IllegalArgumentException e) {
                thrown++;
                message = e.getMessage();
            }
        }
        System.out.println("thrown " + thrown + " " + message + " " + sum);

        // Calls out of inlined code, some throwing, with collections during them.
        Counter counter = new Counter();
        IllegalStateException last = null;
        for (int i = 0; i < 100000; i++) {
            try {
                sum += counter.bump(new Point(i, i), i % 20);
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        System.out.println("calls out " + counter.n + " " + counter.keep.x + " " + sum);
        StackTraceElement[] outTrace = last.getStackTrace();
        for (int k = 0; k < 3; k++) {
            System.out.println("  at " + outTrace[k].getMethodName() + ":" + outTrace[k].getLineNumber());
        }

        // Stack traces through inlined frames.
        for (int i = 0; i < 20000; i++) {
            try {
                sum += (i == 19999 ? lone : linked).nextY();
            } catch (NullPointerException e) {
                StackTraceElement[] trace = e.getStackTrace();
                for (int k = 0; k < 2; k++) {
                    System.out.println("  at " + trace[k].getMethodName() + ":" + trace[k].getLineNumber());
                }
            }
        }

        // Deep recursion through a method with inlined calls ends in StackOverflowError.
        for (int round = 0; round < 3; round++) {
            depth = 0;
            try {
                recurse(p, 1 << 30);
                System.out.println("no overflow");
            } catch (StackOverflowError e) {
                System.out.println("overflow " + (depth > 1000));
            }
            sum += recurse(p, 100);
        }
        System.out.println("checksum " + sum);
    }
}
