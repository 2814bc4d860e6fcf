package java.util.concurrent.atomic;

/** A sum of longs, initially zero (a single monitor-guarded cell in Cortado). */
public class LongAdder extends Number implements java.io.Serializable {
    private static final long serialVersionUID = 7249069246863182397L;

    private long sum;

    public LongAdder() {}

    public synchronized void add(long x) {
        sum += x;
    }

    public void increment() {
        add(1L);
    }

    public void decrement() {
        add(-1L);
    }

    public synchronized long sum() {
        return sum;
    }

    public synchronized void reset() {
        sum = 0L;
    }

    public synchronized long sumThenReset() {
        long s = sum;
        sum = 0L;
        return s;
    }

    @Override
    public String toString() {
        return Long.toString(sum());
    }

    @Override
    public long longValue() {
        return sum();
    }

    @Override
    public int intValue() {
        return (int) sum();
    }

    @Override
    public float floatValue() {
        return (float) sum();
    }

    @Override
    public double doubleValue() {
        return (double) sum();
    }
}
