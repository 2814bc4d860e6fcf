package java.util.concurrent;

/** A Future that is Runnable. */
public interface RunnableFuture<V> extends Runnable, Future<V> {
    @Override
    void run();
}
