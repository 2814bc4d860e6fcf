package java.nio.file.attribute;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** A file's time stamp. */
public final class FileTime implements Comparable<FileTime> {
    private final TimeUnit unit;
    private final long value;
    private Instant instant;
    private String valueAsString;

    private FileTime(long value, TimeUnit unit, Instant instant) {
        this.value = value;
        this.unit = unit;
        this.instant = instant;
    }

    public static FileTime from(long value, TimeUnit unit) {
        Objects.requireNonNull(unit, "unit");
        return new FileTime(value, unit, null);
    }

    public static FileTime fromMillis(long value) {
        return new FileTime(value, TimeUnit.MILLISECONDS, null);
    }

    public static FileTime from(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return new FileTime(0, null, instant);
    }

    private static final long MAX_SECOND = 31556889864403199L;
    private static final long MIN_SECOND = -31557014167219200L;

    private static long scale(long d, long m, long over) {
        if (d > over) {
            return Long.MAX_VALUE;
        }
        if (d < -over) {
            return Long.MIN_VALUE;
        }
        return d * m;
    }

    public long to(TimeUnit unit) {
        Objects.requireNonNull(unit, "unit");
        if (this.unit != null) {
            return unit.convert(this.value, this.unit);
        }
        long secs = unit.convert(instant.getEpochSecond(), TimeUnit.SECONDS);
        if (secs == Long.MIN_VALUE || secs == Long.MAX_VALUE) {
            return secs;
        }
        long nanos = unit.convert(instant.getNano(), TimeUnit.NANOSECONDS);
        long r = secs + nanos;
        if (((secs ^ r) & (nanos ^ r)) < 0) {
            return (secs < 0) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    public long toMillis() {
        if (unit != null) {
            return unit.toMillis(value);
        }
        long secs = instant.getEpochSecond();
        int nanos = instant.getNano();
        long r = secs * 1000L;
        long ax = Math.abs(secs);
        if (((ax | 1000) >>> 31 != 0)) {
            if ((r / 1000) != secs) {
                return (secs < 0) ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
        }
        return r + nanos / 1000_000;
    }

    public Instant toInstant() {
        if (instant == null) {
            long secs = 0L;
            int nanos = 0;
            switch (unit) {
                case DAYS:
                    secs = scale(value, 86400L, Long.MAX_VALUE / 86400L);
                    break;
                case HOURS:
                    secs = scale(value, 3600L, Long.MAX_VALUE / 3600L);
                    break;
                case MINUTES:
                    secs = scale(value, 60L, Long.MAX_VALUE / 60L);
                    break;
                case SECONDS:
                    secs = value;
                    break;
                case MILLISECONDS:
                    secs = Math.floorDiv(value, 1000L);
                    nanos = (int) Math.floorMod(value, 1000L) * 1000_000;
                    break;
                case MICROSECONDS:
                    secs = Math.floorDiv(value, 1000_000L);
                    nanos = (int) Math.floorMod(value, 1000_000L) * 1000;
                    break;
                case NANOSECONDS:
                    secs = Math.floorDiv(value, 1000_000_000L);
                    nanos = (int) Math.floorMod(value, 1000_000_000L);
                    break;
                default:
                    throw new AssertionError("Unit not handled");
            }
            if (secs <= MIN_SECOND) {
                instant = Instant.MIN;
            } else if (secs >= MAX_SECOND) {
                instant = Instant.MAX;
            } else {
                instant = Instant.ofEpochSecond(secs, nanos);
            }
        }
        return instant;
    }

    @Override
    public boolean equals(Object obj) {
        return (obj instanceof FileTime) ? compareTo((FileTime) obj) == 0 : false;
    }

    @Override
    public int hashCode() {
        return toInstant().hashCode();
    }

    @Override
    public int compareTo(FileTime other) {
        if (unit != null && unit == other.unit) {
            return Long.compare(value, other.value);
        }
        return toInstant().compareTo(other.toInstant());
    }

    private static final long SECONDS_PER_10000_YEARS = 146097L * 25L * 86400L;
    private static final long SECONDS_0000_TO_1970 = ((146097L * 5L) - (30L * 365L + 7L)) * 86400L;

    private static void append(StringBuilder sb, int w, int d) {
        while (w > 0) {
            sb.append((char) (d / w + '0'));
            d = d % w;
            w /= 10;
        }
    }

    @Override
    public String toString() {
        if (valueAsString == null) {
            long secs = 0L;
            int nanos = 0;
            if (instant == null && unit.compareTo(TimeUnit.SECONDS) >= 0) {
                secs = unit.toSeconds(value);
            } else {
                secs = toInstant().getEpochSecond();
                nanos = toInstant().getNano();
            }
            LocalDateTime ldt;
            int year = 0;
            if (secs >= -SECONDS_0000_TO_1970) {
                long zeroSecs = secs - SECONDS_PER_10000_YEARS + SECONDS_0000_TO_1970;
                long hi = Math.floorDiv(zeroSecs, SECONDS_PER_10000_YEARS) + 1;
                long lo = Math.floorMod(zeroSecs, SECONDS_PER_10000_YEARS);
                ldt = LocalDateTime.ofEpochSecond(lo - SECONDS_0000_TO_1970, nanos, ZoneOffset.UTC);
                year = ldt.getYear() + (int) hi * 10000;
            } else {
                long zeroSecs = secs + SECONDS_0000_TO_1970;
                long hi = zeroSecs / SECONDS_PER_10000_YEARS;
                long lo = zeroSecs % SECONDS_PER_10000_YEARS;
                ldt = LocalDateTime.ofEpochSecond(lo - SECONDS_0000_TO_1970, nanos, ZoneOffset.UTC);
                year = ldt.getYear() + (int) hi * 10000;
            }
            if (year <= 0) {
                year = year - 1;
            }
            int fraction = ldt.getNano();
            StringBuilder sb = new StringBuilder(64);
            sb.append(year < 0 ? "-" : "");
            year = Math.abs(year);
            if (year < 10000) {
                append(sb, 1000, Math.abs(year));
            } else {
                sb.append(String.valueOf(year));
            }
            sb.append('-');
            append(sb, 10, ldt.getMonthValue());
            sb.append('-');
            append(sb, 10, ldt.getDayOfMonth());
            sb.append('T');
            append(sb, 10, ldt.getHour());
            sb.append(':');
            append(sb, 10, ldt.getMinute());
            sb.append(':');
            append(sb, 10, ldt.getSecond());
            if (fraction != 0) {
                sb.append('.');
                int w = 100_000_000;
                while (fraction % 10 == 0) {
                    fraction /= 10;
                    w /= 10;
                }
                append(sb, w, fraction);
            }
            sb.append('Z');
            valueAsString = sb.toString();
        }
        return valueAsString;
    }
}
