package threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Many threads counting under synchronized (methods and blocks), ReentrantLock and a write lock. */
public class Counting {
    static int syncCounter;
    static long blockCounter;
    static int lockCounter;
    static int rwCounter;
    static final Object monitor = new Object();
    static final ReentrantLock lock = new ReentrantLock();
    static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();

    static synchronized void incSync() {
        syncCounter++;
    }

    static void incNested() {
        synchronized (monitor) {
            synchronized (monitor) { // reentrant
                blockCounter += 2;
            }
        }
    }

    static void incLock() {
        lock.lock();
        try {
            lock.lock(); // reentrant
            try {
                lockCounter++;
            } finally {
                lock.unlock();
            }
        } finally {
            lock.unlock();
        }
    }

    static int readRw() {
        rw.readLock().lock();
        try {
            return rwCounter;
        } finally {
            rw.readLock().unlock();
        }
    }

    static void incRw() {
        rw.writeLock().lock();
        try {
            rwCounter++;
        } finally {
            rw.writeLock().unlock();
        }
    }

    public static void main(String[] args) throws Exception {
        final int threads = 8, iterations = 2000;
        List<Thread> list = new ArrayList<>();
        final long[] perThread = new long[threads];
        for (int t = 0; t < threads; t++) {
            final int id = t;
            Thread th = new Thread(() -> {
                long seen = 0;
                for (int i = 0; i < iterations; i++) {
                    incSync();
                    incNested();
                    incLock();
                    incRw();
                    if ((i & 63) == 0) {
                        seen += readRw() >= 0 ? 1 : 0;
                        Thread.yield();
                    }
                }
                perThread[id] = seen;
            }, "counter-" + t);
            list.add(th);
        }
        for (Thread th : list) th.start();
        for (Thread th : list) th.join();
        System.out.println("synchronized method: " + syncCounter);
        System.out.println("synchronized block:  " + blockCounter);
        System.out.println("ReentrantLock:       " + lockCounter + " held=" + lock.isLocked()
                + " holdCount=" + lock.getHoldCount());
        System.out.println("write lock:          " + rwCounter + " readers=" + rw.getReadLockCount());
        long reads = 0;
        for (long s : perThread) reads += s;
        System.out.println("reads " + reads);
        for (Thread th : list) System.out.println(th.getName() + " alive=" + th.isAlive() + " " + th.getState());

        // IllegalMonitorStateException for wait/notify outside the monitor and unlock by a non-owner
        try {
            monitor.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify outside monitor: " + e.getClass().getSimpleName());
        }
        try {
            monitor.wait(1);
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait outside monitor: " + e.getClass().getSimpleName());
        }
        lock.lock();
        Thread other = new Thread(() -> {
            try {
                lock.unlock();
                System.out.println("unlocked by non-owner?!");
            } catch (IllegalMonitorStateException e) {
                System.out.println("unlock by non-owner: " + e.getClass().getSimpleName());
            }
            System.out.println("tryLock from other: " + lock.tryLock());
        });
        other.start();
        other.join();
        lock.unlock();
        System.out.println("locked after unlock: " + lock.isLocked());
    }
}
