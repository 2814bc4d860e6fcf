package java.lang;

import java.util.Objects;
import java.util.function.Supplier;

/** Per-thread variables, stored in a small identity map in each Thread. */
public class ThreadLocal<T> {
    public ThreadLocal() {}

    protected T initialValue() {
        return null;
    }

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        return new SuppliedThreadLocal<>(supplier);
    }

    @SuppressWarnings("unchecked")
    public T get() {
        ThreadLocalMap map = mapOf(Thread.currentThread(), true);
        int i = map.indexOf(this);
        if (i >= 0) {
            return (T) map.values[i];
        }
        T value = initialValue();
        map.put(this, value);
        return value;
    }

    public void set(T value) {
        mapOf(Thread.currentThread(), true).put(this, value);
    }

    public void remove() {
        ThreadLocalMap map = mapOf(Thread.currentThread(), false);
        if (map != null) {
            map.remove(this);
        }
    }

    private static ThreadLocalMap mapOf(Thread t, boolean create) {
        ThreadLocalMap map = t.threadLocals;
        if (map == null && create) {
            map = t.threadLocals = new ThreadLocalMap();
        }
        return map;
    }

    /** Linear-probe-free identity map: programs use few thread locals. */
    static final class ThreadLocalMap {
        ThreadLocal<?>[] keys = new ThreadLocal<?>[8];
        Object[] values = new Object[8];
        int size;

        int indexOf(ThreadLocal<?> key) {
            for (int i = 0; i < size; i++) {
                if (keys[i] == key) {
                    return i;
                }
            }
            return -1;
        }

        void put(ThreadLocal<?> key, Object value) {
            int i = indexOf(key);
            if (i >= 0) {
                values[i] = value;
                return;
            }
            if (size == keys.length) {
                ThreadLocal<?>[] nk = new ThreadLocal<?>[size * 2];
                Object[] nv = new Object[size * 2];
                System.arraycopy(keys, 0, nk, 0, size);
                System.arraycopy(values, 0, nv, 0, size);
                keys = nk;
                values = nv;
            }
            keys[size] = key;
            values[size] = value;
            size++;
        }

        /** A map for a new thread: the InheritableThreadLocal entries, through childValue. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        ThreadLocalMap inheritable() {
            ThreadLocalMap child = null;
            for (int i = 0; i < size; i++) {
                if (keys[i] instanceof InheritableThreadLocal) {
                    if (child == null) {
                        child = new ThreadLocalMap();
                    }
                    InheritableThreadLocal key = (InheritableThreadLocal) keys[i];
                    child.put(key, key.childValue(values[i]));
                }
            }
            return child;
        }

        void remove(ThreadLocal<?> key) {
            int i = indexOf(key);
            if (i >= 0) {
                size--;
                keys[i] = keys[size];
                values[i] = values[size];
                keys[size] = null;
                values[size] = null;
            }
        }
    }

    static final class SuppliedThreadLocal<T> extends ThreadLocal<T> {
        private final Supplier<? extends T> supplier;

        SuppliedThreadLocal(Supplier<? extends T> supplier) {
            this.supplier = Objects.requireNonNull(supplier);
        }

        @Override
        protected T initialValue() {
            return supplier.get();
        }
    }
}
