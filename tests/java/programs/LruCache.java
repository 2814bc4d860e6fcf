package programs;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

public class LruCache {
    // hand-written LRU with a HashMap + doubly linked list
    static final class Cache<K, V> {
        private final class Node {
            final K key;
            V value;
            Node prev, next;
            Node(K key, V value) { this.key = key; this.value = value; }
        }

        private final int capacity;
        private final Map<K, Node> index = new HashMap<>();
        private final Node head = new Node(null, null), tail = new Node(null, null);
        private int hits, misses, evictions;

        Cache(int capacity) {
            if (capacity <= 0) throw new IllegalArgumentException("capacity must be positive");
            this.capacity = capacity;
            head.next = tail;
            tail.prev = head;
        }

        private void unlink(Node n) { n.prev.next = n.next; n.next.prev = n.prev; }

        private void pushFront(Node n) {
            n.next = head.next;
            n.prev = head;
            head.next.prev = n;
            head.next = n;
        }

        V get(K key) {
            Node n = index.get(key);
            if (n == null) { misses++; return null; }
            hits++;
            unlink(n);
            pushFront(n);
            return n.value;
        }

        V computeIfAbsent(K key, Function<K, V> loader) {
            V v = get(key);
            if (v == null) { v = loader.apply(key); put(key, v); }
            return v;
        }

        void put(K key, V value) {
            Node n = index.get(key);
            if (n != null) {
                n.value = value;
                unlink(n);
                pushFront(n);
                return;
            }
            if (index.size() == capacity) {
                Node lru = tail.prev;
                unlink(lru);
                index.remove(lru.key);
                evictions++;
                System.out.println("    evict " + lru.key + "=" + lru.value);
            }
            n = new Node(key, value);
            index.put(key, n);
            pushFront(n);
        }

        @Override public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (Node n = head.next; n != tail; n = n.next) sb.append(n.key).append('=').append(n.value).append(n.next != tail ? ", " : "");
            return sb.append("]").toString();
        }

        String stats() { return "hits=" + hits + " misses=" + misses + " evictions=" + evictions + " size=" + index.size(); }
    }

    // the LinkedHashMap-based equivalent, for cross-checking
    static final class LinkedLru<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        LinkedLru(int capacity) { super(16, 0.75f, true); this.capacity = capacity; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
    }

    static long slowSquare(int x) { return (long) x * x; }

    public static void main(String[] args) {
        Cache<String, Integer> c = new Cache<>(3);
        LinkedLru<String, Integer> ref = new LinkedLru<>(3);
        String[] ops = {"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put e 5", "put a 10", "get d", "get a", "put f 6", "get e"};
        for (String op : ops) {
            String[] p = op.split(" ");
            System.out.println(op);
            if (p[0].equals("put")) {
                c.put(p[1], Integer.parseInt(p[2]));
                ref.put(p[1], Integer.parseInt(p[2]));
            } else {
                Integer v = c.get(p[1]);
                Integer rv = ref.get(p[1]);
                System.out.println("    -> " + v + (java.util.Objects.equals(v, rv) ? "" : " MISMATCH " + rv));
            }
            System.out.println("    cache " + c + " ref " + ref);
        }
        System.out.println(c.stats());
        Cache<Integer, Long> squares = new Cache<>(50);
        long total = 0;
        for (int round = 0; round < 3; round++) for (int i = 0; i < 60; i += (round + 1)) total += squares.computeIfAbsent(i % 55, LruCache::slowSquare);
        System.out.println("total=" + total + " " + squares.stats());
        try {
            new Cache<String, String>(0);
        } catch (IllegalArgumentException e) {
            System.out.println("error: " + e.getMessage());
        }
    }
}
