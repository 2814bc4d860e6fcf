package gc;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;

/** Weak, soft and phantom references, reference queues and WeakHashMap across System.gc(). */
public class References {
    static final class Key {
        final int id;

        Key(int id) {
            this.id = id;
        }

        @Override
        public int hashCode() {
            return id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).id == id;
        }

        @Override
        public String toString() {
            return "Key" + id;
        }
    }

    static final class Tagged extends WeakReference<Object> {
        final String tag;

        Tagged(Object referent, ReferenceQueue<Object> queue, String tag) {
            super(referent, queue);
            this.tag = tag;
        }
    }

    /** Waits for the references the collector cleared to reach the queue (HotSpot enqueues them
     * on another thread). */
    static List<String> drain(ReferenceQueue<Object> queue, int expected) throws InterruptedException {
        List<String> tags = new ArrayList<>();
        while (tags.size() < expected) {
            Reference<?> r = queue.remove(5000);
            if (r == null) {
                break;
            }
            tags.add(r instanceof Tagged ? ((Tagged) r).tag : "phantom");
        }
        tags.sort(null);
        return tags;
    }

    public static void main(String[] args) throws Exception {
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        Object kept = new int[] {1, 2, 3};
        // Held strongly until just before System.gc(), so that no earlier collection clears them.
        Object dropped = new int[100];
        Object old = new Key(7);
        Object unqueued = new Key(8);
        Object softly = new Key(9);
        Object ghost = new Key(10);
        Tagged weakKept = new Tagged(kept, queue, "kept");
        Tagged weakDropped = new Tagged(dropped, queue, "dropped");
        Tagged weakOld = new Tagged(old, queue, "old");
        WeakReference<Object> noQueue = new WeakReference<>(unqueued);
        SoftReference<Object> soft = new SoftReference<>(softly);
        PhantomReference<Object> phantom = new PhantomReference<>(ghost, queue);
        System.out.println("before: " + (weakKept.get() == kept) + " " + (weakDropped.get() == dropped)
                + " " + weakOld.get() + " " + noQueue.get() + " " + soft.get() + " " + phantom.get());
        dropped = null;
        old = null;
        unqueued = null;
        softly = null;
        ghost = null;
        System.gc();
        System.out.println("after: " + (weakKept.get() == kept) + " " + weakDropped.get() + " "
                + weakOld.get() + " " + noQueue.get() + " " + soft.get() + " " + phantom.get());
        System.out.println("refersTo: " + weakKept.refersTo(kept) + " " + weakDropped.refersTo(null));
        System.out.println("enqueued: " + drain(queue, 3));
        System.out.println("queue empty: " + (queue.poll() == null));
        System.out.println("kept still: " + ((int[]) kept)[2]);

        // Many weak references to short-lived objects, across many collections.
        List<WeakReference<Key>> many = new ArrayList<>();
        List<Key> strong = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            Key k = new Key(i);
            many.add(new WeakReference<>(k));
            if (i % 100 == 0) {
                strong.add(k);
            }
        }
        System.gc();
        int alive = 0;
        long sum = 0;
        for (WeakReference<Key> w : many) {
            Key k = w.get();
            if (k != null) {
                alive++;
                sum += k.id;
            }
        }
        System.out.println("alive " + alive + " sum " + sum + " strong " + strong.size());

        // WeakHashMap drops entries whose keys became unreachable.
        WeakHashMap<Key, String> map = new WeakHashMap<>();
        Key one = new Key(1);
        List<Key> others = new ArrayList<>();
        map.put(one, "one");
        for (int i = 2; i <= 50; i++) {
            Key k = new Key(i);
            others.add(k);
            map.put(k, "v" + i);
        }
        System.out.println("map size before: " + map.size() + " " + map.get(new Key(50)));
        others = null;
        System.gc();
        for (int tries = 0; map.size() != 1 && tries < 500; tries++) {
            Thread.sleep(10);
        }
        System.out.println("map after: " + map + " " + map.size() + " " + map.get(new Key(1)) + " "
                + map.containsKey(new Key(2)));
        System.out.println("one still: " + one);
    }
}
