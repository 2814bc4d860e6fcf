package concurrent;

import java.util.*;
import java.util.concurrent.*;

public class DelayQueues {
    /** A delay that is controlled by the test, not the clock (except where stated). */
    static final class Item implements Delayed {
        final String name;
        long delay;

        Item(String name, long delayNanos) {
            this.name = name;
            this.delay = delayNanos;
        }

        public long getDelay(TimeUnit unit) {
            return unit.convert(delay, TimeUnit.NANOSECONDS);
        }

        public int compareTo(Delayed o) {
            return Long.compare(delay, ((Item) o).delay);
        }

        public String toString() {
            return name + "(" + delay + ")";
        }
    }

    static final class Timed implements Delayed {
        final String name;
        final long at;

        Timed(String name, long base, long millis) {
            this.name = name;
            this.at = base + TimeUnit.MILLISECONDS.toNanos(millis);
        }

        public long getDelay(TimeUnit unit) {
            return unit.convert(at - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        public int compareTo(Delayed o) {
            return Long.compare(at, ((Timed) o).at);
        }

        public String toString() {
            return name;
        }
    }

    public static void main(String[] args) throws Exception {
        DelayQueue<Item> q = new DelayQueue<>();
        System.out.println("empty: " + q + " size " + q.size() + " peek " + q.peek() + " poll " + q.poll()
                + " remaining " + q.remainingCapacity());
        Item[] items = {new Item("e", 50), new Item("a", -10), new Item("d", 40), new Item("b", 0), new Item("c", 5),
                new Item("f", -3), new Item("g", 1000), new Item("h", -100)};
        for (Item it : items) q.add(it);
        System.out.println("queue: " + q + " size " + q.size());
        System.out.println("array: " + Arrays.toString(q.toArray()) + " typed " + Arrays.toString(q.toArray(new Item[0])));
        System.out.println("peek " + q.peek());
        System.out.println("poll " + q.poll() + " " + q.poll() + " " + q.poll() + " " + q.poll() + " " + q.poll());
        System.out.println("after polls: " + q);
        items[4].delay = -1; // c expires
        System.out.println("poll c " + q.poll() + " then " + q.poll());
        List<Item> drained = new ArrayList<>();
        System.out.println("drainTo -> " + q.drainTo(drained) + " " + drained);
        for (Item it : items) it.delay = -it.delay - 1;
        q.clear();
        q.addAll(Arrays.asList(items));
        System.out.println("refilled: " + q);
        System.out.println("drainTo(3) -> " + q.drainTo(drained, 3) + " " + drained);
        System.out.println("drainTo(0) -> " + q.drainTo(drained, 0));
        System.out.println("remove " + items[6] + " -> " + q.remove(items[6]) + " again " + q.remove(items[6]) + " " + q);
        Iterator<Item> iter = q.iterator();
        while (iter.hasNext()) {
            Item it = iter.next();
            if (it.name.compareTo("d") < 0) iter.remove();
        }
        System.out.println("after iterator remove: " + q);
        try {
            iter.remove();
        } catch (IllegalStateException e) {
            System.out.println("iterator remove twice: IllegalStateException");
        }
        try {
            q.iterator().next();
            new DelayQueue<Item>().iterator().next();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException");
        }
        try {
            q.add(null);
        } catch (NullPointerException e) {
            System.out.println("add null: NullPointerException");
        }
        try {
            q.drainTo(q);
        } catch (IllegalArgumentException e) {
            System.out.println("drainTo self: IllegalArgumentException");
        }
        try {
            q.drainTo(null);
        } catch (NullPointerException e) {
            System.out.println("drainTo null: NullPointerException");
        }
        q.clear();
        try {
            q.remove();
        } catch (NoSuchElementException e) {
            System.out.println("remove on empty: NoSuchElementException");
        }
        try {
            q.element();
        } catch (NoSuchElementException e) {
            System.out.println("element on empty: NoSuchElementException");
        }
        q.put(new Item("x", 7));
        q.offer(new Item("y", 3), 1, TimeUnit.SECONDS);
        System.out.println("put/offer: " + q + " element " + q.element() + " contains y " + q.contains(q.peek()));
        DelayQueue<Item> copy = new DelayQueue<>(q);
        System.out.println("copy constructor: " + copy + " size " + copy.size());
        System.out.println("poll(timeout) not expired -> " + q.poll(5, TimeUnit.MILLISECONDS));

        // real delays, with the clock: order by expiry
        DelayQueue<Timed> tq = new DelayQueue<>();
        long start = System.nanoTime();
        tq.add(new Timed("third", start, 60));
        tq.add(new Timed("first", start, 0));
        tq.add(new Timed("second", start, 30));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) sb.append(tq.take()).append(' ');
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("take order: " + sb + " waited enough: " + (ms >= 60));
        System.out.println("poll(20ms) on empty -> " + tq.poll(20, TimeUnit.MILLISECONDS));

        // a producer thread, consumer here
        DelayQueue<Timed> pq = new DelayQueue<>();
        long base = System.nanoTime();
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 5; i++) pq.put(new Timed("job" + i, base, 5L * (5 - i)));
        });
        producer.start();
        producer.join();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < 5; i++) got.add(pq.take().toString());
        System.out.println("consumer got " + got);
        Thread waiter = new Thread(() -> {
            try {
                System.out.println("waiter took " + pq.take());
            } catch (InterruptedException e) {
                System.out.println("waiter interrupted");
            }
        });
        waiter.start();
        Thread.sleep(20);
        pq.put(new Timed("late", System.nanoTime(), 10));
        waiter.join();
    }
}
