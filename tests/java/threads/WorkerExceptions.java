package threads;

import java.util.ArrayList;
import java.util.List;

/** Uncaught exceptions in worker threads: default output, per-thread and default handlers. */
public class WorkerExceptions {
    static void level2(int n) {
        if (n == 1) throw new IllegalArgumentException("bad argument in worker " + n);
        if (n == 2) throw new ArithmeticException("/ by zero? " + (10 / (n - 2)));
        throw new RuntimeException("wrapped", new IllegalStateException("cause in worker " + n));
    }

    static void level1(int n) {
        level2(n);
    }

    public static void main(String[] args) throws Exception {
        for (int i = 1; i <= 3; i++) {
            final int n = i;
            Thread t = new Thread(() -> level1(n), "worker-" + i);
            t.start();
            t.join();
            System.out.println(t.getName() + " finished, state " + t.getState());
        }
        Thread err = new Thread(() -> {
            throw new StackOverflowError("fake overflow");
        }, "worker-error");
        err.start();
        err.join();

        List<String> caught = new ArrayList<>();
        Thread handled = new Thread(() -> level1(1), "handled");
        handled.setUncaughtExceptionHandler((th, e) -> {
            synchronized (caught) {
                caught.add(th.getName() + ": " + e);
            }
        });
        handled.start();
        handled.join();
        System.out.println("per-thread handler: " + caught);

        Thread.setDefaultUncaughtExceptionHandler((th, e) -> System.out.println("default handler: " + th.getName() + " " + e.getMessage()));
        Thread d = new Thread(() -> level1(1), "with-default");
        d.start();
        d.join();
        Thread.setDefaultUncaughtExceptionHandler(null);

        ThreadGroup group = new ThreadGroup("custom-group") {
            @Override
            public void uncaughtException(Thread t, Throwable e) {
                System.out.println("group " + getName() + " got " + e.getClass().getSimpleName() + " from " + t.getName());
            }
        };
        Thread g = new Thread(group, () -> level1(2), "grouped");
        g.start();
        g.join();

        // the main thread's uncaught exception ends the program after the workers
        Thread late = new Thread(() -> System.out.println("late worker runs"), "late");
        late.start();
        late.join();
        level1(1);
    }
}
