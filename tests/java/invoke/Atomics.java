package invoke;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class Atomics {
    volatile int counter;
    volatile long total;
    volatile String last = "";
    static final VarHandle COUNTER;
    static final VarHandle TOTAL;
    static final VarHandle LAST;
    static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(int[].class);

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            COUNTER = lookup.findVarHandle(Atomics.class, "counter", int.class);
            TOTAL = lookup.findVarHandle(Atomics.class, "total", long.class);
            LAST = lookup.findVarHandle(Atomics.class, "last", String.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Atomics a = new Atomics();
        int[] slots = new int[4];
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            final int id = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 5000; i++) {
                    COUNTER.getAndAdd(a, 1);
                    long seen;
                    do {
                        seen = (long) TOTAL.getVolatile(a);
                    } while (!TOTAL.compareAndSet(a, seen, seen + i));
                    SLOTS.getAndAdd(slots, i % 4, 1);
                    String before;
                    do {
                        before = (String) LAST.getAcquire(a);
                    } while (!LAST.weakCompareAndSet(a, before, before.length() < 3 ? before + id
                            : "" + id));
                }
            });
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("counter " + a.counter);
        System.out.println("total " + a.total);
        System.out.println("slots " + java.util.Arrays.toString(slots));
        System.out.println("last length " + (a.last.length() >= 1 && a.last.length() <= 3));
    }
}
