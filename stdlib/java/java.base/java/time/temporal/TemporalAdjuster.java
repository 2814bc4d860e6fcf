package java.time.temporal;

/** A strategy for adjusting a temporal object. */
@FunctionalInterface
public interface TemporalAdjuster {
    Temporal adjustInto(Temporal temporal);
}
