package java.lang.ref;

/**
 * A queue of references, enqueued explicitly or after the collector cleared them. The
 * collector's references wait in the VM until a {@link #poll} (or a woken {@link #remove})
 * takes them in; the VM wakes threads waiting on this queue's monitor when a collection clears
 * a reference registered with it.
 */
public class ReferenceQueue<T> {
    private Reference<?>[] items = new Reference<?>[4];
    private int head;
    private int size;

    public ReferenceQueue() {}

    synchronized boolean add(Reference<?> r) {
        if (size == items.length) {
            Reference<?>[] n = new Reference<?>[size * 2];
            for (int i = 0; i < size; i++) {
                n[i] = items[(head + i) % items.length];
            }
            items = n;
            head = 0;
        }
        items[(head + size) % items.length] = r;
        size++;
        notifyAll();
        return true;
    }

    @SuppressWarnings("unchecked")
    public synchronized Reference<? extends T> poll() {
        Reference.processPending();
        if (size == 0) {
            return null;
        }
        Reference<?> r = items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        size--;
        return (Reference<? extends T>) r;
    }

    /**
     * Waits until a reference is enqueued or {@code timeout} milliseconds pass (0: no limit),
     * as the JDK's; null when the time ran out.
     */
    public Reference<? extends T> remove(long timeout) throws InterruptedException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout value");
        }
        synchronized (this) {
            Reference<? extends T> r = poll();
            if (r != null) {
                return r;
            }
            long start = timeout == 0 ? 0 : System.nanoTime();
            for (;;) {
                wait(timeout);
                r = poll();
                if (r != null) {
                    return r;
                }
                if (timeout != 0) {
                    long end = System.nanoTime();
                    timeout -= (end - start) / 1_000_000;
                    if (timeout <= 0) {
                        return null;
                    }
                    start = end;
                }
            }
        }
    }

    public Reference<? extends T> remove() throws InterruptedException {
        return remove(0);
    }
}
