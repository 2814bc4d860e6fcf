package java.util;

/** A task that can be scheduled for one-time or repeated execution by a {@link Timer}. */
public abstract class TimerTask implements Runnable {
    final Object lock = new Object();
    static final int VIRGIN = 0;
    static final int SCHEDULED = 1;
    static final int EXECUTED = 2;
    static final int CANCELLED = 3;
    int state = VIRGIN;
    long nextExecutionTime;
    /** Milliseconds: positive fixed rate, negative fixed delay, zero one-shot. */
    long period = 0;

    protected TimerTask() {}

    @Override
    public abstract void run();

    public boolean cancel() {
        synchronized (lock) {
            boolean result = (state == SCHEDULED);
            state = CANCELLED;
            return result;
        }
    }

    public long scheduledExecutionTime() {
        synchronized (lock) {
            return (period < 0 ? nextExecutionTime + period : nextExecutionTime - period);
        }
    }
}
