package concurrent;

import java.util.*;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.*;

/**
 * Synchronizers built on AbstractQueuedSynchronizer: a non-reentrant lock with conditions
 * (a bounded buffer), a one-shot latch (shared mode) and a counting permit pool.
 */
public class CustomSynchronizers {
    static final class SimpleLock implements Lock {
        private static final class Sync extends AbstractQueuedSynchronizer {
            @Override
            protected boolean tryAcquire(int ignored) {
                if (compareAndSetState(0, 1)) {
                    setExclusiveOwnerThread(Thread.currentThread());
                    return true;
                }
                return false;
            }

            @Override
            protected boolean tryRelease(int ignored) {
                if (getState() == 0 || getExclusiveOwnerThread() != Thread.currentThread()) {
                    throw new IllegalMonitorStateException("not the owner");
                }
                setExclusiveOwnerThread(null);
                setState(0);
                return true;
            }

            @Override
            protected boolean isHeldExclusively() {
                return getState() == 1 && getExclusiveOwnerThread() == Thread.currentThread();
            }

            Condition newCondition() {
                return new ConditionObject();
            }

            boolean locked() {
                return getState() == 1;
            }
        }

        private final Sync sync = new Sync();

        public void lock() {
            sync.acquire(1);
        }

        public void lockInterruptibly() throws InterruptedException {
            sync.acquireInterruptibly(1);
        }

        public boolean tryLock() {
            return sync.tryAcquire(1);
        }

        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return sync.tryAcquireNanos(1, unit.toNanos(time));
        }

        public void unlock() {
            sync.release(1);
        }

        public Condition newCondition() {
            return sync.newCondition();
        }

        boolean isLocked() {
            return sync.locked();
        }

        int queued() {
            return sync.getQueueLength();
        }
    }

    static final class Gate {
        private final AbstractQueuedSynchronizer sync = new AbstractQueuedSynchronizer() {
            @Override
            protected int tryAcquireShared(int ignored) {
                return getState() != 0 ? 1 : -1;
            }

            @Override
            protected boolean tryReleaseShared(int ignored) {
                setState(1);
                return true;
            }
        };

        void open() {
            sync.releaseShared(1);
        }

        void pass() throws InterruptedException {
            sync.acquireSharedInterruptibly(1);
        }

        boolean pass(long millis) throws InterruptedException {
            return sync.tryAcquireSharedNanos(1, TimeUnit.MILLISECONDS.toNanos(millis));
        }
    }

    static final class Permits extends AbstractQueuedSynchronizer {
        Permits(int n) {
            setState(n);
        }

        int available() {
            return getState();
        }

        @Override
        protected int tryAcquireShared(int n) {
            while (true) {
                int available = getState();
                int left = available - n;
                if (left < 0 || compareAndSetState(available, left)) {
                    return left;
                }
            }
        }

        @Override
        protected boolean tryReleaseShared(int n) {
            while (true) {
                int current = getState();
                if (compareAndSetState(current, current + n)) {
                    return true;
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        SimpleLock lock = new SimpleLock();
        int[] counter = {0};
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int j = 0; j < 2000; j++) {
                    lock.lock();
                    try {
                        counter[0]++;
                    } finally {
                        lock.unlock();
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("counter " + counter[0] + " locked " + lock.isLocked() + " queued " + lock.queued());
        System.out.println(lock.tryLock() + " " + lock.tryLock() + " " + lock.tryLock(10, TimeUnit.MILLISECONDS));
        lock.unlock();
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock twice: " + e.getMessage());
        }
        try {
            lock.newCondition().await();
        } catch (IllegalMonitorStateException e) {
            System.out.println("await without the lock: IllegalMonitorStateException");
        }

        // A bounded buffer with two conditions.
        Condition notFull = lock.newCondition();
        Condition notEmpty = lock.newCondition();
        ArrayDeque<Integer> buffer = new ArrayDeque<>();
        Thread producer = new Thread(() -> {
            for (int i = 1; i <= 50; i++) {
                lock.lock();
                try {
                    while (buffer.size() == 3) {
                        notFull.awaitUninterruptibly();
                    }
                    buffer.add(i);
                    notEmpty.signal();
                } finally {
                    lock.unlock();
                }
            }
        });
        producer.start();
        long sum = 0;
        for (int i = 0; i < 50; i++) {
            lock.lock();
            try {
                while (buffer.isEmpty()) {
                    notEmpty.await();
                }
                sum += buffer.poll();
                notFull.signal();
            } finally {
                lock.unlock();
            }
        }
        producer.join();
        System.out.println("consumed sum " + sum);
        lock.lock();
        try {
            System.out.println("timed await " + notEmpty.await(20, TimeUnit.MILLISECONDS) + " " + (notEmpty.awaitNanos(1000) <= 0));
        } finally {
            lock.unlock();
        }

        Gate gate = new Gate();
        System.out.println("gate closed: " + gate.pass(10));
        List<String> passed = Collections.synchronizedList(new ArrayList<>());
        Thread[] waiters = new Thread[3];
        for (int i = 0; i < waiters.length; i++) {
            int id = i;
            waiters[i] = new Thread(() -> {
                try {
                    gate.pass();
                    passed.add("w" + id);
                } catch (InterruptedException e) {
                    passed.add("interrupted");
                }
            });
            waiters[i].start();
        }
        gate.open();
        for (Thread t : waiters) {
            t.join();
        }
        Collections.sort(passed);
        System.out.println("passed " + passed + " " + gate.pass(0));
        Gate never = new Gate();
        Thread stuck = new Thread(() -> {
            try {
                never.pass();
                System.out.println("passed?");
            } catch (InterruptedException e) {
                System.out.println("stuck waiter interrupted");
            }
        });
        stuck.start();
        while (!never.sync.hasQueuedThreads()) {
            Thread.sleep(1);
        }
        System.out.println("queued " + never.sync.getQueueLength() + " " + never.sync.isQueued(stuck) + " "
                + (never.sync.getFirstQueuedThread() == stuck) + " " + never.sync.getSharedQueuedThreads().size() + " "
                + never.sync.getExclusiveQueuedThreads().size());
        stuck.interrupt();
        stuck.join();
        System.out.println("queued after " + never.sync.getQueueLength() + " " + never.sync.hasContended());

        Permits permits = new Permits(3);
        int[] inside = {0};
        int[] most = {0};
        Thread[] users = new Thread[6];
        for (int i = 0; i < users.length; i++) {
            users[i] = new Thread(() -> {
                for (int j = 0; j < 200; j++) {
                    permits.acquireShared(1);
                    synchronized (inside) {
                        inside[0]++;
                        most[0] = Math.max(most[0], inside[0]);
                    }
                    synchronized (inside) {
                        inside[0]--;
                    }
                    permits.releaseShared(1);
                }
            });
            users[i].start();
        }
        for (Thread t : users) {
            t.join();
        }
        System.out.println("permits " + permits.available() + " at most " + (most[0] <= 3) + " " + permits.hasQueuedThreads());
        try {
            new AbstractQueuedSynchronizer() {}.acquire(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("UnsupportedOperationException");
        }
    }
}
