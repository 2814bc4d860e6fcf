package java.util.concurrent.atomic;

import java.lang.reflect.Field;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * Atomic updates of a designated volatile long field of instances of a class, found
 * reflectively. AtomicLongFieldUpdater.newUpdater checks the field as the JDK does; the read-modify-write
 * operations of the updater it returns are atomic with respect to each other.
 */
public abstract class AtomicLongFieldUpdater<T> {

    public static <U> AtomicLongFieldUpdater<U> newUpdater(Class<U> tclass, String fieldName) {
        return new Impl<U>(tclass, fieldName);
    }

    protected AtomicLongFieldUpdater() {}

    public abstract boolean compareAndSet(T obj, long expect, long update);

    public abstract boolean weakCompareAndSet(T obj, long expect, long update);

    public abstract void set(T obj, long newValue);

    public abstract void lazySet(T obj, long newValue);

    public abstract long get(T obj);

    public long getAndSet(T obj, long newValue) {
        long prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, newValue));
        return prev;
    }

    public long getAndIncrement(T obj) {
        return getAndAdd(obj, 1);
    }

    public long getAndDecrement(T obj) {
        return getAndAdd(obj, -1);
    }

    public long getAndAdd(T obj, long delta) {
        long prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, prev + delta));
        return prev;
    }

    public long incrementAndGet(T obj) {
        return getAndAdd(obj, 1) + 1;
    }

    public long decrementAndGet(T obj) {
        return getAndAdd(obj, -1) - 1;
    }

    public long addAndGet(T obj, long delta) {
        return getAndAdd(obj, delta) + delta;
    }

    public final long getAndUpdate(T obj, LongUnaryOperator updateFunction) {
        long prev;
        long next;
        do {
            prev = get(obj);
            next = updateFunction.applyAsLong(prev);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final long updateAndGet(T obj, LongUnaryOperator updateFunction) {
        long prev;
        long next;
        do {
            prev = get(obj);
            next = updateFunction.applyAsLong(prev);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    public final long getAndAccumulate(T obj, long x, LongBinaryOperator accumulatorFunction) {
        long prev;
        long next;
        do {
            prev = get(obj);
            next = accumulatorFunction.applyAsLong(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final long accumulateAndGet(T obj, long x, LongBinaryOperator accumulatorFunction) {
        long prev;
        long next;
        do {
            prev = get(obj);
            next = accumulatorFunction.applyAsLong(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    private static final class Impl<T> extends AtomicLongFieldUpdater<T> {
        private final Field field;
        private final Class<T> tclass;
        private final Class<?> cclass;

        Impl(Class<T> tclass, String fieldName) {
            Class<?> caller = jdk.internal.reflect.Reflection.getCallerClass();
            Field f = AtomicFieldUpdaterSupport.findField(tclass, fieldName, caller);
            if (f.getType() != long.class) {
                throw new IllegalArgumentException("Must be long type");
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
        public boolean compareAndSet(T obj, long expect, long update) {
            check(obj);
            synchronized (AtomicFieldUpdaterSupport.LOCK) {
                if (AtomicFieldUpdaterSupport.getLong(field, obj) != expect) {
                    return false;
                }
                AtomicFieldUpdaterSupport.setLong(field, obj, update);
                return true;
            }
        }

        @Override
        public boolean weakCompareAndSet(T obj, long expect, long update) {
            return compareAndSet(obj, expect, update);
        }

        @Override
        public void set(T obj, long newValue) {
            check(obj);
            AtomicFieldUpdaterSupport.setLong(field, obj, newValue);
        }

        @Override
        public void lazySet(T obj, long newValue) {
            set(obj, newValue);
        }

        @Override
        public long get(T obj) {
            check(obj);
            return AtomicFieldUpdaterSupport.getLong(field, obj);
        }

        @Override
        public long getAndSet(T obj, long newValue) {
            check(obj);
            synchronized (AtomicFieldUpdaterSupport.LOCK) {
                long prev = AtomicFieldUpdaterSupport.getLong(field, obj);
                AtomicFieldUpdaterSupport.setLong(field, obj, newValue);
                return prev;
            }
        }

        @Override
        public long getAndAdd(T obj, long delta) {
            check(obj);
            synchronized (AtomicFieldUpdaterSupport.LOCK) {
                long prev = AtomicFieldUpdaterSupport.getLong(field, obj);
                AtomicFieldUpdaterSupport.setLong(field, obj, prev + delta);
                return prev;
            }
        }
    }
}
