package sweep;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class ScheduledExec {
    public static void main(String[] args) throws Exception {
        ScheduledExecutorService ses = Executors.newScheduledThreadPool(2);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch gate = new CountDownLatch(1);
        ScheduledExecutorService one = Executors.newSingleThreadScheduledExecutor();
        one.execute(() -> { try { gate.await(); } catch (InterruptedException e) { } });
        ScheduledFuture<?> a = one.schedule(() -> order.add("late"), 300, TimeUnit.MILLISECONDS);
        ScheduledFuture<String> b = one.schedule(() -> { order.add("early1"); return "B"; }, 0, TimeUnit.MILLISECONDS);
        one.schedule(() -> order.add("early2"), 0, TimeUnit.MILLISECONDS);
        gate.countDown();
        System.out.println(b.get() + " " + b.isDone() + " " + (b.getDelay(TimeUnit.MILLISECONDS) <= 0));
        a.get();
        one.shutdown();
        System.out.println(order);
        CountDownLatch ticks = new CountDownLatch(5);
        AtomicInteger n = new AtomicInteger();
        ScheduledFuture<?> periodic = ses.scheduleAtFixedRate(() -> { n.incrementAndGet(); ticks.countDown(); }, 0, 5, TimeUnit.MILLISECONDS);
        System.out.println("ticks " + ticks.await(5, TimeUnit.SECONDS));
        System.out.println("cancel " + periodic.cancel(false) + " " + periodic.isCancelled() + " " + periodic.isDone() + " ran>=5 " + (n.get() >= 5));
        try { periodic.get(); } catch (CancellationException e) { System.out.println("CancellationException"); }
        CountDownLatch fd = new CountDownLatch(3);
        ScheduledFuture<?> fixedDelay = ses.scheduleWithFixedDelay(fd::countDown, 1, 2, TimeUnit.MILLISECONDS);
        fd.await(); fixedDelay.cancel(true);
        ScheduledFuture<?> failing = ses.schedule(() -> { throw new IllegalStateException("scheduled failure"); }, 1, TimeUnit.MILLISECONDS);
        try { failing.get(); } catch (ExecutionException e) { System.out.println("EE " + e.getCause()); }
        ScheduledFuture<?> failingPeriodic = ses.scheduleAtFixedRate(() -> { throw new RuntimeException("periodic failure"); }, 0, 1, TimeUnit.MILLISECONDS);
        try { failingPeriodic.get(); } catch (ExecutionException e) { System.out.println("periodic EE " + e.getCause().getMessage() + " done " + failingPeriodic.isDone()); }
        try { ses.scheduleAtFixedRate(() -> {}, 0, 0, TimeUnit.SECONDS); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        ScheduledFuture<String> late = ses.schedule(() -> "late", 50, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> forever = ses.scheduleAtFixedRate(() -> {}, 0, 1, TimeUnit.MILLISECONDS);
        ses.shutdown();
        System.out.println("after shutdown: late=" + late.get() + " foreverCancelled=" + forever.isCancelled());
        System.out.println("terminated " + ses.awaitTermination(5, TimeUnit.SECONDS));
        try { ses.schedule(() -> {}, 1, TimeUnit.SECONDS); } catch (RejectedExecutionException e) { System.out.println("rejected"); }
        ScheduledExecutorService single = Executors.newSingleThreadScheduledExecutor();
        Future<Integer> sub = single.submit(() -> 42);
        System.out.println("submit " + sub.get());
        System.out.println(single.invokeAll(List.of(() -> 1, () -> 2)).size());
        List<Runnable> pending = single.shutdownNow();
        System.out.println("pending " + pending.size() + " " + single.isShutdown());
        ScheduledThreadPoolExecutor stpe = new ScheduledThreadPoolExecutor(1);
        stpe.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        ScheduledFuture<?> dropped = stpe.schedule(() -> System.out.println("never"), 1, TimeUnit.HOURS);
        System.out.println("queue " + stpe.getQueue().size() + " pool " + stpe.getCorePoolSize());
        stpe.shutdown();
        System.out.println("dropped cancelled " + dropped.isCancelled() + " terminated " + stpe.awaitTermination(5, TimeUnit.SECONDS));

        Timer timer = new Timer();
        CountDownLatch tl = new CountDownLatch(3);
        List<String> tlog = Collections.synchronizedList(new ArrayList<>());
        timer.schedule(new TimerTask() { public void run() { tlog.add("once " + Thread.currentThread().getName()); tl.countDown(); } }, 5);
        TimerTask rep = new TimerTask() { int c; public void run() { tlog.add("rep" + c++); if (c == 2) { cancel(); } tl.countDown(); } };
        timer.schedule(rep, 10, 5);
        tl.await();
        try { timer.schedule(rep, 1); } catch (IllegalStateException e) { System.out.println("ISE " + e.getMessage()); }
        try { timer.schedule(new TimerTask() { public void run() {} }, -1); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { timer.schedule(new TimerTask() { public void run() {} }, 1, 0); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        timer.cancel();
        try { timer.schedule(new TimerTask() { public void run() {} }, 1); } catch (IllegalStateException e) { System.out.println("ISE " + e.getMessage()); }
        System.out.println(tlog + " purge " + timer.purge());
        Timer dt = new Timer("daemon-timer", true);
        dt.schedule(new TimerTask() { public void run() { System.out.println("never runs"); } }, 100000);
        Timer t2 = new Timer();
        t2.schedule(new TimerTask() { public void run() { System.out.println("t2 task on " + Thread.currentThread().getName()); t2.cancel(); } }, 1);
        System.out.println("main exits");
    }
}
