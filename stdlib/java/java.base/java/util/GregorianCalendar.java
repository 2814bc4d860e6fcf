package java.util;

import static sun.util.calendar.CalendarDays.*;

/**
 * The Gregorian calendar (Julian before 1582-10-15), US week rules, in a fixed-offset zone
 * (see TimeZone). Field resolution follows the JDK's main cases: the most recently set of
 * DAY_OF_MONTH, DAY_OF_YEAR and DAY_OF_WEEK (with WEEK_OF_YEAR, WEEK_OF_MONTH or
 * DAY_OF_WEEK_IN_MONTH) decides the date; HOUR_OF_DAY or AM_PM with HOUR the hour.
 */
public class GregorianCalendar extends Calendar {
    private static final long serialVersionUID = -8125100834729963327L;

    public static final int BC = 0;
    public static final int AD = 1;

    private static final long DAY = 86_400_000L;

    private static final int[] MIN_VALUES = {0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        -13 * 3_600_000, 0};
    private static final int[] LEAST_MAX_VALUES = {1, 292269054, 11, 50, 3, 28, 355, 7, 3, 1, 11,
        23, 59, 59, 999, 14 * 3_600_000, 20 * 60_000};
    private static final int[] MAX_VALUES = {1, 292278994, 11, 53, 6, 31, 366, 7, 6, 1, 11, 23,
        59, 59, 999, 14 * 3_600_000, 2 * 3_600_000};
    private static final String[] FIELD_NAMES = {"ERA", "YEAR", "MONTH", "WEEK_OF_YEAR",
        "WEEK_OF_MONTH", "DAY_OF_MONTH", "DAY_OF_YEAR", "DAY_OF_WEEK", "DAY_OF_WEEK_IN_MONTH",
        "AM_PM", "HOUR", "HOUR_OF_DAY", "MINUTE", "SECOND", "MILLISECOND", "ZONE_OFFSET",
        "DST_OFFSET"};

    public GregorianCalendar() {
        this(TimeZone.getDefault(), Locale.getDefault());
    }

    public GregorianCalendar(TimeZone zone) {
        this(zone, Locale.getDefault());
    }

    public GregorianCalendar(Locale aLocale) {
        this(TimeZone.getDefault(), aLocale);
    }

    public GregorianCalendar(TimeZone zone, Locale aLocale) {
        super(zone, aLocale);
        setTimeInMillis(System.currentTimeMillis());
    }

    public GregorianCalendar(int year, int month, int dayOfMonth) {
        this(year, month, dayOfMonth, 0, 0, 0, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute) {
        this(year, month, dayOfMonth, hourOfDay, minute, 0, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute,
            int second) {
        this(year, month, dayOfMonth, hourOfDay, minute, second, 0);
    }

    GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute,
            int second, int millis) {
        super(TimeZone.getDefault(), Locale.getDefault());
        clear();
        set(YEAR, year);
        set(MONTH, month);
        set(DAY_OF_MONTH, dayOfMonth);
        // HOUR and AM_PM count as computed, before HOUR_OF_DAY, as the JDK's constructor sets them.
        if (hourOfDay >= 12 && hourOfDay <= 23) {
            fields[AM_PM] = PM;
            fields[HOUR] = hourOfDay - 12;
        } else {
            fields[HOUR] = hourOfDay;
        }
        stamp[HOUR] = 1;
        stamp[AM_PM] = 1;
        isSet[HOUR] = true;
        isSet[AM_PM] = true;
        set(HOUR_OF_DAY, hourOfDay);
        set(MINUTE, minute);
        set(SECOND, second);
        set(MILLISECOND, millis);
    }

    // ---- day arithmetic ----

    /** Days in month m (1-12) of proleptic year y. */
    private static int monthLength(long y, long m) {
        long next = m == 12 ? toDays(y + 1, 1, 1) : toDays(y, m + 1, 1);
        return (int) (next - toDays(y, m, 1));
    }

    private static int yearLength(long y) {
        return (int) (toDays(y + 1, 1, 1) - toDays(y, 1, 1));
    }

    private static int dayOfWeek(long day) {
        return (int) Math.floorMod(day + 4, 7L) + 1; // 1 = Sunday
    }

    public boolean isLeapYear(int year) {
        if (year > 1582) {
            return (year % 4 == 0) && ((year % 100 != 0) || (year % 400 == 0));
        }
        return Math.floorMod(year, 4) == 0 && year != 1582;
    }

    public final Date getGregorianChange() {
        return new Date(CUTOVER * DAY);
    }

    public void setGregorianChange(Date date) {
        // fixed at 1582-10-15
    }

    // ---- fields <-> time ----

    @Override
    protected void computeFields() {
        TimeZone zone = getTimeZone();
        int offset = zone.getOffset(time);
        fillFields(time + offset, zone.getRawOffset(), offset);
    }

    /** The fields of a wall-clock time (local milliseconds) with its zone offsets. */
    private void fillFields(long local, int rawOffset, long offset) {
        long day = Math.floorDiv(local, DAY);
        int ms = (int) Math.floorMod(local, DAY);
        long[] ymd = fromDays(day);
        long year = ymd[0];
        int month = (int) ymd[1];
        int dom = (int) ymd[2];
        int dow = dayOfWeek(day);
        long jan1 = toDays(year, 1, 1);
        int doy = (int) (day - jan1 + 1);
        fields[ERA] = year > 0 ? AD : BC;
        fields[YEAR] = (int) (year > 0 ? year : 1 - year);
        fields[MONTH] = month - 1;
        fields[DAY_OF_MONTH] = dom;
        fields[DAY_OF_YEAR] = doy;
        fields[DAY_OF_WEEK] = dow;
        fields[DAY_OF_WEEK_IN_MONTH] = (dom - 1) / 7 + 1;
        fields[WEEK_OF_YEAR] = weekOfYear(day, year);
        fields[WEEK_OF_MONTH] = weekOfMonth(day - dom + 1, dom);
        int hour = ms / 3_600_000;
        fields[AM_PM] = hour < 12 ? AM : PM;
        fields[HOUR] = hour % 12;
        fields[HOUR_OF_DAY] = hour;
        fields[MINUTE] = ms / 60_000 % 60;
        fields[SECOND] = ms / 1000 % 60;
        fields[MILLISECOND] = ms % 1000;
        fields[ZONE_OFFSET] = rawOffset;
        fields[DST_OFFSET] = (int) (offset - rawOffset);
    }

    // ---- weeks (getFirstDayOfWeek and getMinimalDaysInFirstWeek define them) ----

    /** The position of a day of the week in the week: 0 for the first day. */
    private int relativeDay(int dow) {
        return Math.floorMod(dow - getFirstDayOfWeek(), 7);
    }

    /** The first day of week 1 of a year (it may be in the year before). */
    private long week1Start(long year) {
        long jan1 = toDays(year, 1, 1);
        int r = relativeDay(dayOfWeek(jan1));
        return 7 - r >= getMinimalDaysInFirstWeek() ? jan1 - r : jan1 - r + 7;
    }

    /** WEEK_OF_YEAR of a day of a year: the days before week 1 are in the previous year's last week. */
    private int weekOfYear(long day, long year) {
        long start = week1Start(year);
        if (day < start) {
            return (int) ((day - week1Start(year - 1)) / 7) + 1;
        }
        if (day >= week1Start(year + 1)) {
            return 1;
        }
        return (int) ((day - start) / 7) + 1;
    }

    /** WEEK_OF_MONTH of day dom of the month beginning on day first (0 before week 1). */
    private int weekOfMonth(long first, int dom) {
        int r = relativeDay(dayOfWeek(first));
        return (dom - 1 + r) / 7 + (7 - r >= getMinimalDaysInFirstWeek() ? 1 : 0);
    }

    @Override
    public boolean isWeekDateSupported() {
        return true;
    }

    @Override
    public int getWeekYear() {
        complete();
        int year = fields[ERA] == BC ? 1 - fields[YEAR] : fields[YEAR];
        int woy = fields[WEEK_OF_YEAR];
        if (woy == 1 && fields[MONTH] == DECEMBER) {
            year++;
        } else if (woy >= 52 && fields[MONTH] == JANUARY) {
            year--;
        }
        return year;
    }

    @Override
    public int getWeeksInWeekYear() {
        long weekYear = getWeekYear();
        return (int) ((week1Start(weekYear + 1) - week1Start(weekYear)) / 7);
    }

    @Override
    public void setWeekDate(int weekYear, int weekOfYear, int dayOfWeek) {
        if (dayOfWeek < SUNDAY || dayOfWeek > SATURDAY) {
            throw new IllegalArgumentException("invalid dayOfWeek: " + dayOfWeek);
        }
        complete();
        long day = week1Start(weekYear) + (weekOfYear - 1) * 7L + relativeDay(dayOfWeek);
        long[] ymd = fromDays(day);
        int hour = fields[HOUR_OF_DAY];
        int minute = fields[MINUTE];
        int second = fields[SECOND];
        int millis = fields[MILLISECOND];
        clear();
        set(ERA, ymd[0] > 0 ? AD : BC);
        set(YEAR, (int) (ymd[0] > 0 ? ymd[0] : 1 - ymd[0]));
        set(MONTH, (int) ymd[1] - 1);
        set(DAY_OF_MONTH, (int) ymd[2]);
        set(HOUR_OF_DAY, hour);
        set(MINUTE, minute);
        set(SECOND, second);
        set(MILLISECOND, millis);
        complete();
    }

    @Override
    public String getCalendarType() {
        return "gregory";
    }

    /** This calendar's instant in its time zone (the zone's ID as a ZoneId). */
    public java.time.ZonedDateTime toZonedDateTime() {
        return java.time.ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(getTimeInMillis()),
                getTimeZone().toZoneId());
    }

    /** A calendar at zdt's instant in its zone, with ISO 8601 weeks (Monday, 4 days). */
    public static GregorianCalendar from(java.time.ZonedDateTime zdt) {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone(zdt.getZone()));
        cal.setFirstDayOfWeek(MONDAY);
        cal.setMinimalDaysInFirstWeek(4);
        try {
            cal.setTimeInMillis(Math.addExact(Math.multiplyExact(zdt.toEpochSecond(), 1000),
                    zdt.get(java.time.temporal.ChronoField.MILLI_OF_SECOND)));
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException(ex);
        }
        return cal;
    }

    private int value(int field, int dflt) {
        return stamp[field] != 0 ? fields[field] : dflt;
    }

    @Override
    protected void computeTime() {
        if (!isLenient()) {
            for (int f = 0; f < FIELD_COUNT; f++) {
                if (stamp[f] > 1) {
                    int v = fields[f];
                    if (v < getMinimum(f) || v > getMaximum(f)) {
                        throw new IllegalArgumentException(FIELD_NAMES[f]);
                    }
                }
            }
        }
        long year = value(YEAR, 1970);
        if (value(ERA, AD) == BC) {
            year = 1 - year;
        }
        // Which fields give the day, as the JDK's Calendar.selectFields: the most recently set
        // complete combination (a week field counts only together with DAY_OF_WEEK, so
        // DAY_OF_WEEK set after YEAR/MONTH/DAY_OF_MONTH alone changes nothing), DAY_OF_MONTH
        // on a tie; failing any, a week field alone, then the month's first day.
        int dowStamp = stamp[DAY_OF_WEEK];
        int domStamp = stamp[DAY_OF_MONTH];
        int womStamp = aggregateStamp(stamp[WEEK_OF_MONTH], dowStamp);
        int dowimStamp = aggregateStamp(stamp[DAY_OF_WEEK_IN_MONTH], dowStamp);
        int doyStamp = stamp[DAY_OF_YEAR];
        int woyStamp = aggregateStamp(stamp[WEEK_OF_YEAR], dowStamp);
        int best = Math.max(Math.max(domStamp, womStamp), Math.max(Math.max(dowimStamp, doyStamp), woyStamp));
        if (best == 0) {
            womStamp = stamp[WEEK_OF_MONTH];
            dowimStamp = Math.max(stamp[DAY_OF_WEEK_IN_MONTH], dowStamp);
            woyStamp = stamp[WEEK_OF_YEAR];
            best = Math.max(Math.max(womStamp, dowimStamp), woyStamp);
            if (best == 0) {
                best = domStamp = stamp[MONTH];
            }
        }
        boolean useDow = false;
        long day;
        if (best == domStamp
                || (best == womStamp && stamp[WEEK_OF_MONTH] >= stamp[WEEK_OF_YEAR])
                || (best == dowimStamp && stamp[DAY_OF_WEEK_IN_MONTH] >= stamp[WEEK_OF_YEAR])) {
            long month = fields[MONTH];
            year += Math.floorDiv(month, 12);
            month = Math.floorMod(month, 12) + 1;
            long first = toDays(year, month, 1);
            if (best == domStamp) {
                day = first + (stamp[DAY_OF_MONTH] != 0 ? fields[DAY_OF_MONTH] - 1L : 0);
            } else {
                useDow = dowStamp != 0;
                boolean useWom;
                if (womStamp == dowimStamp) {
                    useWom = stamp[WEEK_OF_MONTH] >= stamp[DAY_OF_WEEK_IN_MONTH];
                } else {
                    useWom = best == womStamp;
                }
                if (useWom) {
                    long weekStart = firstWeekStart(first);
                    if (useDow) {
                        weekStart = onOrBefore(weekStart + 6, fields[DAY_OF_WEEK]);
                    }
                    day = weekStart + 7L * (fields[WEEK_OF_MONTH] - 1);
                } else {
                    int dow = useDow ? fields[DAY_OF_WEEK] : getFirstDayOfWeek();
                    int dowim = stamp[DAY_OF_WEEK_IN_MONTH] != 0 ? fields[DAY_OF_WEEK_IN_MONTH] : 1;
                    if (dowim >= 0) {
                        day = onOrBefore(first + 7L * dowim - 1, dow);
                    } else {
                        int lastDate = monthLength(year, month) + 7 * (dowim + 1);
                        day = onOrBefore(first + lastDate - 1, dow);
                    }
                }
            }
        } else {
            long first = toDays(year, 1, 1);
            if (best == doyStamp) {
                day = first + fields[DAY_OF_YEAR] - 1L;
            } else {
                long weekStart = firstWeekStart(first);
                if (dowStamp != 0 && fields[DAY_OF_WEEK] != getFirstDayOfWeek()) {
                    weekStart = onOrBefore(weekStart + 6, fields[DAY_OF_WEEK]);
                }
                day = weekStart + 7L * (fields[WEEK_OF_YEAR] - 1);
            }
        }
        // HOUR_OF_DAY, or HOUR with AM_PM, whichever was set last (HOUR alone when neither pair is).
        int hourOfDayStamp = stamp[HOUR_OF_DAY];
        int hourStamp = aggregateStamp(stamp[HOUR], stamp[AM_PM]);
        int bestHour = Math.max(hourStamp, hourOfDayStamp);
        if (bestHour == 0) {
            bestHour = Math.max(stamp[HOUR], stamp[AM_PM]);
        }
        long hour;
        if (bestHour != 0 && bestHour == hourOfDayStamp) {
            hour = fields[HOUR_OF_DAY];
        } else {
            hour = fields[HOUR];
            if (bestHour != 0 && stamp[AM_PM] != 0) {
                hour += 12L * fields[AM_PM];
            }
        }
        long millis = (((hour * 60 + value(MINUTE, 0)) * 60) + value(SECOND, 0)) * 1000L
                + value(MILLISECOND, 0);
        long local = day * DAY + millis;
        long offset;
        if (stamp[ZONE_OFFSET] > 1 || stamp[DST_OFFSET] > 1) {
            offset = value(ZONE_OFFSET, getTimeZone().getRawOffset()) + value(DST_OFFSET, 0);
        } else {
            offset = wallOffset(getTimeZone(), local);
        }
        time = local - offset;
        if (!isLenient()) {
            checkConsistent();
        }
    }

    /**
     * Non-lenient mode, as the JDK's computeTime: every field the program set must be what the
     * computed time gives back ("MONTH: 1 -> 2" for February 30); the fields are left as set.
     */
    private void checkConsistent() {
        int[] original = fields.clone();
        // the fields of the computed time, with the zone's offsets or those the program set
        TimeZone zone = getTimeZone();
        int raw = zone.getRawOffset();
        int zoneOffset = stamp[ZONE_OFFSET] > 1 ? fields[ZONE_OFFSET] : raw;
        int dstOffset = stamp[DST_OFFSET] > 1 ? fields[DST_OFFSET] : zone.getOffset(time) - raw;
        fillFields(time + zoneOffset + dstOffset, zoneOffset, zoneOffset + dstOffset);
        int[] computed = fields.clone();
        System.arraycopy(original, 0, fields, 0, fields.length);
        for (int f = 0; f < ZONE_OFFSET; f++) {
            if (stamp[f] > 1 && original[f] != computed[f]) {
                throw new IllegalArgumentException(FIELD_NAMES[f] + ": " + original[f] + " -> " + computed[f]);
            }
        }
    }

    /**
     * The zone's offset for a wall-clock time, as the JDK resolves it (ZoneInfo's transitions
     * by wall time): a time that exists once has its own offset; a time repeated when clocks
     * go back, or skipped when they go forward, is taken as standard time.
     */
    private static int wallOffset(TimeZone zone, long local) {
        int raw = zone.getRawOffset();
        int atStandard = zone.getOffset(local - raw);
        if (atStandard == raw) {
            return raw;
        }
        // daylight time at that instant: the wall time is daylight time if it maps back to it
        return zone.getOffset(local - atStandard) == atStandard ? atStandard : raw;
    }

    /** UNSET (0) unless both fields are set, else the later stamp. */
    private static int aggregateStamp(int a, int b) {
        return a == 0 || b == 0 ? 0 : Math.max(a, b);
    }

    /** The latest day on or before the given one that falls on the day of the week (leniently). */
    private static long onOrBefore(long day, int dayOfWeek) {
        return day - Math.floorMod(dayOfWeek(day) - dayOfWeek, 7);
    }

    /** The first day of week 1 of the month or year starting on the given day. */
    private long firstWeekStart(long first) {
        long weekStart = onOrBefore(first + 6, getFirstDayOfWeek());
        if (weekStart - first >= getMinimalDaysInFirstWeek()) {
            weekStart -= 7;
        }
        return weekStart;
    }

    // ---- arithmetic ----

    @Override
    public void add(int field, int amount) {
        if (amount == 0) {
            return;
        }
        if (field < 0 || field >= ZONE_OFFSET) {
            throw new IllegalArgumentException();
        }
        complete();
        switch (field) {
            case ERA:
            case YEAR:
            case MONTH: {
                long year = fields[ERA] == BC ? 1 - fields[YEAR] : fields[YEAR];
                long month = fields[MONTH];
                if (field == YEAR) {
                    year = fields[ERA] == BC ? year - amount : year + amount;
                } else if (field == MONTH) {
                    month += amount;
                    year += Math.floorDiv(month, 12);
                    month = Math.floorMod(month, 12);
                } else {
                    return;
                }
                int dom = Math.min(fields[DAY_OF_MONTH], monthLength(year, month + 1));
                setDate(year, (int) month + 1, dom);
                return;
            }
            case WEEK_OF_YEAR:
            case WEEK_OF_MONTH:
            case DAY_OF_WEEK_IN_MONTH:
                addDays(amount * 7L);
                return;
            case DAY_OF_MONTH:
            case DAY_OF_YEAR:
            case DAY_OF_WEEK:
                addDays(amount);
                return;
            case AM_PM:
                setTimeInMillis(time + amount * 12L * 3_600_000L);
                return;
            case HOUR:
            case HOUR_OF_DAY:
                setTimeInMillis(time + amount * 3_600_000L);
                return;
            case MINUTE:
                setTimeInMillis(time + amount * 60_000L);
                return;
            case SECOND:
                setTimeInMillis(time + amount * 1000L);
                return;
            default:
                setTimeInMillis(time + amount);
        }
    }

    /** Moves the wall-clock time by a number of local milliseconds (resolved as set() does). */
    private void shiftLocal(long delta) {
        TimeZone zone = getTimeZone();
        long local = time + zone.getOffset(time) + delta;
        setTimeInMillis(local - wallOffset(zone, local));
    }

    /**
     * add() of days, as the JDK's: the same wall-clock time that many days later, computed with
     * the current offset; if the offset there differs, the time is corrected by the difference
     * unless that changes the day (so a repeated hour keeps the current offset).
     */
    private void addDays(long days) {
        TimeZone zone = getTimeZone();
        int offset = zone.getOffset(time);
        long local = time + offset + days * DAY;
        long t = local - offset;
        int diff = offset - zone.getOffset(t);
        if (diff != 0) {
            long adjusted = t + diff;
            if (Math.floorDiv(adjusted + zone.getOffset(adjusted), DAY) == Math.floorDiv(local, DAY)) {
                t = adjusted;
            }
        }
        setTimeInMillis(t);
    }

    private void setDate(long year, int month, int dom) {
        long day = toDays(year, month, dom);
        TimeZone zone = getTimeZone();
        long local = time + zone.getOffset(time);
        long millisOfDay = Math.floorMod(local, DAY);
        long newLocal = day * DAY + millisOfDay;
        setTimeInMillis(newLocal - wallOffset(zone, newLocal));
    }

    @Override
    public void roll(int field, boolean up) {
        roll(field, up ? 1 : -1);
    }

    @Override
    public void roll(int field, int amount) {
        if (amount == 0) {
            return;
        }
        if (field < 0 || field >= ZONE_OFFSET) {
            throw new IllegalArgumentException();
        }
        complete();
        long year = fields[ERA] == BC ? 1 - fields[YEAR] : fields[YEAR];
        int month = fields[MONTH] + 1;
        switch (field) {
            case YEAR: {
                long y = Math.max(1, fields[YEAR] + amount);
                long py = fields[ERA] == BC ? 1 - y : y;
                setDate(py, month, Math.min(fields[DAY_OF_MONTH], monthLength(py, month)));
                return;
            }
            case MONTH: {
                int m = Math.floorMod(fields[MONTH] + amount, 12) + 1;
                setDate(year, m, Math.min(fields[DAY_OF_MONTH], monthLength(year, m)));
                return;
            }
            case DAY_OF_MONTH: {
                int len = monthLength(year, month);
                setDate(year, month, Math.floorMod(fields[DAY_OF_MONTH] - 1 + amount, len) + 1);
                return;
            }
            case DAY_OF_YEAR: {
                int len = yearLength(year);
                long day = toDays(year, 1, 1) + Math.floorMod(fields[DAY_OF_YEAR] - 1 + amount, len);
                long[] ymd = fromDays(day);
                setDate(ymd[0], (int) ymd[1], (int) ymd[2]);
                return;
            }
            case DAY_OF_WEEK: {
                int r = relativeDay(fields[DAY_OF_WEEK]);
                int delta = Math.floorMod(r + amount, 7) - r;
                shiftLocal(delta * DAY);
                return;
            }
            case WEEK_OF_YEAR: {
                // As the JDK: the same day of the week, in a week that stays in the calendar year
                long day = toDays(year, month, fields[DAY_OF_MONTH]);
                int min = 1;
                int max = getActualMaximum(WEEK_OF_YEAR);
                int woy = fields[WEEK_OF_YEAR];
                int weekYear = getWeekYear();
                if (weekYear == year) {
                    if (fromDays(day - 7L * (woy - min))[0] != year) {
                        min++;
                    }
                    if (fromDays(day + 7L * (max - woy))[0] != year) {
                        max--;
                    }
                } else if (weekYear > year) {
                    if (amount < 0) {
                        amount++;
                    }
                    woy = max;
                } else {
                    if (amount > 0) {
                        amount -= woy - max;
                    }
                    woy = min;
                }
                int n = rolledValue(woy, amount, min, max);
                long[] ymd = fromDays(week1Start(year) + 7L * (n - 1) + relativeDay(fields[DAY_OF_WEEK]));
                setDate(ymd[0], (int) ymd[1], (int) ymd[2]);
                return;
            }
            case WEEK_OF_MONTH: {
                // As the JDK: the same day of the week, clamped to the month's first or last day
                long first = toDays(year, month, 1);
                int len = monthLength(year, month);
                long week1 = first - relativeDay(dayOfWeek(first));
                if (week1 + 7 - first < getMinimalDaysInFirstWeek()) {
                    week1 += 7;
                }
                int value = rolledValue(fields[WEEK_OF_MONTH], amount, 1, getActualMaximum(WEEK_OF_MONTH)) - 1;
                long day = week1 + 7L * value + relativeDay(fields[DAY_OF_WEEK]);
                day = Math.max(first, Math.min(first + len - 1, day));
                setDate(year, month, (int) (day - first) + 1);
                return;
            }
            case DAY_OF_WEEK_IN_MONTH: {
                int dom = fields[DAY_OF_MONTH];
                int len = monthLength(year, month);
                int max = len / 7 + ((dom - 1) % 7 < len % 7 ? 1 : 0);
                int n = rolledValue(fields[DAY_OF_WEEK_IN_MONTH], amount, 1, max);
                setDate(year, month, (dom - 1) % 7 + 1 + 7 * (n - 1));
                return;
            }
            case HOUR_OF_DAY:
                shiftLocal((Math.floorMod(fields[HOUR_OF_DAY] + amount, 24) - fields[HOUR_OF_DAY]) * 3_600_000L);
                return;
            case HOUR:
                shiftLocal((Math.floorMod(fields[HOUR] + amount, 12) - fields[HOUR]) * 3_600_000L);
                return;
            case AM_PM:
                shiftLocal((Math.floorMod(fields[AM_PM] + amount, 2) - fields[AM_PM]) * 12L * 3_600_000L);
                return;
            case MINUTE:
                shiftLocal((Math.floorMod(fields[MINUTE] + amount, 60) - fields[MINUTE]) * 60_000L);
                return;
            case SECOND:
                shiftLocal((Math.floorMod(fields[SECOND] + amount, 60) - fields[SECOND]) * 1000L);
                return;
            case MILLISECOND:
                shiftLocal(Math.floorMod(fields[MILLISECOND] + amount, 1000) - fields[MILLISECOND]);
                return;
            default:
                add(field, amount);
        }
    }

    /** The JDK's getRolledValue: value moved by amount within [min, max], wrapping around. */
    private static int rolledValue(int value, int amount, int min, int max) {
        int range = max - min + 1;
        amount %= range;
        int n = value + amount;
        if (n > max) {
            n -= range;
        } else if (n < min) {
            n += range;
        }
        return n;
    }

    // ---- limits ----

    @Override
    public int getMinimum(int field) {
        return MIN_VALUES[field];
    }

    @Override
    public int getMaximum(int field) {
        return MAX_VALUES[field];
    }

    @Override
    public int getGreatestMinimum(int field) {
        return MIN_VALUES[field];
    }

    @Override
    public int getLeastMaximum(int field) {
        return LEAST_MAX_VALUES[field];
    }

    @Override
    public int getActualMaximum(int field) {
        complete();
        long year = fields[ERA] == BC ? 1 - fields[YEAR] : fields[YEAR];
        int month = fields[MONTH] + 1;
        switch (field) {
            case DAY_OF_MONTH:
                return monthLength(year, month);
            case DAY_OF_YEAR:
                return yearLength(year);
            case WEEK_OF_YEAR: {
                long dec31 = toDays(year + 1, 1, 1) - 1;
                int w = weekOfYear(dec31, year);
                return w == 1 ? weekOfYear(dec31 - 7, year) : w;
            }
            case WEEK_OF_MONTH:
                return weekOfMonth(toDays(year, month, 1), monthLength(year, month));
            case DAY_OF_WEEK_IN_MONTH: {
                int len = monthLength(year, month);
                long first = toDays(year, month, 1);
                int x = Math.floorMod(fields[DAY_OF_WEEK] - dayOfWeek(first), 7);
                return (len - x + 6) / 7;
            }
            default:
                return getMaximum(field);
        }
    }

    @Override
    public int getActualMinimum(int field) {
        return getMinimum(field);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof GregorianCalendar && super.equals(obj);
    }

    @Override
    public int hashCode() {
        // JDK 17 mixes in the cutover's fixed date (days since 0001-01-01), not its milliseconds
        return super.hashCode() ^ (int) (CUTOVER + 719163);
    }
}
