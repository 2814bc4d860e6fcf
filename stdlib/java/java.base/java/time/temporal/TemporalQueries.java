package java.time.temporal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.Chronology;

/** The common temporal queries. */
public final class TemporalQueries {
    private TemporalQueries() {
    }

    static final TemporalQuery<ZoneId> ZONE_ID = new Query<>("ZoneId", 0);
    static final TemporalQuery<Chronology> CHRONO = new Query<>("Chronology", 1);
    static final TemporalQuery<TemporalUnit> PRECISION = new Query<>("Precision", 2);
    static final TemporalQuery<ZoneOffset> OFFSET = new Query<>("ZoneOffset", 3);
    static final TemporalQuery<ZoneId> ZONE = new Query<>("Zone", 4);
    static final TemporalQuery<LocalDate> LOCAL_DATE = new Query<>("LocalDate", 5);
    static final TemporalQuery<LocalTime> LOCAL_TIME = new Query<>("LocalTime", 6);

    public static TemporalQuery<ZoneId> zoneId() {
        return ZONE_ID;
    }

    public static TemporalQuery<Chronology> chronology() {
        return CHRONO;
    }

    public static TemporalQuery<TemporalUnit> precision() {
        return PRECISION;
    }

    public static TemporalQuery<ZoneId> zone() {
        return ZONE;
    }

    public static TemporalQuery<ZoneOffset> offset() {
        return OFFSET;
    }

    public static TemporalQuery<LocalDate> localDate() {
        return LOCAL_DATE;
    }

    public static TemporalQuery<LocalTime> localTime() {
        return LOCAL_TIME;
    }

    private static final class Query<R> implements TemporalQuery<R> {
        private final String name;
        private final int kind;

        Query(String name, int kind) {
            this.name = name;
            this.kind = kind;
        }

        @SuppressWarnings("unchecked")
        @Override
        public R queryFrom(TemporalAccessor temporal) {
            switch (kind) {
                case 0:
                    return (R) temporal.query(ZONE_ID);
                case 1:
                    return (R) temporal.query(CHRONO);
                case 2:
                    return (R) temporal.query(PRECISION);
                case 3:
                    if (temporal.isSupported(ChronoField.OFFSET_SECONDS)) {
                        return (R) ZoneOffset.ofTotalSeconds(temporal.get(ChronoField.OFFSET_SECONDS));
                    }
                    return null;
                case 4: {
                    ZoneId zone = temporal.query(ZONE_ID);
                    return (R) (zone != null ? zone : temporal.query(OFFSET));
                }
                case 5:
                    if (temporal.isSupported(ChronoField.EPOCH_DAY)) {
                        return (R) LocalDate.ofEpochDay(temporal.getLong(ChronoField.EPOCH_DAY));
                    }
                    return null;
                default:
                    if (temporal.isSupported(ChronoField.NANO_OF_DAY)) {
                        return (R) LocalTime.ofNanoOfDay(temporal.getLong(ChronoField.NANO_OF_DAY));
                    }
                    return null;
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
