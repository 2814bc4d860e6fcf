package concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread pools, futures, CompletableFuture and fork/join; prints only deterministic results. */
public class ExecutorsBasics {
    static String state(Object o) {
        String s = o.toString();
        return s.substring(s.indexOf('['));
    }

    public static void main(String[] args) throws Exception {
        timeUnits();
        fixedPool();
        singleAndShutdownNow();
        cachedAndCustom();
        futureTasks();
        completable();
        forkJoin();
    }

    static void timeUnits() {
        System.out.println(TimeUnit.SECONDS.toMillis(3) + " " + TimeUnit.MILLISECONDS.toSeconds(4999) + " "
                + TimeUnit.HOURS.toMinutes(2) + " " + TimeUnit.DAYS.toHours(1) + " " + TimeUnit.NANOSECONDS.toMicros(-1500)
                + " " + TimeUnit.MINUTES.convert(7200, TimeUnit.SECONDS) + " " + TimeUnit.DAYS.toNanos(Long.MAX_VALUE / 2)
                + " " + TimeUnit.MICROSECONDS.toNanos(Long.MIN_VALUE / 3) + " " + TimeUnit.valueOf("HOURS").ordinal()
                + " " + java.util.Arrays.toString(TimeUnit.values()));
    }

    static void fixedPool() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        ThreadPoolExecutor tpe = (ThreadPoolExecutor) pool;
        List<Future<Integer>> fs = new ArrayList<>();
        Set<String> names = java.util.Collections.synchronizedSet(new TreeSet<>());
        for (int i = 0; i < 10; i++) {
            int n = i;
            fs.add(pool.submit(() -> {
                names.add(Thread.currentThread().getName());
                return n * n;
            }));
        }
        StringBuilder sb = new StringBuilder();
        for (Future<Integer> f : fs) {
            sb.append(f.get()).append(' ');
        }
        System.out.println("squares " + sb.toString().trim());
        System.out.println("names " + names + " pool=" + tpe.getPoolSize() + " core=" + tpe.getCorePoolSize()
                + " max=" + tpe.getMaximumPoolSize() + " largest=" + tpe.getLargestPoolSize());
        Future<?> bad = pool.submit(() -> {
            throw new IllegalStateException("bad task");
        });
        try {
            bad.get();
        } catch (ExecutionException e) {
            System.out.println("get: " + e.getMessage() + " / cause " + e.getCause().getClass().getName());
        }
        System.out.println("done=" + bad.isDone() + " cancelled=" + bad.isCancelled());
        List<Callable<String>> calls = new ArrayList<>();
        for (String s : new String[] {"x", "y", "z"}) {
            calls.add(() -> s + s);
        }
        StringBuilder all = new StringBuilder();
        for (Future<String> f : pool.invokeAll(calls)) {
            all.append(f.get());
        }
        System.out.println("invokeAll " + all);
        List<Callable<String>> any = new ArrayList<>();
        any.add(() -> {
            throw new RuntimeException("no");
        });
        any.add(() -> "winner");
        any.add(() -> {
            throw new RuntimeException("no");
        });
        System.out.println("invokeAny " + pool.invokeAny(any));
        System.out.println("runnable result " + pool.submit(() -> { }, "R").get());
        ExecutorCompletionService<Integer> ecs = new ExecutorCompletionService<>(pool);
        for (int i = 1; i <= 5; i++) {
            int n = i;
            ecs.submit(() -> n * 100);
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += ecs.take().get();
        }
        System.out.println("completion service sum " + sum);
        pool.shutdown();
        System.out.println("shutdown=" + pool.isShutdown() + " terminated-wait=" + pool.awaitTermination(10, TimeUnit.SECONDS)
                + " terminated=" + pool.isTerminated() + " " + state(pool).startsWith("[Terminated, pool size = "));
        try {
            pool.execute(() -> { });
        } catch (RejectedExecutionException e) {
            System.out.println("rejected " + e.getMessage().startsWith("Task ") + " "
                    + e.getMessage().endsWith(state(pool)));
        }
    }

    static void singleAndShutdownNow() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        System.out.println("single thread: " + single.submit(() -> Thread.currentThread().getName()).get());
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        Future<String> blocker = single.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(20000);
                return "slept";
            } catch (InterruptedException e) {
                return "interrupted";
            }
        });
        for (int i = 0; i < 3; i++) {
            single.execute(ran::incrementAndGet);
        }
        started.await();
        List<Runnable> pending = single.shutdownNow();
        System.out.println("shutdownNow pending=" + pending.size() + " blocker=" + blocker.get() + " ran=" + ran.get());
        System.out.println("terminated " + single.awaitTermination(10, TimeUnit.SECONDS));
        try {
            ((ThreadPoolExecutor) single).getPoolSize();
        } catch (ClassCastException e) {
            System.out.println("single is not a ThreadPoolExecutor");
        }
    }

    static void cachedAndCustom() throws Exception {
        ExecutorService cached = Executors.newCachedThreadPool();
        AtomicInteger total = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(6);
        for (int i = 1; i <= 6; i++) {
            int n = i;
            cached.execute(() -> {
                total.addAndGet(n);
                done.countDown();
            });
        }
        done.await();
        System.out.println("cached total " + total);
        cached.shutdown();
        System.out.println("cached terminated " + cached.awaitTermination(10, TimeUnit.SECONDS));

        ThreadPoolExecutor bounded = new ThreadPoolExecutor(1, 2, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1),
                r -> new Thread(r, "custom"));
        CountDownLatch gate = new CountDownLatch(1);
        Runnable wait = () -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        };
        bounded.execute(wait);
        bounded.execute(wait);
        bounded.execute(wait);
        System.out.println("bounded pool=" + bounded.getPoolSize() + " queued=" + bounded.getQueue().size());
        try {
            bounded.execute(wait);
        } catch (RejectedExecutionException e) {
            System.out.println("rejected when saturated: "
                    + e.getMessage().contains("[Running, pool size = 2, active threads = ") + " "
                    + e.getMessage().endsWith("queued tasks = 1, completed tasks = 0]"));
        }
        bounded.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        bounded.execute(() -> System.out.println("caller runs in " + Thread.currentThread().getName()));
        gate.countDown();
        bounded.shutdown();
        System.out.println("bounded terminated " + bounded.awaitTermination(10, TimeUnit.SECONDS) + " completed="
                + bounded.getCompletedTaskCount());
        try {
            new ThreadPoolExecutor(2, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
    }

    static void futureTasks() throws Exception {
        FutureTask<String> ft = new FutureTask<>(() -> "computed");
        System.out.println(ft.isDone() + " " + state(ft).startsWith("[Not completed, task = "));
        Thread t = new Thread(ft);
        t.start();
        t.join();
        System.out.println(ft.get() + " " + ft.isDone() + " " + state(ft));
        FutureTask<Integer> cancelled = new FutureTask<>(() -> 1);
        System.out.println(cancelled.cancel(false) + " " + cancelled.cancel(false) + " " + cancelled.isCancelled()
                + " " + state(cancelled));
        try {
            cancelled.get();
        } catch (CancellationException e) {
            System.out.println("CancellationException " + e.getMessage());
        }
        FutureTask<Integer> never = new FutureTask<>(() -> 1);
        try {
            never.get(10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("TimeoutException " + e.getMessage());
        }
        FutureTask<Object> failing = new FutureTask<>(Executors.callable((Runnable) () -> {
            throw new ArithmeticException("div");
        }));
        failing.run();
        System.out.println(state(failing));
        System.out.println(Executors.callable((Runnable) () -> { }, 42).call() + " " + Executors.callable((Runnable) () -> { }).call());
    }

    static void completable() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> 6, pool);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> 7);
        System.out.println("combine " + a.thenCombine(b, (x, y) -> x * y).thenApply(v -> "v=" + v).join());
        System.out.println("compose " + a.thenCompose(x -> CompletableFuture.supplyAsync(() -> x + 100, pool)).get());
        CompletableFuture<Integer> boom = CompletableFuture.supplyAsync(() -> {
            throw new IllegalArgumentException("boom");
        }, pool);
        System.out.println("exceptionally " + boom.exceptionally(ex -> {
            System.out.println("  got " + ex);
            return -1;
        }).join());
        System.out.println("handle " + boom.handle((v, ex) -> v == null ? "failed: " + ex.getCause().getMessage() : "ok").join());
        try {
            boom.join();
        } catch (CompletionException e) {
            System.out.println("join: " + e.getMessage());
        }
        try {
            boom.get();
        } catch (ExecutionException e) {
            System.out.println("get: " + e.getMessage() + " cause=" + e.getCause().getClass().getSimpleName());
        }
        try {
            boom.thenApply(x -> x + 1).join();
        } catch (CompletionException e) {
            System.out.println("dependent join: " + e.getCause().getMessage());
        }
        CompletableFuture<String> manual = new CompletableFuture<>();
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        manual.thenRun(() -> order.add("first-registered"));
        manual.thenAccept(s -> order.add("second-registered " + s));
        manual.thenApply(String::length).thenAccept(n -> order.add("len " + n));
        CompletableFuture<String> wc = manual.whenComplete((v, ex) -> order.add("whenComplete " + v + " " + ex));
        System.out.println(manual.isDone() + " " + state(manual) + " " + manual.getNow("absent"));
        System.out.println(manual.complete("hello") + " " + manual.complete("again") + " " + state(manual));
        System.out.println("order " + order + " wc=" + wc.join());
        CompletableFuture<String> failed = new CompletableFuture<>();
        failed.completeExceptionally(new UnsupportedOperationException("nope"));
        System.out.println(failed.isCompletedExceptionally() + " " + state(failed) + " "
                + state(failed.thenApply(s -> s)) + " " + failed.exceptionally(Throwable::getMessage).join()
                + " " + failed.thenApply(s -> s).exceptionally(Throwable::getMessage).join());
        CompletableFuture<Integer>[] many = new CompletableFuture[5];
        for (int i = 0; i < 5; i++) {
            int n = i;
            many[i] = CompletableFuture.supplyAsync(() -> n * 3, pool);
        }
        CompletableFuture.allOf(many).join();
        int s = 0;
        for (CompletableFuture<Integer> f : many) {
            s += f.join();
        }
        System.out.println("allOf sum " + s + " anyOf " + CompletableFuture.anyOf(CompletableFuture.completedFuture("c1"),
                new CompletableFuture<String>()).join());
        CompletableFuture<Void> allFail = CompletableFuture.allOf(CompletableFuture.completedFuture(1),
                CompletableFuture.failedFuture(new RuntimeException("second")),
                CompletableFuture.failedFuture(new RuntimeException("third")));
        System.out.println("allOf failed " + allFail.handle((v, ex) -> ex.toString()).join());
        System.out.println("runAsync " + CompletableFuture.runAsync(() -> { }, pool).thenApply(v -> "after " + v).get(5, TimeUnit.SECONDS));
        CompletableFuture<String> cancelMe = new CompletableFuture<>();
        System.out.println("cancel " + cancelMe.cancel(true) + " " + cancelMe.isCancelled() + " "
                + cancelMe.isCompletedExceptionally());
        try {
            cancelMe.join();
        } catch (CancellationException e) {
            System.out.println("CancellationException on join");
        }
        System.out.println("either " + CompletableFuture.completedFuture("L").applyToEither(new CompletableFuture<String>(), x -> x + "!").join()
                + " both " + CompletableFuture.completedFuture(2).thenAcceptBoth(CompletableFuture.completedFuture(3), (x, y) -> order.add("both " + (x + y))).isDone()
                + " " + order.get(order.size() - 1));
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    static class Fib extends RecursiveTask<Integer> {
        final int n;

        Fib(int n) {
            this.n = n;
        }

        @Override
        protected Integer compute() {
            if (n <= 12) {
                return slow(n);
            }
            Fib f1 = new Fib(n - 1);
            f1.fork();
            Fib f2 = new Fib(n - 2);
            return f2.compute() + f1.join();
        }

        static int slow(int n) {
            return n <= 1 ? n : slow(n - 1) + slow(n - 2);
        }
    }

    static class SumAction extends RecursiveAction {
        final long[] data;
        final int lo;
        final int hi;
        final AtomicInteger leaves;

        SumAction(long[] data, int lo, int hi, AtomicInteger leaves) {
            this.data = data;
            this.lo = lo;
            this.hi = hi;
            this.leaves = leaves;
        }

        @Override
        protected void compute() {
            if (hi - lo <= 100) {
                for (int i = lo; i < hi; i++) {
                    data[i] = data[i] * 2 + 1;
                }
                leaves.incrementAndGet();
            } else {
                int mid = (lo + hi) >>> 1;
                invokeAll(new SumAction(data, lo, mid, leaves), new SumAction(data, mid, hi, leaves));
            }
        }
    }

    static void forkJoin() throws Exception {
        System.out.println("common parallelism ok " + (ForkJoinPool.commonPool().getParallelism()
                == Math.max(1, Runtime.getRuntime().availableProcessors() - 1)));
        System.out.println("fib(20) common " + ForkJoinPool.commonPool().invoke(new Fib(20)));
        ForkJoinPool two = new ForkJoinPool(2);
        System.out.println("fib(21) pool " + two.invoke(new Fib(21)) + " parallelism " + two.getParallelism());
        long[] data = new long[1000];
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        AtomicInteger leaves = new AtomicInteger();
        two.invoke(new SumAction(data, 0, data.length, leaves));
        long sum = 0;
        for (long v : data) {
            sum += v;
        }
        System.out.println("action sum " + sum + " leaves " + leaves);
        System.out.println("submit " + two.submit(() -> "callable").get() + " " + new Fib(15).fork().join()
                + " " + new Fib(14).invoke());
        RecursiveTask<Integer> failing = new RecursiveTask<Integer>() {
            @Override
            protected Integer compute() {
                throw new IllegalStateException("fj failure");
            }
        };
        try {
            two.invoke(failing);
        } catch (IllegalStateException e) {
            System.out.println("join rethrows " + e.getMessage() + " abnormal=" + failing.isCompletedAbnormally());
        }
        two.shutdown();
        System.out.println("fj terminated " + two.awaitTermination(10, TimeUnit.SECONDS));
    }
}
