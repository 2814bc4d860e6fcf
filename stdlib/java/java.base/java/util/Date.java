package java.util;

import static sun.util.calendar.CalendarDays.*;

/**
 * A specific instant in time, with millisecond precision. The calendar fields and toString
 * use the default time zone (a fixed offset: see TimeZone).
 */
public class Date implements java.io.Serializable, Cloneable, Comparable<Date> {
    private static final long serialVersionUID = 7523967970034938905L;
    private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
        "Sep", "Oct", "Nov", "Dec"};

    /** Serialized by writeObject as the JDK does: a long after no fields. */
    private transient long fastTime;

    public Date() {
        this(System.currentTimeMillis());
    }

    public Date(long date) {
        fastTime = date;
    }

    @Deprecated
    public Date(int year, int month, int date) {
        this(year, month, date, 0, 0, 0);
    }

    @Deprecated
    public Date(int year, int month, int date, int hrs, int min) {
        this(year, month, date, hrs, min, 0);
    }

    @Deprecated
    public Date(int year, int month, int date, int hrs, int min, int sec) {
        fastTime = utcOfLocal(localMillis(year, month, date, hrs, min, sec));
    }

    /**
     * The instant of a wall-clock time in the default time zone. A time that a daylight-saving
     * change skips or repeats is taken as standard time, as HotSpot's Date does.
     */
    private static long utcOfLocal(long local) {
        TimeZone zone = TimeZone.getDefaultRef();
        int raw = zone.getRawOffset();
        long standard = local - raw;
        int offset = zone.getOffset(standard);
        if (offset == raw) {
            return standard;
        }
        long daylight = local - offset;
        return zone.getOffset(daylight) == offset ? daylight : standard;
    }

    /** The fields as a local time, leniently (month 12 is January of the next year, and so on). */
    private static long localMillis(int year, int month, int date, int hrs, int min, int sec) {
        int y = year + 1900 + Math.floorDiv(month, 12);
        int m = Math.floorMod(month, 12);
        long days = toDays(y, m + 1, 1) + (date - 1);
        return ((days * 24 + hrs) * 60 + min) * 60_000L + sec * 1000L;
    }

    /** The fields as a UTC time, leniently. */
    @Deprecated
    public static long UTC(int year, int month, int date, int hrs, int min, int sec) {
        return localMillis(year, month, date, hrs, min, sec);
    }

    private static final int YEAR = 0, MONTH = 1, DATE = 2, HOURS = 3, MINUTES = 4, SECONDS = 5;

    /** One field replaced, the others (and the milliseconds) kept, normalized leniently. */
    private void setField(int field, int value) {
        long[] ymd = fromDays(days());
        int[] f = new int[6];
        f[YEAR] = (int) ymd[0] - 1900;
        f[MONTH] = (int) ymd[1] - 1;
        f[DATE] = (int) ymd[2];
        int mod = millisOfDay();
        f[HOURS] = mod / 3_600_000;
        f[MINUTES] = mod / 60_000 % 60;
        f[SECONDS] = mod / 1000 % 60;
        f[field] = value;
        fastTime = utcOfLocal(localMillis(f[YEAR], f[MONTH], f[DATE], f[HOURS], f[MINUTES], f[SECONDS]) + mod % 1000);
    }

    @Deprecated
    public void setYear(int year) {
        setField(YEAR, year);
    }

    @Deprecated
    public void setMonth(int month) {
        setField(MONTH, month);
    }

    @Deprecated
    public void setDate(int date) {
        setField(DATE, date);
    }

    @Deprecated
    public void setHours(int hours) {
        setField(HOURS, hours);
    }

    @Deprecated
    public void setMinutes(int minutes) {
        setField(MINUTES, minutes);
    }

    @Deprecated
    public void setSeconds(int seconds) {
        setField(SECONDS, seconds);
    }

    private long local() {
        return fastTime + TimeZone.getDefaultRef().getOffset(fastTime);
    }

    private long days() {
        return Math.floorDiv(local(), 86_400_000L);
    }

    private int millisOfDay() {
        return (int) Math.floorMod(local(), 86_400_000L);
    }

    /**
     * The JDK's serial form: the time as one long. A java.sql.Timestamp keeps its milliseconds
     * in its nanos field there, so only its whole seconds are written here.
     */
    private void writeObject(java.io.ObjectOutputStream s) throws java.io.IOException {
        s.defaultWriteObject();
        s.writeLong(this instanceof java.sql.Timestamp ? Math.floorDiv(fastTime, 1000L) * 1000L : fastTime);
    }

    private void readObject(java.io.ObjectInputStream s) throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
        fastTime = s.readLong();
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public static Date from(java.time.Instant instant) {
        try {
            return new Date(instant.toEpochMilli());
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    public java.time.Instant toInstant() {
        return java.time.Instant.ofEpochMilli(getTime());
    }

    public long getTime() {
        return fastTime;
    }

    public void setTime(long time) {
        fastTime = time;
    }

    @Deprecated
    public int getYear() {
        return (int) fromDays(days())[0] - 1900;
    }

    @Deprecated
    public int getMonth() {
        return (int) fromDays(days())[1] - 1;
    }

    @Deprecated
    public int getDate() {
        return (int) fromDays(days())[2];
    }

    @Deprecated
    public int getDay() {
        return (int) Math.floorMod(days() + 4, 7L);
    }

    @Deprecated
    public int getHours() {
        return millisOfDay() / 3_600_000;
    }

    @Deprecated
    public int getMinutes() {
        return millisOfDay() / 60_000 % 60;
    }

    @Deprecated
    public int getSeconds() {
        return millisOfDay() / 1000 % 60;
    }

    @Deprecated
    public int getTimezoneOffset() {
        return -TimeZone.getDefaultRef().getOffset(fastTime) / 60_000;
    }

    // Comparisons go through getTime(), which subclasses (java.sql.Timestamp) override.
    public boolean before(Date when) {
        return getTime() < when.getTime();
    }

    public boolean after(Date when) {
        return getTime() > when.getTime();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Date && getTime() == ((Date) obj).getTime();
    }

    @Override
    public int compareTo(Date anotherDate) {
        return Long.compare(getTime(), anotherDate.getTime());
    }

    @Override
    public int hashCode() {
        long ht = getTime();
        return (int) ht ^ (int) (ht >> 32);
    }

    private static void two(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }

    /** "EEE MMM dd HH:mm:ss zzz yyyy" in the default time zone. */
    @Override
    public String toString() {
        long[] ymd = fromDays(days());
        int ms = millisOfDay();
        StringBuilder sb = new StringBuilder(28);
        sb.append(DAYS[(int) Math.floorMod(days() + 4, 7L)]).append(' ');
        sb.append(MONTHS[(int) ymd[1] - 1]).append(' ');
        two(sb, (int) ymd[2]);
        sb.append(' ');
        two(sb, ms / 3_600_000);
        sb.append(':');
        two(sb, ms / 60_000 % 60);
        sb.append(':');
        two(sb, ms / 1000 % 60);
        TimeZone zone = TimeZone.getDefaultRef();
        sb.append(' ').append(zone.getDisplayName(zone.inDaylightTime(this), TimeZone.SHORT, Locale.US));
        sb.append(' ').append(ymd[0]);
        return sb.toString();
    }

    @Deprecated
    public String toLocaleString() {
        return java.text.DateFormat.getDateTimeInstance().format(this);
    }

    @Deprecated
    public String toGMTString() {
        long[] ymd = fromDays(Math.floorDiv(fastTime, 86_400_000L));
        int ms = (int) Math.floorMod(fastTime, 86_400_000L);
        StringBuilder sb = new StringBuilder();
        sb.append(ymd[2]).append(' ').append(MONTHS[(int) ymd[1] - 1]).append(' ').append(ymd[0]).append(' ');
        two(sb, ms / 3_600_000);
        sb.append(':');
        two(sb, ms / 60_000 % 60);
        sb.append(':');
        two(sb, ms / 1000 % 60);
        return sb.append(" GMT").toString();
    }
}
