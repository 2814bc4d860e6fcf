package conform;
import java.util.*;
import java.util.concurrent.*;
public class ThreadNames {
    public static void main(String[] args) throws Exception {
        Thread a = new Thread(() -> {}); Thread b = new Thread(() -> {}, "named"); Thread c = new Thread(() -> {});
        System.out.println(a.getName() + " " + b.getName() + " " + c.getName() + " " + a.getState() + " " + a.isDaemon() + " " + a.getPriority());
        ExecutorService ex = Executors.newFixedThreadPool(2); Set<String> names = new TreeSet<>();
        for (int i = 0; i < 6; i++) names.add(ex.submit(() -> Thread.currentThread().getName()).get());
        System.out.println(names); ex.shutdown();
        ExecutorService ex2 = Executors.newSingleThreadExecutor(); System.out.println(ex2.submit(() -> Thread.currentThread().getName()).get()); ex2.shutdown();
        System.out.println(CompletableFuture.supplyAsync(() -> Thread.currentThread().getName().startsWith("ForkJoinPool.commonPool-worker-")).get());
        Thread d = new Thread(() -> {}); System.out.println(d.getName());
        Thread t = new Thread(() -> { throw new IllegalStateException("from " + Thread.currentThread().getName()); }); t.start(); t.join();
        ThreadGroup g = Thread.currentThread().getThreadGroup(); System.out.println(g.getName() + " " + (g.getParent() != null ? g.getParent().getName() : "none"));
        Thread.currentThread().setName("renamed-main"); System.out.println(Thread.currentThread().getName());
        Object lock = new Object(); boolean[] flag = {false};
        Thread waiter = new Thread(() -> { synchronized (lock) { while (!flag[0]) { try { lock.wait(); } catch (InterruptedException e) { return; } } System.out.println("waiter done"); } });
        waiter.start(); synchronized (lock) { flag[0] = true; lock.notifyAll(); } waiter.join(); System.out.println(waiter.getState());
        try { lock.notify(); } catch (IllegalMonitorStateException e) { System.out.println("IMSE " + e.getMessage()); }
        try { lock.wait(10); } catch (IllegalMonitorStateException e) { System.out.println("IMSE " + e.getMessage()); }
        Thread blocked = new Thread(() -> { synchronized (lock) { } }); synchronized (lock) { blocked.start(); } blocked.join();
        Thread timed = new Thread(() -> { try { Thread.sleep(200); } catch (InterruptedException e) {} }); timed.start(); timed.interrupt(); timed.join();
        throw new RuntimeException("main ends");
    }
}
