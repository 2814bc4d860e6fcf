package conform;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.*;
import java.util.*;
public class ThreadRing {
    static final int RING = 53;
    static class Node extends Thread {
        final int id; Node next; int token = -1; final Object lock = new Object(); static volatile int winner = -1; static CountDownLatch done = new CountDownLatch(1);
        Node(int id) { this.id = id; setDaemon(true); }
        void put(int t) { synchronized (lock) { token = t; lock.notify(); } }
        public void run() {
            try { while (true) { int t; synchronized (lock) { while (token < 0) lock.wait(); t = token; token = -1; }
                if (t == 0) { winner = id; done.countDown(); return; } next.put(t - 1); } } catch (InterruptedException e) { }
        }
    }
    static class Chameneos {
        enum Color { BLUE, RED, YELLOW; Color complement(Color o) { return this == o ? this : values()[3 - ordinal() - o.ordinal()]; } }
        static int meetingsLeft; static Color firstColor; static int firstId = -1; static Color secondColor; static final Object mall = new Object(); static int[] meetings; static int[] selfMet;
        static Color meet(int id, Color c) throws InterruptedException {
            synchronized (mall) {
                if (meetingsLeft == 0) return null;
                if (firstId < 0) { firstId = id; firstColor = c; while (secondColor == null && meetingsLeft > 0) mall.wait(); if (secondColor == null) return null; Color r = secondColor; secondColor = null; mall.notifyAll(); return r; }
                else { if (firstId == id) selfMet[id]++; Color other = firstColor; secondColor = c; firstId = -1; meetingsLeft--; mall.notifyAll(); return other; }
            }
        }
    }
    public static void main(String[] args) throws Exception {
        Node[] nodes = new Node[RING]; for (int i = 0; i < RING; i++) nodes[i] = new Node(i + 1);
        for (int i = 0; i < RING; i++) nodes[i].next = nodes[(i + 1) % RING];
        for (Node n : nodes) n.start();
        nodes[0].put(1000); Node.done.await(); System.out.println("ring winner " + Node.winner);
        System.out.println(Chameneos.Color.BLUE.complement(Chameneos.Color.RED) + " " + Chameneos.Color.RED.complement(Chameneos.Color.RED));
        Chameneos.meetingsLeft = 600; Chameneos.meetings = new int[4]; Chameneos.selfMet = new int[4];
        Chameneos.Color[] cols = {Chameneos.Color.BLUE, Chameneos.Color.RED, Chameneos.Color.YELLOW, Chameneos.Color.BLUE};
        Thread[] ts = new Thread[4];
        for (int i = 0; i < 4; i++) { final int id = i; ts[i] = new Thread(() -> { Chameneos.Color c = cols[id]; try { while (true) { Chameneos.Color o = Chameneos.meet(id, c); if (o == null) break; c = c.complement(o); Chameneos.meetings[id]++; } } catch (InterruptedException e) {} }); ts[i].start(); }
        for (Thread t : ts) t.join();
        int total = 0; for (int m : Chameneos.meetings) total += m; System.out.println("chameneos total " + total);
        ExecutorService ex = Executors.newFixedThreadPool(4);
        List<Future<Long>> fs = new ArrayList<>();
        for (int i = 0; i < 8; i++) { final int n = i; fs.add(ex.submit(() -> { long s = 0; for (int j = 0; j <= n * 1000; j++) s += j; return s; })); }
        for (Future<Long> f : fs) System.out.print(f.get() + " "); System.out.println();
        Future<?> bad = ex.submit(() -> { throw new IllegalStateException("task failed"); });
        try { bad.get(); } catch (ExecutionException e) { System.out.println(e.getMessage() + " | " + e.getCause()); }
        List<Callable<String>> calls = List.of(() -> "x", () -> "y"); System.out.println(ex.invokeAll(calls).get(1).get());
        ex.shutdown(); System.out.println(ex.awaitTermination(5, TimeUnit.SECONDS) + " " + ex.isShutdown());
        AtomicInteger ai = new AtomicInteger(); AtomicLong al = new AtomicLong(); LongAdder adder = new LongAdder(); ConcurrentHashMap<Integer, Integer> chm = new ConcurrentHashMap<>();
        ReentrantLock lock = new ReentrantLock(); int[] plain = {0}; Condition cond = lock.newCondition();
        Thread[] ws = new Thread[4];
        for (int i = 0; i < 4; i++) { ws[i] = new Thread(() -> { for (int j = 0; j < 2000; j++) { ai.incrementAndGet(); al.addAndGet(2); adder.increment(); chm.merge(j % 10, 1, Integer::sum); lock.lock(); try { plain[0]++; } finally { lock.unlock(); } } }, "w" + i); ws[i].start(); }
        for (Thread w : ws) w.join();
        System.out.println(ai.get() + " " + al.get() + " " + adder.sum() + " " + chm + " " + plain[0] + " " + ai.compareAndSet(8000, 1) + " " + ai.getAndAdd(5) + " " + ai.updateAndGet(v -> v * 3) + " " + ai.accumulateAndGet(4, Math::max));
        CompletableFuture<String> cf = CompletableFuture.supplyAsync(() -> "cf").thenApply(s -> s + "!").thenCombine(CompletableFuture.completedFuture(1), (s, i) -> s + i);
        System.out.println(cf.get() + " " + cf.isDone());
        BlockingQueue<Integer> bq = new ArrayBlockingQueue<>(2); Thread prod = new Thread(() -> { try { for (int i = 0; i < 10; i++) bq.put(i); bq.put(-1); } catch (InterruptedException e) {} }); prod.start();
        int sum = 0; while (true) { int v = bq.take(); if (v < 0) break; sum += v; } prod.join(); System.out.println("bq sum " + sum);
        Thread sleeper = new Thread(() -> { try { Thread.sleep(10000); System.out.println("woke"); } catch (InterruptedException e) { System.out.println("interrupted " + Thread.currentThread().isInterrupted()); } });
        System.out.println(sleeper.getState()); sleeper.start(); Thread.sleep(50); sleeper.interrupt(); sleeper.join(); System.out.println(sleeper.getState() + " " + sleeper.isAlive());
        ThreadLocal<Integer> tl = ThreadLocal.withInitial(() -> 7); tl.set(8); Thread tt = new Thread(() -> System.out.println("tl in thread " + tl.get())); tt.start(); tt.join(); System.out.println("tl main " + tl.get());
        Semaphore sem = new Semaphore(2); sem.acquire(); System.out.println(sem.availablePermits() + " " + sem.tryAcquire() + " " + sem.tryAcquire());
        CyclicBarrier barrier = new CyclicBarrier(3, () -> System.out.println("barrier tripped")); Thread[] bt = new Thread[3];
        for (int i = 0; i < 3; i++) { bt[i] = new Thread(() -> { try { barrier.await(); } catch (Exception e) { } }); bt[i].start(); } for (Thread t : bt) t.join();
        System.out.println(Thread.currentThread().getName() + " " + Thread.currentThread().getPriority() + " " + Thread.currentThread().isDaemon() + " " + new Thread("n").getName() + " " + Thread.currentThread().getThreadGroup().getName());
    }
}
