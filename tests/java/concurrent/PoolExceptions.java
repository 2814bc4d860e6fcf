package concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where exceptions of pooled tasks go: ForkJoinPool.execute(Runnable) hands them to the worker's
 * uncaught-exception handler (the worker lives on), submit() keeps them in the future; and how a
 * ThreadPoolExecutor counts workers that have a task but have not started yet.
 */
public class PoolExceptions {
    static void parse(String s) {
        Integer.parseInt(s);
    }

    static String clean(Object o) {
        return String.valueOf(o).replaceAll("@[0-9a-f]+", "@H");
    }

    public static void main(String[] args) throws Exception {
        forkJoinExecute();
        forkJoinHandlers();
        poolCounts();
    }

    static void forkJoinExecute() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(1);
        pool.execute(() -> parse("not a number"));
        pool.execute(() -> {
            throw new IllegalStateException("second task", new ArithmeticException("root"));
        });
        ForkJoinTask<?> submitted = pool.submit(() -> parse("quiet"));
        try {
            submitted.get();
        } catch (ExecutionException e) {
            System.out.println("submit keeps it: " + e.getCause().getClass().getName());
        }
        Future<String> after = pool.submit(() -> "worker still " + Thread.currentThread().getName());
        System.out.println(after.get());
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(5, TimeUnit.SECONDS));
        System.err.println("-- end of default handler output");
    }

    static void forkJoinHandlers() throws Exception {
        List<String> seen = new ArrayList<>();
        ForkJoinPool handled = new ForkJoinPool(2, ForkJoinPool.defaultForkJoinWorkerThreadFactory, (t, e) -> {
            synchronized (seen) {
                seen.add(t.getName().replaceAll("\\d+-worker", "N-worker") + " -> " + e);
            }
        }, false);
        CountDownLatch done = new CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            final int n = i;
            handled.execute(() -> {
                try {
                    if (n != 1) {
                        throw new UnsupportedOperationException("task " + n);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        handled.shutdown();
        handled.awaitTermination(5, TimeUnit.SECONDS);
        synchronized (seen) {
            seen.replaceAll(s -> s.replaceAll("worker-\\d", "worker-K"));
            seen.sort(null);
            System.out.println(seen);
        }

        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.out.println("default handler: " + e.getMessage()));
        ForkJoinPool plain = new ForkJoinPool(1);
        plain.execute(() -> {
            throw new IllegalArgumentException("to the default handler");
        });
        plain.shutdown();
        plain.awaitTermination(5, TimeUnit.SECONDS);
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    static void poolCounts() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ThreadPoolExecutor tpe = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        Runnable blocker = () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        tpe.execute(blocker);
        System.out.println("active " + tpe.getActiveCount() + " pool " + tpe.getPoolSize());
        System.out.println(clean(tpe));
        tpe.execute(blocker);
        tpe.execute(blocker);
        System.out.println(clean(tpe));
        System.out.println("tasks " + tpe.getTaskCount() + " largest " + tpe.getLargestPoolSize());
        release.countDown();
        tpe.shutdown();
        System.out.println("terminated " + tpe.awaitTermination(5, TimeUnit.SECONDS));
        System.out.println(clean(tpe));
        System.out.println("active " + tpe.getActiveCount() + " completed " + tpe.getCompletedTaskCount());
    }
}
