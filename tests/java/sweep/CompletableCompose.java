package sweep;
import java.util.*;
import java.util.concurrent.*;

public class CompletableCompose {
    public static void main(String[] args) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(2);
        CompletableFuture<String> failing = CompletableFuture.supplyAsync(() -> { throw new IllegalStateException("primary down"); }, ex);
        CompletableFuture<String> recovered = failing.exceptionallyCompose(t -> CompletableFuture.supplyAsync(() -> "fallback after " + t.getClass().getSimpleName() + "/" + t.getCause().getMessage(), ex));
        System.out.println(recovered.get());
        CompletableFuture<String> ok = CompletableFuture.completedFuture("fine").exceptionallyCompose(t -> CompletableFuture.completedFuture("never"));
        System.out.println(ok.get());
        System.out.println(failing.exceptionallyComposeAsync(t -> CompletableFuture.completedFuture("async fallback"), ex).get());
        System.out.println(failing.exceptionallyComposeAsync(t -> CompletableFuture.completedFuture("async default")).get());
        CompletableFuture<String> still = failing.exceptionallyCompose(t -> CompletableFuture.failedFuture(new RuntimeException("secondary down")));
        try { still.join(); } catch (CompletionException e) { System.out.println("CE " + e.getCause()); }
        Executor delayed = CompletableFuture.delayedExecutor(30, TimeUnit.MILLISECONDS, ex);
        long t0 = System.nanoTime();
        String v = CompletableFuture.supplyAsync(() -> "delayed value", delayed).get();
        System.out.println(v + " waited>=25ms " + ((System.nanoTime() - t0) >= 25_000_000L));
        System.out.println(CompletableFuture.supplyAsync(() -> 7, CompletableFuture.delayedExecutor(5, TimeUnit.MILLISECONDS)).thenApply(x -> x * 6).get());
        CompletableFuture<String> slow = new CompletableFuture<>();
        System.out.println(slow.completeOnTimeout("timeout default", 10, TimeUnit.MILLISECONDS).get());
        CompletableFuture<String> never = new CompletableFuture<>();
        try { never.orTimeout(10, TimeUnit.MILLISECONDS).get(); } catch (ExecutionException e) { System.out.println("EE " + e.getCause().getClass().getName()); }
        ex.shutdown();
    }
}
