package java.util.concurrent;

/** An object that creates new threads on demand. */
public interface ThreadFactory {
    Thread newThread(Runnable r);
}
