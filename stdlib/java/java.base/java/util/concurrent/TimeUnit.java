package java.util.concurrent;

/** A unit of time at a given granularity, with conversions and timed blocking helpers. */
public enum TimeUnit {
    NANOSECONDS(1L),
    MICROSECONDS(1000L),
    MILLISECONDS(1000L * 1000L),
    SECONDS(1000L * 1000L * 1000L),
    MINUTES(60L * 1000L * 1000L * 1000L),
    HOURS(60L * 60L * 1000L * 1000L * 1000L),
    DAYS(24L * 60L * 60L * 1000L * 1000L * 1000L);

    /** Length of one unit in nanoseconds. */
    private final long nanos;

    TimeUnit(long nanos) {
        this.nanos = nanos;
    }

    /** Converts d units of srcNanos each into units of dstNanos each, saturating. */
    private static long scale(long d, long srcNanos, long dstNanos) {
        if (srcNanos == dstNanos) {
            return d;
        }
        if (srcNanos < dstNanos) {
            return d / (dstNanos / srcNanos);
        }
        long ratio = srcNanos / dstNanos;
        long limit = Long.MAX_VALUE / ratio;
        if (d > limit) {
            return Long.MAX_VALUE;
        }
        if (d < -limit) {
            return Long.MIN_VALUE;
        }
        return d * ratio;
    }

    public long convert(long sourceDuration, TimeUnit sourceUnit) {
        return scale(sourceDuration, sourceUnit.nanos, nanos);
    }

    public long convert(java.time.Duration duration) {
        long secs = duration.getSeconds();
        int nano = duration.getNano();
        if (secs < 0 && nano > 0) {
            secs++;
            nano -= 1_000_000_000;
        }
        if (nanos >= 1_000_000_000L) {
            return secs / (nanos / 1_000_000_000L);
        }
        long perSecond = 1_000_000_000L / nanos;
        try {
            return Math.addExact(Math.multiplyExact(secs, perSecond), nano / nanos);
        } catch (ArithmeticException overflow) {
            return secs > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    public java.time.temporal.ChronoUnit toChronoUnit() {
        switch (this) {
            case NANOSECONDS: return java.time.temporal.ChronoUnit.NANOS;
            case MICROSECONDS: return java.time.temporal.ChronoUnit.MICROS;
            case MILLISECONDS: return java.time.temporal.ChronoUnit.MILLIS;
            case SECONDS: return java.time.temporal.ChronoUnit.SECONDS;
            case MINUTES: return java.time.temporal.ChronoUnit.MINUTES;
            case HOURS: return java.time.temporal.ChronoUnit.HOURS;
            default: return java.time.temporal.ChronoUnit.DAYS;
        }
    }

    public static TimeUnit of(java.time.temporal.ChronoUnit chronoUnit) {
        switch (java.util.Objects.requireNonNull(chronoUnit, "chronoUnit")) {
            case NANOS: return NANOSECONDS;
            case MICROS: return MICROSECONDS;
            case MILLIS: return MILLISECONDS;
            case SECONDS: return SECONDS;
            case MINUTES: return MINUTES;
            case HOURS: return HOURS;
            case DAYS: return DAYS;
            default: throw new IllegalArgumentException("No TimeUnit equivalent for " + chronoUnit);
        }
    }

    public long toNanos(long duration) {
        return scale(duration, nanos, NANOSECONDS.nanos);
    }

    public long toMicros(long duration) {
        return scale(duration, nanos, MICROSECONDS.nanos);
    }

    public long toMillis(long duration) {
        return scale(duration, nanos, MILLISECONDS.nanos);
    }

    public long toSeconds(long duration) {
        return scale(duration, nanos, SECONDS.nanos);
    }

    public long toMinutes(long duration) {
        return scale(duration, nanos, MINUTES.nanos);
    }

    public long toHours(long duration) {
        return scale(duration, nanos, HOURS.nanos);
    }

    public long toDays(long duration) {
        return scale(duration, nanos, DAYS.nanos);
    }

    /** The nanoseconds left over after converting duration to whole milliseconds ms. */
    private int excessNanos(long duration, long ms) {
        if (this == NANOSECONDS) {
            return (int) (duration - ms * 1000000L);
        }
        if (this == MICROSECONDS) {
            return (int) (duration * 1000L - ms * 1000000L);
        }
        return 0;
    }

    public void timedWait(Object obj, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            obj.wait(ms, excessNanos(timeout, ms));
        }
    }

    public void timedJoin(Thread thread, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            thread.join(ms, excessNanos(timeout, ms)); // hotspot-line: 428
        }
    }

    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            Thread.sleep(ms, excessNanos(timeout, ms)); // hotspot-line: 446
        }
    }
}
