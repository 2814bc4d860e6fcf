package java.time.zone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a time-zone: a standard offset and, for zones with daylight saving time, yearly
 * transition rules. Cortado keeps no historic transitions: the yearly rules (the current ones of
 * the tz database) apply to every year.
 */
public final class ZoneRules implements java.io.Serializable {
    private static final long serialVersionUID = 3044319355680032515L;

    private final ZoneOffset offset;
    private final ZoneOffsetTransitionRule[] lastRules;
    /** Whether the zone had other offsets in the past (its historic transitions are not kept). */
    private final boolean historic;

    private ZoneRules(ZoneOffset offset, ZoneOffsetTransitionRule[] lastRules, boolean historic) {
        this.offset = offset;
        this.lastRules = lastRules;
        this.historic = historic;
    }

    public static ZoneRules of(ZoneOffset offset) {
        Objects.requireNonNull(offset, "offset");
        return new ZoneRules(offset, new ZoneOffsetTransitionRule[0], false);
    }

    /** Only the base standard offset and the yearly rules are kept (the historic lists are ignored). */
    public static ZoneRules of(ZoneOffset baseStandardOffset, ZoneOffset baseWallOffset,
            List<ZoneOffsetTransition> standardOffsetTransitionList, List<ZoneOffsetTransition> transitionList,
            List<ZoneOffsetTransitionRule> lastRules) {
        Objects.requireNonNull(baseStandardOffset, "baseStandardOffset");
        Objects.requireNonNull(baseWallOffset, "baseWallOffset");
        Objects.requireNonNull(lastRules, "lastRules");
        boolean historic = !transitionList.isEmpty() || !standardOffsetTransitionList.isEmpty();
        if (lastRules.isEmpty()) {
            return new ZoneRules(baseWallOffset, new ZoneOffsetTransitionRule[0], historic);
        }
        return new ZoneRules(baseStandardOffset, lastRules.toArray(new ZoneOffsetTransitionRule[0]), historic);
    }

    public boolean isFixedOffset() {
        return lastRules.length == 0 && !historic;
    }

    private static int yearOf(long epochSecond, ZoneOffset offset) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, offset).getYear();
    }

    /** The transitions of the years around {@code year}, in time order. */
    private List<ZoneOffsetTransition> transitionsAround(int year) {
        List<ZoneOffsetTransition> list = new ArrayList<>();
        for (int y = year - 1; y <= year + 1; y++) {
            for (ZoneOffsetTransitionRule rule : lastRules) {
                list.add(rule.createTransition(y));
            }
        }
        Collections.sort(list);
        return list;
    }

    private ZoneOffset offsetAt(long epochSecond) {
        if (lastRules.length == 0) {
            return offset;
        }
        ZoneOffset result = lastRules[0].getOffsetBefore();
        for (ZoneOffsetTransition t : transitionsAround(yearOf(epochSecond, offset))) {
            if (t.toEpochSecond() <= epochSecond) {
                result = t.getOffsetAfter();
            } else {
                break;
            }
        }
        return result;
    }

    public ZoneOffset getOffset(Instant instant) {
        return offsetAt(instant.getEpochSecond());
    }

    public ZoneOffset getOffset(LocalDateTime localDateTime) {
        List<ZoneOffset> valid = getValidOffsets(localDateTime);
        if (valid.size() == 1) {
            return valid.get(0);
        }
        ZoneOffsetTransition t = getTransition(localDateTime);
        return t.getOffsetBefore();
    }

    public List<ZoneOffset> getValidOffsets(LocalDateTime localDateTime) {
        if (lastRules.length == 0) {
            return Collections.singletonList(offset);
        }
        ZoneOffsetTransition t = getTransition(localDateTime);
        if (t != null) {
            return t.getValidOffsets();
        }
        ZoneOffset a = lastRules[0].getOffsetBefore();
        return Collections.singletonList(localOffsetMatches(localDateTime, a) ? a : lastRules[0].getOffsetAfter());
    }

    private boolean localOffsetMatches(LocalDateTime localDateTime, ZoneOffset candidate) {
        return offsetAt(localDateTime.toEpochSecond(candidate)).equals(candidate);
    }

    /** The gap or overlap that the local date-time falls in, or null. */
    public ZoneOffsetTransition getTransition(LocalDateTime localDateTime) {
        if (lastRules.length == 0) {
            return null;
        }
        for (ZoneOffsetTransition t : transitionsAround(localDateTime.getYear())) {
            LocalDateTime before = t.getDateTimeBefore();
            LocalDateTime after = t.getDateTimeAfter();
            LocalDateTime start = t.isGap() ? before : after;
            LocalDateTime end = t.isGap() ? after : before;
            if (!localDateTime.isBefore(start) && localDateTime.isBefore(end)) {
                return t;
            }
        }
        return null;
    }

    public ZoneOffset getStandardOffset(Instant instant) {
        return lastRules.length == 0 ? offset : lastRules[0].getStandardOffset();
    }

    public Duration getDaylightSavings(Instant instant) {
        if (lastRules.length == 0) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds(getOffset(instant).getTotalSeconds() - getStandardOffset(instant).getTotalSeconds());
    }

    public boolean isDaylightSavings(Instant instant) {
        return !getStandardOffset(instant).equals(getOffset(instant));
    }

    public boolean isValidOffset(LocalDateTime localDateTime, ZoneOffset offset) {
        return getValidOffsets(localDateTime).contains(offset);
    }

    public ZoneOffsetTransition nextTransition(Instant instant) {
        if (lastRules.length == 0) {
            return null;
        }
        long s = instant.getEpochSecond();
        int year = yearOf(s, offset);
        for (int y = year; y <= year + 2; y++) {
            for (ZoneOffsetTransition t : transitionsAround(y)) {
                if (t.toEpochSecond() > s) {
                    return t;
                }
            }
        }
        return null;
    }

    public ZoneOffsetTransition previousTransition(Instant instant) {
        if (lastRules.length == 0) {
            return null;
        }
        long s = instant.getEpochSecond();
        if (instant.getNano() > 0) {
            s++;
        }
        List<ZoneOffsetTransition> list = transitionsAround(yearOf(s, offset));
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).toEpochSecond() < s) {
                return list.get(i);
            }
        }
        return null;
    }

    public List<ZoneOffsetTransition> getTransitions() {
        return Collections.emptyList();
    }

    public List<ZoneOffsetTransitionRule> getTransitionRules() {
        return List.of(lastRules);
    }

    @Override
    public boolean equals(Object otherRules) {
        if (this == otherRules) {
            return true;
        }
        return otherRules instanceof ZoneRules other && offset.equals(other.offset)
                && java.util.Arrays.equals(lastRules, other.lastRules);
    }

    @Override
    public int hashCode() {
        if (lastRules.length == 0) {
            return offset.hashCode() ^ 1 ^ 1 ^ 1;
        }
        return offset.hashCode() ^ java.util.Arrays.hashCode(lastRules);
    }

    @Override
    public String toString() {
        return "ZoneRules[currentStandardOffset=" + offset + "]";
    }
}
