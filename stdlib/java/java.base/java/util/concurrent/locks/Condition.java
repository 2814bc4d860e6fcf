package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/** Monitor-like wait sets attached to a Lock. */
public interface Condition {
    void await() throws InterruptedException;

    void awaitUninterruptibly();

    long awaitNanos(long nanosTimeout) throws InterruptedException;

    boolean await(long time, TimeUnit unit) throws InterruptedException;

    /**
     * Waits until signalled, interrupted or the deadline (wall-clock time) has passed; false if
     * the deadline passed first.
     */
    boolean awaitUntil(java.util.Date deadline) throws InterruptedException;

    void signal();

    void signalAll();
}
