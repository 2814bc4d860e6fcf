package frames;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Stack traces through FutureTask, the executors, CompletableFuture, sleep, wait and join. */
public class ConcurrentThrows {
    interface Action {
        Object run() throws Exception;
    }

    static void trace(String what, Action a) {
        System.err.println("== " + what);
        try {
            System.err.println("returned " + a.run());
        } catch (Throwable t) {
            t.printStackTrace();
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        Future<Object> failed = pool.submit(() -> {
            throw new IllegalStateException("callable failed");
        });
        Future<?> failedRunnable = pool.submit(() -> {
            throw new IllegalArgumentException("runnable failed");
        });
        Future<Object> slow = pool.submit(() -> {
            Thread.sleep(100000);
            return null;
        });
        trace("Future.get", () -> failed.get());
        trace("Future.get(timeout)", () -> failed.get(1, TimeUnit.SECONDS));
        trace("Future.get of a Runnable", () -> failedRunnable.get());
        trace("Future.get timing out", () -> slow.get(1, TimeUnit.MILLISECONDS));
        slow.cancel(true);
        trace("Future.get cancelled", () -> slow.get());
        pool.shutdown();

        ScheduledExecutorService sched = Executors.newScheduledThreadPool(1);
        ScheduledFuture<?> once = sched.schedule(() -> {
            throw new IllegalStateException("scheduled");
        }, 1, TimeUnit.MILLISECONDS);
        trace("scheduled", () -> once.get());
        ScheduledFuture<?> periodic = sched.scheduleAtFixedRate(() -> {
            throw new IllegalStateException("periodic");
        }, 0, 10, TimeUnit.MILLISECONDS);
        trace("periodic", () -> periodic.get());
        sched.shutdown();

        CompletableFuture<Object> supplied = CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("supplyAsync");
        });
        trace("supplyAsync join", () -> supplied.join());
        trace("supplyAsync get", () -> supplied.get());
        trace("supplyAsync get(timeout)", () -> supplied.get(1, TimeUnit.SECONDS));
        trace("runAsync get", () -> CompletableFuture.runAsync(() -> {
            throw new IllegalStateException("runAsync");
        }).get());
        CompletableFuture<Object> explicit = new CompletableFuture<>();
        explicit.completeExceptionally(new IllegalStateException("explicit"));
        trace("completeExceptionally join", () -> explicit.join());
        trace("CompletableFuture timeout", () -> new CompletableFuture<>().get(1, TimeUnit.MILLISECONDS));
        CompletableFuture<Object> cancelled = new CompletableFuture<>();
        cancelled.cancel(true);
        trace("cancelled get", () -> cancelled.get());
        Thread.currentThread().interrupt();
        trace("interrupted get", () -> new CompletableFuture<>().get());

        Thread.currentThread().interrupt();
        trace("interrupted sleep", () -> {
            Thread.sleep(10);
            return null;
        });
        Thread.currentThread().interrupt();
        trace("interrupted TimeUnit.sleep", () -> {
            TimeUnit.MILLISECONDS.sleep(10);
            return null;
        });
        trace("negative sleep", () -> {
            Thread.sleep(-1);
            return null;
        });
        trace("sleep nanos out of range", () -> {
            Thread.sleep(1, 1000000);
            return null;
        });
        Object lock = new Object();
        Thread.currentThread().interrupt();
        trace("interrupted wait", () -> {
            synchronized (lock) {
                lock.wait();
            }
            return null;
        });
        trace("wait without the monitor", () -> {
            lock.wait();
            return null;
        });
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(100000);
            } catch (InterruptedException e) {
                e.printStackTrace();
            }
        });
        sleeper.setDaemon(true);
        sleeper.start();
        Thread.currentThread().interrupt();
        trace("interrupted join", () -> {
            sleeper.join();
            return null;
        });
        Thread.currentThread().interrupt();
        trace("interrupted timed join", () -> {
            sleeper.join(1000);
            return null;
        });
        sleeper.interrupt();
        sleeper.join();
        trace("negative join", () -> {
            sleeper.join(-1);
            return null;
        });
        trace("start twice", () -> {
            sleeper.start();
            return null;
        });
        trace("setPriority", () -> {
            new Thread(() -> { }).setPriority(11);
            return null;
        });

        ExecutorService last = Executors.newSingleThreadExecutor();
        Future<Object> dies = last.submit(() -> {
            throw new UnsupportedOperationException("uncaught at the end");
        });
        try {
            dies.get();
        } finally {
            last.shutdown();
        }
    }
}
