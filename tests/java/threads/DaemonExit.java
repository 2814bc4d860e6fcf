package threads;

import java.util.concurrent.CountDownLatch;

/** Daemon threads blocked forever (monitor wait, sleep, latch, spinning) do not keep the VM alive. */
public class DaemonExit {
    public static void main(String[] args) throws Exception {
        final Object mon = new Object();
        final CountDownLatch started = new CountDownLatch(4);
        final CountDownLatch never = new CountDownLatch(1);
        Runnable[] bodies = {
            () -> {
                synchronized (mon) {
                    started.countDown();
                    while (true) {
                        try { mon.wait(); } catch (InterruptedException e) { }
                    }
                }
            },
            () -> {
                started.countDown();
                while (true) {
                    try { Thread.sleep(100_000); } catch (InterruptedException e) { }
                }
            },
            () -> {
                started.countDown();
                try { never.await(); } catch (InterruptedException e) { }
            },
            () -> {
                started.countDown();
                long x = 0;
                while (true) x++;
            },
        };
        for (int i = 0; i < bodies.length; i++) {
            Thread t = new Thread(bodies[i], "daemon-" + i);
            t.setDaemon(true);
            System.out.println(t.getName() + " daemon=" + t.isDaemon());
            t.start();
        }
        started.await();
        Thread child = new Thread(() -> System.out.println("child inherits daemon=" + Thread.currentThread().isDaemon()));
        Thread parent = new Thread(() -> {
            child.start();
            try { child.join(); } catch (InterruptedException e) { }
        });
        parent.setDaemon(true);
        // a non-daemon thread that finishes shortly keeps the VM alive until it is done
        CountDownLatch mainDone = new CountDownLatch(1);
        Thread last = new Thread(() -> {
            try { mainDone.await(); Thread.sleep(20); } catch (InterruptedException e) { }
            System.out.println("last non-daemon done");
        });
        parent.start();
        parent.join();
        last.start();
        try {
            last.setDaemon(true);
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon after start: " + e.getClass().getSimpleName());
        }
        System.out.println("main returns");
        mainDone.countDown();
    }
}
