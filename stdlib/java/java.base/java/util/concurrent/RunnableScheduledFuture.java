package java.util.concurrent;

/** A {@link ScheduledFuture} that is {@link Runnable}. */
public interface RunnableScheduledFuture<V> extends RunnableFuture<V>, ScheduledFuture<V> {
    boolean isPeriodic();
}
