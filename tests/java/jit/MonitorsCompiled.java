package jit;

/** synchronized blocks in hot (compiled) code: reentrant, throwing, on null, and contended. */
public class MonitorsCompiled {
    static final Object LOCK = new Object();
    static int counter;

    static int nested(Object a, Object b, int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            synchronized (a) {
                synchronized (b) {
                    synchronized (a) {
                        sum += i & 7;
                    }
                }
            }
        }
        return sum;
    }

    static int throwing(Object lock, int n) {
        int caught = 0;
        for (int i = 0; i < n; i++) {
            try {
                synchronized (lock) {
                    if (i % 1000 == 999) {
                        throw new IllegalStateException("at " + i);
                    }
                }
            } catch (IllegalStateException e) {
                caught++;
            }
        }
        return caught;
    }

    static void bump(int n) {
        for (int i = 0; i < n; i++) {
            synchronized (LOCK) {
                int c = counter;
                if ((i & 255) == 0) {
                    Thread.yield();
                }
                counter = c + 1;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Object a = new Object();
        Object b = new StringBuilder();
        System.out.println(nested(a, b, 200_000) + " " + nested(a, a, 1000));
        System.out.println(throwing(a, 100_000) + " " + Thread.holdsLock(a));
        try {
            synchronized (args.length == 0 ? null : a) {
                System.out.println("unreachable");
            }
        } catch (NullPointerException e) {
            System.out.println("NPE on a null lock");
        }
        Thread[] threads = new Thread[3];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> bump(100_000));
            threads[t].start();
        }
        bump(100_000);
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("counter " + counter);
        synchronized (a) {
            a.notifyAll();
            System.out.println("holds " + Thread.holdsLock(a) + " " + Thread.holdsLock(b));
        }
        StringBuffer sb = new StringBuffer();
        for (int i = 0; i < 100_000; i++) {
            sb.append(i % 10);
        }
        System.out.println(sb.length() + " " + sb.toString().hashCode());
    }
}
