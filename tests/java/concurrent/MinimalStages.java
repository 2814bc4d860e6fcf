package concurrent;

import java.util.concurrent.*;
/** CompletableFuture.minimalCompletionStage, completedStage, failedStage: only the CompletionStage methods work. */
public class MinimalStages {
    interface C { Object call() throws Exception; }
    static void t(String w, C c) { try { System.out.println(w + ": " + c.call()); } catch (Throwable e) { System.out.println(w + ": threw " + e); } }
    public static void main(String[] a) throws Exception {
        CompletableFuture<Integer> src = new CompletableFuture<>();
        CompletionStage<Integer> m = src.minimalCompletionStage();
        CompletableFuture<Integer> mf = (CompletableFuture<Integer>) m;
        System.out.println(mf.getClass().getName());
        System.out.println(mf.toString().replaceAll("@[0-9a-f]+", "@H"));
        CompletionStage<String> dep = m.thenApply(x -> "v" + x);
        System.out.println(dep.getClass().getName());
        t("get", () -> mf.get());
        t("join", () -> mf.join());
        t("getNow", () -> mf.getNow(1));
        t("isDone", () -> mf.isDone());
        t("complete", () -> mf.complete(1));
        t("cancel", () -> mf.cancel(true));
        t("deps", () -> mf.getNumberOfDependents());
        t("orTimeout", () -> mf.orTimeout(1, TimeUnit.SECONDS));
        CompletableFuture<Integer> full = m.toCompletableFuture();
        System.out.println(full.getClass().getName() + " " + full.isDone());
        src.complete(5);
        System.out.println(full.join() + " " + dep.toCompletableFuture().join() + " " + mf.toString().replaceAll("@[0-9a-f]+", "@H"));
        System.out.println(CompletableFuture.completedStage(3).getClass().getName() + " " + CompletableFuture.failedStage(new RuntimeException()).getClass().getName());
        t("completedStage join", () -> ((CompletableFuture<Integer>) CompletableFuture.completedStage(3)).join());
        System.out.println(CompletableFuture.completedStage(3).thenApply(x -> x + 1).toCompletableFuture().join());
        System.out.println(src.thenCompose(x -> CompletableFuture.completedStage(x * 2)).join());
        CompletableFuture<Integer> bad = new CompletableFuture<>();
        bad.completeExceptionally(new IllegalStateException("x"));
        t("bad minimal", () -> bad.minimalCompletionStage().toCompletableFuture().join());
        CompletableFuture<Integer> ff = CompletableFuture.failedFuture(new IllegalStateException("ff"));
        System.out.println(ff.getClass().getName() + " " + ff.isCompletedExceptionally());
    }
}
