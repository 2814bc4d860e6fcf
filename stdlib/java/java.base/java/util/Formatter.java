package java.util;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import sun.nio.cs.CortadoCharset;
import jdk.internal.math.FloatingDecimal;

/**
 * printf-style formatting with JDK 17's output and exceptions. Numbers take their grouping
 * and decimal separators and their zero digit from the locale's
 * {@link java.text.DecimalFormatSymbols} (none for a null locale); upper-casing always behaves
 * as Locale.US.
 */
public final class Formatter implements Closeable, Flushable {
    private Appendable a;
    private final Locale l;
    private IOException lastException;

    public Formatter() {
        this(new StringBuilder(), Locale.getDefault());
    }

    public Formatter(Appendable a) {
        this(a == null ? new StringBuilder() : a, Locale.getDefault());
    }

    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    public Formatter(Appendable a, Locale l) {
        this.a = a == null ? new StringBuilder() : a;
        this.l = l;
    }

    public Formatter(StringBuilder sb) {
        this((Appendable) sb);
    }

    public Formatter(PrintStream ps) {
        this((Appendable) Objects.requireNonNull(ps), Locale.getDefault());
    }

    public Formatter(OutputStream os) {
        this(new BufferedWriter(new OutputStreamWriter(os)), Locale.getDefault());
    }

    public Formatter(OutputStream os, String csn) throws UnsupportedEncodingException {
        this(os, csn, Locale.getDefault());
    }

    public Formatter(OutputStream os, String csn, Locale l) throws UnsupportedEncodingException {
        this(os, toCharset(csn), l);
    }

    public Formatter(OutputStream os, Charset charset, Locale l) {
        this(new BufferedWriter(new OutputStreamWriter(os, charset)), l);
    }

    public Formatter(String fileName) throws FileNotFoundException {
        this(new File(fileName), Charset.defaultCharset(), Locale.getDefault());
    }

    public Formatter(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(fileName, csn, Locale.getDefault());
    }

    public Formatter(String fileName, String csn, Locale l) throws FileNotFoundException, UnsupportedEncodingException {
        this(new File(fileName), toCharset(csn), l);
    }

    public Formatter(String fileName, Charset charset, Locale l) throws IOException {
        this(new File(fileName), charset, l);
    }

    public Formatter(File file) throws FileNotFoundException {
        this(file, Charset.defaultCharset(), Locale.getDefault());
    }

    public Formatter(File file, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(file, csn, Locale.getDefault());
    }

    public Formatter(File file, String csn, Locale l) throws FileNotFoundException, UnsupportedEncodingException {
        this(file, toCharset(csn), l);
    }

    /** The charset is checked before the file is opened (a bad one creates no file). */
    public Formatter(File file, Charset charset, Locale l) throws FileNotFoundException {
        this(open(file, Objects.requireNonNull(charset, "charset")), l);
    }

    private static Appendable open(File file, Charset charset) throws FileNotFoundException {
        return new BufferedWriter(new OutputStreamWriter(new FileOutputStream(file), charset));
    }

    private static Charset toCharset(String csn) throws UnsupportedEncodingException {
        Objects.requireNonNull(csn, "charsetName");
        Charset cs = CortadoCharset.lookup(csn);
        if (cs == null) {
            throw new UnsupportedEncodingException(csn);
        }
        return cs;
    }

    private void ensureOpen() {
        if (a == null) throw new FormatterClosedException();
    }

    public Locale locale() {
        ensureOpen();
        return l;
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    @Override
    public String toString() {
        ensureOpen();
        return a.toString();
    }

    @Override
    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException ioe) {
                lastException = ioe;
            }
        }
    }

    @Override
    public void close() {
        if (a == null) return;
        try {
            if (a instanceof Closeable) ((Closeable) a).close();
        } catch (IOException ioe) {
            lastException = ioe;
        } finally {
            a = null;
        }
    }

    public IOException ioException() {
        return lastException;
    }

    public Formatter format(String format, Object... args) {
        return format(l, format, args);
    }

    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        jdk.internal.util.IdentityHashDraws.format();
        char[] separators = separators(l);
        int last = -1;   // index of the last argument referenced
        int lasto = -1;  // last ordinary index
        Object[] specs = parse(format);
        for (int k = 0; k < specs.length && specs[k] != null; k++) {
            Object o = specs[k];
            try {
                if (o instanceof String) {
                    jdk.internal.util.IdentityHashDraws.literal();
                    a.append((String) o);
                    continue;
                }
                Spec fs = (Spec) o;
                fs.grouping = separators[0];
                fs.decimal = separators[1];
                fs.zero = separators[2];
                fs.locale = l;
                int index = fs.index;
                if (index == -2) {
                    fs.print(this, null);
                } else if (index == -1) {
                    if (last < 0 || (args != null && last > args.length - 1))
                        throw new MissingFormatArgumentException(fs.toString());
                    fs.print(this, args == null ? null : args[last]);
                } else if (index == 0) {
                    lasto++;
                    last = lasto;
                    if (args != null && lasto > args.length - 1)
                        throw new MissingFormatArgumentException(fs.toString());
                    fs.print(this, args == null ? null : args[lasto]);
                } else {
                    last = index - 1;
                    if (args != null && last > args.length - 1)
                        throw new MissingFormatArgumentException(fs.toString());
                    fs.print(this, args == null ? null : args[last]);
                }
            } catch (IOException x) {
                lastException = x;
            }
        }
        return this;
    }

    /** The grouping and decimal separators and the zero digit numbers use in locale l (null: none). */
    private static char[] separators(Locale l) {
        if (l == null || l == Locale.US || l == Locale.ROOT) {
            return US_SEPARATORS;
        }
        char[] cached = SEPARATORS.get(l);
        if (cached == null) {
            // the locale's data, not a DecimalFormatSymbols: HotSpot's Formatter makes one only
            // to localize a number (IdentityHashDraws)
            String[] data = jdk.internal.util.LocaleNumbers.of(l);
            cached = new char[] {data[jdk.internal.util.LocaleNumbers.GROUPING].charAt(0),
                    data[jdk.internal.util.LocaleNumbers.DECIMAL].charAt(0),
                    data[jdk.internal.util.LocaleNumbers.ZERO].charAt(0)};
            SEPARATORS.put(l, cached);
        }
        return cached;
    }

    private static final char[] US_SEPARATORS = {',', '.', '0'};
    private static final java.util.concurrent.ConcurrentHashMap<Locale, char[]> SEPARATORS =
            new java.util.concurrent.ConcurrentHashMap<>();

    // ------------------------------------------------------------------ parsing

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isFlag(char c) {
        return c == '-' || c == '#' || c == '+' || c == ' ' || c == '0' || c == ',' || c == '(' || c == '<';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Conversions accepted directly after '%' (and by the general parser when not %t). */
    static boolean isValidConversion(char c) {
        switch (c) {
            case 'b': case 'B': case 's': case 'S': case 'h': case 'H': case 'c': case 'C':
            case 'd': case 'o': case 'x': case 'X': case 'e': case 'E': case 'g': case 'G':
            case 'f': case 'a': case 'A': case 'n': case '%':
                return true;
            default:
                return false;
        }
    }

    /** Fixed text as String, specifiers as Spec (null-terminated); syntax errors are thrown before any output. */
    private static Object[] parse(String s) {
        Object[] al = new Object[8];
        int cnt = 0;
        int i = 0, max = s.length();
        while (i < max) {
            int n = s.indexOf('%', i);
            if (n < 0) {
                al = add(al, cnt++, s.substring(i, max));
                break;
            }
            if (i != n) al = add(al, cnt++, s.substring(i, n));
            i = n + 1;
            if (i >= max) throw new UnknownFormatConversionException("%");
            char c = s.charAt(i);
            if (isValidConversion(c)) {
                al = add(al, cnt++, new Spec(c));
                i++;
            } else {
                int end = matchSpec(s, n);
                if (end < 0) throw new UnknownFormatConversionException(String.valueOf(c));
                al = add(al, cnt++, new Spec(s, n, end));
                i = end;
            }
        }
        return al;
    }

    private static Object[] add(Object[] a, int i, Object o) {
        if (i == a.length) {
            Object[] b = new Object[a.length * 2];
            System.arraycopy(a, 0, b, 0, a.length);
            a = b;
        }
        a[i] = o;
        return a;
    }

    /**
     * Matches %(\d+\$)?([-#+ 0,(\<]*)?(\d+)?(\.\d+)?([tT])?([a-zA-Z%]) at n; returns the end
     * index or -1. Backtracking never changes the outcome except for [tT]? before a non-letter.
     */
    private static int matchSpec(String s, int n) {
        int max = s.length();
        int i = n + 1;
        int j = i;
        while (j < max && isDigit(s.charAt(j))) j++;
        if (j > i && j < max && s.charAt(j) == '$') i = j + 1;
        while (i < max && isFlag(s.charAt(i))) i++;
        while (i < max && isDigit(s.charAt(i))) i++;
        if (i + 1 < max && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            i += 2;
            while (i < max && isDigit(s.charAt(i))) i++;
        }
        if (i >= max) return -1;
        char c = s.charAt(i);
        if ((c == 't' || c == 'T') && i + 1 < max) {
            char d = s.charAt(i + 1);
            if (isAsciiLetter(d) || d == '%') return i + 2;
        }
        if (isAsciiLetter(c) || c == '%') return i + 1;
        return -1;
    }

    // ------------------------------------------------------------------ flags

    static final int LEFT_JUSTIFY = 1 << 0;  // '-'
    static final int UPPERCASE = 1 << 1;     // '^'
    static final int ALTERNATE = 1 << 2;     // '#'
    static final int PLUS = 1 << 3;          // '+'
    static final int LEADING_SPACE = 1 << 4; // ' '
    static final int ZERO_PAD = 1 << 5;      // '0'
    static final int GROUP = 1 << 6;         // ','
    static final int PARENTHESES = 1 << 7;   // '('
    static final int PREVIOUS = 1 << 8;      // '<'

    static int flagOf(char c) {
        switch (c) {
            case '-': return LEFT_JUSTIFY;
            case '#': return ALTERNATE;
            case '+': return PLUS;
            case ' ': return LEADING_SPACE;
            case '0': return ZERO_PAD;
            case ',': return GROUP;
            case '(': return PARENTHESES;
            case '<': return PREVIOUS;
            default: throw new UnknownFormatFlagsException(String.valueOf(c));
        }
    }

    static String flagsToString(int f) {
        StringBuilder sb = new StringBuilder();
        if ((f & LEFT_JUSTIFY) != 0) sb.append('-');
        if ((f & UPPERCASE) != 0) sb.append('^');
        if ((f & ALTERNATE) != 0) sb.append('#');
        if ((f & PLUS) != 0) sb.append('+');
        if ((f & LEADING_SPACE) != 0) sb.append(' ');
        if ((f & ZERO_PAD) != 0) sb.append('0');
        if ((f & GROUP) != 0) sb.append(',');
        if ((f & PARENTHESES) != 0) sb.append('(');
        if ((f & PREVIOUS) != 0) sb.append('<');
        return sb.toString();
    }

    // ------------------------------------------------------------------ small number helpers

    /** Unsigned hex of v without leading zeros. */
    static String hex(long v, boolean upper) {
        if (v == 0) return "0";
        char[] buf = new char[16];
        int p = 16;
        String digs = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        while (v != 0) {
            buf[--p] = digs.charAt((int) (v & 15));
            v >>>= 4;
        }
        return new String(buf, p, 16 - p);
    }

    static String octal(long v) {
        if (v == 0) return "0";
        char[] buf = new char[22];
        int p = 22;
        while (v != 0) {
            buf[--p] = (char) ('0' + (v & 7));
            v >>>= 3;
        }
        return new String(buf, p, 22 - p);
    }

    /** Signed decimal. */
    static String dec(long v) {
        if (v == 0) return "0";
        char[] buf = new char[20];
        int p = 20;
        boolean neg = v < 0;
        while (v != 0) {
            int d = (int) (v % 10);
            buf[--p] = (char) ('0' + (d < 0 ? -d : d));
            v /= 10;
        }
        if (neg) buf[--p] = '-';
        return new String(buf, p, 20 - p);
    }

    private static String upper(String s) {
        return s.toUpperCase();
    }

    // ------------------------------------------------------------------ one format specifier

    private static final class Spec {
        /** Separators of the locale of the format call that prints this specifier. */
        char grouping = ',';
        char decimal = '.';
        char zero = '0';
        /** The locale of that call. */
        Locale locale;
        int index;            // -2: no argument, -1: previous, 0: ordinary, >0: explicit
        int f;                // flags
        int width = -1;
        int precision = -1;
        boolean dt;
        char c;               // conversion, lower-cased (UPPERCASE flag records case)

        /** Simple "%c" form. */
        Spec(char conv) {
            c = conv;
            if (conv >= 'A' && conv <= 'Z') {
                f = UPPERCASE;
                c = (char) (conv + ('a' - 'A'));
            }
            if (isText(c)) index = -2;
        }

        /** General form s[start, end) which matched the specifier syntax. */
        Spec(String s, int start, int end) {
            int i = start + 1;
            int j = i;
            while (isDigit(s.charAt(j))) j++;
            if (j > i && s.charAt(j) == '$') {
                index = parseNum(s, i, j);
                if (index <= 0) throw new IllegalFormatArgumentIndexException(index == -1 ? Integer.MIN_VALUE : index);
                i = j + 1;
            }
            int fs = i;
            while (isFlag(s.charAt(i))) {
                int v = flagOf(s.charAt(i));
                if ((f & v) != 0) throw new DuplicateFormatFlagsException(flagsToString(v));
                f |= v;
                i++;
            }
            if ((f & PREVIOUS) != 0) index = -1;
            j = i;
            while (isDigit(s.charAt(j))) j++;
            if (j > i) {
                width = parseNum(s, i, j);
                if (width < 0) throw new IllegalFormatWidthException(Integer.MIN_VALUE);
                i = j;
            }
            if (s.charAt(i) == '.') {
                j = i + 1;
                while (isDigit(s.charAt(j))) j++;
                precision = parseNum(s, i + 1, j);
                if (precision < 0) throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
                i = j;
            }
            if (end - i == 2) {
                dt = true;
                if (s.charAt(i) == 'T') f |= UPPERCASE;
                i++;
            }
            conversion(s.charAt(i));
            if (dt) checkDateTime();
            else if (c == 'b' || c == 'h' || c == 's') checkGeneral();
            else if (c == 'c') checkCharacter();
            else if (c == 'd' || c == 'o' || c == 'x') checkInteger();
            else if (c == 'e' || c == 'f' || c == 'g' || c == 'a') checkFloat();
            else if (isText(c)) checkText();
            else throw new UnknownFormatConversionException(String.valueOf(c));
        }

        /** Non-negative decimal, or -1 on int overflow. */
        private static int parseNum(String s, int from, int to) {
            long v = 0;
            for (int k = from; k < to; k++) {
                v = v * 10 + (s.charAt(k) - '0');
                if (v > Integer.MAX_VALUE) return -1;
            }
            return (int) v;
        }

        private static boolean isText(char c) {
            return c == '%' || c == 'n';
        }

        private void conversion(char conv) {
            c = conv;
            if (!dt) {
                if (!isValidConversion(c)) throw new UnknownFormatConversionException(String.valueOf(c));
                if (c >= 'A' && c <= 'Z') {
                    f |= UPPERCASE;
                    c = (char) (c + ('a' - 'A'));
                }
                if (isText(c)) index = -2;
            }
        }

        private void checkDateTime() {
            if (precision != -1) throw new IllegalFormatPrecisionException(precision);
            if ("HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc".indexOf(c) < 0)
                throw new UnknownFormatConversionException("t" + c);
            checkBadFlags(ALTERNATE, PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
            if (width == -1 && (f & LEFT_JUSTIFY) != 0) throw new MissingFormatWidthException(toString());
        }

        private void checkGeneral() {
            if ((c == 'b' || c == 'h') && (f & ALTERNATE) != 0) failMismatch(ALTERNATE, c);
            if (width == -1 && (f & LEFT_JUSTIFY) != 0) throw new MissingFormatWidthException(toString());
            checkBadFlags(PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
        }

        private void checkCharacter() {
            if (precision != -1) throw new IllegalFormatPrecisionException(precision);
            checkBadFlags(ALTERNATE, PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
            if (width == -1 && (f & LEFT_JUSTIFY) != 0) throw new MissingFormatWidthException(toString());
        }

        private void checkInteger() {
            checkNumeric();
            if (precision != -1) throw new IllegalFormatPrecisionException(precision);
            if (c == 'd') checkBadFlags(ALTERNATE);
            else checkBadFlags(GROUP);
        }

        private void checkFloat() {
            checkNumeric();
            if (c == 'a') checkBadFlags(PARENTHESES, GROUP);
            else if (c == 'e') checkBadFlags(GROUP);
            else if (c == 'g') checkBadFlags(ALTERNATE);
        }

        private void checkNumeric() {
            if (width == -1 && (f & (LEFT_JUSTIFY | ZERO_PAD)) != 0)
                throw new MissingFormatWidthException(toString());
            if (((f & PLUS) != 0 && (f & LEADING_SPACE) != 0)
                    || ((f & LEFT_JUSTIFY) != 0 && (f & ZERO_PAD) != 0))
                throw new IllegalFormatFlagsException(flagsToString(f));
        }

        private void checkText() {
            if (precision != -1) throw new IllegalFormatPrecisionException(precision);
            if (c == '%') {
                if (f != LEFT_JUSTIFY && f != 0) throw new IllegalFormatFlagsException(flagsToString(f));
                if (width == -1 && (f & LEFT_JUSTIFY) != 0) throw new MissingFormatWidthException(toString());
            } else {
                if (width != -1) throw new IllegalFormatWidthException(width);
                if (f != 0) throw new IllegalFormatFlagsException(flagsToString(f));
            }
        }

        /** Fails on the first of the given flags (in the JDK's order) that is present. */
        private void checkBadFlags(int... bad) {
            for (int b : bad) if ((f & b) != 0) failMismatch(b, c);
        }

        private static void failMismatch(int flag, char c) {
            throw new FormatFlagsConversionMismatchException(flagsToString(flag), c);
        }

        private void failConversion(Object arg) {
            throw new IllegalFormatConversionException(c, arg.getClass());
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("%");
            sb.append(flagsToString(f & ~UPPERCASE));
            if (index > 0) sb.append(dec(index)).append('$');
            if (width != -1) sb.append(dec(width));
            if (precision != -1) sb.append('.').append(dec(precision));
            if (dt) sb.append((f & UPPERCASE) != 0 ? 'T' : 't');
            sb.append((f & UPPERCASE) != 0 ? (char) (c - ('a' - 'A')) : c);
            return sb.toString();
        }

        // -------------------------------------------------------------- printing

        void print(Formatter fmt, Object arg) throws IOException {
            if (dt) {
                if (arg == null) {
                    printString(fmt, "null");
                    return;
                }
                long millis;
                TimeZone zone = TimeZone.getDefault();
                if (arg instanceof Long) {
                    millis = (Long) arg;
                } else if (arg instanceof Date) {
                    millis = ((Date) arg).getTime();
                } else if (arg instanceof Calendar) {
                    millis = ((Calendar) arg).getTimeInMillis();
                    zone = ((Calendar) arg).getTimeZone();
                } else if (arg instanceof java.time.temporal.TemporalAccessor) {
                    printString(fmt, temporal((java.time.temporal.TemporalAccessor) arg, c, fmt.l));
                    return;
                } else {
                    failConversion(arg);
                    return;
                }
                printString(fmt, dateTime(millis, c, zone, fmt.l));
                return;
            }
            switch (c) {
                case 'd': case 'o': case 'x':
                    printInteger(fmt, arg);
                    break;
                case 'e': case 'g': case 'f': case 'a':
                    printFloat(fmt, arg);
                    break;
                case 'c':
                    printCharacter(fmt, arg);
                    break;
                case 'b':
                    printString(fmt, arg == null ? "false" : (arg instanceof Boolean ? (((Boolean) arg).booleanValue() ? "true" : "false") : "true"));
                    break;
                case 's':
                    if (arg instanceof Formattable) {
                        Formatter f2 = fmt;
                        ((Formattable) arg).formatTo(f2, f, width, precision);
                    } else {
                        if ((f & ALTERNATE) != 0) failMismatch(ALTERNATE, 's');
                        printString(fmt, arg == null ? "null" : arg.toString());
                    }
                    break;
                case 'h':
                    printString(fmt, arg == null ? "null" : hex(arg.hashCode() & 0xFFFFFFFFL, false));
                    break;
                case 'n':
                    fmt.a.append(System.lineSeparator()); // a String, as the JDK appends it
                    break;
                case '%':
                    printString(fmt, "%");
                    break;
                default:
                    throw new UnknownFormatConversionException(String.valueOf(c));
            }
        }

        /**
         * The AM/PM marker of a date/time conversion, lower case: the locale's (the JDK's "AM" and
         * "PM" for a null locale or Locale.US).
         */
        private static String amPm(int index, Locale l) {
            String s = l != null && l != Locale.US
                    ? java.text.DateFormatSymbols.getInstance(l).getAmPmStrings()[index]
                    : index == 0 ? "AM" : "PM";
            return s.toLowerCase(l != null ? l : Locale.getDefault(Locale.Category.FORMAT));
        }

        /** A date/time conversion of a java.time object (names of locale l; Locale.US if null). */
        private static String temporal(java.time.temporal.TemporalAccessor t, char conversion, Locale l) {
            try {
                switch (conversion) {
                    case 'B': case 'b': case 'h': {
                        java.text.DateFormatSymbols dfs = java.text.DateFormatSymbols.getInstance(l != null ? l : Locale.US);
                        int m = t.get(java.time.temporal.ChronoField.MONTH_OF_YEAR) - 1;
                        return conversion == 'B' ? dfs.getMonths()[m] : dfs.getShortMonths()[m];
                    }
                    case 'A': case 'a': {
                        java.text.DateFormatSymbols dfs = java.text.DateFormatSymbols.getInstance(l != null ? l : Locale.US);
                        int d = t.get(java.time.temporal.ChronoField.DAY_OF_WEEK) % 7 + 1;
                        return conversion == 'A' ? dfs.getWeekdays()[d] : dfs.getShortWeekdays()[d];
                    }
                    case 'N': {
                        String n = Integer.toString(t.get(java.time.temporal.ChronoField.NANO_OF_SECOND));
                        return "000000000".substring(n.length()) + n;
                    }
                    case 'L': {
                        String n = Integer.toString(t.get(java.time.temporal.ChronoField.MILLI_OF_SECOND));
                        return "000".substring(n.length()) + n;
                    }
                    case 'p':
                        return amPm(t.get(java.time.temporal.ChronoField.AMPM_OF_DAY), l);
                    case 's':
                        return Long.toString(t.getLong(java.time.temporal.ChronoField.INSTANT_SECONDS));
                    case 'Q':
                        return Long.toString(t.getLong(java.time.temporal.ChronoField.INSTANT_SECONDS) * 1000L
                                + t.getLong(java.time.temporal.ChronoField.MILLI_OF_SECOND));
                    case 'C': {
                        String y = Integer.toString(t.get(java.time.temporal.ChronoField.YEAR_OF_ERA) / 100);
                        return y.length() < 2 ? "0" + y : y;
                    }
                    case 'Y': {
                        String y = Integer.toString(t.get(java.time.temporal.ChronoField.YEAR_OF_ERA));
                        return y.length() < 4 ? "0000".substring(y.length()) + y : y;
                    }
                    case 'y': {
                        String y = Integer.toString(t.get(java.time.temporal.ChronoField.YEAR_OF_ERA) % 100);
                        return y.length() < 2 ? "0" + y : y;
                    }
                    case 'Z': {
                        java.time.ZoneId zone = t.query(java.time.temporal.TemporalQueries.zone());
                        if (zone == null) {
                            throw new IllegalFormatConversionException(conversion, t.getClass());
                        }
                        if (!(zone instanceof java.time.ZoneOffset)
                                && t.isSupported(java.time.temporal.ChronoField.INSTANT_SECONDS)) {
                            boolean daylight = zone.getRules().isDaylightSavings(java.time.Instant.from(t));
                            return TimeZone.getTimeZone(zone.getId()).getDisplayName(daylight, TimeZone.SHORT,
                                    Objects.requireNonNullElse(l, Locale.US));
                        }
                        return zone.getId();
                    }
                    // Composites fail on their first failing part, as the JDK's.
                    case 'R':
                        return temporal(t, 'H', l) + ":" + temporal(t, 'M', l);
                    case 'T':
                        return temporal(t, 'H', l) + ":" + temporal(t, 'M', l) + ":" + temporal(t, 'S', l);
                    case 'r':
                        return temporal(t, 'I', l) + ":" + temporal(t, 'M', l) + ":" + temporal(t, 'S', l) + " "
                                + temporal(t, 'p', l).toUpperCase(Locale.ROOT);
                    case 'D':
                        return temporal(t, 'm', l) + "/" + temporal(t, 'd', l) + "/" + temporal(t, 'y', l);
                    case 'F':
                        return temporal(t, 'Y', l) + "-" + temporal(t, 'm', l) + "-" + temporal(t, 'd', l);
                    case 'c':
                        return temporal(t, 'a', l) + " " + temporal(t, 'b', l) + " " + temporal(t, 'd', l) + " "
                                + temporal(t, 'T', l) + " " + temporal(t, 'Z', l) + " " + temporal(t, 'Y', l);
                    default:
                        break;
                }
                String pattern;
                switch (conversion) {
                    case 'H': pattern = "HH"; break;
                    case 'I': pattern = "hh"; break;
                    case 'k': pattern = "H"; break;
                    case 'l': pattern = "h"; break;
                    case 'M': pattern = "mm"; break;
                    case 'S': pattern = "ss"; break;
                    case 'z': pattern = "xx"; break;
                    case 'j': pattern = "DDD"; break;
                    case 'm': pattern = "MM"; break;
                    case 'd': pattern = "dd"; break;
                    case 'e': pattern = "d"; break;
                    default: throw new UnknownFormatConversionException("t" + conversion);
                }
                return pattern(t, pattern);
            } catch (java.time.DateTimeException x) {
                throw new IllegalFormatConversionException(conversion, t.getClass());
            }
        }

        private static String pattern(java.time.temporal.TemporalAccessor t, String pattern) {
            return java.time.format.DateTimeFormatter.ofPattern(pattern, Locale.US).format(t);
        }

        /** A date/time conversion of an instant in a time zone (names of locale l; Locale.US if null). */
        private static String dateTime(long millis, char conversion, TimeZone zone, Locale l) {
            Locale names = l != null ? l : Locale.US;
            String pattern;
            switch (conversion) {
                case 'H': pattern = "HH"; break;
                case 'I': pattern = "hh"; break;
                case 'k': pattern = "H"; break;
                case 'l': pattern = "h"; break;
                case 'M': pattern = "mm"; break;
                case 'S': pattern = "ss"; break;
                case 'L': pattern = "SSS"; break;
                case 'N': {
                    String n = Long.toString(Math.floorMod(millis, 1000L) * 1_000_000L);
                    return "000000000".substring(n.length()) + n;
                }
                case 'p': return amPm(hourOfDay(millis, zone) < 12 ? 0 : 1, l);
                case 'z': pattern = "Z"; break;
                case 'Z': pattern = "z"; break;
                // (Truncated, as the JDK's `t.getTimeInMillis() / 1000`.)
                case 's': return Long.toString(millis / 1000L);
                case 'Q': return Long.toString(millis);
                case 'B': pattern = "MMMM"; break;
                case 'b': case 'h': pattern = "MMM"; break;
                case 'A': pattern = "EEEE"; break;
                case 'a': pattern = "EEE"; break;
                case 'C': {
                    String y = Long.toString(Long.parseLong(format("y", millis, zone, Locale.US)) / 100);
                    return y.length() < 2 ? "0" + y : y;
                }
                case 'Y': pattern = "yyyy"; break;
                case 'y': pattern = "yy"; break;
                case 'j': pattern = "DDD"; break;
                case 'm': pattern = "MM"; break;
                case 'd': pattern = "dd"; break;
                case 'e': pattern = "d"; break;
                case 'R': pattern = "HH:mm"; break;
                case 'T': pattern = "HH:mm:ss"; break;
                case 'r':
                    return format("hh:mm:ss", millis, zone, names) + " "
                            + amPm(hourOfDay(millis, zone) < 12 ? 0 : 1, l).toUpperCase(Locale.ROOT);
                case 'D': pattern = "MM/dd/yy"; break;
                case 'F': pattern = "yyyy-MM-dd"; break;
                case 'c': pattern = "EEE MMM dd HH:mm:ss z yyyy"; break;
                default: throw new UnknownFormatConversionException("t" + conversion);
            }
            return format(pattern, millis, zone, names);
        }

        private static int hourOfDay(long millis, TimeZone zone) {
            return Integer.parseInt(format("H", millis, zone, Locale.US));
        }

        private static String format(String pattern, long millis, TimeZone zone, Locale l) {
            java.text.SimpleDateFormat f = new java.text.SimpleDateFormat(pattern, l);
            f.setTimeZone(zone);
            return f.format(new Date(millis));
        }

        private void printString(Formatter fmt, String s) throws IOException {
            if (precision != -1 && precision < s.length()) s = s.substring(0, precision);
            // like the JDK, in the format's locale (a Turkish %S makes i into \u0130)
            if ((f & UPPERCASE) != 0) s = s.toUpperCase(locale != null ? locale : Locale.getDefault(Locale.Category.FORMAT));
            appendJustified(fmt.a, s);
        }

        private void appendJustified(Appendable a, CharSequence cs) throws IOException {
            if (width == -1) {
                a.append(cs);
                return;
            }
            boolean padRight = (f & LEFT_JUSTIFY) != 0;
            int sp = width - cs.length();
            if (padRight) a.append(cs);
            for (int i = 0; i < sp; i++) a.append(' ');
            if (!padRight) a.append(cs);
        }

        private void printCharacter(Formatter fmt, Object arg) throws IOException {
            if (arg == null) {
                printString(fmt, "null");
                return;
            }
            int cp;
            if (arg instanceof Character) {
                printString(fmt, String.valueOf(((Character) arg).charValue()));
                return;
            } else if (arg instanceof Byte) {
                cp = ((Byte) arg).byteValue();
            } else if (arg instanceof Short) {
                cp = ((Short) arg).shortValue();
            } else if (arg instanceof Integer) {
                cp = ((Integer) arg).intValue();
            } else {
                failConversion(arg);
                return;
            }
            if (cp < 0 || cp > 0x10FFFF) throw new IllegalFormatCodePointException(cp);
            String s;
            if (cp < 0x10000) {
                s = String.valueOf((char) cp);
            } else {
                int v = cp - 0x10000;
                s = new String(new char[] {(char) (0xD800 + (v >>> 10)), (char) (0xDC00 + (v & 0x3FF))});
            }
            printString(fmt, s);
        }

        /** HotSpot's Formatter makes a DecimalFormatSymbols to localize a number outside Locale.US. */
        private void localizes() {
            if (locale != null && !locale.equals(Locale.US)) {
                jdk.internal.util.IdentityHashDraws.symbols();
            }
        }

        private void printInteger(Formatter fmt, Object arg) throws IOException {
            long v;
            int bits;
            if (arg == null) {
                printString(fmt, "null");
                return;
            } else if (arg instanceof Byte) {
                v = ((Byte) arg).byteValue();
                bits = 8;
            } else if (arg instanceof Short) {
                v = ((Short) arg).shortValue();
                bits = 16;
            } else if (arg instanceof Integer) {
                v = ((Integer) arg).intValue();
                bits = 32;
            } else if (arg instanceof Long) {
                v = ((Long) arg).longValue();
                bits = 64;
            } else if (arg instanceof java.math.BigInteger) {
                printBigInteger(fmt, (java.math.BigInteger) arg);
                return;
            } else {
                failConversion(arg);
                return;
            }
            if (v < 0 && bits < 64 && c != 'd') v += 1L << bits;   // two's complement for %o / %x
            StringBuilder sb = new StringBuilder();
            if (c == 'd') {
                localizes();
                boolean neg = v < 0;
                String valueStr = dec(v);
                leadingSign(sb, neg);
                localizedMagnitude(sb, valueStr, neg ? 1 : 0, adjustWidth(width, neg));
                trailingSign(sb, neg);
            } else if (c == 'o') {
                checkBadFlags(PARENTHESES, LEADING_SPACE, PLUS);
                String s = octal(v);
                int len = (f & ALTERNATE) != 0 ? s.length() + 1 : s.length();
                if ((f & ALTERNATE) != 0) sb.append('0');
                if ((f & ZERO_PAD) != 0) trailingZeros(sb, width - len);
                sb.append(s);
            } else {
                checkBadFlags(PARENTHESES, LEADING_SPACE, PLUS);
                boolean up = (f & UPPERCASE) != 0;
                String s = hex(v, up);
                int len = (f & ALTERNATE) != 0 ? s.length() + 2 : s.length();
                if ((f & ALTERNATE) != 0) sb.append(up ? "0X" : "0x");
                if ((f & ZERO_PAD) != 0) trailingZeros(sb, width - len);
                sb.append(s);
            }
            appendJustified(fmt.a, sb);
        }

        /** Unlike primitives, BigInteger %o/%x print a sign and allow '+', ' ' and '('. */
        private void printBigInteger(Formatter fmt, java.math.BigInteger value) throws IOException {
            StringBuilder sb = new StringBuilder();
            boolean neg = value.signum() == -1;
            java.math.BigInteger v = value.abs();
            leadingSign(sb, neg);
            if (c == 'd') {
                localizes();
                localizedMagnitude(sb, v.toString(), 0, adjustWidth(width, neg));
            } else {
                boolean hexa = c == 'x';
                String s = v.toString(hexa ? 16 : 8);
                int len = s.length() + sb.length();
                if (neg && (f & PARENTHESES) != 0) len++;
                if ((f & ALTERNATE) != 0) {
                    len += hexa ? 2 : 1;
                    sb.append(hexa ? ((f & UPPERCASE) != 0 ? "0X" : "0x") : "0");
                }
                if ((f & ZERO_PAD) != 0) trailingZeros(sb, width - len);
                if (hexa && (f & UPPERCASE) != 0) s = upper(s);
                sb.append(s);
            }
            trailingSign(sb, neg);
            appendJustified(fmt.a, sb);
        }

        private void leadingSign(StringBuilder sb, boolean neg) {
            if (!neg) {
                if ((f & PLUS) != 0) sb.append('+');
                else if ((f & LEADING_SPACE) != 0) sb.append(' ');
            } else {
                sb.append((f & PARENTHESES) != 0 ? '(' : '-');
            }
        }

        private void trailingSign(StringBuilder sb, boolean neg) {
            if (neg && (f & PARENTHESES) != 0) sb.append(')');
        }

        private int adjustWidth(int w, boolean neg) {
            if (w != -1 && neg && (f & PARENTHESES) != 0) w--;
            return w;
        }

        private static void trailingZeros(StringBuilder sb, int n) {
            for (int i = 0; i < n; i++) sb.append('0');
        }

        /** Appends value[offset..] with the locale's grouping/decimal point, zero-padding sb to width. */
        private void localizedMagnitude(StringBuilder sb, CharSequence value, int offset, int w) {
            int begin = sb.length();
            int len = value.length();
            int dot = len;
            for (int j = offset; j < len; j++) {
                if (value.charAt(j) == '.') {
                    dot = j;
                    break;
                }
            }
            boolean group = (f & GROUP) != 0;
            StringBuilder mag = new StringBuilder();
            for (int j = offset; j < len; j++) {
                if (j == dot) {
                    mag.append(decimal);
                    group = false;
                    continue;
                }
                char d = value.charAt(j);
                mag.append(d >= '0' && d <= '9' ? (char) (d - '0' + zero) : d);
                if (group && j != dot - 1 && ((dot - j) % 3 == 1)) mag.append(grouping);
            }
            if (w != -1 && (f & ZERO_PAD) != 0) {
                for (int k = begin + mag.length(); k < w; k++) sb.append(zero);
            }
            sb.append(mag);
        }

        /** An exponent (sign and digits) with the locale's digits. */
        private String localizedExponent(String exp) {
            if (zero == '0') return exp;
            StringBuilder sb = new StringBuilder(exp.length());
            for (int j = 0; j < exp.length(); j++) {
                char d = exp.charAt(j);
                sb.append(d >= '0' && d <= '9' ? (char) (d - '0' + zero) : d);
            }
            return sb.toString();
        }

        // -------------------------------------------------------------- floating point

        // BigDecimal %e/%f/%g: rounds the exact decimal value HALF_UP (v is non-negative).
        private void printBigDecimal(StringBuilder sb, java.math.BigDecimal v, char conv, int prc, boolean neg) {
            if (conv == 'e') {
                int prec = prc == -1 ? 6 : prc;
                int origPrec = v.precision();
                int keep = prec > origPrec - 1 ? origPrec : prec + 1;
                int nzeros = prec > origPrec - 1 ? prec - (origPrec - 1) : 0;
                java.math.BigDecimal r = v.round(new java.math.MathContext(keep, java.math.RoundingMode.HALF_UP));
                String digits = r.unscaledValue().toString();
                StringBuilder mant = new StringBuilder();
                mant.append(digits.charAt(0));
                if (digits.length() > 1) mant.append('.').append(digits, 1, digits.length());
                else if (nzeros > 0 || (f & ALTERNATE) != 0) mant.append('.');
                trailingZeros(mant, nzeros);
                long adj = -(long) r.scale() + (digits.length() - 1);
                long aa = Math.abs(adj);
                String exp = (adj < 0 ? "-" : "+") + (aa < 10 ? "0" : "") + aa;
                int newW = width;
                if (width != -1) newW = adjustWidth(width - exp.length() - 1, neg);
                localizedMagnitude(sb, mant, 0, newW);
                sb.append((f & UPPERCASE) != 0 ? 'E' : 'e');
                sb.append(localizedExponent(exp));
            } else if (conv == 'f') {
                int prec = prc == -1 ? 6 : prc;
                if (v.scale() > prec) v = v.setScale(prec, java.math.RoundingMode.HALF_UP);
                int scl = v.scale();
                StringBuilder mant = new StringBuilder();
                if (scl <= 0) {
                    mant.append(v.unscaledValue().toString());
                    if (v.signum() != 0) trailingZeros(mant, -scl);
                    scl = 0;
                } else {
                    mant.append(v.toPlainString());
                }
                int nzeros = scl < prec ? prec - scl : 0;
                if (scl == 0 && ((f & ALTERNATE) != 0 || nzeros > 0)) mant.append('.');
                trailingZeros(mant, nzeros);
                localizedMagnitude(sb, mant, 0, adjustWidth(width, neg));
            } else {
                int prec = prc == -1 ? 6 : (prc == 0 ? 1 : prc);
                v = v.round(new java.math.MathContext(prec, java.math.RoundingMode.HALF_UP));
                if (v.equals(java.math.BigDecimal.ZERO)
                        || (v.compareTo(java.math.BigDecimal.valueOf(1, 4)) >= 0
                            && v.compareTo(java.math.BigDecimal.valueOf(1, -prec)) < 0)) {
                    int e = -v.scale() + (v.unscaledValue().toString().length() - 1);
                    printBigDecimal(sb, v, 'f', prec - e - 1, neg);
                } else {
                    printBigDecimal(sb, v, 'e', prec - 1, neg);
                }
            }
        }

        private void printFloat(Formatter fmt, Object arg) throws IOException {
            double value;
            if (arg == null) {
                printString(fmt, "null");
                return;
            } else if (arg instanceof Float) {
                value = ((Float) arg).floatValue();   // the JDK widens floats to double
            } else if (arg instanceof Double) {
                value = ((Double) arg).doubleValue();
            } else if (arg instanceof java.math.BigDecimal && c != 'a') {
                java.math.BigDecimal bd = (java.math.BigDecimal) arg;
                localizes();
                StringBuilder bsb = new StringBuilder();
                boolean bneg = bd.signum() < 0;
                leadingSign(bsb, bneg);
                printBigDecimal(bsb, bd.abs(), c, precision, bneg);
                trailingSign(bsb, bneg);
                appendJustified(fmt.a, bsb);
                return;
            } else {
                failConversion(arg);
                return;
            }
            StringBuilder sb = new StringBuilder();
            long bits = Double.doubleToRawLongBits(value);
            boolean nan = (bits & 0x7FF0000000000000L) == 0x7FF0000000000000L && (bits & 0xFFFFFFFFFFFFFL) != 0;
            boolean neg = !nan && bits < 0;   // Double.compare(value, 0.0) == -1, so -0.0 is negative
            if (!nan) {
                double v = neg ? -value : value;
                leadingSign(sb, neg);
                if ((bits & 0x7FF0000000000000L) != 0x7FF0000000000000L) {
                    if (c != 'a') {
                        jdk.internal.util.IdentityHashDraws.floating();
                        localizes();
                    }
                    printDouble(sb, v, neg);
                } else {
                    sb.append((f & UPPERCASE) != 0 ? "INFINITY" : "Infinity");
                }
                trailingSign(sb, neg);
            } else {
                sb.append((f & UPPERCASE) != 0 ? "NAN" : "NaN");
            }
            appendJustified(fmt.a, sb);
        }

        /** Decimal digits of v >= 0 with at least one digit; "0" for zero. */
        private static FloatingDecimal.Digits digits(double v) {
            if (v == 0.0) {
                FloatingDecimal.Digits d = new FloatingDecimal.Digits();
                d.digits[0] = '0';
                d.nDigits = 1;
                d.decExponent = 0;
                return d;
            }
            return FloatingDecimal.digitsOf(v, false);
        }

        /**
         * Rounds digits half-up keeping prec digits; returns the new decimal exponent.
         * Digits past the kept ones become '0'.
         */
        private static int applyPrecision(int decExp, char[] digits, int nDigits, int prec) {
            if (prec >= nDigits || prec < 0) return decExp;
            if (prec == 0) {
                if (digits[0] >= '5') {
                    digits[0] = '1';
                    fill(digits, 1, nDigits);
                    return decExp + 1;
                }
                fill(digits, 0, nDigits);
                return decExp;
            }
            if (digits[prec] >= '5') {
                int i = prec - 1;
                while (i > 0 && digits[i] == '9') i--;
                if (digits[i] == '9') {
                    digits[0] = '1';
                    fill(digits, 1, nDigits);
                    return decExp + 1;
                }
                digits[i]++;
                fill(digits, i + 1, nDigits);
            } else {
                fill(digits, prec, nDigits);
            }
            return decExp;
        }

        private static void fill(char[] d, int from, int to) {
            for (int i = from; i < to; i++) d[i] = '0';
        }

        /** Plain notation, at most prec fraction digits (no trailing point). */
        private static String decimalMantissa(int precision, char[] digits, int nDigits, int exp) {
            StringBuilder m = new StringBuilder();
            if (exp > 0) {
                if (nDigits < exp) {
                    m.append(digits, 0, nDigits);
                    for (int i = nDigits; i < exp; i++) m.append('0');
                } else {
                    int t = Math.min(nDigits - exp, precision);
                    m.append(digits, 0, exp);
                    if (t > 0) m.append('.').append(digits, exp, t);
                }
            } else {
                int zeros = Math.max(0, Math.min(-exp, precision));
                int t = Math.max(0, Math.min(nDigits, precision + exp));
                if (zeros > 0 || t > 0) {
                    m.append("0.");
                    for (int i = 0; i < zeros; i++) m.append('0');
                    if (t > 0) m.append(digits, 0, t);
                } else {
                    m.append('0');
                }
            }
            return m.toString();
        }

        private static String sciMantissa(int precision, char[] digits, int nDigits) {
            int t = Math.max(0, Math.min(nDigits - 1, precision));
            StringBuilder m = new StringBuilder();
            m.append(digits[0]);
            if (t > 0) m.append('.').append(digits, 1, t);
            return m.toString();
        }

        /** Exponent for scientific form of 0.d * 10^exp: sign and at least two digits. */
        private static String sciExponent(int exp) {
            int e = exp <= 0 ? -exp + 1 : exp - 1;
            StringBuilder sb = new StringBuilder();
            sb.append(exp <= 0 ? '-' : '+');
            if (e < 10) sb.append('0');
            sb.append(dec(e));
            return sb.toString();
        }

        private void printDouble(StringBuilder sb, double value, boolean neg) {
            boolean up = (f & UPPERCASE) != 0;
            if (c == 'e') {
                int prec = precision == -1 ? 6 : precision;
                FloatingDecimal.Digits d = digits(value);
                char[] dg = copyDigits(d);
                int exp = applyPrecision(d.decExponent, dg, d.nDigits, prec + 1);
                StringBuilder mant = new StringBuilder(sciMantissa(prec, dg, d.nDigits));
                addZeros(mant, prec);
                if ((f & ALTERNATE) != 0 && prec == 0) mant.append('.');
                String expStr = value == 0.0 ? "+00" : sciExponent(exp);
                int newW = width;
                if (width != -1) newW = adjustWidth(width - expStr.length() - 1, neg);
                localizedMagnitude(sb, mant, 0, newW);
                sb.append(up ? 'E' : 'e');
                sb.append(localizedExponent(expStr));
            } else if (c == 'f') {
                int prec = precision == -1 ? 6 : precision;
                FloatingDecimal.Digits d = digits(value);
                char[] dg = copyDigits(d);
                int exp = applyPrecision(d.decExponent, dg, d.nDigits, d.decExponent + prec);
                StringBuilder mant = new StringBuilder(decimalMantissa(prec, dg, d.nDigits, exp));
                addZeros(mant, prec);
                if ((f & ALTERNATE) != 0 && prec == 0) mant.append('.');
                int newW = width;
                if (width != -1) newW = adjustWidth(width, neg);
                localizedMagnitude(sb, mant, 0, newW);
            } else if (c == 'g') {
                int prec = precision;
                if (precision == -1) prec = 6;
                else if (precision == 0) prec = 1;
                String expStr = null;
                StringBuilder mant = new StringBuilder();
                int expRounded;
                if (value == 0.0) {
                    mant.append('0');
                    expRounded = 0;
                } else {
                    FloatingDecimal.Digits d = digits(value);
                    char[] dg = copyDigits(d);
                    int exp = applyPrecision(d.decExponent, dg, d.nDigits, prec);
                    if (exp - 1 < -4 || exp - 1 >= prec) {
                        mant.append(sciMantissa(prec - 1, dg, d.nDigits));
                        expStr = sciExponent(exp);
                    } else {
                        mant.append(decimalMantissa(prec - exp, dg, d.nDigits, exp));
                    }
                    expRounded = exp - 1;
                }
                if (expStr != null) prec -= 1;
                else prec -= expRounded + 1;
                addZeros(mant, prec);
                if ((f & ALTERNATE) != 0 && prec == 0) mant.append('.');
                int newW = width;
                if (width != -1) {
                    if (expStr != null) newW = adjustWidth(width - expStr.length() - 1, neg);
                    else newW = adjustWidth(width, neg);
                }
                localizedMagnitude(sb, mant, 0, newW);
                if (expStr != null) {
                    sb.append(up ? 'E' : 'e');
                    sb.append(localizedExponent(expStr));
                }
            } else {
                printHexDouble(sb, value, neg, up);
            }
        }

        private static char[] copyDigits(FloatingDecimal.Digits d) {
            char[] r = new char[d.nDigits];
            System.arraycopy(d.digits, d.first, r, 0, d.nDigits);
            return r;
        }

        /** Pads the fraction of sb with zeros to prec digits, adding '.' if needed. */
        private static void addZeros(StringBuilder sb, int prec) {
            int len = sb.length();
            int i;
            for (i = 0; i < len; i++) {
                if (sb.charAt(i) == '.') break;
            }
            boolean needDot = i == len;
            int outPrec = len - i - (needDot ? 0 : 1);
            if (outPrec == prec) return;
            if (needDot) sb.append('.');
            trailingZeros(sb, prec - outPrec);
        }

        // %a: hexadecimal significand and binary exponent, as Double.toHexString.
        private void printHexDouble(StringBuilder sb, double value, boolean neg, boolean up) {
            int prec = precision;
            if (precision == -1) prec = 0;
            else if (precision == 0) prec = 1;
            String s = hexDouble(value, prec);
            sb.append(up ? "0X" : "0x");
            if ((f & ZERO_PAD) != 0) {
                int leading = ((f & (LEADING_SPACE | PLUS)) != 0 || neg) ? 3 : 2;
                trailingZeros(sb, width - s.length() - leading);
            }
            int idx = s.indexOf('p');
            StringBuilder va = new StringBuilder();
            va.append(up ? upper(s.substring(0, idx)) : s.substring(0, idx));
            if (prec != 0) addZeros(va, prec);
            sb.append(va);
            sb.append(up ? 'P' : 'p');
            sb.append(s, idx + 1, s.length());
        }

        /** Double.toHexString(d) without "0x", with the significand rounded to prec hex digits (1..12). */
        private static String hexDouble(double d, int prec) {
            long bits = Double.doubleToRawLongBits(d) & Long.MAX_VALUE;
            int biased = (int) (bits >>> 52);
            long fract = bits & 0xFFFFFFFFFFFFFL;
            boolean subnormal = biased == 0;
            if (bits == 0) return "0.0p0";
            if (prec == 0 || prec >= 13) return hexString(subnormal, fract, subnormal ? -1022 : biased - 1023);
            // round the 52 fraction bits to 4*prec bits, half-even
            int drop = 52 - 4 * prec;
            long lead = subnormal ? 0 : 1;
            long full = (lead << 52) | fract;
            long kept = full >>> drop;
            long rem = full & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            if (rem > half || (rem == half && (kept & 1) != 0)) kept++;
            int exp = subnormal ? -1022 : biased - 1023;
            if (subnormal) {
                // the JDK normalizes subnormals before rounding
                int shift = Long.numberOfLeadingZeros(fract) - 11;
                full = fract << shift;
                exp = -1022 - shift;
                kept = full >>> drop;
                rem = full & ((1L << drop) - 1);
                if (rem > half || (rem == half && (kept & 1) != 0)) kept++;
            }
            if ((kept >>> (4 * prec)) >= 2) {
                kept >>>= 1;
                exp++;
            }
            long fr = (kept << drop) & 0xFFFFFFFFFFFFFL;
            return hexString(false, fr, exp);
        }

        private static String hexString(boolean subnormal, long fract, int exp) {
            StringBuilder sb = new StringBuilder();
            sb.append(subnormal ? "0." : "1.");
            String h = hex(fract | (1L << 52), false).substring(1);   // 13 digits
            int end = 13;
            while (end > 1 && h.charAt(end - 1) == '0') end--;
            sb.append(h, 0, end);
            sb.append('p').append(dec(exp));
            return sb.toString();
        }
    }
}
