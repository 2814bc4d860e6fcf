package java.util.concurrent;

/** An object that executes submitted Runnable tasks. */
public interface Executor {
    void execute(Runnable command);
}
