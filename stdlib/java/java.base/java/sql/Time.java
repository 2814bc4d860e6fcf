package java.sql;

import java.time.Instant;
import java.time.LocalTime;

/** An SQL TIME: a java.util.Date on 1970-01-01, printed as hh:mm:ss. */
public class Time extends java.util.Date {
    static final long serialVersionUID = 8397324403548013681L;

    @Deprecated
    public Time(int hour, int minute, int second) {
        super(70, 0, 1, hour, minute, second);
    }

    public Time(long time) {
        super(time);
    }

    public void setTime(long time) {
        super.setTime(time);
    }

    /** Parses hh:mm:ss; a string without two colons is an IllegalArgumentException. */
    public static Time valueOf(String s) {
        if (s == null) {
            throw new IllegalArgumentException();
        }
        int hour;
        int minute;
        int second;
        int firstColon = s.indexOf(':');
        int secondColon = s.indexOf(':', firstColon + 1);
        int len = s.length();
        if (firstColon > 0 && secondColon > 0 && secondColon < len - 1) {
            hour = Integer.parseInt(s, 0, firstColon, 10);
            minute = Integer.parseInt(s, firstColon + 1, secondColon, 10);
            second = Integer.parseInt(s, secondColon + 1, len, 10);
        } else {
            throw new IllegalArgumentException();
        }
        return new Time(hour, minute, second);
    }

    @SuppressWarnings("deprecation")
    public String toString() {
        char[] buf = new char[8];
        Date.formatDecimalInt(super.getHours(), buf, 0, 2);
        buf[2] = ':';
        Date.formatDecimalInt(super.getMinutes(), buf, 3, 2);
        buf[5] = ':';
        Date.formatDecimalInt(super.getSeconds(), buf, 6, 2);
        return new String(buf);
    }

    @Deprecated
    public int getYear() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    public int getMonth() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    public int getDay() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    public int getDate() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    public void setYear(int i) {
        throw new IllegalArgumentException();
    }

    @Deprecated
    public void setMonth(int i) {
        throw new IllegalArgumentException();
    }

    @Deprecated
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

    public Instant toInstant() {
        throw new UnsupportedOperationException();
    }
}
