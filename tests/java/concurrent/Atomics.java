package concurrent;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** Atomic variables, adders and the concurrent collections, single- and multi-threaded. */
public class Atomics {
    static void runThreads(int n, Runnable body) throws InterruptedException {
        Thread[] ts = new Thread[n];
        for (int i = 0; i < n; i++) {
            ts[i] = new Thread(body);
        }
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
    }

    public static void main(String[] args) throws Exception {
        atomicsSingle();
        atomicsThreaded();
        chmBasics();
        chmOrder();
        chmThreaded();
        cow();
        clq();
    }

    static void atomicsSingle() {
        AtomicInteger ai = new AtomicInteger(5);
        System.out.println(ai + " " + ai.getAndIncrement() + " " + ai.incrementAndGet() + " " + ai.addAndGet(10)
                + " " + ai.getAndAdd(-3) + " " + ai.decrementAndGet() + " " + ai.getAndDecrement() + " " + ai);
        System.out.println(ai.compareAndSet(14, 1) + " " + ai.compareAndSet(13, 1) + " " + ai.get());
        System.out.println(ai.updateAndGet(x -> x * 7) + " " + ai.getAndUpdate(x -> x + 1) + " "
                + ai.accumulateAndGet(3, Math::max) + " " + ai.getAndAccumulate(100, Integer::sum) + " " + ai);
        System.out.println(ai.getAndSet(-2) + " " + ai.intValue() + " " + ai.longValue() + " " + ai.doubleValue()
                + " " + ai.floatValue() + " " + ai.compareAndExchange(-2, 9) + " " + ai.getPlain());
        System.out.println(new AtomicInteger() + " " + new AtomicLong() + " " + new AtomicBoolean()
                + " " + new AtomicReference<String>());
        AtomicLong al = new AtomicLong(Long.MAX_VALUE - 1);
        System.out.println(al.incrementAndGet() + " " + al.incrementAndGet() + " " + al.addAndGet(5) + " "
                + al.updateAndGet(x -> x / 2) + " " + al.intValue());
        AtomicBoolean ab = new AtomicBoolean();
        System.out.println(ab.compareAndSet(false, true) + " " + ab.compareAndSet(false, true) + " "
                + ab.getAndSet(false) + " " + ab);
        AtomicReference<String> ar = new AtomicReference<>("a");
        System.out.println(ar.getAndUpdate(s -> s + "b") + " " + ar.updateAndGet(s -> s + "c") + " "
                + ar.accumulateAndGet("z", String::concat) + " " + ar.compareAndSet("nope", "x") + " " + ar);
        AtomicIntegerArray aia = new AtomicIntegerArray(new int[] {1, 2, 3});
        aia.incrementAndGet(0);
        aia.addAndGet(2, 40);
        aia.compareAndSet(1, 2, 20);
        System.out.println(aia + " len=" + aia.length() + " " + new AtomicIntegerArray(0));
        AtomicLongArray ala = new AtomicLongArray(4);
        ala.set(3, 1L << 40);
        ala.getAndAdd(1, 7);
        System.out.println(ala + " " + ala.accumulateAndGet(3, 2, (a, b) -> a * b));
        AtomicReferenceArray<String> ara = new AtomicReferenceArray<>(new String[] {"x", null, "z"});
        ara.set(1, "y");
        System.out.println(ara + " " + ara.getAndSet(0, "w") + " " + ara);
        LongAccumulator max = new LongAccumulator(Long::max, Long.MIN_VALUE);
        for (long v : new long[] {3, -8, 42, 17}) {
            max.accumulate(v);
        }
        System.out.println(max + " " + max.getThenReset() + " " + max.get());
        DoubleAdder da = new DoubleAdder();
        da.add(0.5);
        da.add(2.25);
        System.out.println(da + " " + da.sum() + " " + da.intValue());
    }

    static void atomicsThreaded() throws InterruptedException {
        AtomicInteger counter = new AtomicInteger();
        AtomicLong along = new AtomicLong();
        LongAdder adder = new LongAdder();
        AtomicIntegerArray slots = new AtomicIntegerArray(4);
        runThreads(4, () -> {
            for (int i = 0; i < 5000; i++) {
                counter.incrementAndGet();
                along.addAndGet(i);
                adder.increment();
                slots.incrementAndGet(i % 4);
                counter.updateAndGet(x -> x + 1);
            }
        });
        System.out.println("threaded: " + counter + " " + along + " " + adder.sum() + " " + slots);
        System.out.println("sumThenReset " + adder.sumThenReset() + " " + adder);
    }

    static void chmBasics() {
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        for (String w : "the quick brown fox jumps over the lazy dog the end fox".split(" ")) {
            m.merge(w, 1, Integer::sum);
        }
        System.out.println(m + " size=" + m.size() + " count=" + m.mappingCount());
        System.out.println(m.putIfAbsent("the", 99) + " " + m.putIfAbsent("cat", 7) + " " + m.get("cat"));
        System.out.println(m.computeIfAbsent("cow", k -> k.length()) + " " + m.computeIfAbsent("cow", k -> 0));
        System.out.println(m.computeIfPresent("cow", (k, v) -> v * 10) + " " + m.compute("dog", (k, v) -> null)
                + " " + m.containsKey("dog"));
        System.out.println(m.remove("cat", 8) + " " + m.remove("cat", 7) + " " + m.replace("fox", 5) + " "
                + m.replace("fox", 5, 6) + " " + m.get("fox") + " " + m.getOrDefault("zzz", -1));
        System.out.println(m.merge("the", 1, (a, b) -> null) + " " + m.containsKey("the"));
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append(':').append(v).append(' '));
        System.out.println(sb.toString().trim());
        System.out.println("reduce " + m.reduceValues(1, Integer::sum) + " "
                + m.reduce(Long.MAX_VALUE, (k, v) -> k.length() * v, Integer::sum) + " "
                + m.reduceValuesToLong(1, Integer::longValue, 0L, Long::sum) + " "
                + m.search(1, (k, v) -> v == 30 ? k : null));
        System.out.println("keys " + m.keySet() + " values " + m.values());
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            if (e.getKey().startsWith("q")) {
                e.setValue(e.getValue() + 100);
            }
        }
        for (Iterator<String> it = m.keySet().iterator(); it.hasNext(); ) {
            if (it.next().length() == 3) {
                it.remove();
            }
        }
        System.out.println(m + " " + m.hashCode() + " " + m.equals(new java.util.HashMap<>(m)));
        ConcurrentHashMap.KeySetView<String, Boolean> ks = ConcurrentHashMap.newKeySet();
        ks.add("b");
        ks.add("a");
        System.out.println(ks + " " + ks.add("a") + " " + ks.getMappedValue() + " " + ks.getMap());
        ConcurrentHashMap.KeySetView<String, Integer> kv = m.keySet(0);
        kv.add("new");
        System.out.println(m.get("new") + " " + m.contains(0));
        try {
            m.keySet().add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE on keySet().add");
        }
        try {
            m.put("k", null);
        } catch (NullPointerException e) {
            System.out.println("NPE on null value");
        }
        ConcurrentMap<String, Integer> cm = m;
        cm.clear();
        System.out.println(cm + " " + cm.isEmpty());
    }

    static void chmOrder() {
        for (int cap : new int[] {-1, 0, 1, 5, 12, 13, 16, 40, 100}) {
            ConcurrentHashMap<Object, Integer> m = cap < 0 ? new ConcurrentHashMap<>() : new ConcurrentHashMap<>(cap);
            List<Object> keys = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Object k = (i % 3 == 0) ? (Object) ("k" + (i * 37)) : (Object) (i * 1013);
                keys.add(k);
                m.put(k, i);
                if (i == 6 || i == 11 || i == 12 || i == 13 || i == 25 || i == 59) {
                    System.out.println("cap " + cap + " @" + i + " " + m.keySet());
                }
            }
        }
        Map<Integer, String> src = new java.util.TreeMap<>();
        for (int i = 0; i < 30; i++) {
            src.put(i * 64, "v" + i);
        }
        System.out.println(new ConcurrentHashMap<>(src));
        ConcurrentHashMap<Integer, Integer> coll = new ConcurrentHashMap<>();
        for (int i = 0; i < 12; i++) {
            coll.put(i * 16, i);
        }
        System.out.println(coll.keySet());
    }

    static void chmThreaded() throws InterruptedException {
        ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
        AtomicInteger id = new AtomicInteger();
        runThreads(4, () -> {
            int me = id.getAndIncrement();
            for (int i = 0; i < 2000; i++) {
                m.merge(i % 50, 1, Integer::sum);
                m.computeIfAbsent(1000 + me * 1000 + (i % 25), k -> 0);
            }
        });
        int total = 0;
        for (int v : m.values()) {
            total += v;
        }
        System.out.println("threaded map size=" + m.size() + " total=" + total + " m[7]=" + m.get(7));
    }

    static void cow() throws InterruptedException {
        CopyOnWriteArrayList<String> l = new CopyOnWriteArrayList<>(new String[] {"a", "b", "c"});
        Iterator<String> snap = l.iterator();
        l.add("d");
        l.add(0, "z");
        l.remove("b");
        StringBuilder sb = new StringBuilder();
        while (snap.hasNext()) {
            sb.append(snap.next());
        }
        System.out.println(l + " snapshot=" + sb + " " + l.addIfAbsent("a") + " " + l.addIfAbsent("q") + " "
                + l.indexOf("c") + " " + l.get(1) + " " + l.size());
        try {
            l.iterator().remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE on iterator remove");
        }
        System.out.println(l.subList(1, 3) + " " + l.addAllAbsent(List.of("a", "x", "x", "y")) + " " + l);
        l.removeIf(s -> s.compareTo("q") > 0);
        l.replaceAll(String::toUpperCase);
        l.sort(null);
        System.out.println(l + " " + l.equals(List.of("A", "C", "D", "Q")) + " " + l.hashCode());
        CopyOnWriteArraySet<Integer> set = new CopyOnWriteArraySet<>(List.of(3, 1, 3, 2));
        System.out.println(set + " " + set.add(1) + " " + set.add(9) + " " + set + " " + set.equals(Set.of(1, 2, 3, 9)));
        CopyOnWriteArrayList<Integer> shared = new CopyOnWriteArrayList<>();
        AtomicInteger id = new AtomicInteger();
        runThreads(3, () -> {
            int me = id.getAndIncrement();
            for (int i = 0; i < 100; i++) {
                shared.add(me * 1000 + i);
            }
        });
        long sum = 0;
        for (int v : shared) {
            sum += v;
        }
        System.out.println("cow threaded size=" + shared.size() + " sum=" + sum);
    }

    static void clq() throws InterruptedException {
        ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>(List.of(5, 6));
        q.offer(7);
        q.add(8);
        System.out.println(q + " " + q.peek() + " " + q.poll() + " " + q.size() + " " + q.contains(7) + " "
                + q.remove(7) + " " + q);
        ConcurrentLinkedQueue<Integer> shared = new ConcurrentLinkedQueue<>();
        runThreads(4, () -> {
            for (int i = 0; i < 500; i++) {
                shared.offer(i);
            }
        });
        AtomicLong sum = new AtomicLong();
        runThreads(2, () -> {
            Integer x;
            while ((x = shared.poll()) != null) {
                sum.addAndGet(x);
            }
        });
        System.out.println("clq drained sum=" + sum + " empty=" + shared.isEmpty());
    }
}
