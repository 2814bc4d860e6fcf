package java.util.concurrent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The executor of Executors.newThreadPerTaskExecutor and newVirtualThreadPerTaskExecutor
 * (Java 21): every task gets a new thread from the factory. It terminates once it is shut down
 * and the last of its threads has finished. Monitor-based, as this library's other executors.
 */
final class ThreadPerTaskExecutor extends AbstractExecutorService {
    private final ThreadFactory factory;
    private final Set<Thread> threads = new HashSet<>(); // guarded by this
    private boolean shutdown; // guarded by this
    private boolean terminated; // guarded by this

    ThreadPerTaskExecutor(ThreadFactory factory) {
        this.factory = Objects.requireNonNull(factory);
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task);
        Thread thread;
        synchronized (this) {
            if (shutdown) {
                throw new RejectedExecutionException();
            }
            thread = factory.newThread(() -> {
                try {
                    task.run();
                } finally {
                    taskDone(Thread.currentThread());
                }
            });
            if (thread == null) {
                throw new RejectedExecutionException();
            }
            threads.add(thread);
        }
        thread.start();
    }

    private synchronized void taskDone(Thread thread) {
        threads.remove(thread);
        if (shutdown && threads.isEmpty()) {
            terminated = true;
            notifyAll();
        }
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
        if (threads.isEmpty()) {
            terminated = true;
            notifyAll();
        }
    }

    /** Shuts down and interrupts every running task; no task is ever queued, so none is returned. */
    @Override
    public List<Runnable> shutdownNow() {
        List<Thread> running;
        synchronized (this) {
            shutdown();
            running = new ArrayList<>(threads);
        }
        for (Thread t : running) {
            t.interrupt();
        }
        return new ArrayList<>();
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return terminated;
    }

    @Override
    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        long deadline = System.nanoTime() + nanos;
        while (!terminated) {
            if (nanos <= 0) {
                return false;
            }
            long millis = nanos / 1_000_000L;
            wait(millis == 0 ? 1 : millis);
            nanos = deadline - System.nanoTime();
        }
        return true;
    }
}
