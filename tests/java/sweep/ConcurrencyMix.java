package sweep;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.*;
import java.util.stream.*;

public class ConcurrencyMix {
    static class BoundedBuffer<T> {
        private final Queue<T> q = new LinkedList<>(); private final int cap;
        BoundedBuffer(int cap) { this.cap = cap; }
        synchronized void put(T t) throws InterruptedException { while (q.size() == cap) wait(); q.add(t); notifyAll(); }
        synchronized T take() throws InterruptedException { while (q.isEmpty()) wait(); T t = q.poll(); notifyAll(); return t; }
    }
    public static void main(String[] args) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(4);
        List<Future<Long>> fs = new ArrayList<>();
        for (int i = 1; i <= 8; i++) { final int n = i; fs.add(ex.submit(() -> LongStream.rangeClosed(1, n * 1000).sum())); }
        long tot = 0; for (Future<Long> f : fs) tot += f.get();
        System.out.println("total " + tot);
        List<Callable<String>> tasks = IntStream.range(0, 5).mapToObj(i -> (Callable<String>) () -> "task" + i).toList();
        System.out.println(ex.invokeAll(tasks).stream().map(f -> { try { return f.get(); } catch (Exception e) { return "err"; } }).collect(Collectors.joining(",")));
        Future<?> failing = ex.submit(() -> { throw new IllegalStateException("task failed"); });
        try { failing.get(); } catch (ExecutionException e) { System.out.println("EE: " + e.getMessage() + " | " + e.getCause()); }
        ConcurrentHashMap<String, Integer> chm = new ConcurrentHashMap<>();
        CountDownLatch latch = new CountDownLatch(4);
        AtomicLong al = new AtomicLong(); LongAdder adder = new LongAdder(); AtomicInteger ai = new AtomicInteger();
        for (int t = 0; t < 4; t++) {
            ex.execute(() -> {
                for (int i = 0; i < 1000; i++) { chm.merge("k" + (i % 5), 1, Integer::sum); al.incrementAndGet(); adder.increment(); ai.accumulateAndGet(2, (a, b) -> a + b); }
                latch.countDown();
            });
        }
        System.out.println("await " + latch.await(10, TimeUnit.SECONDS));
        System.out.println(new TreeMap<>(chm) + " " + al.get() + " " + adder.sum() + " " + ai);
        chm.compute("k0", (k, v) -> v * 2); chm.computeIfAbsent("new", k -> 7); chm.computeIfPresent("k1", (k, v) -> null);
        System.out.println(new TreeMap<>(chm) + " " + chm.reduceValues(1, Integer::sum) + " " + chm.mappingCount());
        CompletableFuture<Integer> cf = CompletableFuture.supplyAsync(() -> 21, ex).thenApply(x -> x * 2).thenCombine(CompletableFuture.completedFuture(8), Integer::sum);
        System.out.println("cf " + cf.get() + " " + cf.join());
        CompletableFuture<String> bad = CompletableFuture.supplyAsync(() -> { if (true) throw new IllegalArgumentException("bad input"); return "x"; }, ex);
        System.out.println(bad.exceptionally(t -> "recovered from " + t.getClass().getSimpleName() + ": " + t.getCause().getMessage()).get());
        System.out.println(bad.handle((v, t) -> v == null ? "handled " + (t instanceof CompletionException) : v).get());
        try { bad.join(); } catch (CompletionException e) { System.out.println("CE " + e.getMessage()); }
        try { bad.get(); } catch (ExecutionException e) { System.out.println("EE " + e.getMessage()); }
        CompletableFuture<Void> all = CompletableFuture.allOf(IntStream.range(0, 3).mapToObj(i -> CompletableFuture.runAsync(() -> {}, ex)).toArray(CompletableFuture[]::new));
        all.get(); System.out.println("all done " + all.isDone());
        System.out.println(CompletableFuture.supplyAsync(() -> "a", ex).thenCompose(s -> CompletableFuture.supplyAsync(() -> s + "b", ex)).thenApplyAsync(String::toUpperCase, ex).get());
        BoundedBuffer<Integer> buf = new BoundedBuffer<>(2);
        Thread prod = new Thread(() -> { try { for (int i = 0; i < 20; i++) buf.put(i); buf.put(-1); } catch (InterruptedException e) { } }, "producer");
        final long[] sum = {0};
        Thread cons = new Thread(() -> { try { int v; while ((v = buf.take()) >= 0) sum[0] += v; } catch (InterruptedException e) { } }, "consumer");
        prod.start(); cons.start(); prod.join(); cons.join();
        System.out.println("consumed sum " + sum[0] + " " + prod.getName() + " " + prod.getState());
        ReentrantLock lock = new ReentrantLock(); Condition cond = lock.newCondition(); int[] counter = {0};
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) { ts[i] = new Thread(() -> { for (int j = 0; j < 500; j++) { lock.lock(); try { counter[0]++; } finally { lock.unlock(); } } }); ts[i].start(); }
        for (Thread t : ts) t.join();
        System.out.println("counter " + counter[0] + " locked " + lock.isLocked());
        BlockingQueue<String> bq = new LinkedBlockingQueue<>();
        Thread w = new Thread(() -> { try { bq.put("hello"); bq.put("world"); } catch (InterruptedException e) { } });
        w.start(); System.out.println(bq.take() + " " + bq.poll(5, TimeUnit.SECONDS)); w.join();
        Thread sleeper = new Thread(() -> { try { Thread.sleep(10000); System.out.println("woke"); } catch (InterruptedException e) { System.out.println("interrupted " + Thread.currentThread().isInterrupted()); } });
        sleeper.start(); sleeper.interrupt(); sleeper.join();
        Thread thrower = new Thread(() -> { throw new RuntimeException("in thread"); }, "worker-1");
        thrower.setUncaughtExceptionHandler((th, e) -> System.out.println("handler: " + th.getName() + " " + e.getMessage()));
        thrower.start(); thrower.join();
        ScheduledExecutorService ses = Executors.newSingleThreadScheduledExecutor();
        ScheduledFuture<String> sf = ses.schedule(() -> "scheduled", 10, TimeUnit.MILLISECONDS);
        System.out.println(sf.get()); ses.shutdown();
        CyclicBarrier barrier = new CyclicBarrier(3, () -> System.out.println("barrier tripped"));
        List<Thread> bt = new ArrayList<>();
        for (int i = 0; i < 3; i++) { Thread t = new Thread(() -> { try { barrier.await(); } catch (Exception e) { } }); bt.add(t); t.start(); }
        for (Thread t : bt) t.join();
        Semaphore sem = new Semaphore(2); sem.acquire(); System.out.println("permits " + sem.availablePermits() + " " + sem.tryAcquire() + " " + sem.tryAcquire()); 
        ForkJoinPool fj = new ForkJoinPool(2);
        System.out.println("fj " + fj.invoke(new SumTask(new long[100000], 0, 100000)));
        fj.shutdown();
        ThreadLocal<Integer> tl = ThreadLocal.withInitial(() -> 5); tl.set(6);
        Thread tlt = new Thread(() -> System.out.println("tl in thread " + tl.get())); tlt.start(); tlt.join(); System.out.println("tl main " + tl.get());
        ex.shutdown(); System.out.println("terminated " + ex.awaitTermination(5, TimeUnit.SECONDS) + " " + ex.isShutdown());
        try { ex.submit(() -> 1); } catch (RejectedExecutionException e) { System.out.println("rejected"); }
        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>(List.of(1, 2, 3)); for (Integer i : cow) cow.add(i); System.out.println(cow);
        ConcurrentSkipListMap<String, Integer> sk = new ConcurrentSkipListMap<>(Map.of("b", 1, "a", 2, "c", 3)); System.out.println(sk + " " + sk.firstKey() + " " + sk.headMap("c"));
        AtomicReference<String> ar = new AtomicReference<>("x"); System.out.println(ar.compareAndSet("x", "y") + " " + ar.get() + " " + ar.getAndUpdate(s -> s + "z") + " " + ar + " " + new AtomicIntegerArray(3));
        Thread daemon = new Thread(() -> { try { Thread.sleep(100000); } catch (InterruptedException e) { } }); daemon.setDaemon(true); daemon.start();
        System.out.println("main done " + Thread.currentThread().getName());
    }
    static class SumTask extends RecursiveTask<Long> {
        final long[] a; final int lo, hi;
        SumTask(long[] a, int lo, int hi) { this.a = a; this.lo = lo; this.hi = hi; if (lo == 0 && hi == a.length) for (int i = 0; i < a.length; i++) a[i] = i; }
        protected Long compute() {
            if (hi - lo < 5000) { long s = 0; for (int i = lo; i < hi; i++) s += a[i]; return s; }
            int mid = (lo + hi) >>> 1; SumTask l = new SumTask(a, lo, mid), r = new SumTask(a, mid, hi); l.fork(); return r.compute() + l.join();
        }
    }
}
