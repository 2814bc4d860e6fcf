package threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Executors with futures: submit, invokeAll, invokeAny, failures, CompletableFuture chains. */
public class ExecutorFutures {
    static long work(int n) {
        long s = 0;
        for (int i = 1; i <= n * 50; i++) s += (long) i * i % 7;
        return s;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService fixed = Executors.newFixedThreadPool(4);
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            final int n = i;
            tasks.add(() -> work(n));
        }
        List<Future<Long>> all = fixed.invokeAll(tasks);
        StringBuilder sb = new StringBuilder();
        long total = 0;
        for (Future<Long> f : all) {
            if (!f.isDone()) sb.append("NOT-DONE ");
            total += f.get();
            sb.append(f.get()).append(' ');
        }
        System.out.println("invokeAll: " + sb.toString().trim());
        System.out.println("total " + total);

        // submit: results joined in submission order
        List<Future<String>> subs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            final int n = i;
            subs.add(fixed.submit(() -> "r" + n + ":" + work(n + 3)));
        }
        List<String> got = new ArrayList<>();
        for (Future<String> f : subs) got.add(f.get(30, TimeUnit.SECONDS));
        System.out.println("submit: " + got);

        // invokeAny with one task that can succeed
        String any = fixed.invokeAny(List.of(
                () -> { throw new IllegalStateException("no"); },
                () -> "only-success",
                () -> { throw new IllegalStateException("no either"); }));
        System.out.println("invokeAny: " + any);
        try {
            fixed.invokeAny(List.<Callable<String>>of(() -> { throw new IllegalArgumentException("all fail"); }));
        } catch (ExecutionException e) {
            System.out.println("invokeAny failed: " + e.getCause());
        }

        // a failing task among many in invokeAll
        List<Callable<Integer>> mixed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            final int n = i;
            mixed.add(() -> {
                if (n == 3) throw new ArithmeticException("task " + n);
                return n * 10;
            });
        }
        for (Future<Integer> f : fixed.invokeAll(mixed)) {
            try {
                System.out.print(f.get() + " ");
            } catch (ExecutionException e) {
                System.out.print("[" + e.getCause().getMessage() + "] ");
            }
        }
        System.out.println();

        // runnables and execute(); counts checked after shutdown + awaitTermination
        AtomicInteger executed = new AtomicInteger();
        for (int i = 0; i < 50; i++) fixed.execute(executed::incrementAndGet);
        Future<?> r = fixed.submit((Runnable) () -> executed.addAndGet(1000));
        System.out.println("runnable future result: " + r.get());
        fixed.shutdown();
        System.out.println("terminated: " + fixed.awaitTermination(30, TimeUnit.SECONDS) + " executed " + executed.get()
                + " isShutdown " + fixed.isShutdown());

        // cached and single-thread executors
        ExecutorService cached = Executors.newCachedThreadPool();
        ExecutorService single = Executors.newSingleThreadExecutor();
        List<Future<Integer>> order = new ArrayList<>();
        final List<Integer> seq = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            final int n = i;
            order.add(single.submit(() -> {
                seq.add(n); // the single thread runs tasks in order
                return n;
            }));
        }
        for (Future<Integer> f : order) f.get();
        System.out.println("single-thread order: " + seq);
        List<Future<Long>> cf = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            final int n = i;
            cf.add(cached.submit(() -> work(n * 2)));
        }
        long cs = 0;
        for (Future<Long> f : cf) cs += f.get();
        System.out.println("cached sum " + cs);

        // CompletableFuture on an explicit executor
        CompletableFuture<Long> a = CompletableFuture.supplyAsync(() -> work(10), cached);
        CompletableFuture<Long> b = CompletableFuture.supplyAsync(() -> work(11), cached);
        CompletableFuture<String> c = a.thenCombine(b, Long::sum).thenApply(x -> "combined " + x);
        System.out.println(c.join());
        List<CompletableFuture<Integer>> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            final int n = i;
            many.add(CompletableFuture.supplyAsync(() -> n * n, single).thenApplyAsync(x -> x + 1, cached));
        }
        CompletableFuture.allOf(many.toArray(new CompletableFuture[0])).join();
        int s = 0;
        for (CompletableFuture<Integer> f : many) s += f.join();
        System.out.println("allOf sum " + s);
        CompletableFuture<Integer> failed = CompletableFuture.supplyAsync(() -> 1 / 0, cached);
        System.out.println("exceptionally: " + failed.exceptionally(e -> -1).join());

        cached.shutdown();
        single.shutdown();
        System.out.println("cached/single terminated: " + cached.awaitTermination(30, TimeUnit.SECONDS) + " "
                + single.awaitTermination(30, TimeUnit.SECONDS));
    }
}
