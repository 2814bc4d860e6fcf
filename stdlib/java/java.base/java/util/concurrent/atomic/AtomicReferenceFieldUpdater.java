package java.util.concurrent.atomic;

import java.lang.reflect.Field;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Atomic updates of a designated volatile reference field of instances of a class, found
 * reflectively. newUpdater checks the field as the JDK does; the read-modify-write operations
 * of the updater it returns are atomic with respect to each other (compared by identity).
 */
public abstract class AtomicReferenceFieldUpdater<T, V> {

    public static <U, W> AtomicReferenceFieldUpdater<U, W> newUpdater(Class<U> tclass,
            Class<W> vclass, String fieldName) {
        return new Impl<U, W>(tclass, vclass, fieldName);
    }

    protected AtomicReferenceFieldUpdater() {}

    public abstract boolean compareAndSet(T obj, V expect, V update);

    public abstract boolean weakCompareAndSet(T obj, V expect, V update);

    public abstract void set(T obj, V newValue);

    public abstract void lazySet(T obj, V newValue);

    public abstract V get(T obj);

    public V getAndSet(T obj, V newValue) {
        V prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, newValue));
        return prev;
    }

    public final V getAndUpdate(T obj, UnaryOperator<V> updateFunction) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = updateFunction.apply(prev);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final V updateAndGet(T obj, UnaryOperator<V> updateFunction) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = updateFunction.apply(prev);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    public final V getAndAccumulate(T obj, V x, BinaryOperator<V> accumulatorFunction) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = accumulatorFunction.apply(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final V accumulateAndGet(T obj, V x, BinaryOperator<V> accumulatorFunction) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = accumulatorFunction.apply(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    private static final class Impl<T, V> extends AtomicReferenceFieldUpdater<T, V> {
        private final Field field;
        private final Class<T> tclass;
        private final Class<V> vclass;
        private final Class<?> cclass;

        Impl(Class<T> tclass, Class<V> vclass, String fieldName) {
            Class<?> caller = jdk.internal.reflect.Reflection.getCallerClass();
            Field f = AtomicFieldUpdaterSupport.findField(tclass, fieldName, caller);
            if (vclass != f.getType()) {
                throw new ClassCastException();
            }
            if (vclass.isPrimitive()) {
                throw new IllegalArgumentException("Must be reference type");
            }
            AtomicFieldUpdaterSupport.checkVolatileInstance(f);
            this.field = f;
            this.tclass = tclass;
            this.vclass = vclass;
            this.cclass = AtomicFieldUpdaterSupport.receiverClass(f, tclass, caller);
        }

        private void check(T obj) {
            AtomicFieldUpdaterSupport.accessCheck(cclass, tclass, obj);
        }

        private void valueCheck(V v) {
            if (v != null && !vclass.isInstance(v)) {
                throw new ClassCastException();
            }
        }

        @SuppressWarnings("unchecked")
        private V read(T obj) {
            return (V) AtomicFieldUpdaterSupport.getRef(field, obj);
        }

        @Override
        public boolean compareAndSet(T obj, V expect, V update) {
            check(obj);
            valueCheck(update);
            synchronized (AtomicFieldUpdaterSupport.LOCK) {
                if (read(obj) != expect) {
                    return false;
                }
                AtomicFieldUpdaterSupport.setRef(field, obj, update);
                return true;
            }
        }

        @Override
        public boolean weakCompareAndSet(T obj, V expect, V update) {
            return compareAndSet(obj, expect, update);
        }

        @Override
        public void set(T obj, V newValue) {
            check(obj);
            valueCheck(newValue);
            AtomicFieldUpdaterSupport.setRef(field, obj, newValue);
        }

        @Override
        public void lazySet(T obj, V newValue) {
            set(obj, newValue);
        }

        @Override
        public V get(T obj) {
            check(obj);
            return read(obj);
        }

        @Override
        public V getAndSet(T obj, V newValue) {
            check(obj);
            valueCheck(newValue);
            synchronized (AtomicFieldUpdaterSupport.LOCK) {
                V prev = read(obj);
                AtomicFieldUpdaterSupport.setRef(field, obj, newValue);
                return prev;
            }
        }
    }
}
