package java.lang;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value bound for the dynamic extent of a call on one thread (Java 25, JEP 506). Each thread
 * keeps its bindings as an immutable chain of carriers, the innermost first: Carrier.run/call
 * push one for the call and restore the previous chain afterwards, so rebinding nests. Threads
 * do not inherit bindings (only the JDK's preview StructuredTaskScope would pass them on).
 */
public final class ScopedValue<T> {
    /** The innermost binding chain of the current thread, or null when nothing is bound. */
    private static final ThreadLocal<Carrier> BINDINGS = new ThreadLocal<>();

    private final int hash;
    private static int nextHash = 0x5DEECE66;

    private ScopedValue() {
        synchronized (ScopedValue.class) {
            // a spread sequence, so that hashCode does not depend on identity hash codes
            nextHash = nextHash * 0x9E3779B9 + 1;
            this.hash = nextHash;
        }
    }

    public static <T> ScopedValue<T> newInstance() {
        return new ScopedValue<>();
    }

    public int hashCode() {
        return hash;
    }

    /** A carrier binding key to value, to run an operation with. */
    public static <T> Carrier where(ScopedValue<T> key, T value) {
        return Carrier.of(key, value);
    }

    /** The value bound on this thread. */
    public T get() {
        Carrier c = find(BINDINGS.get());
        if (c == null) {
            throw new NoSuchElementException("ScopedValue not bound");
        }
        return cast(c.value);
    }

    public boolean isBound() {
        return find(BINDINGS.get()) != null;
    }

    public T orElse(T other) {
        Carrier c = find(BINDINGS.get());
        return c != null ? cast(c.value) : other;
    }

    public <X extends Throwable> T orElseThrow(Supplier<? extends X> exceptionSupplier) throws X {
        Objects.requireNonNull(exceptionSupplier);
        Carrier c = find(BINDINGS.get());
        if (c == null) {
            throw exceptionSupplier.get();
        }
        return cast(c.value);
    }

    @SuppressWarnings("unchecked")
    private T cast(Object value) {
        return (T) value;
    }

    /** The innermost link of chain that binds this value, or null. */
    private Carrier find(Carrier chain) {
        for (Carrier c = chain; c != null; c = c.outer()) {
            if (c.key == this) {
                return c;
            }
        }
        return null;
    }

    /** An operation that returns a result and may throw X. */
    @FunctionalInterface
    public interface CallableOp<T, X extends Throwable> {
        T call() throws X;
    }

    /**
     * A set of bindings: a chain of (key, value) links, the last added first. When a carrier
     * runs an operation its links are put in front of the thread's current chain.
     */
    public static final class Carrier {
        final ScopedValue<?> key;
        final Object value;
        final Carrier prev; // the rest of this carrier's own bindings

        private Carrier(ScopedValue<?> key, Object value, Carrier prev) {
            this.key = key;
            this.value = value;
            this.prev = prev;
        }

        static <T> Carrier of(ScopedValue<T> key, T value) {
            return new Carrier(Objects.requireNonNull(key), value, null);
        }

        /** The next link to search: this carrier's earlier bindings, then the enclosing chain. */
        Carrier outer() {
            return prev != null ? prev : enclosingOfHead;
        }

        // In an installed copy (see bind), the next link of the thread's chain.
        private Carrier enclosingOfHead;

        /** This carrier's bindings plus key bound to value. */
        public <T> Carrier where(ScopedValue<T> key, T value) {
            return new Carrier(Objects.requireNonNull(key), value, this);
        }

        /** The value this carrier binds to key. */
        public <T> T get(ScopedValue<T> key) {
            for (Carrier c = this; c != null; c = c.prev) {
                if (c.key == key) {
                    @SuppressWarnings("unchecked")
                    T v = (T) c.value;
                    return v;
                }
            }
            throw new NoSuchElementException("No mapping present");
        }

        /** Runs op with these bindings in effect on the current thread. */
        public void run(Runnable op) {
            Objects.requireNonNull(op);
            Carrier head = bind();
            try {
                op.run();
            } finally {
                unbind(head);
            }
        }

        /** Calls op with these bindings in effect on the current thread. */
        public <R, X extends Throwable> R call(CallableOp<? extends R, X> op) throws X {
            Objects.requireNonNull(op);
            Carrier head = bind();
            try {
                return op.call();
            } finally {
                unbind(head);
            }
        }

        /**
         * Makes a copy of this carrier's links whose last link continues into the thread's
         * current chain (a copy, because the same carrier may run nested or on other threads),
         * installs it and returns the previous chain.
         */
        private Carrier bind() {
            Carrier previous = BINDINGS.get();
            Carrier copyHead = null;
            Carrier copyTail = null;
            for (Carrier c = this; c != null; c = c.prev) {
                Carrier link = new Carrier(c.key, c.value, null);
                if (copyTail == null) {
                    copyHead = link;
                } else {
                    copyTail.enclosingOfHead = link;
                }
                copyTail = link;
            }
            copyTail.enclosingOfHead = previous;
            BINDINGS.set(copyHead);
            return previous;
        }

        private static void unbind(Carrier previous) {
            if (previous == null) {
                BINDINGS.remove();
            } else {
                BINDINGS.set(previous);
            }
        }
    }
}
