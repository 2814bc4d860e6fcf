package java.time.zone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a time-zone: its history (the instants at which the standard offset changed and
 * the instants at which the wall offset changed, with the offsets before the first and after
 * each) and the yearly rules that give the transitions of the years after the last one of the
 * history.
 */
public final class ZoneRules implements java.io.Serializable {
    private static final long serialVersionUID = 3044319355680032515L;

    private static final ZoneOffsetTransitionRule[] NO_RULES = new ZoneOffsetTransitionRule[0];
    private static final long[] NO_TIMES = new long[0];

    /** Epoch seconds of the standard-offset changes; standardOffsets has one more element (the base first). */
    private final long[] standardTransitions;
    private final ZoneOffset[] standardOffsets;
    /** Epoch seconds of the wall-offset changes; wallOffsets has one more element (the base first). */
    private final long[] wallTransitions;
    private final ZoneOffset[] wallOffsets;
    private final ZoneOffsetTransitionRule[] lastRules;
    /**
     * For each wall transition, the local date-times that bound its gap or overlap, the earlier
     * first (so that the array is ascending); built on first use.
     */
    private transient LocalDateTime[] localBounds;
    /** Transitions of the years after the history, by year; filled on use. */
    private transient java.util.concurrent.ConcurrentHashMap<Integer, ZoneOffsetTransition[]> yearCache;

    private ZoneRules(long[] standardTransitions, ZoneOffset[] standardOffsets, long[] wallTransitions,
            ZoneOffset[] wallOffsets, ZoneOffsetTransitionRule[] lastRules) {
        this.standardTransitions = standardTransitions;
        this.standardOffsets = standardOffsets;
        this.wallTransitions = wallTransitions;
        this.wallOffsets = wallOffsets;
        this.lastRules = lastRules;
    }

    public static ZoneRules of(ZoneOffset offset) {
        Objects.requireNonNull(offset, "offset");
        return new ZoneRules(NO_TIMES, new ZoneOffset[] {offset}, NO_TIMES, new ZoneOffset[] {offset}, NO_RULES);
    }

    public static ZoneRules of(ZoneOffset baseStandardOffset, ZoneOffset baseWallOffset,
            List<ZoneOffsetTransition> standardOffsetTransitionList, List<ZoneOffsetTransition> transitionList,
            List<ZoneOffsetTransitionRule> lastRules) {
        Objects.requireNonNull(baseStandardOffset, "baseStandardOffset");
        Objects.requireNonNull(baseWallOffset, "baseWallOffset");
        Objects.requireNonNull(standardOffsetTransitionList, "standardOffsetTransitionList");
        Objects.requireNonNull(transitionList, "transitionList");
        Objects.requireNonNull(lastRules, "lastRules");
        long[] st = new long[standardOffsetTransitionList.size()];
        ZoneOffset[] so = new ZoneOffset[st.length + 1];
        so[0] = baseStandardOffset;
        for (int i = 0; i < st.length; i++) {
            ZoneOffsetTransition t = standardOffsetTransitionList.get(i);
            st[i] = t.toEpochSecond();
            so[i + 1] = t.getOffsetAfter();
        }
        long[] wt = new long[transitionList.size()];
        ZoneOffset[] wo = new ZoneOffset[wt.length + 1];
        wo[0] = baseWallOffset;
        for (int i = 0; i < wt.length; i++) {
            ZoneOffsetTransition t = transitionList.get(i);
            wt[i] = t.toEpochSecond();
            wo[i + 1] = t.getOffsetAfter();
        }
        ZoneOffsetTransitionRule[] rules = lastRules.toArray(new ZoneOffsetTransitionRule[0]);
        for (ZoneOffsetTransitionRule r : rules) {
            Objects.requireNonNull(r);
        }
        if (rules.length > 16) {
            throw new IllegalArgumentException("Too many transition rules");
        }
        return new ZoneRules(st, so, wt, wo, rules);
    }

    public boolean isFixedOffset() {
        return standardOffsets[0].equals(wallOffsets[0]) && standardTransitions.length == 0
                && wallTransitions.length == 0 && lastRules.length == 0;
    }

    /** How many elements of the ascending array are at most {@code value}. */
    private static int countUpTo(long[] times, long value) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int yearOf(long epochSecond, ZoneOffset offset) {
        long localDay = Math.floorDiv(epochSecond + offset.getTotalSeconds(), 86400L);
        return LocalDate.ofEpochDay(localDay).getYear();
    }

    /** The transitions the yearly rules give for {@code year}. */
    private ZoneOffsetTransition[] transitionsOf(int year) {
        java.util.concurrent.ConcurrentHashMap<Integer, ZoneOffsetTransition[]> cache = yearCache;
        if (cache == null) {
            cache = new java.util.concurrent.ConcurrentHashMap<>();
            yearCache = cache;
        }
        Integer key = year;
        ZoneOffsetTransition[] result = cache.get(key);
        if (result == null) {
            result = new ZoneOffsetTransition[lastRules.length];
            for (int i = 0; i < lastRules.length; i++) {
                result[i] = lastRules[i].createTransition(year);
            }
            cache.put(key, result);
        }
        return result;
    }

    private ZoneOffsetTransition historic(int i) {
        return new ZoneOffsetTransition(wallTransitions[i], wallOffsets[i], wallOffsets[i + 1]);
    }

    private long lastTransition() {
        return wallTransitions[wallTransitions.length - 1];
    }

    private ZoneOffset lastWallOffset() {
        return wallOffsets[wallOffsets.length - 1];
    }

    public ZoneOffset getOffset(Instant instant) {
        if (wallTransitions.length == 0) {
            return wallOffsets[0];
        }
        long s = instant.getEpochSecond();
        if (lastRules.length > 0 && s > lastTransition()) {
            ZoneOffsetTransition[] year = transitionsOf(yearOf(s, lastWallOffset()));
            for (ZoneOffsetTransition t : year) {
                if (s < t.toEpochSecond()) {
                    return t.getOffsetBefore();
                }
            }
            return year[year.length - 1].getOffsetAfter();
        }
        return wallOffsets[countUpTo(wallTransitions, s)];
    }

    private LocalDateTime[] localBounds() {
        LocalDateTime[] b = localBounds;
        if (b == null) {
            b = new LocalDateTime[wallTransitions.length * 2];
            for (int i = 0; i < wallTransitions.length; i++) {
                LocalDateTime before = LocalDateTime.ofEpochSecond(wallTransitions[i], 0, wallOffsets[i]);
                LocalDateTime after = LocalDateTime.ofEpochSecond(wallTransitions[i], 0, wallOffsets[i + 1]);
                boolean gap = wallOffsets[i + 1].getTotalSeconds() > wallOffsets[i].getTotalSeconds();
                b[2 * i] = gap ? before : after;
                b[2 * i + 1] = gap ? after : before;
            }
            localBounds = b;
        }
        return b;
    }

    /** The offset of a local date-time, or the transition whose gap or overlap holds it. */
    private Object offsetInfo(LocalDateTime dt) {
        if (wallTransitions.length == 0) {
            return wallOffsets[0];
        }
        LocalDateTime[] bounds = localBounds();
        if (lastRules.length > 0 && dt.isAfter(bounds[bounds.length - 1])) {
            Object info = null;
            for (ZoneOffsetTransition t : transitionsOf(dt.getYear())) {
                info = offsetInfo(dt, t);
                if (info instanceof ZoneOffsetTransition || info.equals(t.getOffsetBefore())) {
                    return info;
                }
            }
            return info;
        }
        // how many bounds are at most dt: odd means inside the gap or overlap of transition n / 2
        int lo = 0;
        int hi = bounds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bounds[mid].compareTo(dt) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if ((lo & 1) == 1) {
            return historic(lo / 2);
        }
        return wallOffsets[lo / 2];
    }

    private static Object offsetInfo(LocalDateTime dt, ZoneOffsetTransition t) {
        LocalDateTime before = t.getDateTimeBefore();
        LocalDateTime after = t.getDateTimeAfter();
        if (t.isGap()) {
            if (dt.isBefore(before)) {
                return t.getOffsetBefore();
            }
            return dt.isBefore(after) ? t : t.getOffsetAfter();
        }
        if (!dt.isBefore(before)) {
            return t.getOffsetAfter();
        }
        return dt.isBefore(after) ? t.getOffsetBefore() : t;
    }

    public ZoneOffset getOffset(LocalDateTime localDateTime) {
        Object info = offsetInfo(localDateTime);
        if (info instanceof ZoneOffsetTransition t) {
            return t.getOffsetBefore();
        }
        return (ZoneOffset) info;
    }

    public List<ZoneOffset> getValidOffsets(LocalDateTime localDateTime) {
        Object info = offsetInfo(localDateTime);
        if (info instanceof ZoneOffsetTransition t) {
            return t.getValidOffsets();
        }
        return Collections.singletonList((ZoneOffset) info);
    }

    /** The gap or overlap that the local date-time falls in, or null. */
    public ZoneOffsetTransition getTransition(LocalDateTime localDateTime) {
        Object info = offsetInfo(localDateTime);
        return info instanceof ZoneOffsetTransition t ? t : null;
    }

    public boolean isValidOffset(LocalDateTime localDateTime, ZoneOffset offset) {
        Object info = offsetInfo(localDateTime);
        if (info instanceof ZoneOffsetTransition t) {
            return t.isValidOffset(offset);
        }
        return info.equals(offset);
    }

    public ZoneOffset getStandardOffset(Instant instant) {
        if (standardTransitions.length == 0) {
            return standardOffsets[0];
        }
        return standardOffsets[countUpTo(standardTransitions, instant.getEpochSecond())];
    }

    public Duration getDaylightSavings(Instant instant) {
        if (isFixedOffset()) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds(getOffset(instant).getTotalSeconds() - getStandardOffset(instant).getTotalSeconds());
    }

    public boolean isDaylightSavings(Instant instant) {
        return !getStandardOffset(instant).equals(getOffset(instant));
    }

    public ZoneOffsetTransition nextTransition(Instant instant) {
        if (wallTransitions.length == 0) {
            return null;
        }
        long s = instant.getEpochSecond();
        if (s >= lastTransition()) {
            if (lastRules.length == 0) {
                return null;
            }
            int year = yearOf(s, lastWallOffset());
            for (ZoneOffsetTransition t : transitionsOf(year)) {
                if (s < t.toEpochSecond()) {
                    return t;
                }
            }
            if (year < Year.MAX_VALUE) {
                return transitionsOf(year + 1)[0];
            }
            return null;
        }
        return historic(countUpTo(wallTransitions, s));
    }

    public ZoneOffsetTransition previousTransition(Instant instant) {
        if (wallTransitions.length == 0) {
            return null;
        }
        long s = instant.getEpochSecond();
        if (instant.getNano() > 0 && s < Long.MAX_VALUE) {
            s++;
        }
        long last = lastTransition();
        if (lastRules.length > 0 && s > last) {
            ZoneOffset wall = lastWallOffset();
            int year = yearOf(s, wall);
            ZoneOffsetTransition[] ts = transitionsOf(year);
            for (int i = ts.length - 1; i >= 0; i--) {
                if (s > ts[i].toEpochSecond()) {
                    return ts[i];
                }
            }
            if (year - 1 > yearOf(last, wall)) {
                ts = transitionsOf(year - 1);
                return ts[ts.length - 1];
            }
        }
        // the last historic transition strictly before s
        int k = countUpTo(wallTransitions, s - 1);
        return k == 0 ? null : historic(k - 1);
    }

    public List<ZoneOffsetTransition> getTransitions() {
        List<ZoneOffsetTransition> list = new ArrayList<>(wallTransitions.length);
        for (int i = 0; i < wallTransitions.length; i++) {
            list.add(historic(i));
        }
        return Collections.unmodifiableList(list);
    }

    public List<ZoneOffsetTransitionRule> getTransitionRules() {
        return List.of(lastRules);
    }

    @Override
    public boolean equals(Object otherRules) {
        if (this == otherRules) {
            return true;
        }
        return otherRules instanceof ZoneRules other
                && Arrays.equals(standardTransitions, other.standardTransitions)
                && Arrays.equals(standardOffsets, other.standardOffsets)
                && Arrays.equals(wallTransitions, other.wallTransitions)
                && Arrays.equals(wallOffsets, other.wallOffsets)
                && Arrays.equals(lastRules, other.lastRules);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(standardTransitions) ^ Arrays.hashCode(standardOffsets)
                ^ Arrays.hashCode(wallTransitions) ^ Arrays.hashCode(wallOffsets) ^ Arrays.hashCode(lastRules);
    }

    @Override
    public String toString() {
        return "ZoneRules[currentStandardOffset=" + standardOffsets[standardOffsets.length - 1] + "]";
    }
}
