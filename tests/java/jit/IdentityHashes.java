package jit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Object.hashCode and System.identityHashCode in compiled code, which reads a hash the
 * header holds and calls the runtime for one never assigned: both agree, stay the same
 * across collections, give 0 for null (identityHashCode) or throw (hashCode), leave classes
 * that override hashCode to their own method, and key hash maps by enums and plain objects;
 * a hashCode call two inlined calls deep in a synchronized method (as ConcurrentHashMap's).
 * No hash value is printed.
 */
public class IdentityHashes {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    static final class Plain {
        final int id;

        Plain(int id) {
            this.id = id;
        }
    }

    static final class Valued {
        final int id;

        Valued(int id) {
            this.id = id;
        }

        @Override
        public int hashCode() {
            return id * 31;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Valued v && v.id == id;
        }
    }

    static final class Table {
        final Object[] slots = new Object[64];

        static int spread(int h) {
            return (h ^ (h >>> 16)) & 0x7fffffff;
        }

        private Object find(Object key) {
            return find(key, spread(key.hashCode()));
        }

        private Object find(Object key, int h) {
            Object e = slots[h & 63];
            return e == key ? e : null;
        }

        synchronized boolean put(Object key) {
            if (key == null) {
                throw new NullPointerException();
            }
            int hash = spread(key.hashCode());
            if (find(key) != null) {
                return false;
            }
            slots[hash & 63] = key;
            return true;
        }
    }

    static int hashOf(Object o) {
        return o.hashCode();
    }

    static int identityOf(Object o) {
        return System.identityHashCode(o);
    }

    public static void main(String[] args) {
        Object[] things = new Object[600];
        for (int i = 0; i < things.length; i++) {
            things[i] = switch (i % 6) {
                case 0 -> new Plain(i);
                case 1 -> new Valued(i);
                case 2 -> new int[i % 7];
                case 3 -> Suit.values()[i % 4];
                case 4 -> new Object();
                default -> "s" + (i % 50);
            };
        }
        int[] first = new int[things.length];
        int agree = 0, overridden = 0;
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < things.length; i++) {
                Object o = things[i];
                int h = hashOf(o);
                if (round == 0) {
                    first[i] = h;
                } else if (first[i] != h) {
                    System.out.println("hash changed at " + i);
                }
                if (h == identityOf(o)) {
                    agree++;
                } else {
                    overridden++;
                }
            }
            if (round % 10 == 5) {
                System.gc();
                List<int[]> garbage = new ArrayList<>();
                for (int k = 0; k < 2000; k++) {
                    garbage.add(new int[64]);
                }
            }
        }
        System.out.println("agree " + agree + ", overridden " + overridden);
        System.out.println("identityHashCode(null) = " + identityOf(null));
        try {
            hashOf(null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
        Map<Suit, Integer> bySuit = new HashMap<>();
        Map<Suit, Integer> enumMap = new EnumMap<>(Suit.class);
        for (int i = 0; i < 100000; i++) {
            Suit s = Suit.values()[(i * 7) % 4];
            bySuit.merge(s, i % 10, Integer::sum);
            enumMap.merge(s, i % 10, Integer::sum);
        }
        System.out.println(bySuit.equals(enumMap) + " " + enumMap);
        Set<Plain> plains = new HashSet<>();
        Map<Object, Integer> identity = new IdentityHashMap<>();
        Plain[] pool = new Plain[500];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = new Plain(i);
        }
        long sum = 0;
        for (int i = 0; i < 50000; i++) {
            Plain p = pool[(i * 13) % pool.length];
            if (plains.add(p)) {
                sum += p.id;
            }
            identity.merge(p, 1, Integer::sum);
        }
        System.out.println(plains.size() + " " + sum + " " + identity.size() + " " + identity.get(pool[7]));
        Set<Valued> valued = new HashSet<>();
        for (int i = 0; i < 20000; i++) {
            valued.add(new Valued(i % 333));
        }
        System.out.println(valued.size() + " " + valued.contains(new Valued(5)));
        Table table = new Table();
        int added = 0;
        for (int i = 0; i < 30000; i++) {
            if (table.put(pool[i % pool.length])) {
                added++;
            }
        }
        System.out.println("table " + (added > 0));
        int sameClassHash = 0;
        for (int i = 0; i < 10000; i++) {
            if (hashOf(Suit.class) == identityOf(Suit.class) && hashOf(pool.getClass()) == identityOf(pool.getClass())) {
                sameClassHash++;
            }
        }
        System.out.println("classes " + sameClassHash);
    }
}
