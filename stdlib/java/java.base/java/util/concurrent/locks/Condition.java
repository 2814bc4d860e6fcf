package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/** Monitor-like wait sets attached to a Lock. (awaitUntil(Date) is absent: no java.util.Date.) */
public interface Condition {
    void await() throws InterruptedException;

    void awaitUninterruptibly();

    long awaitNanos(long nanosTimeout) throws InterruptedException;

    boolean await(long time, TimeUnit unit) throws InterruptedException;

    void signal();

    void signalAll();
}
