package threads;

import java.util.ArrayList;
import java.util.List;

/**
 * Uncaught-exception handlers that throw: the VM reports the handler's exception class in one
 * line ("Exception: ... thrown from the UncaughtExceptionHandler in thread ...") and goes on;
 * the main thread's exit status stays 1.
 */
public class HandlerFailures {
    static int depth(int n) {
        if (n == 0) {
            throw new IllegalStateException("worker failed at the bottom");
        }
        return depth(n - 1) + 1;
    }

    public static void main(String[] args) throws Exception {
        List<String> seen = new ArrayList<>();
        Thread own = new Thread(() -> depth(3), "own-handler");
        own.setUncaughtExceptionHandler((t, e) -> {
            seen.add(t.getName() + " saw " + e.getMessage());
            throw new UnsupportedOperationException("own handler broke");
        });
        own.start();
        own.join();
        System.out.println(seen + " state " + own.getState());

        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            System.err.println("default handler sees " + e.getMessage() + " in " + t.getName());
            throw new IllegalArgumentException("default handler broke");
        });
        for (int i = 1; i <= 2; i++) {
            final int n = i;
            Thread t = new Thread(() -> {
                throw new RuntimeException("worker " + n);
            }, "worker-" + i);
            t.start();
            t.join();
            System.out.println("joined " + t.getName());
        }

        ThreadGroup group = new ThreadGroup("strict") {
            @Override
            public void uncaughtException(Thread t, Throwable e) {
                throw new ArithmeticException("group handler broke on " + e.getMessage());
            }
        };
        Thread inGroup = new Thread(group, () -> {
            throw new IllegalStateException("in group");
        }, "grouped");
        inGroup.start();
        inGroup.join();

        Thread.setDefaultUncaughtExceptionHandler(null);
        Thread plain = new Thread(() -> {
            throw new IllegalStateException("plain default output");
        }, "plain");
        plain.start();
        plain.join();

        System.out.println("main continues");
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            throw new Error("main handler");
        });
        throw new Exception("main fails");
    }
}
