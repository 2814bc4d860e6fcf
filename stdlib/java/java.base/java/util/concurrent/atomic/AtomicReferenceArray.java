package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/** An array of object references whose elements may be updated atomically. */
public class AtomicReferenceArray<E> implements java.io.Serializable {
    private static final long serialVersionUID = -6209656149925076980L;

    private final Object[] array;

    public AtomicReferenceArray(int length) {
        array = new Object[length];
    }

    public AtomicReferenceArray(E[] array) {
        this.array = java.util.Arrays.copyOf(array, array.length, Object[].class);
    }

    public final int length() {
        return array.length;
    }

    @SuppressWarnings("unchecked")
    public final synchronized E get(int i) {
        return (E) array[i];
    }

    public final synchronized void set(int i, E newValue) {
        array[i] = newValue;
    }

    public final void lazySet(int i, E newValue) {
        set(i, newValue);
    }

    @SuppressWarnings("unchecked")
    public final synchronized E getAndSet(int i, E newValue) {
        E old = (E) array[i];
        array[i] = newValue;
        return old;
    }

    public final synchronized boolean compareAndSet(int i, E expectedValue, E newValue) {
        if (array[i] == expectedValue) {
            array[i] = newValue;
            return true;
        }
        return false;
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    @SuppressWarnings("unchecked")
    public final E getAndUpdate(int i, UnaryOperator<E> updateFunction) {
        E prev = get(i);
        while (true) {
            E next = updateFunction.apply(prev);
            synchronized (this) {
                if (array[i] == prev) {
                    array[i] = next;
                    return prev;
                }
                prev = (E) array[i];
            }
        }
    }

    @SuppressWarnings("unchecked")
    public final E updateAndGet(int i, UnaryOperator<E> updateFunction) {
        E prev = get(i);
        while (true) {
            E next = updateFunction.apply(prev);
            synchronized (this) {
                if (array[i] == prev) {
                    array[i] = next;
                    return next;
                }
                prev = (E) array[i];
            }
        }
    }

    @SuppressWarnings("unchecked")
    public final E getAndAccumulate(int i, E x, BinaryOperator<E> accumulatorFunction) {
        E prev = get(i);
        while (true) {
            E next = accumulatorFunction.apply(prev, x);
            synchronized (this) {
                if (array[i] == prev) {
                    array[i] = next;
                    return prev;
                }
                prev = (E) array[i];
            }
        }
    }

    @SuppressWarnings("unchecked")
    public final E accumulateAndGet(int i, E x, BinaryOperator<E> accumulatorFunction) {
        E prev = get(i);
        while (true) {
            E next = accumulatorFunction.apply(prev, x);
            synchronized (this) {
                if (array[i] == prev) {
                    array[i] = next;
                    return next;
                }
                prev = (E) array[i];
            }
        }
    }

    @Override
    public synchronized String toString() {
        int iMax = array.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(array[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(',').append(' ');
        }
    }

    public final E getPlain(int i) {
        return get(i);
    }

    public final void setPlain(int i, E newValue) {
        set(i, newValue);
    }

    public final E getOpaque(int i) {
        return get(i);
    }

    public final void setOpaque(int i, E newValue) {
        set(i, newValue);
    }

    public final E getAcquire(int i) {
        return get(i);
    }

    public final void setRelease(int i, E newValue) {
        set(i, newValue);
    }

    @SuppressWarnings("unchecked")
    public final synchronized E compareAndExchange(int i, E expectedValue, E newValue) {
        E old = (E) array[i];
        if (old == expectedValue) {
            array[i] = newValue;
        }
        return old;
    }

    public final E compareAndExchangeAcquire(int i, E expectedValue, E newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final E compareAndExchangeRelease(int i, E expectedValue, E newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }
}
