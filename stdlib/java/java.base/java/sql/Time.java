package java.sql;

import java.time.Instant;
import java.time.LocalTime;

/** A time of day for SQL TIME values (on 1970-01-01 in the default time zone). */
public class Time extends java.util.Date {
    private static final long serialVersionUID = 8397324403548013681L;

    @Deprecated
    public Time(int hour, int minute, int second) {
        super(70, 0, 1, hour, minute, second);
    }

    public Time(long time) {
        super(time);
    }

    @Override
    public void setTime(long time) {
        super.setTime(time);
    }

    /** Parses "hh:mm:ss" (leniently: any integers). */
    @SuppressWarnings("deprecation")
    public static Time valueOf(String s) {
        if (s == null) {
            throw new IllegalArgumentException();
        }
        int firstColon = s.indexOf(':');
        int secondColon = s.indexOf(':', firstColon + 1);
        int len = s.length();
        if (firstColon > 0 && secondColon > 0 && secondColon < len - 1) {
            int hour = Integer.parseInt(s, 0, firstColon, 10);
            int minute = Integer.parseInt(s, firstColon + 1, secondColon, 10);
            int second = Integer.parseInt(s, secondColon + 1, len, 10);
            return new Time(hour, minute, second);
        }
        throw new IllegalArgumentException();
    }

    /** "hh:mm:ss". */
    @Override
    @SuppressWarnings("deprecation")
    public String toString() {
        StringBuilder sb = new StringBuilder(8);
        Date.digits(sb, super.getHours(), 2);
        sb.append(':');
        Date.digits(sb, super.getMinutes(), 2);
        sb.append(':');
        Date.digits(sb, super.getSeconds(), 2);
        return sb.toString();
    }

    @Deprecated
    @Override
    public int getYear() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    @Override
    public int getMonth() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    @Override
    public int getDay() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    @Override
    public int getDate() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    @Override
    public void setYear(int i) {
        throw new IllegalArgumentException();
    }

    @Deprecated
    @Override
    public void setMonth(int i) {
        throw new IllegalArgumentException();
    }

    @Deprecated
    @Override
    public void setDate(int i) {
        throw new IllegalArgumentException();
    }

    @SuppressWarnings("deprecation")
    public static Time valueOf(LocalTime time) {
        return new Time(time.getHour(), time.getMinute(), time.getSecond());
    }

    @SuppressWarnings("deprecation")
    public LocalTime toLocalTime() {
        return LocalTime.of(getHours(), getMinutes(), getSeconds());
    }

    @Override
    public Instant toInstant() {
        throw new UnsupportedOperationException();
    }
}
