package sun.util.calendar;

import java.util.Date;
import java.util.TimeZone;

/**
 * A zone (the class the JDK's TimeZone.getTimeZone returns): a fixed offset, or a tz database
 * region with the rules of java.time (the current rules of every year).
 */
public class ZoneInfo extends TimeZone {
    private static final long serialVersionUID = 2653134537216586139L;

    private int rawOffset;
    /** The rules of a region, or null for a fixed offset. */
    private transient java.time.zone.ZoneRules rules;

    /** The region whose names the zone has (only standard-time names when it has no rules), or null. */
    private String nameRegion;

    public ZoneInfo(String id, int rawOffset) {
        setID(id);
        this.rawOffset = rawOffset;
    }

    /** A fixed-offset zone with the standard-time names of a region (the old IDs EST, MST, HST). */
    public ZoneInfo(String id, int rawOffset, String nameRegion) {
        this(id, rawOffset);
        this.nameRegion = nameRegion;
    }

    /** A region zone with the rules of the java.time region {@code regionId}. */
    public ZoneInfo(String id, String regionId) {
        setID(id);
        this.nameRegion = regionId;
        this.rules = java.time.ZoneId.of(regionId).getRules();
        this.rawOffset = rules.getStandardOffset(java.time.Instant.MAX).getTotalSeconds() * 1000;
    }

    public int getOffset(int era, int year, int month, int day, int dayOfWeek, int millis) {
        if (rules == null) {
            return rawOffset;
        }
        if (era == java.util.GregorianCalendar.BC) {
            year = 1 - year;
        }
        java.time.LocalDateTime local = java.time.LocalDate.of(year, month + 1, day).atStartOfDay()
                .plusNanos(millis * 1_000_000L);
        return rules.getOffset(local.minusSeconds(rawOffset / 1000)
                .toInstant(java.time.ZoneOffset.UTC)).getTotalSeconds() * 1000;
    }

    @Override
    public int getOffset(long date) {
        if (rules == null) {
            return rawOffset;
        }
        return rules.getOffset(java.time.Instant.ofEpochMilli(date)).getTotalSeconds() * 1000;
    }

    @Override
    public String getDisplayName(boolean daylight, int style, java.util.Locale locale) {
        if (nameRegion != null) {
            if (style != SHORT && style != LONG) {
                throw new IllegalArgumentException("Illegal style: " + style);
            }
            String name = jdk.internal.util.ZoneData.zoneText(nameRegion, daylight && rules != null, style == LONG);
            if (name != null) {
                return name;
            }
        }
        return super.getDisplayName(daylight, style, locale);
    }

    public void setRawOffset(int offsetMillis) {
        rawOffset = offsetMillis;
    }

    public int getRawOffset() {
        return rawOffset;
    }

    public boolean useDaylightTime() {
        return rules != null && !rules.getTransitionRules().isEmpty();
    }

    public boolean inDaylightTime(Date date) {
        if (date == null) {
            throw new NullPointerException();
        }
        return rules != null && rules.isDaylightSavings(java.time.Instant.ofEpochMilli(date.getTime()));
    }

    @Override
    public int getDSTSavings() {
        if (!useDaylightTime()) {
            return 0;
        }
        int savings = 0;
        for (java.time.zone.ZoneOffsetTransitionRule r : rules.getTransitionRules()) {
            savings = Math.max(savings, r.getOffsetAfter().getTotalSeconds() - r.getStandardOffset().getTotalSeconds());
        }
        return savings * 1000;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ZoneInfo)) {
            return false;
        }
        ZoneInfo that = (ZoneInfo) obj;
        return getID().equals(that.getID()) && rawOffset == that.rawOffset
                && java.util.Objects.equals(rules, that.rules);
    }

    @Override
    public int hashCode() {
        return rawOffset;
    }

    @Override
    public String toString() {
        return getClass().getName() + "[id=\"" + getID() + "\",offset=" + rawOffset
                + ",dstSavings=" + getDSTSavings() + ",useDaylight=" + useDaylightTime()
                + ",transitions=0,lastRule=null]";
    }
}
