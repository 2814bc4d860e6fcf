package modern21;

import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.Supplier;

public class Java21Threads {
    static void t(String label, Supplier<?> action) {
        try {
            System.out.println(label + " -> " + action.get());
        } catch (RuntimeException e) {
            System.out.println(label + " !! " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    static void math() {
        System.out.println("== exact arithmetic");
        t("divideExact", () -> Math.divideExact(7, -2) + " " + Math.divideExact(-9L, 4L) + " " + StrictMath.divideExact(100, 7));
        t("divideExact(MIN,-1)", () -> Math.divideExact(Integer.MIN_VALUE, -1));
        t("divideExact(LMIN,-1)", () -> Math.divideExact(Long.MIN_VALUE, -1L));
        t("divideExact by 0", () -> Math.divideExact(1, 0));
        t("unsignedMultiplyHigh", () -> Math.unsignedMultiplyHigh(-1L, -1L) + " " + Math.unsignedMultiplyHigh(1L << 40, 1L << 40) + " " + Math.unsignedMultiplyHigh(-5L, 3L) + " " + StrictMath.unsignedMultiplyHigh(Long.MIN_VALUE, 2L));
        System.out.println("== compress/expand");
        int[][] cases = {{0b1011_0110, 0b1111_0000}, {0xCAFEBABE, 0x0F0F0F0F}, {-1, 0x80000001}, {0x12345678, 0}, {0x12345678, -1}, {5, 0b1010_1010}};
        for (int[] c : cases) {
            int comp = Integer.compress(c[0], c[1]);
            int exp = Integer.expand(c[0], c[1]);
            System.out.println(Integer.toHexString(c[0]) + "/" + Integer.toHexString(c[1]) + ": compress=" + Integer.toHexString(comp) + " expand=" + Integer.toHexString(exp)
                    + " roundtrip=" + (Integer.expand(comp, c[1]) == (c[0] & c[1])));
        }
        long[][] lcases = {{0xDEADBEEFCAFEBABEL, 0x00FF00FF00FF00FFL}, {-1L, Long.MIN_VALUE | 1}, {0x123456789L, 0xF0F0F0F0F0F0F0F0L}};
        for (long[] c : lcases) {
            System.out.println(Long.toHexString(c[0]) + "/" + Long.toHexString(c[1]) + ": compress=" + Long.toHexString(Long.compress(c[0], c[1])) + " expand=" + Long.toHexString(Long.expand(c[0], c[1])));
        }
    }

    static void threads() throws Exception {
        System.out.println("== threads");
        Thread main = Thread.currentThread();
        System.out.println("main threadId==getId " + (main.threadId() == main.getId()) + " virtual=" + main.isVirtual());
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Thread p = Thread.ofPlatform().name("worker-", 5).daemon(false).priority(3).unstarted(() -> log.add("platform ran in " + Thread.currentThread().getName()));
        System.out.println("platform: " + p.getName() + " daemon=" + p.isDaemon() + " prio=" + p.getPriority() + " virtual=" + p.isVirtual() + " state=" + p.getState());
        p.start();
        p.join();
        Thread p2 = Thread.ofPlatform().name("worker-", 5).start(() -> {});
        p2.join();
        System.out.println("second name " + p2.getName());
        Thread.Builder.OfPlatform numbered = Thread.ofPlatform().name("pool-", 0);
        Thread a = numbered.unstarted(() -> {});
        Thread b = numbered.unstarted(() -> {});
        ThreadFactory f = numbered.factory();
        System.out.println("numbered: " + a.getName() + " " + b.getName() + " " + f.newThread(() -> {}).getName());
        Thread v = Thread.ofVirtual().unstarted(() -> log.add("virtual ran virtual=" + Thread.currentThread().isVirtual()));
        System.out.println("virtual: name='" + v.getName() + "' daemon=" + v.isDaemon() + " virtual=" + v.isVirtual() + " state=" + v.getState());
        v.start();
        System.out.println("join(Duration) " + v.join(Duration.ofSeconds(10)));
        Thread sv = Thread.startVirtualThread(() -> log.add("startVirtualThread ran"));
        sv.join();
        Thread named = Thread.ofVirtual().name("vt").start(() -> log.add("named " + Thread.currentThread().getName()));
        named.join();
        t("join(Duration) unstarted", () -> {
            try {
                return new Thread(() -> {}).join(Duration.ofMillis(1));
            } catch (InterruptedException e) {
                return "interrupted";
            }
        });
        t("name(null)", () -> Thread.ofPlatform().name(null));
        t("name(prefix,-1)", () -> Thread.ofVirtual().name("x", -1));
        t("priority(11)", () -> Thread.ofPlatform().priority(11));
        t("stackSize(-1)", () -> Thread.ofPlatform().stackSize(-1));
        t("start(null)", () -> Thread.ofVirtual().start(null));
        Thread.sleep(Duration.ofMillis(1));
        Thread.sleep(Duration.ofMillis(-5));
        Thread.sleep(Duration.ZERO);
        System.out.println("slept");
        for (String s : log) System.out.println(s);
    }

    static void futures() throws Exception {
        System.out.println("== futures");
        try (ExecutorService ex = Executors.newFixedThreadPool(2)) {
            Future<Integer> ok = ex.submit(() -> 6 * 7);
            Future<Integer> bad = ex.submit(() -> { throw new IllegalStateException("boom"); });
            ok.get();
            try {
                bad.get();
            } catch (ExecutionException e) {
                System.out.println("bad failed with " + e.getCause());
            }
            System.out.println("ok: " + ok.state() + " " + ok.resultNow());
            t("ok.exceptionNow", ok::exceptionNow);
            System.out.println("bad: " + bad.state() + " " + bad.exceptionNow());
            t("bad.resultNow", bad::resultNow);
            CountDownLatch latch = new CountDownLatch(1);
            Future<String> slow = ex.submit(() -> { latch.await(); return "late"; });
            System.out.println("slow: " + slow.state());
            t("slow.resultNow", slow::resultNow);
            t("slow.exceptionNow", slow::exceptionNow);
            latch.countDown();
            System.out.println("slow: " + slow.get() + " " + slow.state());
            FutureTask<String> cancelled = new FutureTask<>(() -> "never");
            cancelled.cancel(false);
            System.out.println("cancelled: " + cancelled.state());
            t("cancelled.resultNow", cancelled::resultNow);
            t("cancelled.exceptionNow", cancelled::exceptionNow);
        }
        CompletableFuture<String> cf = CompletableFuture.completedFuture("done");
        CompletableFuture<String> cfBad = CompletableFuture.failedFuture(new ArithmeticException("x"));
        CompletableFuture<String> cfPending = new CompletableFuture<>();
        System.out.println("cf: " + cf.state() + " " + cf.resultNow() + " / " + cfBad.state() + " " + cfBad.exceptionNow() + " / " + cfPending.state());
        t("cfBad.resultNow", cfBad::resultNow);
        t("cfPending.resultNow", cfPending::resultNow);
        cfPending.cancel(true);
        System.out.println("cfPending: " + cfPending.state());

        ExecutorService closed;
        List<Integer> results = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService vex = Executors.newVirtualThreadPerTaskExecutor()) {
            closed = vex;
            for (int i = 0; i < 10; i++) {
                int n = i;
                vex.submit(() -> {
                    results.add(n * n);
                    return Thread.currentThread().isVirtual();
                });
            }
        }
        List<Integer> sorted = new ArrayList<>(results);
        Collections.sort(sorted);
        System.out.println("virtual executor: " + sorted + " terminated=" + closed.isTerminated() + " shutdown=" + closed.isShutdown());
        t("submit after close", () -> closed.submit(() -> 1));
        try (ExecutorService tex = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("tpt-", 1).factory())) {
            Future<String> name = tex.submit(() -> Thread.currentThread().getName());
            System.out.println("thread per task: " + name.get());
        }
        ForkJoinPool.commonPool().close();
        System.out.println("common pool close returns, shutdown=" + ForkJoinPool.commonPool().isShutdown());
    }

    public static void main(String[] args) throws Exception {
        math();
        threads();
        futures();
    }
}
