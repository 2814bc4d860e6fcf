package frames;

import java.util.concurrent.*;
/** Blocking queues refusing nulls and overflowing: HotSpot's frames. */
public class QueueThrows {
    public static void main(String[] a) {
        try { new ArrayBlockingQueue<Integer>(1).add(null); } catch (RuntimeException e) { e.printStackTrace(); }
        try { ArrayBlockingQueue<Integer> q = new ArrayBlockingQueue<>(1); q.add(1); q.add(2); } catch (RuntimeException e) { e.printStackTrace(); }
        try { new ArrayBlockingQueue<Integer>(1).offer(null); } catch (RuntimeException e) { e.printStackTrace(); }
        try { new LinkedBlockingQueue<Integer>().add(null); } catch (RuntimeException e) { e.printStackTrace(); }
        try { LinkedBlockingQueue<Integer> q = new LinkedBlockingQueue<>(1); q.add(1); q.add(2); } catch (RuntimeException e) { e.printStackTrace(); }
        try { new LinkedBlockingQueue<Integer>().offer(null); } catch (RuntimeException e) { e.printStackTrace(); }
        try { new ArrayBlockingQueue<Integer>(1).remove(); } catch (RuntimeException e) { e.printStackTrace(); }
        ArrayBlockingQueue<Integer> q = new ArrayBlockingQueue<>(2); q.add(5); q.offer(6); System.out.println(q + " " + q.offer(7) + " " + q.remainingCapacity());
        LinkedBlockingQueue<Integer> l = new LinkedBlockingQueue<>(); l.add(5); l.offer(6); System.out.println(l);
    }
}
