package java.sql;

import java.time.Instant;
import java.time.LocalDate;

/** An SQL DATE: a java.util.Date at midnight, printed as yyyy-mm-dd (java.sql's class, here
 *  for programs that use it without a database). */
public class Date extends java.util.Date {
    static final long serialVersionUID = 1511598038487230103L;

    @Deprecated
    public Date(int year, int month, int day) {
        super(year, month, day);
    }

    public Date(long date) {
        super(date);
    }

    public void setTime(long date) {
        super.setTime(date);
    }

    /** Parses yyyy-[m]m-[d]d; anything else is an IllegalArgumentException without message. */
    public static Date valueOf(String s) {
        if (s == null) {
            throw new IllegalArgumentException();
        }
        Date d = null;
        int firstDash = s.indexOf('-');
        int secondDash = s.indexOf('-', firstDash + 1);
        int len = s.length();
        if (firstDash > 0 && secondDash > 0 && secondDash < len - 1) {
            if (firstDash == 4
                    && (secondDash - firstDash > 1 && secondDash - firstDash <= 3)
                    && (len - secondDash > 1 && len - secondDash <= 3)) {
                int year = Integer.parseInt(s, 0, firstDash, 10);
                int month = Integer.parseInt(s, firstDash + 1, secondDash, 10);
                int day = Integer.parseInt(s, secondDash + 1, len, 10);
                if ((month >= 1 && month <= 12) && (day >= 1 && day <= 31)) {
                    d = new Date(year - 1900, month - 1, day);
                }
            }
        }
        if (d == null) {
            throw new IllegalArgumentException();
        }
        return d;
    }

    @SuppressWarnings("deprecation")
    public String toString() {
        char[] buf = new char[10];
        formatDecimalInt(super.getYear() + 1900, buf, 0, 4);
        buf[4] = '-';
        formatDecimalInt(super.getMonth() + 1, buf, 5, 2);
        buf[7] = '-';
        formatDecimalInt(super.getDate(), buf, 8, 2);
        return new String(buf);
    }

    /** The last len decimal digits of val, zero-padded, into buf at offset. */
    static void formatDecimalInt(int val, char[] buf, int offset, int len) {
        int charPos = offset + len;
        do {
            buf[--charPos] = (char) ('0' + (val % 10));
            val /= 10;
        } while (charPos > offset);
    }

    @Deprecated
    public int getHours() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    public int getMinutes() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    public int getSeconds() {
        throw new IllegalArgumentException();
    }

    @Deprecated
    public void setHours(int i) {
        throw new IllegalArgumentException();
    }

    @Deprecated
    public void setMinutes(int i) {
        throw new IllegalArgumentException();
    }

    @Deprecated
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

    public Instant toInstant() {
        throw new UnsupportedOperationException();
    }
}
