package basics;

import java.util.ArrayList;
import java.util.List;

public class Monitors {
    private final Object lock = new Object();
    private int count;
    private static int staticCount;
    private final List<String> log = new ArrayList<>();

    synchronized void inc() { count++; }

    static synchronized void sinc() { staticCount++; }

    void blockInc(int n) {
        synchronized (lock) {
            for (int i = 0; i < n; i++) count++;
        }
    }

    void nested() {
        synchronized (this) {
            synchronized (lock) {
                synchronized (this) { // reentrant
                    log.add("nested ok");
                }
            }
        }
    }

    int syncReturn(int x) {
        synchronized (lock) {
            if (x < 0) return -1;
            return x * 2;
        }
    }

    void syncThrow() {
        synchronized (lock) {
            throw new IllegalStateException("thrown while holding lock");
        }
    }

    public static void main(String[] args) throws Exception {
        Monitors m = new Monitors();
        for (int i = 0; i < 10; i++) m.inc();
        m.blockInc(5);
        for (int i = 0; i < 7; i++) sinc();
        System.out.println("count=" + m.count + " staticCount=" + staticCount);
        m.nested();
        System.out.println(m.log);
        System.out.println(m.syncReturn(21) + " " + m.syncReturn(-3));
        try {
            m.syncThrow();
        } catch (IllegalStateException e) {
            System.out.println("caught: " + e.getMessage());
        }
        // lock must have been released: we can take it again
        m.blockInc(1);
        System.out.println("count=" + m.count);
        synchronized (Monitors.class) {
            sinc();
        }
        System.out.println("staticCount=" + staticCount);
        String s = "interned";
        synchronized (s) {
            System.out.println("locked on string " + s);
        }
        Object o = new Object();
        synchronized (o) {
            o.notifyAll();
            o.notify();
        }
        System.out.println("notify done");
        try {
            o.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("IllegalMonitorStateException");
        }
        System.out.println(Thread.holdsLock(o) + " " + holds(o));
    }

    static boolean holds(Object o) {
        synchronized (o) {
            return Thread.holdsLock(o);
        }
    }
}
