package threads;

import java.util.*;
import java.util.concurrent.*;

/** ThreadGroup life cycle: list, interrupt, destroy (explicit and of daemon groups), priorities; wait and CHM odds. */
public class ThreadGroups {
    static void p(Object o) { System.out.println(o); }
    public static void main(String[] args) throws Exception {
        ThreadGroup workers = new ThreadGroup("workers");
        ThreadGroup sub = new ThreadGroup(workers, "sub");
        CountDownLatch started = new CountDownLatch(4);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Thread[] ts = new Thread[4];
        for (int i = 0; i < 4; i++) {
            ThreadGroup g = i % 2 == 0 ? workers : sub;
            ts[i] = new Thread(g, () -> {
                started.countDown();
                try { Thread.sleep(60000); } catch (InterruptedException e) { log.add(Thread.currentThread().getName() + " interrupted"); }
            }, "w" + i);
            ts[i].start();
        }
        started.await();
        p(workers.activeCount() + " " + sub.activeCount() + " " + workers.activeGroupCount());
        workers.list();
        workers.setMaxPriority(3);
        p(workers.getMaxPriority() + " " + sub.getMaxPriority());
        workers.interrupt();
        for (Thread t : ts) t.join();
        Collections.sort(log); p(log);
        p(workers.activeCount());
        try { workers.destroy(); p("destroyed " + workers.isDestroyed() + " " + sub.isDestroyed()); } catch (IllegalThreadStateException e) { p("destroy: " + e); }
        try { new Thread(workers, "late"); } catch (IllegalThreadStateException e) { p("new in destroyed: " + e); }
        try { new ThreadGroup(workers, "child"); } catch (IllegalThreadStateException e) { p("subgroup of destroyed: " + e); }
        try { workers.destroy(); } catch (IllegalThreadStateException e) { p("destroy twice: " + e); }
        ThreadGroup daemonGroup = new ThreadGroup("daemons");
        daemonGroup.setDaemon(true);
        Thread dt = new Thread(daemonGroup, () -> {}, "d");
        p("before start " + daemonGroup.isDestroyed());
        dt.start(); dt.join();
        p("daemon group destroyed after last thread " + daemonGroup.isDestroyed());
        ThreadGroup busy = new ThreadGroup("busy");
        Thread bt = new Thread(busy, () -> { try { Thread.sleep(60000); } catch (InterruptedException e) {} }, "b");
        bt.start();
        try { busy.destroy(); } catch (IllegalThreadStateException e) { p("destroy with live thread: " + e); }
        busy.interrupt(); bt.join();
        ThreadGroup main = Thread.currentThread().getThreadGroup();
        p(main + " parent " + main.getParent());
        ThreadGroup[] gs = new ThreadGroup[10]; int n = main.enumerate(gs); 
        List<String> names = new ArrayList<>(); for (int i = 0; i < n; i++) names.add(gs[i].getName()); p(names);
        Object o = new Object();
        try { synchronized (o) { o.wait(-3, 10); } } catch (IllegalArgumentException e) { p("wait: " + e.getMessage()); }
        try { Thread.currentThread().countStackFrames(); } catch (UnsupportedOperationException e) { p("countStackFrames: " + e); }
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        for (String s : "alpha beta gamma delta epsilon".split(" ")) m.put(s, s.length());
        p(m.reduceEntries(1, e -> e.getKey().charAt(0) + "" + e.getValue(), (a, b) -> a.compareTo(b) < 0 ? a : b));
        p(m.reduceEntriesToInt(1, e -> e.getValue(), 0, Integer::sum) + " " + m.reduceEntriesToLong(1, e -> e.getKey().length(), 1L, (a, b) -> a * b) + " " + m.reduceEntriesToDouble(1, e -> e.getValue() / 2.0, 0.0, Double::sum));
        p(m.reduceEntries(1, e -> null, (a, b) -> a));
    }
}
