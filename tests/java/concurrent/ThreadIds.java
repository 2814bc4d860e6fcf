package concurrent;

import java.util.*;
import java.util.concurrent.*;

/** Thread ids as programs print them: HotSpot's own threads take the first ids, so a program's
 *  first thread is not id 2 (the expected output depends on the processor count, as HotSpot's
 *  number of compiler threads does). */
public class ThreadIds {
    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        System.out.println("main id " + main.getId() + " " + main);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            Thread t = new Thread(() -> System.out.println("worker " + n + " runs as " + Thread.currentThread().getName() + " id " + Thread.currentThread().getId()));
            workers.add(t);
            System.out.println("created " + t.getName() + " id " + t.getId() + " state " + t.getState());
        }
        for (Thread t : workers) {
            t.start();
            t.join();
        }
        long firstId = workers.get(0).getId();
        System.out.println("ids consecutive: " + (workers.get(2).getId() - firstId == 2) + ", first above main: " + (firstId > main.getId()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            Future<String> f = pool.submit(() -> Thread.currentThread().getName() + " id " + Thread.currentThread().getId());
            System.out.println("pool task " + i + ": " + f.get());
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        Thread named = new Thread(new ThreadGroup("reports"), () -> {}, "report-writer");
        System.out.println(named + " id " + named.getId());
        Thread late = new Thread(() -> {});
        System.out.println(late.getName() + " id " + late.getId() + " (" + (late.getId() - firstId) + " after the first)");
    }
}
