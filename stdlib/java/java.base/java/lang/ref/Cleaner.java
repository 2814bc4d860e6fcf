package java.lang.ref;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;

/**
 * Runs cleaning actions for objects that have become phantom reachable, on a daemon thread
 * of its own, or when their {@link Cleanable} is cleaned explicitly (at most once either way).
 */
public final class Cleaner {

    public interface Cleanable {
        void clean();
    }

    private static int threadNumber;

    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    /** The registered cleanables not cleaned yet: they must stay reachable until then. */
    private final CleanableRef list = new CleanableRef();

    private Cleaner() {}

    public static Cleaner create() {
        Cleaner cleaner = new Cleaner();
        int n;
        synchronized (Cleaner.class) {
            n = threadNumber++;
        }
        Thread t = new Thread(null, cleaner::run, "Cleaner-" + n, 0);
        t.setDaemon(true);
        t.setPriority(Thread.MAX_PRIORITY - 2);
        t.start();
        return cleaner;
    }

    public static Cleaner create(ThreadFactory threadFactory) {
        Objects.requireNonNull(threadFactory, "threadFactory");
        Cleaner cleaner = new Cleaner();
        Thread t = threadFactory.newThread(cleaner::run);
        if (t == null) {
            throw new IllegalStateException("ThreadFactory returned null");
        }
        t.setDaemon(true);
        t.start();
        return cleaner;
    }

    public Cleanable register(Object obj, Runnable action) {
        Objects.requireNonNull(obj, "obj");
        Objects.requireNonNull(action, "action");
        return new CleanableRef(obj, this, action);
    }

    private void run() {
        while (true) {
            try {
                Reference<?> r = queue.remove(60_000);
                if (r instanceof CleanableRef) {
                    ((CleanableRef) r).clean();
                }
            } catch (Throwable e) {
                // as the JDK: an action's exception is ignored, the thread goes on
            }
        }
    }

    private static final class CleanableRef extends PhantomReference<Object> implements Cleanable {
        private final Cleaner cleaner;
        private final Runnable action;
        private CleanableRef prev = this;
        private CleanableRef next = this;

        /** The list head. */
        CleanableRef() {
            super(null, null);
            this.cleaner = null;
            this.action = null;
        }

        CleanableRef(Object referent, Cleaner cleaner, Runnable action) {
            super(referent, cleaner.queue);
            this.cleaner = cleaner;
            this.action = action;
            CleanableRef head = cleaner.list;
            synchronized (head) {
                prev = head;
                next = head.next;
                head.next.prev = this;
                head.next = this;
            }
        }

        /** Unlinks this from its cleaner's list; false if it was unlinked already. */
        private boolean unlink() {
            CleanableRef head = cleaner.list;
            synchronized (head) {
                if (next == this) {
                    return false;
                }
                next.prev = prev;
                prev.next = next;
                next = this;
                prev = this;
                return true;
            }
        }

        @Override
        public void clean() {
            if (cleaner != null && unlink()) {
                super.clear();
                action.run();
            }
        }

        @Override
        public void clear() {
            if (cleaner != null && unlink()) {
                super.clear();
            }
        }
    }
}
