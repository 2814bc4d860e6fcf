package threads;
import java.util.*;
public class ThreadBasics {
    static int counter;
    static final Object lock = new Object();
    public static void main(String[] args) throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            final int id = t;
            Thread th = new Thread(() -> {
                for (int i = 0; i < 10000; i++) {
                    synchronized (lock) { counter++; }
                    if (i % 1000 == 0) { List<String> junk = new ArrayList<>(); for (int k = 0; k < 50; k++) junk.add("x" + k + id); }
                }
            }, "worker-" + t);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) th.join();
        System.out.println("counter = " + counter);
        // producer / consumer with wait/notify
        final LinkedList<Integer> queue = new LinkedList<>();
        Thread producer = new Thread(() -> {
            for (int i = 1; i <= 100; i++) {
                synchronized (queue) {
                    while (queue.size() >= 5) { try { queue.wait(); } catch (InterruptedException e) { return; } }
                    queue.add(i);
                    queue.notifyAll();
                }
            }
        });
        final long[] sum = {0};
        Thread consumer = new Thread(() -> {
            for (int i = 1; i <= 100; i++) {
                synchronized (queue) {
                    while (queue.isEmpty()) { try { queue.wait(); } catch (InterruptedException e) { return; } }
                    sum[0] += queue.removeFirst();
                    queue.notifyAll();
                }
            }
        });
        producer.start(); consumer.start();
        producer.join(); consumer.join();
        System.out.println("sum = " + sum[0]);
        Thread sleeper = new Thread(() -> {
            try { Thread.sleep(10000); System.out.println("not interrupted"); }
            catch (InterruptedException e) { System.out.println("interrupted: " + e.getMessage()); }
        });
        sleeper.start();
        Thread.sleep(50);
        sleeper.interrupt();
        sleeper.join();
        Thread boom = new Thread(() -> { throw new IllegalStateException("boom in worker"); }, "Thread-boom");
        boom.start(); boom.join();
        System.out.println("state " + boom.getState() + " alive " + boom.isAlive());
        Thread daemon = new Thread(() -> { while (true) { try { Thread.sleep(1000); } catch (InterruptedException e) {} } });
        daemon.setDaemon(true);
        daemon.start();
        System.out.println("main done");
    }
}
