package realworld;

import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.stream.*;

public class WorkerPool {
    static final int THREADS = 4;
    static final int PER_THREAD = 5000;

    static void runAll(Runnable body) throws InterruptedException {
        Thread[] ts = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            ts[t] = new Thread(body, "worker-" + t);
            ts[t].start();
        }
        for (Thread t : ts) t.join();
    }

    static class Account {
        private long balance;
        synchronized void deposit(long amount) { balance += amount; }
        synchronized boolean withdraw(long amount) {
            if (balance < amount) return false;
            balance -= amount;
            return true;
        }
        synchronized long balance() { return balance; }
    }

    public static void main(String[] args) throws Exception {
        // synchronized wrappers and legacy synchronized collections
        List<Integer> syncList = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> syncMap = Collections.synchronizedMap(new HashMap<>());
        SortedMap<Integer, Integer> syncSorted = Collections.synchronizedSortedMap(new TreeMap<>());
        Set<Integer> syncSet = Collections.synchronizedSet(new HashSet<>());
        Vector<Integer> vector = new Vector<>();
        Stack<Integer> stack = new Stack<>();
        StringBuffer sbuf = new StringBuffer();
        Hashtable<Integer, Integer> table = new Hashtable<>();
        runAll(() -> {
            String me = Thread.currentThread().getName();
            for (int i = 0; i < PER_THREAD; i++) {
                syncList.add(i);
                syncMap.merge("k" + (i % 10), 1, Integer::sum);
                syncSorted.merge(i % 7, 1, Integer::sum);
                syncSet.add(i);
                vector.add(i);
                stack.push(i);
                if (i % 100 == 0) sbuf.append(me.charAt(me.length() - 1));
                table.merge(i % 13, i, Integer::sum);
            }
        });
        System.out.println("syncList " + syncList.size() + " syncMap " + new TreeMap<>(syncMap) + " syncSorted " + syncSorted + " syncSet " + syncSet.size());
        int popped = 0;
        while (!stack.empty()) {
            stack.pop();
            popped++;
        }
        char[] chars = sbuf.toString().toCharArray();
        Arrays.sort(chars);
        System.out.println("vector " + vector.size() + " sum " + vector.stream().mapToLong(Integer::longValue).sum() + " popped " + popped + " sbuf " + new String(chars).length() + " table " + new TreeMap<>(table));
        long sum;
        synchronized (syncList) {
            sum = 0;
            for (int v : syncList) sum += v;
        }
        System.out.println("syncList sum " + sum + " sublist " + syncList.subList(0, 3).size());

        // synchronized methods and blocks
        Account acct = new Account();
        AtomicInteger failed = new AtomicInteger();
        runAll(() -> {
            for (int i = 0; i < PER_THREAD; i++) {
                acct.deposit(3);
                if (!acct.withdraw(2)) failed.incrementAndGet();
            }
        });
        System.out.println("balance " + acct.balance() + " failed " + failed.get());
        int[] counter = { 0 };
        Object lock = new Object();
        runAll(() -> {
            for (int i = 0; i < PER_THREAD; i++) synchronized (lock) { counter[0]++; }
        });
        System.out.println("counter " + counter[0]);

        // java.util.concurrent
        ConcurrentHashMap<Integer, Long> chm = new ConcurrentHashMap<>();
        AtomicLong atomic = new AtomicLong();
        LongAdder adder = new LongAdder();
        runAll(() -> {
            for (int i = 0; i < PER_THREAD; i++) {
                chm.merge(i % 50, 1L, Long::sum);
                atomic.addAndGet(i);
                adder.increment();
            }
        });
        System.out.println("chm size " + chm.size() + " total " + chm.values().stream().mapToLong(Long::longValue).sum() + " atomic " + atomic.get() + " adder " + adder.sum());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Long>> futures = new ArrayList<>();
        for (int task = 1; task <= 8; task++) {
            final int n = task * 1000;
            futures.add(pool.submit(() -> LongStream.rangeClosed(1, n).sum()));
        }
        List<Long> results = new ArrayList<>();
        for (Future<Long> f : futures) results.add(f.get());
        System.out.println("futures " + results);
        List<Callable<String>> calls = IntStream.range(0, 5).mapToObj(i -> (Callable<String>) () -> "task" + i + ":" + "x".repeat(i)).collect(Collectors.toList());
        System.out.println("invokeAll " + pool.invokeAll(calls).stream().map(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                return "err";
            }
        }).collect(Collectors.joining(",")));
        Future<?> failing = pool.submit(() -> {
            throw new IllegalStateException("task failed");
        });
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("ExecutionException cause: " + e.getCause());
        }
        CountDownLatch latch = new CountDownLatch(5);
        AtomicInteger done = new AtomicInteger();
        for (int i = 0; i < 5; i++) pool.execute(() -> {
            done.incrementAndGet();
            latch.countDown();
        });
        latch.await();
        System.out.println("latch done " + done.get());
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS) + " isShutdown " + pool.isShutdown());
        CompletableFuture<String> cf = CompletableFuture.supplyAsync(() -> 21).thenApply(x -> x * 2).thenCombine(CompletableFuture.completedFuture("!"), (x, s) -> x + s);
        System.out.println("completable " + cf.get());

        // producer/consumer
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(16);
        AtomicLong consumed = new AtomicLong();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 2000; i++) queue.put(i);
                queue.put(-1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                while (true) {
                    int v = queue.take();
                    if (v < 0) break;
                    consumed.addAndGet(v);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        System.out.println("consumed " + consumed.get());

        // wait/notify handshake
        final Object mon = new Object();
        final int[] turn = { 0 };
        StringBuffer pingPong = new StringBuffer();
        Thread ping = new Thread(() -> handshake(mon, turn, 0, "ping ", pingPong));
        Thread pong = new Thread(() -> handshake(mon, turn, 1, "pong ", pingPong));
        ping.start();
        pong.start();
        ping.join();
        pong.join();
        System.out.println(pingPong.toString().trim());
    }

    static void handshake(Object mon, int[] turn, int me, String word, StringBuffer out) {
        for (int i = 0; i < 3; i++) {
            synchronized (mon) {
                while (turn[0] != me) {
                    try {
                        mon.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                out.append(word);
                turn[0] = 1 - me;
                mon.notifyAll();
            }
        }
    }
}
