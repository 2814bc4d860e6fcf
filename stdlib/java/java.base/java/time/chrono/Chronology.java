package java.time.chrono;

import java.time.DateTimeException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;

/** A calendar system. Cortado has only the ISO calendar system. */
public interface Chronology extends Comparable<Chronology> {
    static Chronology from(TemporalAccessor temporal) {
        Chronology obj = temporal.query(TemporalQueries.chronology());
        return obj != null ? obj : IsoChronology.INSTANCE;
    }

    static Chronology of(String id) {
        if ("ISO".equals(id) || "iso8601".equals(id)) {
            return IsoChronology.INSTANCE;
        }
        throw new DateTimeException("Unknown chronology: " + id);
    }

    String getId();

    String getCalendarType();

    ChronoLocalDate date(int prolepticYear, int month, int dayOfMonth);

    ChronoLocalDate dateEpochDay(long epochDay);

    ChronoLocalDate date(TemporalAccessor temporal);

    boolean isLeapYear(long prolepticYear);

    @Override
    default int compareTo(Chronology other) {
        return getId().compareTo(other.getId());
    }
}
