package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;

/** A long value maintained by a supplied accumulator function (monitor-based in Cortado). */
public class LongAccumulator extends Number implements java.io.Serializable {
    private static final long serialVersionUID = 7249069246863182397L;

    private final LongBinaryOperator function;
    private final long identity;
    private long value;

    public LongAccumulator(LongBinaryOperator accumulatorFunction, long identity) {
        this.function = accumulatorFunction;
        this.identity = identity;
        this.value = identity;
    }

    public void accumulate(long x) {
        long prev;
        synchronized (this) {
            prev = value;
        }
        while (true) {
            long next = function.applyAsLong(prev, x);
            synchronized (this) {
                if (value == prev) {
                    value = next;
                    return;
                }
                prev = value;
            }
        }
    }

    public synchronized long get() {
        return value;
    }

    public synchronized void reset() {
        value = identity;
    }

    public synchronized long getThenReset() {
        long v = value;
        value = identity;
        return v;
    }

    @Override
    public String toString() {
        return Long.toString(get());
    }

    @Override
    public long longValue() {
        return get();
    }

    @Override
    public int intValue() {
        return (int) get();
    }

    @Override
    public float floatValue() {
        return (float) get();
    }

    @Override
    public double doubleValue() {
        return (double) get();
    }
}
