package concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Threads blocked in a BlockingQueue are served in the order they blocked (the JDK's condition
 * queues are FIFO): consumers waiting in take/poll get the items in turn, and producers
 * waiting for room in a full queue put in turn.
 */
public class QueueWaiters {
    static final List<String> log = new ArrayList<>();

    static void record(String s) {
        synchronized (log) {
            log.add(s);
            log.notifyAll();
        }
    }

    static void awaitLog(int size) throws InterruptedException {
        synchronized (log) {
            while (log.size() < size) {
                log.wait();
            }
        }
    }

    static void awaitBlocked(Thread t) throws InterruptedException {
        while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(1);
        }
    }

    static void consumers(String name, BlockingQueue<Integer> q, boolean timed) throws InterruptedException {
        log.clear();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try {
                    Integer item = timed ? q.poll(30, TimeUnit.SECONDS) : q.take();
                    record(Thread.currentThread().getName() + " got " + item);
                } catch (InterruptedException e) {
                    record(Thread.currentThread().getName() + " interrupted");
                }
            }, name + "-consumer-" + i);
            t.start();
            awaitBlocked(t);
            threads.add(t);
        }
        threads.get(2).interrupt();
        awaitLog(1);
        for (int i = 0; i < 3; i++) {
            q.put(100 + i);
            awaitLog(2 + i);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(log);
    }

    static void producers(String name, BlockingQueue<Integer> q) throws InterruptedException {
        log.clear();
        q.put(0);
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            final int n = i;
            Thread t = new Thread(() -> {
                try {
                    q.put(n);
                } catch (InterruptedException e) {
                    record("interrupted");
                }
            }, name + "-producer-" + i);
            t.start();
            awaitBlocked(t);
            threads.add(t);
        }
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            got.add(q.take());
            if (i < 3) {
                threads.get(i).join();
            }
        }
        System.out.println(name + " order " + got);
    }

    public static void main(String[] args) throws Exception {
        consumers("lbq", new LinkedBlockingQueue<>(), false);
        consumers("abq", new ArrayBlockingQueue<>(2), true);
        consumers("fair", new ArrayBlockingQueue<>(2, true), false);
        consumers("deque", new LinkedBlockingDeque<>(), true);
        consumers("prio", new PriorityBlockingQueue<>(), false);
        producers("abq", new ArrayBlockingQueue<>(1));
        producers("lbq", new LinkedBlockingQueue<>(1));
        producers("deque", new LinkedBlockingDeque<>(1));

        LinkedBlockingDeque<String> dq = new LinkedBlockingDeque<>();
        log.clear();
        List<Thread> lasts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                try {
                    record(Thread.currentThread().getName() + " got " + dq.takeLast());
                } catch (InterruptedException e) {
                    record("interrupted");
                }
            }, "last-" + i);
            t.start();
            awaitBlocked(t);
            lasts.add(t);
        }
        for (int i = 0; i < 3; i++) {
            dq.putFirst("x" + i);
            awaitLog(i + 1);
        }
        for (Thread t : lasts) {
            t.join();
        }
        System.out.println(log);

        Thread.currentThread().interrupt();
        try {
            new LinkedBlockingQueue<Integer>().put(1);
            System.out.println("put ignored the interrupt");
        } catch (InterruptedException e) {
            System.out.println("put: " + e);
        }
        Thread.currentThread().interrupt();
        try {
            new ArrayBlockingQueue<Integer>(3).put(1);
            System.out.println("put ignored the interrupt");
        } catch (InterruptedException e) {
            System.out.println("bounded put: " + e);
        }
    }
}
