package gc;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * ReferenceQueue.remove() and remove(timeout) block until a reference is enqueued (by the
 * collector or by enqueue()), the time passes, or the thread is interrupted.
 */
public class QueueRemove {
    static final ReferenceQueue<Object> queue = new ReferenceQueue<>();

    /**
     * Waits until {@code t} blocks (in wait) so the action that wakes it comes after, or has
     * ended (a collection may clear the reference it waits for meanwhile).
     */
    static void awaitBlocked(Thread t) throws InterruptedException {
        for (;;) {
            Thread.State state = t.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                    || state == Thread.State.TERMINATED) {
                return;
            }
            Thread.sleep(1);
        }
    }

    static WeakReference<Object> makeGarbage() {
        return new WeakReference<>(new int[1000], queue);
    }

    public static void main(String[] args) throws Exception {
        // Nothing enqueued: the timed remove gives up.
        long start = System.nanoTime();
        Reference<?> none = queue.remove(50);
        long waited = (System.nanoTime() - start) / 1_000_000;
        System.out.println("timed out: " + (none == null) + ", waited at least 40 ms: " + (waited >= 40));

        try {
            queue.remove(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative timeout: " + e.getMessage());
        }

        // The collector clears a reference while another thread waits in remove().
        WeakReference<Object>[] holder = new WeakReference[1];
        Thread collected = new Thread(() -> {
            try {
                Reference<?> r = queue.remove();
                System.out.println("removed the cleared reference: " + (r == holder[0]) + ", referent " + r.get());
            } catch (InterruptedException e) {
                System.out.println("unexpected interrupt");
            }
        });
        holder[0] = makeGarbage();
        collected.start();
        awaitBlocked(collected);
        while (collected.isAlive()) {
            System.gc();
            collected.join(10);
        }

        // An explicit enqueue wakes a timed remove.
        Object kept = new Object();
        WeakReference<Object> explicit = new WeakReference<>(kept, queue);
        Thread timed = new Thread(() -> {
            try {
                Reference<?> r = queue.remove(60_000);
                System.out.println("removed the enqueued reference: " + (r == explicit));
            } catch (InterruptedException e) {
                System.out.println("unexpected interrupt");
            }
        });
        timed.start();
        awaitBlocked(timed);
        boolean enqueued = explicit.enqueue();
        timed.join();
        System.out.println("enqueue: " + enqueued);
        System.out.println("enqueue again: " + explicit.enqueue() + ", kept " + (kept != null));

        // Interrupts end both kinds of wait.
        for (long timeout : new long[] {0, 60_000}) {
            Thread interrupted = new Thread(() -> {
                try {
                    Reference<?> r = timeout == 0 ? queue.remove() : queue.remove(timeout);
                    System.out.println("unexpected " + r);
                } catch (InterruptedException e) {
                    System.out.println("remove(" + timeout + ") interrupted: " + e.getMessage()
                            + ", flag " + Thread.currentThread().isInterrupted());
                }
            });
            interrupted.start();
            awaitBlocked(interrupted);
            interrupted.interrupt();
            interrupted.join();
        }

        // An interrupt pending before the call throws at once.
        Thread.currentThread().interrupt();
        try {
            queue.remove();
        } catch (InterruptedException e) {
            System.out.println("pending interrupt: " + e.getClass().getName());
        }
        System.out.println("queue empty: " + (queue.poll() == null));
    }
}
