package threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/** Deadlock-free hand-over under heavy contention: latches, barriers, semaphores, a blocking queue. */
public class HandOver {
    static final int THREADS = 12;

    static void startAll(List<Thread> ts) {
        for (Thread t : ts) t.start();
    }

    static void joinAll(List<Thread> ts) throws InterruptedException {
        for (Thread t : ts) t.join();
    }

    public static void main(String[] args) throws Exception {
        // CountDownLatch: all workers wait for a start signal, main waits for all of them
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(THREADS);
        AtomicInteger ran = new AtomicInteger();
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            ts.add(new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                ran.incrementAndGet();
                done.countDown();
            }));
        }
        startAll(ts);
        System.out.println("before start: ran=" + ran.get() + " count=" + done.getCount());
        start.countDown();
        done.await();
        joinAll(ts);
        System.out.println("after latch: ran=" + ran.get() + " count=" + done.getCount());

        // CyclicBarrier: rounds in lock step; the barrier action sees every contribution of a round
        final int rounds = 20;
        final long[] contrib = new long[THREADS];
        final List<Long> roundSums = new ArrayList<>();
        CyclicBarrier barrier = new CyclicBarrier(THREADS, () -> {
            long s = 0;
            for (long c : contrib) s += c;
            roundSums.add(s);
        });
        ts.clear();
        for (int i = 0; i < THREADS; i++) {
            final int id = i;
            ts.add(new Thread(() -> {
                try {
                    for (int r = 0; r < rounds; r++) {
                        contrib[id] = (long) (id + 1) * (r + 1);
                        barrier.await();
                        barrier.await(); // nobody writes before the action of the round has read
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    System.out.println("unexpected " + e);
                }
            }));
        }
        startAll(ts);
        joinAll(ts);
        System.out.println("barrier trips " + roundSums.size() + " first " + roundSums.get(0) + " third "
                + roundSums.get(2) + " last " + roundSums.get(roundSums.size() - 1) + " broken=" + barrier.isBroken());

        // a broken barrier: one party is interrupted, the others get BrokenBarrierException
        CyclicBarrier small = new CyclicBarrier(3);
        final List<String> outcomes = new ArrayList<>();
        Thread victim = new Thread(() -> {
            try {
                small.await();
            } catch (InterruptedException e) {
                synchronized (outcomes) { outcomes.add("victim: interrupted"); }
            } catch (BrokenBarrierException e) {
                synchronized (outcomes) { outcomes.add("victim: broken"); }
            }
        });
        Thread other = new Thread(() -> {
            try {
                small.await();
            } catch (InterruptedException e) {
                synchronized (outcomes) { outcomes.add("other: interrupted"); }
            } catch (BrokenBarrierException e) {
                synchronized (outcomes) { outcomes.add("other: broken"); }
            }
        });
        victim.start();
        other.start();
        while (small.getNumberWaiting() < 2) Thread.sleep(1);
        victim.interrupt();
        victim.join();
        other.join();
        java.util.Collections.sort(outcomes);
        System.out.println("broken barrier: " + outcomes + " isBroken=" + small.isBroken());

        // Semaphore: at most 3 permits in use at once, checked under contention
        Semaphore sem = new Semaphore(3, true);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicInteger entries = new AtomicInteger();
        ts.clear();
        for (int i = 0; i < THREADS; i++) {
            ts.add(new Thread(() -> {
                for (int k = 0; k < 30; k++) {
                    try {
                        sem.acquire();
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        int now = inside.incrementAndGet();
                        maxInside.accumulateAndGet(now, Math::max);
                        entries.incrementAndGet();
                        if ((k & 7) == 0) Thread.yield();
                        inside.decrementAndGet();
                    } finally {
                        sem.release();
                    }
                }
            }));
        }
        startAll(ts);
        joinAll(ts);
        System.out.println("semaphore entries=" + entries.get() + " max inside<=3: " + (maxInside.get() <= 3)
                + " permits=" + sem.availablePermits());
        System.out.println("tryAcquire(4)=" + sem.tryAcquire(4) + " tryAcquire(3)=" + sem.tryAcquire(3)
                + " permits=" + sem.availablePermits());
        sem.release(3);

        // a bounded queue between many producers and consumers; poison pills end the consumers
        BlockingQueue<Integer> q = new ArrayBlockingQueue<>(4);
        final int producers = 6, consumers = 6, perProducer = 100;
        final long[] consumed = new long[consumers];
        final int[] counts = new int[consumers];
        ts.clear();
        List<Thread> cs = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            final int base = p * 1000;
            ts.add(new Thread(() -> {
                try {
                    for (int k = 1; k <= perProducer; k++) q.put(base + k);
                } catch (InterruptedException e) {
                    return;
                }
            }));
        }
        for (int c = 0; c < consumers; c++) {
            final int id = c;
            cs.add(new Thread(() -> {
                try {
                    while (true) {
                        int v = q.take();
                        if (v < 0) return;
                        consumed[id] += v;
                        counts[id]++;
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }));
        }
        startAll(cs);
        startAll(ts);
        joinAll(ts);
        for (int c = 0; c < consumers; c++) q.put(-1);
        joinAll(cs);
        long sum = 0;
        int n = 0;
        for (int c = 0; c < consumers; c++) {
            sum += consumed[c];
            n += counts[c];
        }
        System.out.println("queue: items=" + n + " sum=" + sum + " left=" + q.size());
    }
}
