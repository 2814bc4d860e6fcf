package java.util.concurrent.atomic;

/** A sum of doubles, initially zero (a single monitor-guarded cell in Cortado). */
public class DoubleAdder extends Number implements java.io.Serializable {
    private static final long serialVersionUID = 7249069246863182397L;

    private double sum;

    public DoubleAdder() {}

    public synchronized void add(double x) {
        sum += x;
    }

    public synchronized double sum() {
        return sum;
    }

    public synchronized void reset() {
        sum = 0.0;
    }

    public synchronized double sumThenReset() {
        double s = sum;
        sum = 0.0;
        return s;
    }

    @Override
    public String toString() {
        return Double.toString(sum());
    }

    @Override
    public double doubleValue() {
        return sum();
    }

    @Override
    public long longValue() {
        return (long) sum();
    }

    @Override
    public int intValue() {
        return (int) sum();
    }

    @Override
    public float floatValue() {
        return (float) sum();
    }
}
