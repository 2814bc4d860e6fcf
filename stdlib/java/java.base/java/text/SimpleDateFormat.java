package java.text;

import static sun.util.calendar.CalendarDays.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Formats and parses dates with a pattern (weeks as the locale's Calendar counts them; the
 * Julian calendar before 1582-10-15 as GregorianCalendar). Pattern
 * letters: G y Y u M L d D E F w W a H k K h m s S z Z X.
 */
public class SimpleDateFormat extends DateFormat {
    private static final long serialVersionUID = 4774881970558875024L;

    private static final String LETTERS = "GyMdkHmsSEDFwWahKzZYuXL";
    private DateFormatSymbols formatData;

    private String pattern;
    /** Compiled pattern: literal text (String) or a field (int[] {letter, count}). */
    private transient List<Object> compiled;
    private Date defaultCenturyStart;
    private int defaultCenturyStartYear;

    public SimpleDateFormat() {
        this("M/d/yy, h:mm a");
    }

    public SimpleDateFormat(String pattern) {
        this(pattern, Locale.getDefault());
    }

    public SimpleDateFormat(String pattern, DateFormatSymbols formatSymbols) {
        this(pattern, Locale.getDefault());
        this.formatData = (DateFormatSymbols) formatSymbols.clone();
    }

    public DateFormatSymbols getDateFormatSymbols() {
        return (DateFormatSymbols) formatData.clone();
    }

    public void setDateFormatSymbols(DateFormatSymbols newFormatSymbols) {
        this.formatData = (DateFormatSymbols) newFormatSymbols.clone();
    }

    public SimpleDateFormat(String pattern, Locale locale) {
        if (pattern == null || locale == null) {
            throw new NullPointerException();
        }
        this.pattern = pattern;
        this.compiled = compile(pattern);
        this.formatData = DateFormatSymbols.getInstance(locale);
        // the time zone, leniency and week rules live in the calendar (DateFormat.calendar)
        this.calendar = java.util.Calendar.getInstance(TimeZone.getDefault(), locale);
        this.numberFormat = NumberFormat.getIntegerInstance(locale);
        numberFormat.setGroupingUsed(false);
        if (numberFormat instanceof DecimalFormat) {
            ((DecimalFormat) numberFormat).setDecimalSeparatorAlwaysShown(false);
        }
        numberFormat.setParseIntegerOnly(true);
        numberFormat.setMinimumFractionDigits(0);
        long now = System.currentTimeMillis();
        set2DigitYearStart(new Date(now - 80L * 365 * 86_400_000L));
    }

    private static List<Object> compile(String pattern) {
        List<Object> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        boolean inQuote = false;
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < n && pattern.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i++;
                } else {
                    inQuote = !inQuote;
                }
                continue;
            }
            if (inQuote) {
                literal.append(c);
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                if (LETTERS.indexOf(c) < 0) {
                    throw new IllegalArgumentException("Illegal pattern character '" + c + "'");
                }
                int count = 1;
                while (i + 1 < n && pattern.charAt(i + 1) == c) {
                    count++;
                    i++;
                }
                if (c == 'X' && count > 3) {
                    throw new IllegalArgumentException("invalid ISO 8601 format: length=" + count);
                }
                if (literal.length() > 0) {
                    out.add(literal.toString());
                    literal.setLength(0);
                }
                out.add(new int[] {c, count});
                continue;
            }
            literal.append(c);
        }
        if (inQuote) {
            throw new IllegalArgumentException("Unterminated quote");
        }
        if (literal.length() > 0) {
            out.add(literal.toString());
        }
        return out;
    }

    // ---- calendar arithmetic (proleptic Gregorian) ----

    private static long daysInMonth(long year, int month) {
        long next = month == 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
        return next - daysFromCivil(year, month, 1);
    }

    // ---- weeks ----

    /** The position of a day (epoch day) in its week: 0 for the locale's first day of the week. */
    private int relativeDay(long day) {
        int dow = (int) Math.floorMod(day + 4, 7L) + 1; // Calendar's SUNDAY = 1
        return Math.floorMod(dow - calendar.getFirstDayOfWeek(), 7);
    }

    /** The first day of week 1 of a year (it may be in the year before). */
    private long week1Start(long year) {
        long jan1 = toDays(year, 1, 1);
        int r = relativeDay(jan1);
        return 7 - r >= calendar.getMinimalDaysInFirstWeek() ? jan1 - r : jan1 - r + 7;
    }

    // ---- formatting ----

    private static void pad(StringBuffer sb, long value, int width) {
        String s = Long.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    private static void offset(StringBuffer sb, int millis, boolean colon, boolean minutes) {
        int total = millis / 60000;
        sb.append(total < 0 ? '-' : '+');
        total = Math.abs(total);
        pad(sb, total / 60, 2);
        if (minutes) {
            if (colon) {
                sb.append(':');
            }
            pad(sb, total % 60, 2);
        }
    }

    @Override
    public StringBuffer format(Date date, StringBuffer toAppendTo, FieldPosition pos) {
        long time = date.getTime();
        int off = calendar.getTimeZone().getOffset(time);
        long local = time + off;
        long day = Math.floorDiv(local, 86_400_000L);
        int ms = (int) Math.floorMod(local, 86_400_000L);
        long[] ymd = fromDays(day);
        long year = ymd[0];
        int month = (int) ymd[1];
        int dom = (int) ymd[2];
        int dow = (int) Math.floorMod(day + 4, 7L); // 0 = Sunday
        int hour = ms / 3_600_000;
        long jan1 = toDays(year, 1, 1);
        long weekYear = year;
        long weekOfYear;
        long week1 = week1Start(year);
        if (day < week1) {
            weekYear = year - 1;
            weekOfYear = (day - week1Start(year - 1)) / 7 + 1;
        } else if (day >= week1Start(year + 1)) {
            weekYear = year + 1;
            weekOfYear = 1;
        } else {
            weekOfYear = (day - week1) / 7 + 1;
        }
        int firstRel = relativeDay(day - (dom - 1));
        long weekOfMonth = (dom - 1 + firstRel) / 7 + (7 - firstRel >= calendar.getMinimalDaysInFirstWeek() ? 1 : 0);
        for (Object part : compiled) {
            if (part instanceof String) {
                toAppendTo.append((String) part);
                continue;
            }
            int[] f = (int[]) part;
            char c = (char) f[0];
            int count = f[1];
            switch (c) {
                case 'G':
                    toAppendTo.append(formatData.getEras()[year > 0 ? 1 : 0]);
                    break;
                case 'w':
                    pad(toAppendTo, weekOfYear, count);
                    break;
                case 'W':
                    pad(toAppendTo, weekOfMonth, count);
                    break;
                case 'y':
                case 'Y': {
                    long y = c == 'Y' ? weekYear : year;
                    y = y > 0 ? y : 1 - y;
                    if (count == 2) {
                        pad(toAppendTo, y % 100, 2);
                    } else {
                        pad(toAppendTo, y, count);
                    }
                    break;
                }
                case 'M':
                case 'L':
                    if (count >= 4) {
                        toAppendTo.append(formatData.getMonths()[month - 1]);
                    } else if (count == 3) {
                        toAppendTo.append(formatData.getShortMonths()[month - 1]);
                    } else {
                        pad(toAppendTo, month, count);
                    }
                    break;
                case 'd':
                    pad(toAppendTo, dom, count);
                    break;
                case 'D':
                    pad(toAppendTo, day - jan1 + 1, count);
                    break;
                case 'F':
                    pad(toAppendTo, (dom - 1) / 7 + 1, count);
                    break;
                case 'E':
                    if (count >= 4) {
                        toAppendTo.append(formatData.getWeekdays()[dow + 1]);
                    } else {
                        toAppendTo.append(formatData.getShortWeekdays()[dow + 1]);
                    }
                    break;
                case 'u':
                    pad(toAppendTo, dow == 0 ? 7 : dow, count);
                    break;
                case 'a':
                    toAppendTo.append(formatData.getAmPmStrings()[hour < 12 ? 0 : 1]);
                    break;
                case 'H':
                    pad(toAppendTo, hour, count);
                    break;
                case 'k':
                    pad(toAppendTo, hour == 0 ? 24 : hour, count);
                    break;
                case 'K':
                    pad(toAppendTo, hour % 12, count);
                    break;
                case 'h':
                    pad(toAppendTo, hour % 12 == 0 ? 12 : hour % 12, count);
                    break;
                case 'm':
                    pad(toAppendTo, ms / 60_000 % 60, count);
                    break;
                case 's':
                    pad(toAppendTo, ms / 1000 % 60, count);
                    break;
                case 'S':
                    pad(toAppendTo, ms % 1000, count);
                    break;
                case 'z':
                    toAppendTo.append(calendar.getTimeZone().getDisplayName(calendar.getTimeZone().inDaylightTime(date),
                            count >= 4 ? TimeZone.LONG : TimeZone.SHORT, Locale.US));
                    break;
                case 'Z':
                    offset(toAppendTo, off, false, true);
                    break;
                case 'X':
                    if (off == 0) {
                        toAppendTo.append('Z');
                    } else {
                        offset(toAppendTo, off, count == 3, count >= 2);
                    }
                    break;
                default:
                    break;
            }
        }
        return toAppendTo;
    }

    // ---- parsing ----

    private static boolean isNumeric(Object part) {
        if (!(part instanceof int[])) {
            return false;
        }
        int[] f = (int[]) part;
        char c = (char) f[0];
        if (c == 'M' || c == 'L') {
            return f[1] <= 2;
        }
        return "yYudDFHkKhmsSwW".indexOf(c) >= 0;
    }

    /**
     * Index after the longest case-insensitive match of one of the names (of either array,
     * which[0] set to its index; empty names never match), or -1.
     */
    private static int matchName(String text, int start, String[] names, String[] shortNames,
            int[] which) {
        int best = -1;
        for (String[] list : new String[][] {names, shortNames}) {
            if (list == null) {
                continue;
            }
            for (int i = 0; i < list.length; i++) {
                String form = list[i];
                if (!form.isEmpty() && text.regionMatches(true, start, form, 0, form.length())
                        && start + form.length() > best) {
                    best = start + form.length();
                    which[0] = i;
                }
            }
        }
        return best;
    }

    @Override
    public Date parse(String text, ParsePosition pos) {
        if (text == null || pos == null) {
            throw new NullPointerException();
        }
        int start = pos.getIndex();
        int i = start;
        long year = 1970;
        int month = 1;
        long dom = 1;
        long dayOfYear = -1;
        long weekOfYear = -1;
        int dayOfWeek = -1; // Calendar's SUNDAY = 1
        boolean dateParsed = false;
        long hour = 0;
        long minute = 0;
        long second = 0;
        long millis = 0;
        int pm = -1;
        long hour12 = -1;
        boolean bc = false;
        boolean ambiguousYear = false;
        Integer parsedOffset = null;
        int n = text.length();
        for (int k = 0; k < compiled.size(); k++) {
            Object part = compiled.get(k);
            if (part instanceof String) {
                String lit = (String) part;
                for (int j = 0; j < lit.length(); j++) {
                    char c = lit.charAt(j);
                    if (i < n && text.charAt(i) == c) {
                        i++;
                    } else if (Character.isWhitespace(c) && calendar.isLenient()) {
                        continue;
                    } else {
                        pos.setErrorIndex(i);
                        return null;
                    }
                }
                continue;
            }
            int[] f = (int[]) part;
            char c = (char) f[0];
            int count = f[1];
            boolean abutting = k + 1 < compiled.size() && isNumeric(compiled.get(k + 1));
            if (isNumeric(part)) {
                int limit = abutting ? Math.min(n, i + count) : n;
                int j = i;
                boolean negative = false;
                if (j < limit && (text.charAt(j) == '-') && calendar.isLenient() && !abutting) {
                    negative = true;
                    j++;
                }
                int digitsStart = j;
                long value = 0;
                while (j < limit && text.charAt(j) >= '0' && text.charAt(j) <= '9'
                        && j - digitsStart < 18) {
                    value = value * 10 + (text.charAt(j) - '0');
                    j++;
                }
                if (j == digitsStart) {
                    pos.setErrorIndex(i);
                    return null;
                }
                if (negative) {
                    value = -value;
                }
                int digits = j - digitsStart;
                i = j;
                switch (c) {
                    case 'y':
                    case 'Y':
                    case 'u':
                        if (c == 'u') {
                            dayOfWeek = (int) Math.floorMod(value, 7L) + 1;
                            break;
                        }
                        year = value;
                        ambiguousYear = count <= 2 && digits == 2 && !negative;
                        break;
                    case 'M':
                    case 'L':
                        month = (int) value;
                        break;
                    case 'd':
                        dom = value;
                        dateParsed = true;
                        break;
                    case 'w':
                        weekOfYear = value;
                        break;
                    case 'D':
                        dayOfYear = value;
                        break;
                    case 'H':
                        hour = value;
                        hour12 = -1;
                        break;
                    case 'k':
                        hour = value == 24 ? 0 : value;
                        break;
                    case 'h':
                        hour12 = value == 12 ? 0 : value;
                        break;
                    case 'K':
                        hour12 = value;
                        break;
                    case 'm':
                        minute = value;
                        break;
                    case 's':
                        second = value;
                        break;
                    case 'S':
                        millis = value;
                        break;
                    default:
                        break;
                }
                continue;
            }
            int[] which = new int[1];
            switch (c) {
                case 'M':
                case 'L': {
                    int end = matchName(text, i, formatData.getMonths(),
                            formatData.getShortMonths(), which);
                    if (end < 0) {
                        pos.setErrorIndex(i);
                        return null;
                    }
                    month = which[0] + 1;
                    i = end;
                    break;
                }
                case 'E': {
                    int end = matchName(text, i, formatData.getWeekdays(),
                            formatData.getShortWeekdays(), which);
                    if (end < 0) {
                        pos.setErrorIndex(i);
                        return null;
                    }
                    dayOfWeek = which[0];
                    i = end;
                    break;
                }
                case 'a': {
                    int end = matchName(text, i, formatData.getAmPmStrings(), null, which);
                    if (end < 0) {
                        pos.setErrorIndex(i);
                        return null;
                    }
                    pm = which[0];
                    i = end;
                    break;
                }
                case 'G': {
                    int end = matchName(text, i, formatData.getEras(), null, which);
                    if (end < 0) {
                        pos.setErrorIndex(i);
                        return null;
                    }
                    bc = which[0] == 0;
                    i = end;
                    break;
                }
                case 'z':
                case 'Z':
                case 'X': {
                    int[] result = parseZone(text, i, c, count);
                    if (result[0] < 0) {
                        pos.setErrorIndex(result[1]);
                        return null;
                    }
                    parsedOffset = result[1];
                    i = result[0];
                    break;
                }
                default:
                    break;
            }
        }
        if (hour12 >= 0) {
            hour = hour12 + (pm == 1 ? 12 : 0);
        }
        if (ambiguousYear) {
            long candidate = defaultCenturyStartYear / 100 * 100 + year;
            if (candidate < defaultCenturyStartYear) {
                candidate += 100;
            }
            year = candidate;
        }
        if (bc) {
            year = 1 - year;
        }
        if (!calendar.isLenient()) {
            if (month < 1 || month > 12 || dom < 1 || dom > daysInMonth(year, month) || hour > 23
                    || minute > 59 || second > 59 || millis > 999 || hour12 > 11) {
                pos.setErrorIndex(i);
                return null;
            }
        }
        long y = year + Math.floorDiv(month - 1, 12);
        int m = (int) Math.floorMod(month - 1, 12) + 1;
        long days;
        if (weekOfYear >= 0 && dayOfYear < 0 && !dateParsed) {
            // a week date: the week of the (week) year and the day in it (the week's first day by default)
            int rel = dayOfWeek < 0 ? 0 : Math.floorMod(dayOfWeek - calendar.getFirstDayOfWeek(), 7);
            days = week1Start(year) + (weekOfYear - 1) * 7 + rel;
        } else if (dayOfYear >= 0) {
            days = toDays(year, 1, 1) + dayOfYear - 1;
        } else {
            days = toDays(y, m, 1) + dom - 1;
        }
        long local = days * 86_400_000L + hour * 3_600_000L + minute * 60_000L + second * 1000L
                + millis;
        long time = local - (parsedOffset != null ? parsedOffset : calendar.getTimeZone().getOffset(local));
        pos.setIndex(i);
        return new Date(time);
    }

    /** {end index, offset millis} of a zone at i, or {-1, error index} (count: pattern letters). */
    private int[] parseZone(String text, int i, char letter, int count) {
        int n = text.length();
        if (i >= n) {
            return new int[] {-1, i};
        }
        char c = text.charAt(i);
        int sign = c == '+' ? 1 : c == '-' ? -1 : 0;
        if (letter == 'X') {
            if (c == 'Z') {
                return new int[] {i + 1, 0};
            }
            // ISO 8601: X is "+hh", XX "+hhmm", XXX "+hh:mm", as the JDK's subParseNumericZone
            return sign == 0 ? new int[] {-1, i + 1} : parseNumericOffset(text, i + 1, sign, count, count == 3);
        }
        if (sign != 0) {
            return parseNumericOffset(text, i + 1, sign, 0, false); // RFC 822 "+hhmm"
        }
        if (text.regionMatches(true, i, "GMT", 0, 3)) {
            int j = i + 3;
            int s = j < n ? (text.charAt(j) == '+' ? 1 : text.charAt(j) == '-' ? -1 : 0) : 0;
            return s == 0 ? new int[] {j, 0} : parseNumericOffset(text, j + 1, s, 0, true); // "GMT+h:mm"
        }
        if (text.regionMatches(true, i, "UTC", 0, 3)) {
            return new int[] {i + 3, 0};
        }
        // zone names ("PST", "Central European Summer Time"): the longest that matches
        // (the formatter then formats in that name's zone, as the JDK's does)
        String best = null;
        String[] bestZone = null;
        for (java.util.Map.Entry<String, String[]> e : jdk.internal.util.ZoneData.legacyParseZones().entrySet()) {
            String name = e.getKey();
            if ((best == null || name.length() > best.length()) && text.regionMatches(true, i, name, 0, name.length())) {
                best = name;
                bestZone = e.getValue();
            }
        }
        if (best != null) {
            calendar.setTimeZone(TimeZone.getTimeZone(bestZone[1]));
            return new int[] {i + best.length(), Integer.parseInt(bestZone[0]) * 60_000};
        }
        return new int[] {-1, i};
    }

    /**
     * The JDK's subParseNumericZone: hours (two digits, or one before a colon when colon is
     * set and count is 0), then unless count is 1 minutes, after a ':' when colon is set.
     * Fails with {-1, index of the offending character (or the end)}, as the JDK reports it.
     */
    private static int[] parseNumericOffset(String text, int i, int sign, int count, boolean colon) {
        int n = text.length();
        int j = i;
        if (j >= n) {
            return new int[] {-1, n};
        }
        if (!isAsciiDigit(text.charAt(j++))) {
            return new int[] {-1, j - 1};
        }
        int hours = text.charAt(j - 1) - '0';
        if (j >= n) {
            return new int[] {-1, n};
        }
        if (isAsciiDigit(text.charAt(j))) {
            hours = hours * 10 + (text.charAt(j++) - '0');
        } else if (count > 0 || !colon) {
            return new int[] {-1, j};
        }
        if (hours > 23) {
            return new int[] {-1, j - 1};
        }
        int minutes = 0;
        if (count != 1) {
            if (colon) {
                if (j >= n) {
                    return new int[] {-1, n};
                }
                if (text.charAt(j++) != ':') {
                    return new int[] {-1, j - 1};
                }
            }
            for (int k = 0; k < 2; k++) {
                if (j >= n) {
                    return new int[] {-1, n};
                }
                if (!isAsciiDigit(text.charAt(j++))) {
                    return new int[] {-1, j - 1};
                }
                minutes = minutes * 10 + (text.charAt(j - 1) - '0');
            }
            if (minutes > 59) {
                return new int[] {-1, j - 1};
            }
        }
        return new int[] {j, sign * (hours * 60 + minutes) * 60000};
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---- accessors ----

    public void set2DigitYearStart(Date startDate) {
        defaultCenturyStart = new Date(startDate.getTime());
        long t = startDate.getTime();
        defaultCenturyStartYear = (int) civilFromDays(Math.floorDiv(t + calendar.getTimeZone().getOffset(t), 86_400_000L))[0];
    }

    public Date get2DigitYearStart() {
        return (Date) defaultCenturyStart.clone();
    }

    public String toPattern() {
        return pattern;
    }

    public String toLocalizedPattern() {
        return pattern;
    }

    public void applyPattern(String pattern) {
        List<Object> c = compile(pattern);
        this.pattern = pattern;
        this.compiled = c;
    }

    public void applyLocalizedPattern(String pattern) {
        applyPattern(pattern);
    }

    @Override
    public Object clone() {
        SimpleDateFormat other = (SimpleDateFormat) super.clone();
        other.formatData = (DateFormatSymbols) formatData.clone();
        return other;
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof SimpleDateFormat)) {
            return false;
        }
        SimpleDateFormat that = (SimpleDateFormat) obj;
        return super.equals(obj) && pattern.equals(that.pattern) && formatData.equals(that.formatData);
    }
}
