package java.sql;

import java.time.Instant;
import java.time.LocalDate;

/** A date (no time of day) for SQL DATE values, in the default time zone. */
public class Date extends java.util.Date {
    private static final long serialVersionUID = 1511598038487230103L;

    @Deprecated
    public Date(int year, int month, int day) {
        super(year, month, day);
    }

    public Date(long date) {
        super(date);
    }

    @Override
    public void setTime(long date) {
        super.setTime(date);
    }

    /** Parses "yyyy-[m]m-[d]d"; out-of-range days roll over into the next month. */
    public static Date valueOf(String s) {
        if (s == null) {
            throw new IllegalArgumentException();
        }
        int firstDash = s.indexOf('-');
        int secondDash = s.indexOf('-', firstDash + 1);
        int len = s.length();
        if (firstDash == 4 && secondDash > 0 && secondDash < len - 1
                && secondDash - firstDash > 1 && secondDash - firstDash <= 3
                && len - secondDash > 1 && len - secondDash <= 3) {
            int year = Integer.parseInt(s, 0, firstDash, 10);
            int month = Integer.parseInt(s, firstDash + 1, secondDash, 10);
            int day = Integer.parseInt(s, secondDash + 1, len, 10);
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                return new Date(year - 1900, month - 1, day);
            }
        }
        throw new IllegalArgumentException();
    }

    static void digits(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    /** "yyyy-mm-dd". */
    @Override
    @SuppressWarnings("deprecation")
    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        digits(sb, super.getYear() + 1900, 4);
        sb.append('-');
        digits(sb, super.getMonth() + 1, 2);
        sb.append('-');
        digits(sb, super.getDate(), 2);
        return sb.toString();
    }

    @Deprecated
    @Override
    public int getHours() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    @Override
    public int getMinutes() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    @Override
    public int getSeconds() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    @Override
    public void setHours(int i) {
        throw new IllegalArgumentException();
    }

    @Deprecated
    @Override
    public void setMinutes(int i) {
        throw new IllegalArgumentException();
    }

    @Deprecated
    @Override
    public void setSeconds(int i) {
        throw new IllegalArgumentException();
    }

    @SuppressWarnings("deprecation")
    public static Date valueOf(LocalDate date) {
        return new Date(date.getYear() - 1900, date.getMonthValue() - 1, date.getDayOfMonth());
    }

    @SuppressWarnings("deprecation")
    public LocalDate toLocalDate() {
        return LocalDate.of(getYear() + 1900, getMonth() + 1, getDate());
    }

    @Override
    public Instant toInstant() {
        throw new UnsupportedOperationException();
    }
}
