package java.util.concurrent;

/** A handler for tasks that cannot be executed by a ThreadPoolExecutor. */
public interface RejectedExecutionHandler {
    void rejectedExecution(Runnable r, ThreadPoolExecutor executor);
}
