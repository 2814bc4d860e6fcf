package threads;

import java.util.Timer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Which library threads take a "Thread-N" number, and queue capacities. */
public class ThreadNumbers {
    static void next(String what) {
        System.out.println(what + ": next is " + new Thread().getName());
    }

    public static void main(String[] args) throws Exception {
        next("start");
        Timer timer = new Timer();
        timer.cancel();
        next("after new Timer()");
        Timer named = new Timer("mine", true);
        named.cancel();
        next("after new Timer(name)");
        CompletableFuture<String> never = new CompletableFuture<>();
        System.out.println(never.completeOnTimeout("late", 5, TimeUnit.MILLISECONDS).join());
        next("after completeOnTimeout");
        CompletableFuture<String> never2 = new CompletableFuture<String>().orTimeout(5, TimeUnit.MILLISECONDS);
        try {
            never2.join();
        } catch (CompletionException e) {
            System.out.println("orTimeout: " + e);
        }
        next("after orTimeout (the delay thread is shared)");
        CompletableFuture<String> quick = new CompletableFuture<String>().orTimeout(1, TimeUnit.HOURS);
        quick.complete("quick");
        System.out.println(quick.join());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        System.out.println(pool.submit(() -> Thread.currentThread().getName()).get());
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        next("after a fixed pool");

        LinkedBlockingQueue<Integer> lbq = new LinkedBlockingQueue<>();
        System.out.println("lbq " + lbq.remainingCapacity());
        lbq.offer(1);
        lbq.offer(2);
        System.out.println("lbq " + lbq.remainingCapacity());
        LinkedBlockingDeque<Integer> lbd = new LinkedBlockingDeque<>();
        lbd.offer(1);
        System.out.println("lbd " + lbd.remainingCapacity());
        LinkedBlockingQueue<Integer> bounded = new LinkedBlockingQueue<>(3);
        bounded.offer(1);
        System.out.println("bounded " + bounded.remainingCapacity());
        ArrayBlockingQueue<Integer> abq = new ArrayBlockingQueue<>(4);
        abq.offer(1);
        System.out.println("abq " + abq.remainingCapacity());
        PriorityBlockingQueue<Integer> pbq = new PriorityBlockingQueue<>();
        pbq.offer(1);
        System.out.println("pbq " + pbq.remainingCapacity());

        ExecutorService failing = Executors.newSingleThreadExecutor();
        failing.execute(() -> {
            throw new IllegalStateException("task failed in execute");
        });
        failing.shutdown();
        failing.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("end");
    }
}
