package concurrent;

import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/** AtomicInteger/Long/ReferenceFieldUpdater: operations, atomicity under threads, the factories' checks. */
public class FieldUpdaters {
    static class Node {
        volatile int count;
        volatile long total;
        volatile String name;
        volatile Object any;
        int plain;
        volatile Integer boxed;
        static volatile int stat;
        private volatile int secret;
    }
    static final AtomicIntegerFieldUpdater<Node> COUNT = AtomicIntegerFieldUpdater.newUpdater(Node.class, "count");
    static final AtomicLongFieldUpdater<Node> TOTAL = AtomicLongFieldUpdater.newUpdater(Node.class, "total");
    static final AtomicReferenceFieldUpdater<Node, String> NAME = AtomicReferenceFieldUpdater.newUpdater(Node.class, String.class, "name");

    static void attempt(String what, Runnable r) {
        try { r.run(); System.out.println(what + ": ok"); }
        catch (Throwable t) {
            // (NullPointerExceptions by class name only: their helpful messages are tested in area npe.)
            Throwable c = t.getCause();
            String cause = c == null ? "" : " / cause " + (c instanceof NullPointerException ? c.getClass().getName() : c.toString());
            System.out.println(what + ": " + (c instanceof NullPointerException ? t.getClass().getName() : t.toString()) + cause);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) throws Exception {
        Node n = new Node();
        System.out.println(COUNT.incrementAndGet(n) + " " + COUNT.getAndAdd(n, 5) + " " + COUNT.get(n) + " " + n.count);
        System.out.println(COUNT.compareAndSet(n, 6, 10) + " " + COUNT.compareAndSet(n, 6, 11) + " " + COUNT.getAndSet(n, 3) + " " + COUNT.decrementAndGet(n));
        System.out.println(COUNT.updateAndGet(n, x -> x * 7) + " " + COUNT.accumulateAndGet(n, 100, Math::max) + " " + COUNT.getAndUpdate(n, x -> x + 1) + " " + COUNT.getAndAccumulate(n, 2, (a, b) -> a * b) + " " + n.count);
        System.out.println(TOTAL.addAndGet(n, 1L << 40) + " " + TOTAL.getAndIncrement(n) + " " + TOTAL.compareAndSet(n, (1L << 40) + 1, -1) + " " + n.total);
        System.out.println(NAME.compareAndSet(n, null, "a") + " " + NAME.getAndSet(n, "b") + " " + NAME.updateAndGet(n, s -> s + "c") + " " + NAME.accumulateAndGet(n, "d", String::concat) + " " + n.name);
        String fresh = new String("bcd");
        System.out.println("identity cas " + NAME.compareAndSet(n, fresh, "x") + " " + n.name);
        // concurrent increments
        Thread[] ts = new Thread[4];
        Node shared = new Node();
        for (int i = 0; i < 4; i++) { ts[i] = new Thread(() -> { for (int j = 0; j < 20000; j++) { COUNT.incrementAndGet(shared); TOTAL.addAndGet(shared, 2); NAME.accumulateAndGet(shared, "", (a, b) -> a == null ? "" : a); } }); ts[i].start(); }
        for (Thread t : ts) t.join();
        System.out.println("shared " + shared.count + " " + shared.total);
        ExecutorService ex = Executors.newFixedThreadPool(3);
        List<Future<?>> fs = new ArrayList<>();
        Node n2 = new Node();
        for (int i = 0; i < 30; i++) fs.add(ex.submit(() -> { for (int j = 0; j < 1000; j++) COUNT.getAndIncrement(n2); }));
        for (Future<?> f : fs) f.get();
        ex.shutdown();
        System.out.println("pool " + n2.count);
        // factory failures
        attempt("missing", () -> AtomicIntegerFieldUpdater.newUpdater(Node.class, "nope"));
        attempt("not volatile", () -> AtomicIntegerFieldUpdater.newUpdater(Node.class, "plain"));
        attempt("wrong type int", () -> AtomicIntegerFieldUpdater.newUpdater(Node.class, "total"));
        attempt("boxed", () -> AtomicIntegerFieldUpdater.newUpdater(Node.class, "boxed"));
        attempt("wrong type long", () -> AtomicLongFieldUpdater.newUpdater(Node.class, "count"));
        attempt("static", () -> AtomicIntegerFieldUpdater.newUpdater(Node.class, "stat"));
        attempt("null class", () -> AtomicIntegerFieldUpdater.newUpdater(null, "count"));
        attempt("null name", () -> AtomicIntegerFieldUpdater.newUpdater(Node.class, null));
        attempt("ref wrong vclass", () -> AtomicReferenceFieldUpdater.newUpdater(Node.class, Object.class, "name"));
        attempt("ref primitive", () -> AtomicReferenceFieldUpdater.newUpdater(Node.class, int.class, "count"));
        attempt("ref not volatile", () -> AtomicReferenceFieldUpdater.newUpdater(Node.class, int.class, "plain"));
        attempt("ref missing", () -> AtomicReferenceFieldUpdater.newUpdater(Node.class, String.class, "zzz"));
        attempt("nestmate private", () -> AtomicIntegerFieldUpdater.newUpdater(Node.class, "secret").incrementAndGet(new Node()));
        attempt("jdk private", () -> AtomicIntegerFieldUpdater.newUpdater(AtomicInteger.class, "value"));
        // receiver checks
        AtomicReferenceFieldUpdater raw = NAME;
        attempt("null receiver", () -> COUNT.get(null));
        attempt("wrong receiver", () -> ((AtomicIntegerFieldUpdater) COUNT).get("str"));
        attempt("wrong value", () -> raw.set(n, Integer.valueOf(1)));
        attempt("wrong value cas", () -> raw.compareAndSet(n, "x", Integer.valueOf(1)));
        attempt("null value", () -> raw.set(n, null));
        AtomicReferenceFieldUpdater<Node, Object> ANY = AtomicReferenceFieldUpdater.newUpdater(Node.class, Object.class, "any");
        ANY.set(n, 42);
        System.out.println(ANY.get(n) + " " + ANY.getAndSet(n, "s") + " " + n.any);
        System.out.println(COUNT.getClass().getSuperclass().getName() + " " + TOTAL.getClass().getSuperclass().getSimpleName());
    }
}
