package lang;

import java.lang.ref.Cleaner;
import java.util.*;
import java.util.concurrent.*;
public class CleanersAndClassValues {
    static final Cleaner CLEANER = Cleaner.create();
    static class Resource implements AutoCloseable {
        static class State implements Runnable { final String name; final CountDownLatch done; State(String n, CountDownLatch d) { name = n; done = d; } public void run() { System.out.println("cleaning " + name); done.countDown(); } }
        private final Cleaner.Cleanable cleanable;
        Resource(String name, CountDownLatch done) { cleanable = CLEANER.register(this, new State(name, done)); }
        public void close() { cleanable.clean(); }
    }
    public static void main(String[] args) throws Exception {
        CountDownLatch a = new CountDownLatch(1);
        try (Resource r = new Resource("explicit", a)) { System.out.println("using"); }
        System.out.println("closed " + a.getCount());
        CountDownLatch b = new CountDownLatch(1);
        new Resource("dropped", b);
        for (int i = 0; i < 20 && b.getCount() > 0; i++) { System.gc(); b.await(100, TimeUnit.MILLISECONDS); }
        System.out.println("dropped cleaned " + (b.getCount() == 0));
        try { CLEANER.register(null, () -> {}); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { CLEANER.register(new Object(), null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        ClassValue<String> cv = new ClassValue<>() { int n; protected String computeValue(Class<?> c) { n++; return c.getSimpleName() + "#" + n; } };
        System.out.println(cv.get(String.class) + " " + cv.get(String.class) + " " + cv.get(Integer.class) + " " + cv.get(int[].class));
        cv.remove(String.class);
        System.out.println(cv.get(String.class));
        Thread t = new Thread(() -> System.out.println("thread sees " + cv.get(Integer.class)));
        t.start(); t.join();
        Cleaner mine = Cleaner.create(r -> { Thread th = new Thread(r, "my-cleaner"); return th; });
        CountDownLatch c = new CountDownLatch(1);
        Cleaner.Cleanable cl = mine.register(new Object(), () -> { System.out.println("custom factory cleaner ran on " + Thread.currentThread().getName() + " daemon=" + Thread.currentThread().isDaemon()); c.countDown(); });
        for (int i = 0; i < 20 && c.getCount() > 0; i++) { System.gc(); c.await(100, TimeUnit.MILLISECONDS); }
        cl.clean();
        System.out.println("end");
    }
}
