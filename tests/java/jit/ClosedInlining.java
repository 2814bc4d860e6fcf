package jit;

/**
 * Methods of 36 to 100 bytes called outside loops, inlined because nothing in them calls
 * out (their own calls inlined, their loops polled in place): every exit of such a body
 * (a null, an index out of bounds, a throw, a full allocation buffer, a poll inside its
 * loop) must leave the state the interpreter would, and a call out (here a virtual call
 * whose receiver class varies) keeps a method of that size behind its call.
 */
public class ClosedInlining {
    static final class Packet {
        Packet next;
        int kind;
        int datum;
        final int[] data = new int[4];

        Packet(Packet next, int kind) {
            this.next = next;
            this.kind = kind;
        }

        Packet appendTo(Packet queue) {
            next = null;
            if (queue == null) {
                return this;
            }
            Packet p = queue;
            while (p.next != null) {
                p = p.next;
            }
            p.next = this;
            return queue;
        }
    }

    static final class Queue {
        Packet[] inboxes = new Packet[4];
        int sends;
        long sum;

        // About 95 bytes: over the 35-byte limit, inlined since it calls nothing out.
        int send(Packet packet, int target) {
            sends++;
            Packet inbox = inboxes[target];
            inboxes[target] = packet.appendTo(inbox);
            for (int i = 0; i < packet.data.length; i++) {
                sum += packet.data[i] + i;
            }
            if (inbox == null && target > packet.kind) {
                return target;
            }
            return packet.kind + (sends & 1);
        }

        Packet take(int target) {
            Packet p = inboxes[target];
            if (p != null) {
                inboxes[target] = p.next;
                p.next = null;
            }
            return p;
        }
    }

    static final class Box {
        long[] cells;

        Box(int n) {
            cells = new long[n];
        }
    }

    // Allocates in its inlined body (a full buffer goes to the runtime from inside it).
    static long fill(int n, int seed) {
        Box b = new Box(n);
        long[] c = b.cells;
        long s = seed;
        for (int i = 0; i < c.length; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            c[i] = s >>> 33;
        }
        long t = 0;
        for (long v : c) {
            t ^= v;
        }
        return t;
    }

    // Throws from inside its loop when asked to.
    static int checked(int[] a, int limit) {
        int total = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > limit) {
                throw new IllegalArgumentException("element " + i + " is " + a[i]);
            }
            total += a[i] * 31 + (total >>> 7);
        }
        return total ^ a.length;
    }

    interface Shape {
        int area();
    }

    record Sq(int s) implements Shape {
        public int area() {
            return s * s;
        }
    }

    record Rect(int w, int h) implements Shape {
        public int area() {
            return w * h;
        }
    }

    // Calls out (the shapes' classes vary): stays a call outside loops.
    static int measure(Shape[] shapes, int from) {
        int total = 0;
        int n = shapes.length;
        int i = from;
        while (i < n) {
            Shape s = shapes[i];
            total += s.area() * (i + 1);
            i += 1 + (total & 1);
        }
        return total - from + n;
    }

    static long round(Queue q, Packet[] packets, int r) {
        long out = 0;
        Packet p = packets[r % packets.length];
        p.datum = r & 7;
        p.data[r & 3] = r;
        out += q.send(p, r & 3);
        Packet back = q.take((r + 1) & 3);
        if (back != null) {
            out += back.kind;
        }
        return out;
    }

    // A virtual call inside an inlined method (`step`, inlined into main's loop) whose
    // receiver class varies: each implementation that calls nothing out is inlined behind
    // its guard, the others (and classes loaded later) are called.
    abstract static class Task {
        int state;

        abstract int run(int x);

        int step(int x) {
            state++;
            return run(x) + state;
        }
    }

    static final class Idle extends Task {
        int run(int x) {
            return x + 1;
        }
    }

    static final class Work extends Task {
        final int[] buf = new int[8];

        int run(int x) {
            int s = 0;
            for (int i = 0; i < buf.length; i++) {
                buf[i] += x;
                s += buf[i] & 0xffff;
            }
            return s;
        }
    }

    static final class Fail extends Task {
        Packet last;

        int run(int x) {
            if (x % 1000 == 998) {
                throw new IllegalStateException("fail " + x);
            }
            last = new Packet(last == null || x % 64 == 0 ? null : last, x & 3);
            return x * 3 + last.kind;
        }
    }

    static final class Caller extends Task {
        final java.util.ArrayList<Integer> seen = new java.util.ArrayList<>();

        int run(int x) {
            seen.add(x);
            if (seen.size() > 100) {
                seen.clear();
            }
            return seen.size();
        }
    }

    static final class Late extends Task {
        int run(int x) {
            return -x;
        }
    }

    // Small callers, in which the calls above are outside loops.
    static long fillOnce(int n, int seed) {
        return fill(n, seed) + 1;
    }

    static int checkOnce(int[] a, int limit) {
        return checked(a, limit) - 1;
    }

    static int sendOnce(Queue q, Packet p, int target) {
        return q.send(p, target) * 2;
    }

    static int measureOnce(Shape[] shapes, int from) {
        return measure(shapes, from) + 3;
    }

    public static void main(String[] args) {
        Queue q = new Queue();
        Packet[] packets = new Packet[6];
        for (int i = 0; i < packets.length; i++) {
            packets[i] = new Packet(null, i % 3);
        }
        long check = 0;
        for (int r = 0; r < 60000; r++) {
            check += round(q, packets, r);
        }
        System.out.println("sends " + q.sends + " sum " + q.sum + " check " + check);

        long f = 0;
        for (int r = 0; r < 4000; r++) {
            f += fillOnce(16 + (r & 63), r);
        }
        System.out.println("fill " + f);

        int[] a = new int[40];
        long c = 0;
        int thrown = 0;
        for (int r = 0; r < 30000; r++) {
            a[r % a.length] = r % 1000;
            try {
                c += checkOnce(a, 990);
            } catch (IllegalArgumentException e) {
                thrown++;
                if (thrown <= 2) {
                    System.out.println(e.getMessage());
                }
                a[r % a.length] = 0;
            }
        }
        System.out.println("checked " + c + " thrown " + thrown);

        // A null packet inside the inlined send: a NullPointerException from its body.
        int npes = 0;
        for (int r = 0; r < 20000; r++) {
            try {
                check += sendOnce(q, r % 5000 == 4999 ? null : packets[r % 6], r & 3);
            } catch (NullPointerException e) {
                npes++;
            }
            q.take(r & 3);
        }
        System.out.println("npes " + npes + " check " + check);

        // An index out of bounds inside it.
        int oob = 0;
        for (int r = 0; r < 20000; r++) {
            try {
                check += sendOnce(q, packets[r % 6], r % 7000 == 6999 ? 4 : r & 3);
            } catch (ArrayIndexOutOfBoundsException e) {
                oob++;
                if (oob == 1) {
                    System.out.println(e.getMessage());
                }
            }
            q.take(r & 3);
        }
        System.out.println("oob " + oob + " check " + check);

        Shape[] shapes = new Shape[50];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = i % 2 == 0 ? new Sq(i) : new Rect(i, i + 1);
        }
        long m = 0;
        for (int r = 0; r < 20000; r++) {
            m += measureOnce(shapes, r % 5);
        }
        System.out.println("measure " + m);

        Task[] tasks = {new Idle(), new Work(), new Fail(), new Caller()};
        runTasks(tasks);
        for (Task t : tasks) {
            System.out.println(t.getClass().getSimpleName() + " " + t.state);
        }
    }

    static void runTasks(Task[] tasks) {
        long total = 0;
        int failures = 0;
        for (int r = 0; r < 80000; r++) {
            Task t = tasks[r % tasks.length];
            try {
                total += t.step(r);
            } catch (IllegalStateException e) {
                failures++;
                if (failures == 1) {
                    System.out.println(e.getMessage());
                }
            }
            if (r == 60000) {
                tasks[0] = new Late(); // a class loaded after the compilation
            }
        }
        System.out.println("tasks " + total + " failures " + failures);
    }
}
