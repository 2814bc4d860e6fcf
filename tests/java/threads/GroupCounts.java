package threads;

import java.util.*;
import java.util.concurrent.CountDownLatch;

/**
 * Thread groups know their live threads and subgroups: Thread.activeCount/enumerate,
 * ThreadGroup.activeCount/enumerate/activeGroupCount, Thread.getAllStackTraces; a thread
 * belongs to its group from start() until run() ends, and has no group afterwards (JDK 17).
 */
public class GroupCounts {
    static List<String> names(Thread[] ts, int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(ts[i].getName());
        }
        Collections.sort(l);
        return l;
    }

    public static void main(String[] args) throws Exception {
        ThreadGroup main = Thread.currentThread().getThreadGroup();
        System.out.println(main.getName() + " " + main.getParent().getName() + " " + Thread.activeCount() + " "
                + main.activeGroupCount());
        CountDownLatch started = new CountDownLatch(3);
        CountDownLatch stop = new CountDownLatch(1);
        Runnable park = () -> {
            started.countDown();
            try {
                stop.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        };
        ThreadGroup workers = new ThreadGroup("workers");
        ThreadGroup sub = new ThreadGroup(workers, "sub");
        Thread a = new Thread(park, "a");
        Thread b = new Thread(workers, park, "b");
        Thread c = new Thread(sub, park, "c");
        Thread unstarted = new Thread(workers, park, "unstarted");
        System.out.println("before start: " + Thread.activeCount() + " " + workers.activeCount());
        a.start();
        b.start();
        c.start();
        started.await();
        System.out.println("running: " + Thread.activeCount() + " " + workers.activeCount() + " " + sub.activeCount()
                + " " + main.activeGroupCount() + " " + workers.activeGroupCount() + " " + sub.activeGroupCount());
        Thread[] all = new Thread[10];
        int n = Thread.enumerate(all);
        System.out.println(n + " " + names(all, n));
        n = workers.enumerate(all, false);
        System.out.println(n + " " + names(all, n));
        Thread[] small = new Thread[2];
        System.out.println(main.enumerate(small) + " " + small[0].getName());
        ThreadGroup[] groups = new ThreadGroup[5];
        int g = main.enumerate(groups);
        List<String> gn = new ArrayList<>();
        for (int i = 0; i < g; i++) {
            gn.add(groups[i].getName());
        }
        System.out.println(g + " " + gn + " " + main.enumerate(groups, false));
        Map<Thread, StackTraceElement[]> traces = Thread.getAllStackTraces();
        System.out.println(traces.containsKey(a) + " " + traces.containsKey(c) + " " + traces.containsKey(unstarted) + " "
                + traces.containsKey(Thread.currentThread()));
        stop.countDown();
        a.join();
        b.join();
        c.join();
        System.out.println("after: " + Thread.activeCount() + " " + workers.activeCount() + " " + a.getThreadGroup() + " "
                + unstarted.getThreadGroup().getName() + " " + a.isAlive());
        System.out.println(a + " " + unstarted);
        n = Thread.enumerate(all);
        System.out.println(n + " " + names(all, n));
    }
}
