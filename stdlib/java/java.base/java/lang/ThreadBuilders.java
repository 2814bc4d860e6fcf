package java.lang;

import java.lang.Thread.Builder.OfPlatform;
import java.lang.Thread.Builder.OfVirtual;
import java.lang.Thread.UncaughtExceptionHandler;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;

/** The Thread.Builder implementations (Java 21), named as the JDK's. */
final class ThreadBuilders {
    private ThreadBuilders() {
    }

    /** What both kinds of builder set: the name (or a counter for numbered names) and handlers. */
    private abstract static class BaseThreadBuilder {
        String name;
        long counter = -1; // >= 0: the next number of a name(prefix, start) sequence
        boolean noInheritThreadLocals;
        UncaughtExceptionHandler uhe;

        void setName(String name) {
            this.name = Objects.requireNonNull(name);
            this.counter = -1;
        }

        void setName(String prefix, long start) {
            Objects.requireNonNull(prefix);
            if (start < 0) {
                throw new IllegalArgumentException("'start' is negative");
            }
            this.name = prefix;
            this.counter = start;
        }

        /** The name of the next thread, advancing the counter of a numbered sequence. */
        synchronized String nextName() {
            if (name != null && counter >= 0) {
                return name + (counter++);
            }
            return name;
        }

        /** Applies the settings every thread of the builder shares. */
        Thread configure(Thread t) {
            if (uhe != null) {
                t.setUncaughtExceptionHandler(uhe);
            }
            return t;
        }
    }

    static final class PlatformThreadBuilder extends BaseThreadBuilder implements OfPlatform {
        private ThreadGroup group;
        private boolean daemon;
        private boolean daemonChanged;
        private int priority;
        private long stackSize;

        PlatformThreadBuilder() {
        }

        public OfPlatform name(String name) {
            setName(name);
            return this;
        }

        public OfPlatform name(String prefix, long start) {
            setName(prefix, start);
            return this;
        }

        public OfPlatform inheritInheritableThreadLocals(boolean inherit) {
            noInheritThreadLocals = !inherit;
            return this;
        }

        public OfPlatform uncaughtExceptionHandler(UncaughtExceptionHandler ueh) {
            this.uhe = Objects.requireNonNull(ueh);
            return this;
        }

        public OfPlatform group(ThreadGroup group) {
            this.group = Objects.requireNonNull(group);
            return this;
        }

        public OfPlatform daemon(boolean on) {
            daemon = on;
            daemonChanged = true;
            return this;
        }

        public OfPlatform priority(int priority) {
            if (priority < Thread.MIN_PRIORITY || priority > Thread.MAX_PRIORITY) {
                throw new IllegalArgumentException();
            }
            this.priority = priority;
            return this;
        }

        public OfPlatform stackSize(long stackSize) {
            if (stackSize < 0L) {
                throw new IllegalArgumentException();
            }
            this.stackSize = stackSize;
            return this;
        }

        public Thread unstarted(Runnable task) {
            Objects.requireNonNull(task);
            return newThread(nextName(), task);
        }

        Thread newThread(String name, Runnable task) {
            Thread t = new Thread(group, task, name != null ? name : Thread.nextThreadName(), stackSize, !noInheritThreadLocals);
            if (daemonChanged) {
                t.setDaemon(daemon);
            }
            if (priority != 0) {
                t.setPriority(priority);
            }
            return configure(t);
        }

        public Thread start(Runnable task) {
            Thread thread = unstarted(task);
            thread.start();
            return thread;
        }

        public ThreadFactory factory() {
            return task -> {
                Objects.requireNonNull(task);
                return newThread(nextName(), task);
            };
        }
    }

    static final class VirtualThreadBuilder extends BaseThreadBuilder implements OfVirtual {
        VirtualThreadBuilder() {
        }

        public OfVirtual name(String name) {
            setName(name);
            return this;
        }

        public OfVirtual name(String prefix, long start) {
            setName(prefix, start);
            return this;
        }

        public OfVirtual inheritInheritableThreadLocals(boolean inherit) {
            noInheritThreadLocals = !inherit;
            return this;
        }

        public OfVirtual uncaughtExceptionHandler(UncaughtExceptionHandler ueh) {
            this.uhe = Objects.requireNonNull(ueh);
            return this;
        }

        public Thread unstarted(Runnable task) {
            Objects.requireNonNull(task);
            return newThread(nextName(), task);
        }

        /** A virtual thread is unnamed unless named, always a daemon, of normal priority. */
        Thread newThread(String name, Runnable task) {
            Thread t = new Thread(null, task, name != null ? name : "", 0, !noInheritThreadLocals);
            t.virtual = true;
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY);
            return configure(t);
        }

        public Thread start(Runnable task) {
            Thread thread = unstarted(task);
            thread.start();
            return thread;
        }

        public ThreadFactory factory() {
            return task -> {
                Objects.requireNonNull(task);
                return newThread(nextName(), task);
            };
        }
    }
}
