package java.lang.ref;

/** A queue of references, enqueued explicitly or after the collector cleared them. */
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

    public Reference<? extends T> remove(long timeout) throws InterruptedException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout value");
        }
        return poll();
    }

    public Reference<? extends T> remove() throws InterruptedException {
        return poll();
    }
}
