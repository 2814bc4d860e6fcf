package threads;


// Two threads race to initialize the same class (JVMS 5.5): one runs <clinit>, the other
// waits for it and then sees the initialized value.
public class InitRace {
    static class Slow {
        static final int VALUE;
        static {
            try { Thread.sleep(50); } catch (InterruptedException e) { throw new RuntimeException(e); }
            VALUE = 42;
        }
    }

    public static void main(String[] args) throws Exception {
        int[] seen = new int[2];
        Thread a = new Thread(() -> seen[0] = Slow.VALUE, "A");
        Thread b = new Thread(() -> seen[1] = Slow.VALUE, "B");
        a.start();
        Thread.sleep(10);
        b.start();
        a.join();
        b.join();
        System.out.println("A saw " + seen[0] + ", B saw " + seen[1]);
        // Many threads counting under one lock.
        Object lock = new Object();
        int[] total = {0};
        Thread[] workers = new Thread[20];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    synchronized (lock) {
                        total[0]++;
                    }
                    if (i % 100 == 0) Thread.yield();
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) w.join();
        System.out.println("total " + total[0]);
        // join with a timeout on a thread that sleeps longer
        Thread slow = new Thread(() -> { try { Thread.sleep(300); } catch (InterruptedException e) { System.out.println("slow interrupted"); } });
        slow.start();
        slow.join(20);
        System.out.println("alive after timed join: " + slow.isAlive());
        slow.interrupt();
        slow.join();
        System.out.println("alive after join: " + slow.isAlive() + " " + slow.getState());
        // wait with a timeout and nobody notifying
        synchronized (lock) {
            long start = System.nanoTime();
            lock.wait(30);
            System.out.println("waited at least 25 ms: " + ((System.nanoTime() - start) / 1_000_000 >= 25));
        }
        try {
            lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without the monitor: " + e.getMessage());
        }
    }
}
