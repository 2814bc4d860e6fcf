package java.util.concurrent.atomic;

import java.lang.reflect.Field;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * Atomic updates of a designated volatile int field of instances of a class, found
 * reflectively. AtomicIntegerFieldUpdater.newUpdater checks the field as the JDK does; the read-modify-write
 * operations of the updater it returns are atomic with respect to each other.
 */
public abstract class AtomicIntegerFieldUpdater<T> {

    public static <U> AtomicIntegerFieldUpdater<U> newUpdater(Class<U> tclass, String fieldName) {
        return new Impl<U>(tclass, fieldName);
    }

    protected AtomicIntegerFieldUpdater() {}

    public abstract boolean compareAndSet(T obj, int expect, int update);

    public abstract boolean weakCompareAndSet(T obj, int expect, int update);

    public abstract void set(T obj, int newValue);

    public abstract void lazySet(T obj, int newValue);

    public abstract int get(T obj);

    public int getAndSet(T obj, int newValue) {
        int prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, newValue));
        return prev;
    }

    public int getAndIncrement(T obj) {
        return getAndAdd(obj, 1);
    }

    public int getAndDecrement(T obj) {
        return getAndAdd(obj, -1);
    }

    public int getAndAdd(T obj, int delta) {
        int prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, prev + delta));
        return prev;
    }

    public int incrementAndGet(T obj) {
        return getAndAdd(obj, 1) + 1;
    }

    public int decrementAndGet(T obj) {
        return getAndAdd(obj, -1) - 1;
    }

    public int addAndGet(T obj, int delta) {
        return getAndAdd(obj, delta) + delta;
    }

    public final int getAndUpdate(T obj, IntUnaryOperator updateFunction) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = updateFunction.applyAsInt(prev);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final int updateAndGet(T obj, IntUnaryOperator updateFunction) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = updateFunction.applyAsInt(prev);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    public final int getAndAccumulate(T obj, int x, IntBinaryOperator accumulatorFunction) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = accumulatorFunction.applyAsInt(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final int accumulateAndGet(T obj, int x, IntBinaryOperator accumulatorFunction) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = accumulatorFunction.applyAsInt(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    private static final class Impl<T> extends AtomicIntegerFieldUpdater<T> {
        private final Field field;
        private final Class<T> tclass;
        private final Class<?> cclass;

        Impl(Class<T> tclass, String fieldName) {
            Class<?> caller = jdk.internal.reflect.Reflection.getCallerClass();
            Field f = AtomicFieldUpdaterSupport.findField(tclass, fieldName, caller);
            if (f.getType() != int.class) {
                throw new IllegalArgumentException("Must be integer type");
            }
            AtomicFieldUpdaterSupport.checkVolatileInstance(f);
            this.field = f;
            this.tclass = tclass;
            this.cclass = AtomicFieldUpdaterSupport.receiverClass(f, tclass, caller);
        }

        private void check(T obj) {
            AtomicFieldUpdaterSupport.accessCheck(cclass, tclass, obj);
        }

        @Override
        public boolean compareAndSet(T obj, int expect, int update) {
            check(obj);
            synchronized (AtomicFieldUpdaterSupport.LOCK) {
                if (AtomicFieldUpdaterSupport.getInt(field, obj) != expect) {
                    return false;
                }
                AtomicFieldUpdaterSupport.setInt(field, obj, update);
                return true;
            }
        }

        @Override
        public boolean weakCompareAndSet(T obj, int expect, int update) {
            return compareAndSet(obj, expect, update);
        }

        @Override
        public void set(T obj, int newValue) {
            check(obj);
            AtomicFieldUpdaterSupport.setInt(field, obj, newValue);
        }

        @Override
        public void lazySet(T obj, int newValue) {
            set(obj, newValue);
        }

        @Override
        public int get(T obj) {
            check(obj);
            return AtomicFieldUpdaterSupport.getInt(field, obj);
        }

        @Override
        public int getAndSet(T obj, int newValue) {
            check(obj);
            synchronized (AtomicFieldUpdaterSupport.LOCK) {
                int prev = AtomicFieldUpdaterSupport.getInt(field, obj);
                AtomicFieldUpdaterSupport.setInt(field, obj, newValue);
                return prev;
            }
        }

        @Override
        public int getAndAdd(T obj, int delta) {
            check(obj);
            synchronized (AtomicFieldUpdaterSupport.LOCK) {
                int prev = AtomicFieldUpdaterSupport.getInt(field, obj);
                AtomicFieldUpdaterSupport.setInt(field, obj, prev + delta);
                return prev;
            }
        }
    }
}
