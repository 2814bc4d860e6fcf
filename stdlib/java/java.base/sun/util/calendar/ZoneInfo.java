package sun.util.calendar;

import java.util.Date;
import java.util.TimeZone;

/**
 * A zone (the class the JDK's TimeZone.getTimeZone returns): a fixed offset, or a tz database
 * region with the history and rules of java.time, seen as the JDK's ZoneInfo sees them (a table
 * of transitions from 1900 to 2037; see buildTable).
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
        buildTable(regionId);
    }

    // The JDK's TimeZone view of a region's history (what HotSpot's ZoneInfo gives): a table of
    // transitions from 1900 to 2037 (the first entry at 1900-01-01T00:00Z with the offsets then in
    // effect; before it, the current raw offset and no daylight time), filled up to 2037 with the
    // yearly rules; after the table, the yearly rules (or, without them, the last entry).
    private static final long UTC1900 = -2208988800L;
    private static final long UTC2037 = 2145916799L;
    private static final int LAST_YEAR = 2037;
    private static final long LDT2037 = 2114380800L;

    /** Entry times (epoch milliseconds), wall offsets and daylight savings (milliseconds); null if none. */
    private transient long[] tableTimes;
    private transient int[] tableWall;
    private transient int[] tableDst;
    private transient int tableSize;

    private void add(long epochSecond, long wall, long standard) {
        if (tableSize == tableTimes.length) {
            tableTimes = java.util.Arrays.copyOf(tableTimes, tableSize * 2);
            tableWall = java.util.Arrays.copyOf(tableWall, tableSize * 2);
            tableDst = java.util.Arrays.copyOf(tableDst, tableSize * 2);
        }
        tableTimes[tableSize] = epochSecond * 1000;
        tableWall[tableSize] = (int) wall * 1000;
        tableDst[tableSize] = wall == standard ? 0 : (int) (wall - standard) * 1000;
        tableSize++;
    }

    private static long standardAt(long[] times, long[] offsets, long epochSecond) {
        int i = 0;
        while (i < times.length && epochSecond >= times[i]) {
            i++;
        }
        return offsets[i];
    }

    private static int yearOf(long epochSecond, long offset) {
        return java.time.LocalDate.ofEpochDay(Math.floorDiv(epochSecond + offset, 86400L)).getYear();
    }

    private void buildTable(String regionId) {
        long[][] h = jdk.internal.util.ZoneDataHistory.decode(regionId);
        if (h == null || h[2].length == 0) {
            return;
        }
        long[] st = h[0];
        long[] so = h[1];
        long[] wt = h[2];
        long[] wo = h[3];
        tableTimes = new long[64];
        tableWall = new int[64];
        tableDst = new int[64];
        int lastYear = yearOf(wt[wt.length - 1], wo[wt.length - 1]);
        int i = 0;
        int k = 1;
        while (i < wt.length && wt[i] < UTC1900) {
            i++;
        }
        if (i < wt.length) {
            add(UTC1900, wo[i], standardAt(st, so, UTC1900));
        }
        for (; i < wt.length; i++) {
            long trans = wt[i];
            if (trans > UTC2037) {
                lastYear = LAST_YEAR;
                break;
            }
            // standard-offset changes that are no wall-offset change are entries too
            while (k < st.length) {
                long ts = st[k];
                if (ts >= UTC1900) {
                    if (ts > trans) {
                        break;
                    }
                    if (ts < trans) {
                        add(ts, wo[i], so[k + 1]);
                    }
                }
                k++;
            }
            add(trans, wo[i + 1], standardAt(st, so, trans));
        }
        for (; k < st.length; k++) {
            if (st[k] >= UTC1900) {
                add(st[k], wo[i], wo[i]);
            }
        }
        java.util.List<java.time.zone.ZoneOffsetTransitionRule> last = rules.getTransitionRules();
        if (last.size() > 1) {
            while (lastYear++ < LAST_YEAR) {
                for (java.time.zone.ZoneOffsetTransitionRule r : last) {
                    add(r.createTransition(lastYear).toEpochSecond(), r.getOffsetAfter().getTotalSeconds(),
                            r.getStandardOffset().getTotalSeconds());
                }
            }
        } else if (tableSize > 0 && lastYear < LAST_YEAR) {
            // without yearly rules, the table ends with the raw offset at 2037-01-01T00:00 local time
            long raw = rawOffset / 1000;
            add(LDT2037 - raw, raw, raw);
        }
        if (tableSize == 0) {
            tableTimes = null;
        }
    }

    /** The index of the table entry in effect at {@code utc}: -1 before the table, tableSize after it. */
    private int entryAt(long utc) {
        int low = 0;
        int high = tableSize - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long t = tableTimes[mid];
            if (t < utc) {
                low = mid + 1;
            } else if (t > utc) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return low >= tableSize ? low : low - 1;
    }

    private boolean hasLastRule() {
        return rules != null && rules.getTransitionRules().size() > 1;
    }

    /** The yearly rules as the JDK's ZoneInfo applies them after its table (a day of week on or after the 24th or later: the last one of the month). */
    private transient java.time.zone.ZoneOffsetTransitionRule[] stzRules;

    /**
     * A yearly rule as the JDK's ZoneInfo has it: a day of week on or after the 24th or later is
     * the last one of the month; the day after the last one of a month at 00:00 is the last one at
     * 24:00.
     */
    private static java.time.zone.ZoneOffsetTransitionRule stzRule(java.time.zone.ZoneOffsetTransitionRule t) {
        java.time.DayOfWeek dow = t.getDayOfWeek();
        int dom = t.getDayOfMonthIndicator();
        if (dow == null || dom < 24) {
            return t;
        }
        if (dom == t.getMonth().minLength() - 5 && !t.isMidnightEndOfDay() && t.getLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return java.time.zone.ZoneOffsetTransitionRule.of(t.getMonth(), -1, dow.minus(1), java.time.LocalTime.MIDNIGHT,
                    true, t.getTimeDefinition(), t.getStandardOffset(), t.getOffsetBefore(), t.getOffsetAfter());
        }
        return java.time.zone.ZoneOffsetTransitionRule.of(t.getMonth(), -1, dow, t.getLocalTime(), t.isMidnightEndOfDay(),
                t.getTimeDefinition(), t.getStandardOffset(), t.getOffsetBefore(), t.getOffsetAfter());
    }

    /** The offset (milliseconds) the yearly rules give at an instant after the table. */
    private int lastRuleOffset(long utc) {
        java.time.zone.ZoneOffsetTransitionRule[] r = stzRules;
        if (r == null) {
            java.util.List<java.time.zone.ZoneOffsetTransitionRule> last = rules.getTransitionRules();
            r = new java.time.zone.ZoneOffsetTransitionRule[last.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = stzRule(last.get(i));
            }
            stzRules = r;
        }
        long s = Math.floorDiv(utc, 1000L);
        java.time.zone.ZoneOffsetTransition[] year = new java.time.zone.ZoneOffsetTransition[r.length];
        int y = yearOf(s, rawOffset / 1000);
        for (int i = 0; i < r.length; i++) {
            year[i] = r[i].createTransition(y);
        }
        java.util.Arrays.sort(year);
        for (java.time.zone.ZoneOffsetTransition t : year) {
            if (s < t.toEpochSecond()) {
                return t.getOffsetBefore().getTotalSeconds() * 1000;
            }
        }
        return year[year.length - 1].getOffsetAfter().getTotalSeconds() * 1000;
    }

    /** The offset (milliseconds) at an instant. */
    private int offsetAt(long utc) {
        if (tableTimes == null) {
            return rawOffset;
        }
        int i = entryAt(utc);
        if (i < 0) {
            return rawOffset;
        }
        if (i < tableSize) {
            return tableWall[i];
        }
        if (hasLastRule()) {
            return lastRuleOffset(utc);
        }
        return tableWall[tableSize - 1];
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
        return offsetAt(local.toInstant(java.time.ZoneOffset.UTC).toEpochMilli() - rawOffset);
    }

    @Override
    public int getOffset(long date) {
        if (rules == null) {
            return rawOffset;
        }
        return offsetAt(date);
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
        if (tableTimes == null) {
            return false;
        }
        long utc = date.getTime();
        int i = entryAt(utc);
        if (i < 0) {
            return false;
        }
        if (i < tableSize) {
            return tableDst[i] != 0;
        }
        if (hasLastRule()) {
            return offsetAt(utc) != rawOffset;
        }
        return tableDst[tableSize - 1] != 0;
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
                + ",transitions=" + (tableTimes == null ? 0 : tableSize) + ",lastRule=" + lastRuleText() + "]";
    }

    /** The JDK's SimpleTimeZone text of the yearly rules (start: the rule into daylight time). */
    private String lastRuleText() {
        if (!hasLastRule()) {
            return "null";
        }
        java.util.List<java.time.zone.ZoneOffsetTransitionRule> last = rules.getTransitionRules();
        java.time.zone.ZoneOffsetTransitionRule start = last.get(last.size() - 2);
        java.time.zone.ZoneOffsetTransitionRule end = last.get(last.size() - 1);
        if (start.getOffsetAfter().getTotalSeconds() < start.getOffsetBefore().getTotalSeconds()
                && end.getOffsetAfter().getTotalSeconds() > end.getOffsetBefore().getTotalSeconds()) {
            java.time.zone.ZoneOffsetTransitionRule t = start;
            start = end;
            end = t;
        }
        return "java.util.SimpleTimeZone[id=" + getID() + ",offset=" + rawOffset + ",dstSavings=" + getDSTSavings()
                + ",useDaylight=true,startYear=0," + ruleText("start", start) + "," + ruleText("end", end) + "]";
    }

    private static String ruleText(String name, java.time.zone.ZoneOffsetTransitionRule r) {
        r = stzRule(r);
        java.time.Month month = r.getMonth();
        int dom = r.getDayOfMonthIndicator();
        int mode;
        int day = dom;
        int dow = r.getDayOfWeek() == null ? 0 : r.getDayOfWeek().getValue() % 7 + 1;
        if (dow == 0) {
            mode = 1;
        } else if (dom < 0 || dom >= 24) {
            // the JDK takes a day-of-week on or after the 24th or later for the last one of the month
            mode = 2;
            day = -1;
        } else {
            mode = 3;
        }
        int time = r.isMidnightEndOfDay() ? 86400000 : r.getLocalTime().toSecondOfDay() * 1000;
        int timeMode = switch (r.getTimeDefinition()) {
            case WALL -> 0;
            case STANDARD -> 1;
            default -> 2;
        };
        return name + "Mode=" + mode + "," + name + "Month=" + (month.getValue() - 1) + "," + name + "Day=" + day + ","
                + name + "DayOfWeek=" + dow + "," + name + "Time=" + time + "," + name + "TimeMode=" + timeMode;
    }
}
