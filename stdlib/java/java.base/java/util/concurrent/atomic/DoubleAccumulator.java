package java.util.concurrent.atomic;

import java.util.function.DoubleBinaryOperator;

/** A double value maintained by a supplied accumulator function (monitor-based in Cortado). */
public class DoubleAccumulator extends Number implements java.io.Serializable {
    private static final long serialVersionUID = 7249069246863182397L;

    private final DoubleBinaryOperator function;
    private final double identity;
    private double value;

    public DoubleAccumulator(DoubleBinaryOperator accumulatorFunction, double identity) {
        this.function = accumulatorFunction;
        this.identity = identity;
        this.value = identity;
    }

    public void accumulate(double x) {
        double prev;
        synchronized (this) {
            prev = value;
        }
        while (true) {
            double next = function.applyAsDouble(prev, x);
            synchronized (this) {
                if (Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(prev)) {
                    value = next;
                    return;
                }
                prev = value;
            }
        }
    }

    public synchronized double get() {
        return value;
    }

    public synchronized void reset() {
        value = identity;
    }

    public synchronized double getThenReset() {
        double v = value;
        value = identity;
        return v;
    }

    @Override
    public String toString() {
        return Double.toString(get());
    }

    @Override
    public long longValue() {
        return (long) get();
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
        return get();
    }
}
