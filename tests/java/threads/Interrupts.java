package threads;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Interrupts during sleep, wait, join, Condition.await and latch await; the flag is cleared. */
public class Interrupts {
    static void awaitState(Thread t, Thread.State s) throws InterruptedException {
        while (t.getState() != s) Thread.sleep(1);
    }

    interface Body {
        void run() throws InterruptedException;
    }

    static void blockAndInterrupt(String what, Thread.State blockedState, Body body) throws Exception {
        final String[] result = new String[1];
        Thread t = new Thread(() -> {
            try {
                body.run();
                result[0] = what + ": returned normally";
            } catch (InterruptedException e) {
                result[0] = what + ": " + e.getClass().getName() + " flag=" + Thread.currentThread().isInterrupted();
            }
        }, what);
        t.start();
        awaitState(t, blockedState);
        t.interrupt();
        t.join();
        System.out.println(result[0] + " state=" + t.getState());
    }

    public static void main(String[] args) throws Exception {
        blockAndInterrupt("sleep", Thread.State.TIMED_WAITING, () -> Thread.sleep(60_000));
        final Object mon = new Object();
        blockAndInterrupt("wait", Thread.State.WAITING, () -> {
            synchronized (mon) {
                mon.wait();
            }
        });
        blockAndInterrupt("timed wait", Thread.State.TIMED_WAITING, () -> {
            synchronized (mon) {
                mon.wait(60_000);
            }
        });
        Thread forever = new Thread(() -> {
            synchronized (mon) {
                try {
                    mon.wait();
                } catch (InterruptedException e) {
                    System.out.println("forever interrupted");
                }
            }
        }, "forever");
        forever.start();
        awaitState(forever, Thread.State.WAITING);
        blockAndInterrupt("join", Thread.State.WAITING, () -> forever.join());
        forever.interrupt();
        forever.join();
        ReentrantLock lock = new ReentrantLock();
        Condition cond = lock.newCondition();
        blockAndInterrupt("await", Thread.State.WAITING, () -> {
            lock.lock();
            try {
                cond.await();
            } finally {
                lock.unlock();
            }
        });
        CountDownLatch never = new CountDownLatch(1);
        blockAndInterrupt("latch", Thread.State.TIMED_WAITING, () -> never.await(60, TimeUnit.SECONDS));
        lock.lock();
        blockAndInterrupt("lockInterruptibly", Thread.State.WAITING, () -> lock.lockInterruptibly());
        lock.unlock();

        // interrupt before blocking: the call throws at once and clears the flag
        Thread.currentThread().interrupt();
        System.out.println("self interrupted: " + Thread.currentThread().isInterrupted());
        try {
            Thread.sleep(60_000);
            System.out.println("slept?!");
        } catch (InterruptedException e) {
            System.out.println("pre-interrupted sleep: " + e.getMessage() + " flag=" + Thread.currentThread().isInterrupted());
        }
        Thread.currentThread().interrupt();
        synchronized (mon) {
            try {
                mon.wait(60_000);
            } catch (InterruptedException e) {
                System.out.println("pre-interrupted wait, flag=" + Thread.currentThread().isInterrupted());
            }
        }
        Thread.currentThread().interrupt();
        System.out.println("Thread.interrupted() " + Thread.interrupted() + " then " + Thread.interrupted());

        // interrupting a running thread only sets the flag
        final boolean[] seen = new boolean[2];
        Thread spinner = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
            seen[0] = Thread.currentThread().isInterrupted();
            seen[1] = Thread.interrupted();
        });
        spinner.start();
        spinner.interrupt();
        spinner.join();
        System.out.println("spinner saw flag " + seen[0] + " " + seen[1] + " after: " + spinner.isInterrupted());

        // Thread.getState of a thread blocked entering a monitor, then running, then done
        final Object held = new Object();
        Thread blocked = new Thread(() -> {
            synchronized (held) {
                System.out.println("blocked thread got the monitor, own state " + Thread.currentThread().getState());
            }
        });
        System.out.println("before start: " + blocked.getState());
        synchronized (held) {
            blocked.start();
            awaitState(blocked, Thread.State.BLOCKED);
            System.out.println("while main holds the monitor: " + blocked.getState());
        }
        blocked.join();
        System.out.println("after join: " + blocked.getState());
    }
}
