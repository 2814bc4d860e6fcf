package concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Locks, conditions, latches, barriers, semaphores and blocking queues across threads. */
public class LocksAndLatches {
    static String state(Object o) {
        String s = o.toString();
        return s.substring(s.indexOf('['));
    }

    interface Body {
        void run(int id) throws Exception;
    }

    static void runThreads(int n, Body body) throws InterruptedException {
        Thread[] ts = new Thread[n];
        for (int i = 0; i < n; i++) {
            int id = i;
            ts[i] = new Thread(() -> {
                try {
                    body.run(id);
                } catch (Exception e) {
                    System.out.println("thread " + id + " failed: " + e);
                }
            }, "worker-" + i);
        }
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
    }

    public static void main(String[] args) throws Exception {
        reentrantLock();
        conditions();
        readWrite();
        latches();
        barriers();
        semaphores();
        queues();
        parking();
    }

    static int counter;

    static void reentrantLock() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        runThreads(4, id -> {
            for (int i = 0; i < 2000; i++) {
                lock.lock();
                try {
                    counter++;
                } finally {
                    lock.unlock();
                }
            }
        });
        System.out.println("counter " + counter + " " + state(lock) + " fair=" + lock.isFair());
        lock.lock();
        lock.lock();
        System.out.println("holds " + lock.getHoldCount() + " locked=" + lock.isLocked() + " mine="
                + lock.isHeldByCurrentThread() + " " + state(lock));
        Thread other = new Thread(() -> {
            System.out.println("other tryLock " + lock.tryLock() + " held=" + lock.isHeldByCurrentThread()
                    + " holds=" + lock.getHoldCount());
            try {
                System.out.println("other timed tryLock " + lock.tryLock(30, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                System.out.println("unexpected interrupt");
            }
            try {
                lock.unlock();
            } catch (IllegalMonitorStateException e) {
                System.out.println("other unlock: " + e.getClass().getName() + " " + e.getMessage());
            }
        });
        other.start();
        other.join();
        lock.unlock();
        lock.unlock();
        System.out.println("after unlock " + lock.isLocked() + " " + lock.getHoldCount());
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock when free: IllegalMonitorStateException");
        }
        ReentrantLock fair = new ReentrantLock(true);
        fair.lock();
        CountDownLatch waiting = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            waiting.countDown();
            try {
                fair.lockInterruptibly();
                System.out.println("waiter acquired?!");
            } catch (InterruptedException e) {
                System.out.println("lockInterruptibly interrupted, flag=" + Thread.currentThread().isInterrupted());
            }
        });
        waiter.start();
        waiting.await();
        while (!fair.hasQueuedThread(waiter)) {
            Thread.sleep(1);
        }
        System.out.println("queued " + fair.hasQueuedThreads() + " " + fair.getQueueLength() + " fair=" + fair.isFair());
        waiter.interrupt();
        waiter.join();
        System.out.println("queue after " + fair.getQueueLength());
        fair.unlock();
    }

    static void conditions() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        Condition notFull = lock.newCondition();
        Condition notEmpty = lock.newCondition();
        int[] buf = new int[3];
        int[] count = {0, 0, 0}; // size, putIndex, takeIndex
        long[] total = {0};
        Thread producer = new Thread(() -> {
            for (int i = 1; i <= 200; i++) {
                lock.lock();
                try {
                    while (count[0] == buf.length) {
                        notFull.awaitUninterruptibly();
                    }
                    buf[count[1]] = i;
                    count[1] = (count[1] + 1) % buf.length;
                    count[0]++;
                    notEmpty.signal();
                } finally {
                    lock.unlock();
                }
            }
        });
        Thread consumer = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                lock.lock();
                try {
                    while (count[0] == 0) {
                        notEmpty.await();
                    }
                    total[0] += buf[count[2]];
                    count[2] = (count[2] + 1) % buf.length;
                    count[0]--;
                    notFull.signal();
                } catch (InterruptedException e) {
                    return;
                } finally {
                    lock.unlock();
                }
            }
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        System.out.println("condition buffer total " + total[0]);
        lock.lock();
        try {
            System.out.println("await timeout " + notEmpty.await(20, TimeUnit.MILLISECONDS) + " nanos<=0 "
                    + (notEmpty.awaitNanos(1000) <= 0) + " holds " + lock.getHoldCount());
        } finally {
            lock.unlock();
        }
        try {
            notEmpty.signal();
        } catch (IllegalMonitorStateException e) {
            System.out.println("signal without lock: IllegalMonitorStateException");
        }
        CountDownLatch ready = new CountDownLatch(3);
        AtomicInteger woken = new AtomicInteger();
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            ts[i] = new Thread(() -> {
                lock.lock();
                try {
                    ready.countDown();
                    notFull.await();
                    woken.incrementAndGet();
                } catch (InterruptedException e) {
                    System.out.println("interrupted");
                } finally {
                    lock.unlock();
                }
            });
            ts[i].start();
        }
        ready.await();
        while (true) {
            lock.lock();
            try {
                if (lock.getWaitQueueLength(notFull) == 3) {
                    System.out.println("waiters " + lock.hasWaiters(notFull));
                    notFull.signalAll();
                    break;
                }
            } finally {
                lock.unlock();
            }
            Thread.sleep(1);
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("signalAll woke " + woken);
    }

    static void readWrite() throws Exception {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        rw.readLock().lock();
        rw.readLock().lock();
        System.out.println("reads " + rw.getReadLockCount() + " mine " + rw.getReadHoldCount() + " "
                + state(rw) + " " + state(rw.readLock()) + " writeLocked=" + rw.isWriteLocked());
        Thread t = new Thread(() -> {
            System.out.println("writer tryLock while read-locked " + rw.writeLock().tryLock()
                    + ", reader tryLock " + rw.readLock().tryLock());
            rw.readLock().unlock();
        });
        t.start();
        t.join();
        rw.readLock().unlock();
        rw.readLock().unlock();
        rw.writeLock().lock();
        rw.writeLock().lock();
        rw.readLock().lock();
        System.out.println("write holds " + rw.getWriteHoldCount() + " " + rw.isWriteLockedByCurrentThread() + " "
                + state(rw) + " " + rw.writeLock().isHeldByCurrentThread());
        rw.writeLock().unlock();
        rw.writeLock().unlock();
        System.out.println("downgraded " + state(rw) + " " + state(rw.writeLock()));
        rw.readLock().unlock();
        try {
            rw.readLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("read unlock: " + e.getMessage());
        }
        int[] shared = {0};
        runThreads(3, id -> {
            for (int i = 0; i < 300; i++) {
                if (i % 3 == 0) {
                    rw.writeLock().lock();
                    try {
                        shared[0]++;
                    } finally {
                        rw.writeLock().unlock();
                    }
                } else {
                    rw.readLock().lock();
                    try {
                        if (shared[0] < 0) {
                            System.out.println("impossible");
                        }
                    } finally {
                        rw.readLock().unlock();
                    }
                }
            }
        });
        System.out.println("rw shared " + shared[0] + " " + state(rw));
    }

    static void latches() throws Exception {
        CountDownLatch latch = new CountDownLatch(3);
        System.out.println(state(latch) + " timed " + latch.await(10, TimeUnit.MILLISECONDS));
        AtomicInteger sum = new AtomicInteger();
        for (int i = 1; i <= 3; i++) {
            int n = i;
            new Thread(() -> {
                sum.addAndGet(n * 10);
                latch.countDown();
            }).start();
        }
        latch.await();
        latch.countDown();
        System.out.println("latch sum " + sum + " " + state(latch) + " " + latch.getCount() + " " + latch.await(0, TimeUnit.SECONDS));
        try {
            new CountDownLatch(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
    }

    static void barriers() throws Exception {
        AtomicInteger generations = new AtomicInteger();
        CyclicBarrier barrier = new CyclicBarrier(3, generations::incrementAndGet);
        int[] arrivals = new int[3];
        runThreads(3, id -> {
            for (int round = 0; round < 4; round++) {
                int index = barrier.await();
                synchronized (arrivals) {
                    arrivals[index]++;
                }
            }
        });
        System.out.println("generations " + generations + " arrivals " + java.util.Arrays.toString(arrivals)
                + " parties " + barrier.getParties() + " waiting " + barrier.getNumberWaiting() + " broken " + barrier.isBroken());
        CyclicBarrier two = new CyclicBarrier(2);
        try {
            two.await(20, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("barrier timeout, broken=" + two.isBroken());
        }
        try {
            two.await();
        } catch (BrokenBarrierException e) {
            System.out.println("BrokenBarrierException " + e.getMessage());
        }
        two.reset();
        System.out.println("after reset broken=" + two.isBroken());
        CyclicBarrier failing = new CyclicBarrier(2, () -> {
            throw new IllegalStateException("action failed");
        });
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        runThreads(2, id -> {
            try {
                failing.await();
                seen.add("passed?!");
            } catch (IllegalStateException e) {
                seen.add("last arrival sees " + e.getMessage());
            } catch (BrokenBarrierException e) {
                seen.add("other sees BrokenBarrierException");
            }
        });
        java.util.Collections.sort(seen);
        System.out.println(seen + " broken=" + failing.isBroken());
    }

    static void semaphores() throws Exception {
        for (boolean fair : new boolean[] {false, true}) {
            Semaphore sem = new Semaphore(2, fair);
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger maxInside = new AtomicInteger();
            runThreads(5, id -> {
                for (int i = 0; i < 20; i++) {
                    sem.acquire();
                    try {
                        int now = inside.incrementAndGet();
                        maxInside.accumulateAndGet(now, Math::max);
                        Thread.yield();
                        inside.decrementAndGet();
                    } finally {
                        sem.release();
                    }
                }
            });
            System.out.println("fair=" + sem.isFair() + " max inside <= 2: " + (maxInside.get() <= 2) + " "
                    + state(sem));
        }
        Semaphore s = new Semaphore(3);
        System.out.println(s.tryAcquire() + " " + s.tryAcquire(2) + " " + s.tryAcquire() + " "
                + s.tryAcquire(10, TimeUnit.MILLISECONDS) + " " + s.availablePermits());
        s.release(5);
        s.acquire(2);
        System.out.println(s.availablePermits() + " drained " + s.drainPermits() + " " + s.availablePermits());
        Semaphore neg = new Semaphore(-2);
        neg.release();
        System.out.println("negative " + neg.availablePermits() + " " + neg.tryAcquire() + " " + neg.drainPermits()
                + " " + neg.availablePermits());
    }

    static void queues() throws Exception {
        BlockingQueue<Integer> abq = new ArrayBlockingQueue<>(2);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 50; i++) {
                    abq.put(i);
                }
                abq.put(-1);
            } catch (InterruptedException e) {
                System.out.println("producer interrupted");
            }
        });
        producer.start();
        int sum = 0;
        List<Integer> firsts = new ArrayList<>();
        for (int x; (x = abq.take()) != -1; ) {
            sum += x;
            if (firsts.size() < 5) {
                firsts.add(x);
            }
        }
        producer.join();
        System.out.println("abq sum " + sum + " order " + firsts + " remaining " + abq.remainingCapacity());
        System.out.println(abq.offer(1) + " " + abq.offer(2) + " " + abq.offer(3) + " "
                + abq.offer(4, 10, TimeUnit.MILLISECONDS) + " " + abq);
        try {
            abq.add(5);
        } catch (IllegalStateException e) {
            System.out.println("add on full: " + e.getMessage());
        }
        LinkedBlockingQueue<String> lbq = new LinkedBlockingQueue<>(List.of("a", "b", "c", "d"));
        List<String> drained = new ArrayList<>();
        System.out.println(lbq.drainTo(drained, 3) + " " + drained + " " + lbq + " " + lbq.poll(10, TimeUnit.MILLISECONDS)
                + " " + lbq.poll(10, TimeUnit.MILLISECONDS) + " " + lbq.remainingCapacity());
        PriorityBlockingQueue<Integer> pbq = new PriorityBlockingQueue<>();
        for (int v : new int[] {5, 1, 4, 2, 3}) {
            pbq.put(v);
        }
        System.out.println("pbq " + pbq + " " + pbq.take() + " " + pbq.take() + " " + pbq.peek() + " " + pbq.size());
        SynchronousQueue<String> sq = new SynchronousQueue<>();
        System.out.println("sync offer " + sq.offer("x") + " poll " + sq.poll() + " size " + sq.size() + " " + sq);
        Thread taker = new Thread(() -> {
            try {
                System.out.println("took " + sq.take() + " and " + sq.take());
            } catch (InterruptedException e) {
                System.out.println("taker interrupted");
            }
        });
        taker.start();
        sq.put("hello");
        sq.put("world");
        taker.join();
        System.out.println("sync offer timed " + sq.offer("late", 10, TimeUnit.MILLISECONDS));
        Thread blocked = new Thread(() -> {
            try {
                new LinkedBlockingQueue<Integer>().take();
            } catch (InterruptedException e) {
                System.out.println("take interrupted");
            }
        });
        blocked.start();
        blocked.interrupt();
        blocked.join();
    }

    static void parking() throws Exception {
        LockSupport.unpark(Thread.currentThread());
        LockSupport.park();
        System.out.println("park with permit returned");
        long t0 = System.nanoTime();
        LockSupport.parkNanos(5_000_000L);
        System.out.println("parkNanos waited " + (System.nanoTime() - t0 >= 1_000_000L));
        AtomicInteger stage = new AtomicInteger();
        Thread parker = new Thread(() -> {
            stage.set(1);
            while (stage.get() != 2) {
                LockSupport.park("blocker");
            }
            System.out.println("parker released");
        });
        parker.start();
        while (stage.get() != 1) {
            Thread.sleep(1);
        }
        stage.set(2);
        LockSupport.unpark(parker);
        parker.join();
        Thread interruptedParker = new Thread(() -> {
            Thread.currentThread().interrupt();
            LockSupport.park();
            System.out.println("park returns when interrupted, flag=" + Thread.currentThread().isInterrupted());
        });
        interruptedParker.start();
        interruptedParker.join();
    }
}
