// Thread-local values (initial values, per-thread isolation, remove, InheritableThreadLocal)
// and shutdown hooks (run at normal exit, after main, in a thread of their own).
package threads;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class HooksAndLocals {
    static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(StringBuilder::new);
    static final ThreadLocal<Integer> COUNTER = new ThreadLocal<>() {
        @Override
        protected Integer initialValue() {
            return 100;
        }
    };
    static final InheritableThreadLocal<String> TAG = new InheritableThreadLocal<>();

    public static void main(String[] args) throws Exception {
        TAG.set("parent");
        COUNTER.set(1);
        BUFFER.get().append("main");
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            final int id = i;
            Thread t = new Thread(() -> {
                BUFFER.get().append("w").append(id);
                COUNTER.set(COUNTER.get() + id);
                seen.add(BUFFER.get() + " " + COUNTER.get() + " " + TAG.get());
                BUFFER.remove();
                seen.add("after remove: '" + BUFFER.get() + "'");
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) t.join();
        Collections.sort(seen);
        for (String s : seen) System.out.println(s);
        System.out.println("main still has " + BUFFER.get() + " " + COUNTER.get() + " " + TAG.get());

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("hook ran in " + Thread.currentThread().getName()
                + ", main buffer not visible: '" + BUFFER.get() + "'");
        }, "goodbye"));
        Thread removed = new Thread(() -> System.out.println("never printed"));
        Runtime.getRuntime().addShutdownHook(removed);
        System.out.println("removed: " + Runtime.getRuntime().removeShutdownHook(removed));
        try {
            Runtime.getRuntime().addShutdownHook(Thread.currentThread());
        } catch (IllegalArgumentException e) {
            System.out.println("running thread: " + e.getMessage());
        }
        System.out.println("main done");
    }
}
