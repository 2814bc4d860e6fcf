package java.sql;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A java.util.Date with nanosecond precision for SQL TIMESTAMP values. The millisecond time
 * held by java.util.Date always agrees with {@code nanos} (its millisecond part is nanos / 10^6),
 * so that java.util.Date's comparisons see the same instant as getTime().
 */
public class Timestamp extends java.util.Date {
    private static final long serialVersionUID = 2745179027874758501L;
    private static final String FORMAT_ERROR = "Timestamp format must be yyyy-mm-dd hh:mm:ss[.fffffffff]";

    private int nanos;

    @Deprecated
    public Timestamp(int year, int month, int date, int hour, int minute, int second, int nano) {
        super(year, month, date, hour, minute, second);
        if (nano > 999999999 || nano < 0) {
            throw new IllegalArgumentException("nanos > 999999999 or < 0");
        }
        setNanos(nano);
    }

    public Timestamp(long time) {
        super(time);
        nanos = (int) Math.floorMod(time, 1000L) * 1000000;
    }

    @Override
    public void setTime(long time) {
        super.setTime(time);
        nanos = (int) Math.floorMod(time, 1000L) * 1000000;
    }

    @Override
    public long getTime() {
        return super.getTime();
    }

    /** Parses "yyyy-[m]m-[d]d hh:mm:ss[.f...]" with up to nine fraction digits. */
    @SuppressWarnings("deprecation")
    public static Timestamp valueOf(String s) {
        if (s == null) {
            throw new IllegalArgumentException("null string");
        }
        s = s.trim();
        int dividingSpace = s.indexOf(' ');
        if (dividingSpace < 0) {
            throw new IllegalArgumentException(FORMAT_ERROR);
        }
        int firstDash = s.indexOf('-');
        int secondDash = s.indexOf('-', firstDash + 1);
        int firstColon = s.indexOf(':', dividingSpace + 1);
        int secondColon = s.indexOf(':', firstColon + 1);
        int period = s.indexOf('.', secondColon + 1);

        int year = 0;
        int month = 0;
        int day = 0;
        boolean parsedDate = false;
        if (firstDash > 0 && secondDash > 0 && secondDash < dividingSpace - 1) {
            if (firstDash == 4 && secondDash - firstDash > 1 && secondDash - firstDash <= 3
                    && dividingSpace - secondDash > 1 && dividingSpace - secondDash <= 3) {
                year = Integer.parseInt(s, 0, firstDash, 10);
                month = Integer.parseInt(s, firstDash + 1, secondDash, 10);
                day = Integer.parseInt(s, secondDash + 1, dividingSpace, 10);
                parsedDate = month >= 1 && month <= 12 && day >= 1 && day <= 31;
            }
        }
        if (!parsedDate) {
            throw new IllegalArgumentException(FORMAT_ERROR);
        }

        int len = s.length();
        int hour;
        int minute;
        int second;
        int nanos = 0;
        if (firstColon > 0 && secondColon > 0 && secondColon < len - 1) {
            hour = Integer.parseInt(s, dividingSpace + 1, firstColon, 10);
            minute = Integer.parseInt(s, firstColon + 1, secondColon, 10);
            if (period > 0 && period < len - 1) {
                second = Integer.parseInt(s, secondColon + 1, period, 10);
                int precision = len - (period + 1);
                if (precision > 9 || !Character.isDigit(s.charAt(period + 1))) {
                    throw new IllegalArgumentException(FORMAT_ERROR);
                }
                nanos = Integer.parseInt(s, period + 1, len, 10);
                for (; precision < 9; precision++) {
                    nanos *= 10;
                }
            } else if (period > 0) {
                throw new IllegalArgumentException(FORMAT_ERROR);
            } else {
                second = Integer.parseInt(s, secondColon + 1, len, 10);
            }
        } else {
            throw new IllegalArgumentException(FORMAT_ERROR);
        }
        return new Timestamp(year - 1900, month - 1, day, hour, minute, second, nanos);
    }

    /** "yyyy-mm-dd hh:mm:ss.f...": the fraction without trailing zeros, at least one digit. */
    @Override
    @SuppressWarnings("deprecation")
    public String toString() {
        StringBuilder sb = new StringBuilder(29);
        Date.digits(sb, super.getYear() + 1900, 4);
        sb.append('-');
        Date.digits(sb, super.getMonth() + 1, 2);
        sb.append('-');
        Date.digits(sb, super.getDate(), 2);
        sb.append(' ');
        Date.digits(sb, super.getHours(), 2);
        sb.append(':');
        Date.digits(sb, super.getMinutes(), 2);
        sb.append(':');
        Date.digits(sb, super.getSeconds(), 2);
        sb.append('.');
        if (nanos == 0) {
            sb.append('0');
        } else {
            int start = sb.length();
            Date.digits(sb, nanos, 9);
            int end = sb.length();
            while (end > start + 1 && sb.charAt(end - 1) == '0') {
                end--;
            }
            sb.setLength(end);
        }
        return sb.toString();
    }

    /** java.util.Date read the whole seconds; the milliseconds come from nanos. */
    private void readObject(java.io.ObjectInputStream s) throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
        super.setTime(Math.floorDiv(super.getTime(), 1000L) * 1000L + nanos / 1000000);
    }

    public int getNanos() {
        return nanos;
    }

    public void setNanos(int n) {
        if (n > 999999999 || n < 0) {
            throw new IllegalArgumentException("nanos > 999999999 or < 0");
        }
        nanos = n;
        long seconds = Math.floorDiv(super.getTime(), 1000L);
        super.setTime(seconds * 1000 + n / 1000000);
    }

    public boolean equals(Timestamp ts) {
        return super.equals(ts) && nanos == ts.nanos;
    }

    @Override
    public boolean equals(Object ts) {
        return ts instanceof Timestamp && equals((Timestamp) ts);
    }

    public boolean before(Timestamp ts) {
        return compareTo(ts) < 0;
    }

    public boolean after(Timestamp ts) {
        return compareTo(ts) > 0;
    }

    public int compareTo(Timestamp ts) {
        int i = Long.compare(getTime(), ts.getTime());
        if (i == 0) {
            return Integer.compare(nanos, ts.nanos);
        }
        return i;
    }

    @Override
    public int compareTo(java.util.Date o) {
        if (o instanceof Timestamp) {
            return compareTo((Timestamp) o);
        }
        return compareTo(new Timestamp(o.getTime()));
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @SuppressWarnings("deprecation")
    public static Timestamp valueOf(LocalDateTime dateTime) {
        return new Timestamp(dateTime.getYear() - 1900, dateTime.getMonthValue() - 1, dateTime.getDayOfMonth(),
            dateTime.getHour(), dateTime.getMinute(), dateTime.getSecond(), dateTime.getNano());
    }

    @SuppressWarnings("deprecation")
    public LocalDateTime toLocalDateTime() {
        return LocalDateTime.of(getYear() + 1900, getMonth() + 1, getDate(), getHours(), getMinutes(),
            getSeconds(), getNanos());
    }

    public static Timestamp from(Instant instant) {
        try {
            Timestamp stamp = new Timestamp(Math.multiplyExact(instant.getEpochSecond(), 1000L));
            stamp.setNanos(instant.getNano());
            return stamp;
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    @Override
    public Instant toInstant() {
        return Instant.ofEpochSecond(Math.floorDiv(super.getTime(), 1000L), nanos);
    }
}
