package java.time.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.Chronology;
import java.time.chrono.IsoChronology;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import static java.time.temporal.ChronoField.*;

/** The fields a parse found, and what they resolve to. */
final class Parsed implements TemporalAccessor {
    final Map<TemporalField, Long> fieldValues = new HashMap<>();
    ZoneId zone;
    Chronology chrono = IsoChronology.INSTANCE;
    private ResolverStyle resolverStyle;
    private LocalDate date;
    private LocalTime time;
    Period excessDays = Period.ZERO;

    Parsed() {
    }

    Parsed copy() {
        Parsed cloned = new Parsed();
        cloned.fieldValues.putAll(this.fieldValues);
        cloned.zone = this.zone;
        cloned.chrono = this.chrono;
        return cloned;
    }

    @Override
    public boolean isSupported(TemporalField field) {
        if (fieldValues.containsKey(field) || (date != null && date.isSupported(field))
                || (time != null && time.isSupported(field))) {
            return true;
        }
        return field != null && (!(field instanceof ChronoField)) && field.isSupportedBy(this);
    }

    @Override
    public long getLong(TemporalField field) {
        Long value = fieldValues.get(field);
        if (value != null) {
            return value;
        }
        if (date != null && date.isSupported(field)) {
            return date.getLong(field);
        }
        if (time != null && time.isSupported(field)) {
            return time.getLong(field);
        }
        if (field instanceof ChronoField) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
        return field.getFrom(this);
    }

    @SuppressWarnings("unchecked")
    @Override
    public <R> R query(TemporalQuery<R> query) {
        if (query == TemporalQueries.zoneId()) {
            return (R) zone;
        } else if (query == TemporalQueries.chronology()) {
            return (R) chrono;
        } else if (query == TemporalQueries.localDate()) {
            return (R) date;
        } else if (query == TemporalQueries.localTime()) {
            return (R) time;
        } else if (query == TemporalQueries.offset()) {
            Long offsetSecs = fieldValues.get(OFFSET_SECONDS);
            if (offsetSecs != null) {
                return (R) ZoneOffset.ofTotalSeconds(offsetSecs.intValue());
            }
            if (zone instanceof ZoneOffset) {
                return (R) zone;
            }
            return query.queryFrom(this);
        } else if (query == TemporalQueries.zone()) {
            return query.queryFrom(this);
        } else if (query == TemporalQueries.precision()) {
            return null;
        }
        return query.queryFrom(this);
    }

    TemporalAccessor resolve(ResolverStyle resolverStyle) {
        this.resolverStyle = resolverStyle;
        resolveFields();
        resolveTimeLenient();
        crossCheck();
        resolvePeriod();
        resolveFractional();
        resolveInstant();
        return this;
    }

    private void resolveFractional() {
        if (time == null && (fieldValues.containsKey(INSTANT_SECONDS) || fieldValues.containsKey(SECOND_OF_DAY)
                || fieldValues.containsKey(SECOND_OF_MINUTE))) {
            if (fieldValues.containsKey(NANO_OF_SECOND)) {
                long nos = fieldValues.get(NANO_OF_SECOND);
                fieldValues.put(MICRO_OF_SECOND, nos / 1000);
                fieldValues.put(MILLI_OF_SECOND, nos / 1000000);
            } else {
                fieldValues.put(NANO_OF_SECOND, 0L);
                fieldValues.put(MICRO_OF_SECOND, 0L);
                fieldValues.put(MILLI_OF_SECOND, 0L);
            }
        }
    }

    private void resolveFields() {
        resolveDateFields();
        resolveTimeFields();
        resolveOtherFields();
        if (fieldValues.containsKey(INSTANT_SECONDS)) {
            ZoneId z = zone;
            if (z == null && fieldValues.containsKey(OFFSET_SECONDS)) {
                z = ZoneOffset.ofTotalSeconds(fieldValues.get(OFFSET_SECONDS).intValue());
            }
            if (z != null) {
                long instant = fieldValues.get(INSTANT_SECONDS);
                long nano = fieldValues.containsKey(NANO_OF_SECOND) ? fieldValues.get(NANO_OF_SECOND) : 0;
                java.time.ZonedDateTime zdt = java.time.Instant.ofEpochSecond(instant, nano).atZone(z);
                updateCheckConflict(zdt.toLocalDate());
                updateCheckConflict(INSTANT_SECONDS, SECOND_OF_DAY, (long) zdt.toLocalTime().toSecondOfDay());
                updateCheckConflict(INSTANT_SECONDS, OFFSET_SECONDS, (long) zdt.getOffset().getTotalSeconds());
                resolveTimeFields();
            }
        }
    }

    /** Fields that are not ChronoFields (WeekFields', IsoFields') resolve themselves, as in the JDK. */
    private void resolveOtherFields() {
        if (fieldValues.isEmpty()) {
            return;
        }
        int changedCount = 0;
        outer:
        while (changedCount < 50) {
            for (Map.Entry<TemporalField, Long> entry : fieldValues.entrySet()) {
                TemporalField targetField = entry.getKey();
                TemporalAccessor resolvedObject = targetField.resolve(fieldValues, this, resolverStyle);
                if (resolvedObject != null) {
                    if (resolvedObject instanceof java.time.chrono.ChronoZonedDateTime<?> czdt) {
                        if (zone == null) {
                            zone = czdt.getZone();
                        } else if (zone.equals(czdt.getZone()) == false) {
                            throw new DateTimeException("ChronoZonedDateTime must use the effective parsed zone: " + zone);
                        }
                        resolvedObject = czdt.toLocalDateTime();
                    }
                    if (resolvedObject instanceof java.time.chrono.ChronoLocalDateTime<?> cldt) {
                        updateCheckConflict(cldt.toLocalTime());
                        updateCheckConflict(LocalDate.from(cldt.toLocalDate()));
                        changedCount++;
                        continue outer;
                    }
                    if (resolvedObject instanceof java.time.chrono.ChronoLocalDate) {
                        updateCheckConflict(LocalDate.from(resolvedObject));
                        changedCount++;
                        continue outer;
                    }
                    if (resolvedObject instanceof LocalTime) {
                        updateCheckConflict((LocalTime) resolvedObject);
                        changedCount++;
                        continue outer;
                    }
                    throw new DateTimeException("Method resolve() can only return ChronoZonedDateTime, "
                            + "ChronoLocalDateTime, ChronoLocalDate or LocalTime");
                } else if (fieldValues.containsKey(targetField) == false) {
                    changedCount++;
                    continue outer;
                }
            }
            break;
        }
        if (changedCount == 50) {
            throw new DateTimeException("One of the parsed fields has an incorrectly implemented resolve method");
        }
        if (changedCount > 0) {
            resolveDateFields();
            resolveTimeFields();
        }
    }

    private void updateCheckConflict(LocalTime resolved) {
        if (time != null) {
            if (!time.equals(resolved)) {
                throw new DateTimeException("Conflict found: Fields resolved to two different times: "
                        + time + " " + resolved);
            }
        } else {
            time = resolved;
        }
    }

    private void updateCheckConflict(TemporalField targetField, TemporalField changeField, long changeValue) {
        Long old = fieldValues.put(changeField, changeValue);
        if (old != null && old.longValue() != changeValue) {
            throw new DateTimeException("Conflict found: " + changeField + " " + old
                    + " differs from " + changeField + " " + changeValue
                    + " while resolving  " + targetField);
        }
    }

    private void updateCheckConflict(LocalDate resolved) {
        if (date != null) {
            if (!date.equals(resolved)) {
                throw new DateTimeException("Conflict found: Fields resolved to two different dates: "
                        + date + " " + resolved);
            }
        } else if (resolved != null) {
            date = resolved;
        }
    }

    private void resolveDateFields() {
        if (fieldValues.containsKey(EPOCH_DAY)) {
            updateCheckConflict(LocalDate.ofEpochDay(fieldValues.remove(EPOCH_DAY)));
            return;
        }
        if (fieldValues.containsKey(PROLEPTIC_MONTH)) {
            long pMonth = fieldValues.remove(PROLEPTIC_MONTH);
            if (resolverStyle != ResolverStyle.LENIENT) {
                PROLEPTIC_MONTH.checkValidValue(pMonth);
            }
            updateCheckConflict(PROLEPTIC_MONTH, MONTH_OF_YEAR, Math.floorMod(pMonth, 12) + 1);
            updateCheckConflict(PROLEPTIC_MONTH, YEAR, Math.floorDiv(pMonth, 12));
        }
        Long yoeLong = fieldValues.remove(YEAR_OF_ERA);
        if (yoeLong != null) {
            if (resolverStyle != ResolverStyle.LENIENT) {
                YEAR_OF_ERA.checkValidValue(yoeLong);
            }
            Long era = fieldValues.remove(ERA);
            if (era == null) {
                Long year = fieldValues.get(YEAR);
                if (resolverStyle == ResolverStyle.STRICT) {
                    if (year != null) {
                        updateCheckConflict(YEAR_OF_ERA, YEAR, (year > 0 ? yoeLong : Math.subtractExact(1, yoeLong)));
                    } else {
                        fieldValues.put(YEAR_OF_ERA, yoeLong);
                    }
                } else {
                    updateCheckConflict(YEAR_OF_ERA, YEAR, (year == null || year > 0 ? yoeLong : Math.subtractExact(1, yoeLong)));
                }
            } else if (era == 1L) {
                updateCheckConflict(YEAR_OF_ERA, YEAR, yoeLong);
            } else if (era == 0L) {
                updateCheckConflict(YEAR_OF_ERA, YEAR, Math.subtractExact(1, yoeLong));
            } else {
                throw new DateTimeException("Invalid value for era: " + era);
            }
        } else if (fieldValues.containsKey(ERA)) {
            ERA.checkValidValue(fieldValues.get(ERA));
        }
        if (fieldValues.containsKey(YEAR)) {
            if (fieldValues.containsKey(MONTH_OF_YEAR)) {
                if (fieldValues.containsKey(DAY_OF_MONTH)) {
                    updateCheckConflict(resolveYMD());
                    return;
                }
            }
            if (fieldValues.containsKey(DAY_OF_YEAR)) {
                int y = YEAR.checkValidIntValue(fieldValues.remove(YEAR));
                if (resolverStyle == ResolverStyle.LENIENT) {
                    long days = Math.subtractExact(fieldValues.remove(DAY_OF_YEAR), 1);
                    updateCheckConflict(LocalDate.ofYearDay(y, 1).plusDays(days));
                    return;
                }
                int doy = DAY_OF_YEAR.checkValidIntValue(fieldValues.remove(DAY_OF_YEAR));
                updateCheckConflict(LocalDate.ofYearDay(y, doy));
            }
        }
    }

    private LocalDate resolveYMD() {
        int y = YEAR.checkValidIntValue(fieldValues.remove(YEAR));
        if (resolverStyle == ResolverStyle.LENIENT) {
            long months = Math.subtractExact(fieldValues.remove(MONTH_OF_YEAR), 1);
            long days = Math.subtractExact(fieldValues.remove(DAY_OF_MONTH), 1);
            return LocalDate.of(y, 1, 1).plusMonths(months).plusDays(days);
        }
        int moy = MONTH_OF_YEAR.checkValidIntValue(fieldValues.remove(MONTH_OF_YEAR));
        int dom = DAY_OF_MONTH.checkValidIntValue(fieldValues.remove(DAY_OF_MONTH));
        if (resolverStyle == ResolverStyle.SMART) {
            if (moy == 4 || moy == 6 || moy == 9 || moy == 11) {
                dom = Math.min(dom, 30);
            } else if (moy == 2) {
                dom = Math.min(dom, IsoChronology.INSTANCE.isLeapYear(y) ? 29 : 28);
            }
        }
        return LocalDate.of(y, moy, dom);
    }

    private void resolveTimeFields() {
        if (fieldValues.containsKey(CLOCK_HOUR_OF_DAY)) {
            long ch = fieldValues.remove(CLOCK_HOUR_OF_DAY);
            if (resolverStyle == ResolverStyle.STRICT || (resolverStyle == ResolverStyle.SMART && ch != 0)) {
                CLOCK_HOUR_OF_DAY.checkValidValue(ch);
            }
            updateCheckConflict(CLOCK_HOUR_OF_DAY, HOUR_OF_DAY, ch == 24 ? 0 : ch);
        }
        if (fieldValues.containsKey(CLOCK_HOUR_OF_AMPM)) {
            long ch = fieldValues.remove(CLOCK_HOUR_OF_AMPM);
            if (resolverStyle == ResolverStyle.STRICT || (resolverStyle == ResolverStyle.SMART && ch != 0)) {
                CLOCK_HOUR_OF_AMPM.checkValidValue(ch);
            }
            updateCheckConflict(CLOCK_HOUR_OF_AMPM, HOUR_OF_AMPM, ch == 12 ? 0 : ch);
        }
        if (fieldValues.containsKey(AMPM_OF_DAY) && fieldValues.containsKey(HOUR_OF_AMPM)) {
            long ap = fieldValues.remove(AMPM_OF_DAY);
            long hap = fieldValues.remove(HOUR_OF_AMPM);
            if (resolverStyle == ResolverStyle.LENIENT) {
                updateCheckConflict(AMPM_OF_DAY, HOUR_OF_DAY, Math.addExact(Math.multiplyExact(ap, 12), hap));
            } else {
                AMPM_OF_DAY.checkValidValue(ap);
                HOUR_OF_AMPM.checkValidValue(hap);
                updateCheckConflict(AMPM_OF_DAY, HOUR_OF_DAY, ap * 12 + hap);
            }
        }
        if (fieldValues.containsKey(NANO_OF_DAY)) {
            long nod = fieldValues.remove(NANO_OF_DAY);
            if (resolverStyle != ResolverStyle.LENIENT) {
                NANO_OF_DAY.checkValidValue(nod);
            }
            updateCheckConflict(NANO_OF_DAY, HOUR_OF_DAY, nod / 3600_000_000_000L);
            updateCheckConflict(NANO_OF_DAY, MINUTE_OF_HOUR, (nod / 60_000_000_000L) % 60);
            updateCheckConflict(NANO_OF_DAY, SECOND_OF_MINUTE, (nod / 1_000_000_000L) % 60);
            updateCheckConflict(NANO_OF_DAY, NANO_OF_SECOND, nod % 1_000_000_000L);
        }
        if (fieldValues.containsKey(MILLI_OF_DAY)) {
            long cod = fieldValues.remove(MILLI_OF_DAY);
            if (resolverStyle != ResolverStyle.LENIENT) {
                MILLI_OF_DAY.checkValidValue(cod);
            }
            updateCheckConflict(MILLI_OF_DAY, SECOND_OF_DAY, cod / 1_000);
            updateCheckConflict(MILLI_OF_DAY, MILLI_OF_SECOND, cod % 1_000);
        }
        if (fieldValues.containsKey(SECOND_OF_DAY)) {
            long sod = fieldValues.remove(SECOND_OF_DAY);
            if (resolverStyle != ResolverStyle.LENIENT) {
                SECOND_OF_DAY.checkValidValue(sod);
            }
            updateCheckConflict(SECOND_OF_DAY, HOUR_OF_DAY, sod / 3600);
            updateCheckConflict(SECOND_OF_DAY, MINUTE_OF_HOUR, (sod / 60) % 60);
            updateCheckConflict(SECOND_OF_DAY, SECOND_OF_MINUTE, sod % 60);
        }
        if (fieldValues.containsKey(MINUTE_OF_DAY)) {
            long mod = fieldValues.remove(MINUTE_OF_DAY);
            if (resolverStyle != ResolverStyle.LENIENT) {
                MINUTE_OF_DAY.checkValidValue(mod);
            }
            updateCheckConflict(MINUTE_OF_DAY, HOUR_OF_DAY, mod / 60);
            updateCheckConflict(MINUTE_OF_DAY, MINUTE_OF_HOUR, mod % 60);
        }
        if (fieldValues.containsKey(MILLI_OF_SECOND) && !fieldValues.containsKey(NANO_OF_SECOND)) {
            long los = fieldValues.remove(MILLI_OF_SECOND);
            if (resolverStyle != ResolverStyle.LENIENT) {
                MILLI_OF_SECOND.checkValidValue(los);
            }
            updateCheckConflict(MILLI_OF_SECOND, NANO_OF_SECOND, los * 1_000_000L);
        }
    }

    private void resolveTimeLenient() {
        if (time == null && fieldValues.containsKey(HOUR_OF_DAY)) {
            if (fieldValues.containsKey(MINUTE_OF_HOUR)) {
                if (fieldValues.containsKey(SECOND_OF_MINUTE)) {
                    if (fieldValues.containsKey(NANO_OF_SECOND)) {
                        resolveTime(fieldValues.get(HOUR_OF_DAY), fieldValues.get(MINUTE_OF_HOUR),
                                fieldValues.get(SECOND_OF_MINUTE), fieldValues.get(NANO_OF_SECOND));
                        fieldValues.remove(NANO_OF_SECOND);
                    } else {
                        resolveTime(fieldValues.get(HOUR_OF_DAY), fieldValues.get(MINUTE_OF_HOUR),
                                fieldValues.get(SECOND_OF_MINUTE), 0);
                    }
                    fieldValues.remove(SECOND_OF_MINUTE);
                    fieldValues.remove(MINUTE_OF_HOUR);
                    fieldValues.remove(HOUR_OF_DAY);
                } else if (!fieldValues.containsKey(NANO_OF_SECOND)) {
                    resolveTime(fieldValues.get(HOUR_OF_DAY), fieldValues.get(MINUTE_OF_HOUR), 0, 0);
                    fieldValues.remove(MINUTE_OF_HOUR);
                    fieldValues.remove(HOUR_OF_DAY);
                }
            } else if (!fieldValues.containsKey(SECOND_OF_MINUTE) && !fieldValues.containsKey(NANO_OF_SECOND)) {
                resolveTime(fieldValues.get(HOUR_OF_DAY), 0, 0, 0);
                fieldValues.remove(HOUR_OF_DAY);
            }
        }
    }

    private void resolveTime(long hod, long moh, long som, long nos) {
        if (resolverStyle == ResolverStyle.LENIENT) {
            long totalNanos = Math.multiplyExact(hod, 3600_000_000_000L);
            totalNanos = Math.addExact(totalNanos, Math.multiplyExact(moh, 60_000_000_000L));
            totalNanos = Math.addExact(totalNanos, Math.multiplyExact(som, 1_000_000_000L));
            totalNanos = Math.addExact(totalNanos, nos);
            int excess = (int) Math.floorDiv(totalNanos, 86400_000_000_000L);
            long nod = Math.floorMod(totalNanos, 86400_000_000_000L);
            time = LocalTime.ofNanoOfDay(nod);
            excessDays = Period.ofDays(excess);
        } else {
            int mohVal = MINUTE_OF_HOUR.checkValidIntValue(moh);
            int nosVal = NANO_OF_SECOND.checkValidIntValue(nos);
            if (resolverStyle == ResolverStyle.SMART && hod == 24 && mohVal == 0 && som == 0 && nosVal == 0) {
                time = LocalTime.MIDNIGHT;
                excessDays = Period.ofDays(1);
            } else {
                int hodVal = HOUR_OF_DAY.checkValidIntValue(hod);
                int somVal = SECOND_OF_MINUTE.checkValidIntValue(som);
                time = LocalTime.of(hodVal, mohVal, somVal, nosVal);
            }
        }
    }

    private void resolvePeriod() {
        if (date != null && time != null && !excessDays.isZero()) {
            date = date.plus(excessDays);
            excessDays = Period.ZERO;
        }
    }

    private void resolveInstant() {
        if (date != null && time != null) {
            Long offsetSecs = fieldValues.get(OFFSET_SECONDS);
            if (offsetSecs != null) {
                ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetSecs.intValue());
                long instant = date.atTime(time).atOffset(offset).toEpochSecond();
                fieldValues.put(INSTANT_SECONDS, instant);
            } else if (zone != null) {
                long instant = date.atTime(time).atZone(zone).toEpochSecond();
                fieldValues.put(INSTANT_SECONDS, instant);
            }
        }
    }

    private void crossCheck() {
        if (date != null) {
            crossCheck(date);
        }
        if (time != null) {
            crossCheck(time);
        }
    }

    private void crossCheck(TemporalAccessor target) {
        for (Iterator<Map.Entry<TemporalField, Long>> it = fieldValues.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<TemporalField, Long> entry = it.next();
            TemporalField field = entry.getKey();
            if (target.isSupported(field)) {
                long val1;
                try {
                    val1 = target.getLong(field);
                } catch (RuntimeException ex) {
                    continue;
                }
                long val2 = entry.getValue();
                if (val1 != val2) {
                    throw new DateTimeException("Conflict found: Field " + field + " " + val1
                            + " differs from " + field + " " + val2 + " derived from " + target);
                }
                it.remove();
            }
        }
    }

    @Override
    public String toString() {
        StringBuilder buf = new StringBuilder(64);
        buf.append(fieldValues).append(',').append(chrono);
        if (zone != null) {
            buf.append(',').append(zone);
        }
        if (date != null || time != null) {
            buf.append(" resolved to ");
            if (date != null) {
                buf.append(date);
                if (time != null) {
                    buf.append('T').append(time);
                }
            } else {
                buf.append(time);
            }
        }
        return buf.toString();
    }
}
