package sun.util.calendar;

/**
 * Day arithmetic shared by {@code Date}, {@code GregorianCalendar}, {@code SimpleDateFormat}
 * and the zip entries' DOS times: days since 1970-01-01 of a (year, month 1-12, day) and back,
 * in the proleptic Gregorian calendar, or Gregorian from the 1582 cutover on and Julian before
 * it, as {@code GregorianCalendar}'s default.
 */
public final class CalendarDays {
    private CalendarDays() {
    }

    /** 1582-10-15, the first day of the Gregorian calendar, in days since the epoch. */
    public static final long CUTOVER = -141427;

    /** Days since 1970-01-01 of the proleptic Gregorian date y-m-d (d may be out of range). */
    public static long daysFromCivil(long y, long m, long d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** {year, month 1-12, day} of a day since 1970-01-01, proleptic Gregorian. */
    public static long[] civilFromDays(long z) {
        z += 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp + (mp < 10 ? 3 : -9);
        return new long[] {y + (m <= 2 ? 1 : 0), m, d};
    }

    /** Days since the epoch of y-m-d: Gregorian from the cutover on, Julian before. */
    public static long toDays(long y, long m, long d) {
        long days = daysFromCivil(y, m, d);
        if (days >= CUTOVER) {
            return days;
        }
        long a = (14 - m) / 12;
        long yy = y + 4800 - a;
        long mm = m + 12 * a - 3;
        return d + (153 * mm + 2) / 5 + 365 * yy + Math.floorDiv(yy, 4) - 32083 - 2440588;
    }

    /** {year, month 1-12, day} of a day since the epoch (Julian before the cutover). */
    public static long[] fromDays(long z) {
        if (z >= CUTOVER) {
            return civilFromDays(z);
        }
        long c = z + 2440588 + 32082;
        long d = Math.floorDiv(4 * c + 3, 1461);
        long e = c - Math.floorDiv(1461 * d, 4);
        long m = (5 * e + 2) / 153;
        return new long[] {d - 4800 + m / 10, m + 3 - 12 * (m / 10), e - (153 * m + 2) / 5 + 1};
    }
}
