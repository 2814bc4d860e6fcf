package java.time.format;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.time.temporal.ValueRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static java.time.temporal.ChronoField.*;

/** Builder of date-time formatters. */
public final class DateTimeFormatterBuilder {
    private DateTimeFormatterBuilder active = this;
    private final DateTimeFormatterBuilder parent;
    private final List<PrinterParser> printerParsers = new ArrayList<>();
    private final boolean optional;
    private int valueParserIndex = -1;
    private int padNextWidth;
    private char padNextChar;

    public DateTimeFormatterBuilder() {
        parent = null;
        optional = false;
    }

    private DateTimeFormatterBuilder(DateTimeFormatterBuilder parent, boolean optional) {
        this.parent = parent;
        this.optional = optional;
    }

    public DateTimeFormatterBuilder parseCaseSensitive() {
        appendInternal(SettingsParser.SENSITIVE);
        return this;
    }

    public DateTimeFormatterBuilder parseCaseInsensitive() {
        appendInternal(SettingsParser.INSENSITIVE);
        return this;
    }

    public DateTimeFormatterBuilder parseStrict() {
        appendInternal(SettingsParser.STRICT);
        return this;
    }

    public DateTimeFormatterBuilder parseLenient() {
        appendInternal(SettingsParser.LENIENT);
        return this;
    }

    public DateTimeFormatterBuilder parseDefaulting(TemporalField field, long value) {
        Objects.requireNonNull(field, "field");
        appendInternal(new DefaultValueParser(field, value));
        return this;
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field) {
        Objects.requireNonNull(field, "field");
        appendValue(new NumberPrinterParser(field, 1, 19, SignStyle.NORMAL));
        return this;
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field, int width) {
        Objects.requireNonNull(field, "field");
        if (width < 1 || width > 19) {
            throw new IllegalArgumentException("The width must be from 1 to 19 inclusive but was " + width);
        }
        appendValue(new NumberPrinterParser(field, width, width, SignStyle.NOT_NEGATIVE));
        return this;
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field, int minWidth, int maxWidth,
            SignStyle signStyle) {
        if (minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE) {
            return appendValue(field, maxWidth);
        }
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(signStyle, "signStyle");
        if (minWidth < 1 || minWidth > 19) {
            throw new IllegalArgumentException("The minimum width must be from 1 to 19 inclusive but was " + minWidth);
        }
        if (maxWidth < 1 || maxWidth > 19) {
            throw new IllegalArgumentException("The maximum width must be from 1 to 19 inclusive but was " + maxWidth);
        }
        if (maxWidth < minWidth) {
            throw new IllegalArgumentException("The maximum width must exceed or equal the minimum width but "
                    + maxWidth + " < " + minWidth);
        }
        appendValue(new NumberPrinterParser(field, minWidth, maxWidth, signStyle));
        return this;
    }

    public DateTimeFormatterBuilder appendValueReduced(TemporalField field, int width, int maxWidth,
            int baseValue) {
        Objects.requireNonNull(field, "field");
        appendValue(new ReducedPrinterParser(field, width, maxWidth, baseValue));
        return this;
    }

    private void appendValue(NumberPrinterParser pp) {
        if (active.valueParserIndex >= 0) {
            int activeValueParser = active.valueParserIndex;
            PrinterParser basePPx = active.printerParsers.get(activeValueParser);
            if (basePPx instanceof NumberPrinterParser) {
                NumberPrinterParser basePP = (NumberPrinterParser) basePPx;
                if (pp.minWidth == pp.maxWidth && pp.signStyle == SignStyle.NOT_NEGATIVE) {
                    basePP = basePP.withSubsequentWidth(pp.maxWidth);
                    appendInternal(pp.withFixedWidth());
                    active.valueParserIndex = activeValueParser;
                } else {
                    basePP = basePP.withFixedWidth();
                    active.valueParserIndex = appendInternal(pp);
                }
                active.printerParsers.set(activeValueParser, basePP);
                return;
            }
        }
        active.valueParserIndex = appendInternal(pp);
    }

    public DateTimeFormatterBuilder appendFraction(TemporalField field, int minWidth, int maxWidth,
            boolean decimalPoint) {
        Objects.requireNonNull(field, "field");
        if (!field.range().isFixed()) {
            throw new IllegalArgumentException("Field must have a fixed set of values: " + field);
        }
        if (minWidth < 0 || minWidth > 9) {
            throw new IllegalArgumentException("Minimum width must be from 0 to 9 inclusive but was " + minWidth);
        }
        if (maxWidth < 1 || maxWidth > 9) {
            throw new IllegalArgumentException("Maximum width must be from 1 to 9 inclusive but was " + maxWidth);
        }
        if (maxWidth < minWidth) {
            throw new IllegalArgumentException("Maximum width must exceed or equal the minimum width but "
                    + maxWidth + " < " + minWidth);
        }
        FractionPrinterParser pp = new FractionPrinterParser(field, minWidth, maxWidth, decimalPoint);
        if (minWidth == maxWidth && !decimalPoint && active.valueParserIndex >= 0
                && active.printerParsers.get(active.valueParserIndex) instanceof NumberPrinterParser) {
            int idx = active.valueParserIndex;
            NumberPrinterParser basePP = (NumberPrinterParser) active.printerParsers.get(idx);
            active.printerParsers.set(idx, basePP.withSubsequentWidth(maxWidth));
            appendInternal(pp);
            active.valueParserIndex = idx;
        } else {
            appendInternal(pp);
        }
        return this;
    }

    public DateTimeFormatterBuilder appendText(TemporalField field) {
        return appendText(field, TextStyle.FULL);
    }

    /** Text from textLookup for the field's values (the number for values it does not name). */
    public DateTimeFormatterBuilder appendText(TemporalField field, java.util.Map<Long, String> textLookup) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(textLookup, "textLookup");
        appendInternal(new MapTextPrinterParser(field, new java.util.LinkedHashMap<>(textLookup)));
        return this;
    }

    public DateTimeFormatterBuilder padNext(int padWidth) {
        return padNext(padWidth, ' ');
    }

    /** Pads the next printer-parser's output on the left to padWidth characters with padChar. */
    public DateTimeFormatterBuilder padNext(int padWidth, char padChar) {
        if (padWidth < 1) {
            throw new IllegalArgumentException("The pad width must be at least one but was " + padWidth);
        }
        active.padNextWidth = padWidth;
        active.padNextChar = padChar;
        active.valueParserIndex = -1;
        return this;
    }

    public DateTimeFormatterBuilder appendText(TemporalField field, TextStyle textStyle) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(textStyle, "textStyle");
        appendInternal(new TextPrinterParser(field, textStyle));
        return this;
    }

    public DateTimeFormatterBuilder appendInstant() {
        appendInternal(new InstantPrinterParser(-2));
        return this;
    }

    public DateTimeFormatterBuilder appendInstant(int fractionalDigits) {
        if (fractionalDigits < -1 || fractionalDigits > 9) {
            throw new IllegalArgumentException("The fractional digits must be from -1 to 9 inclusive but was "
                    + fractionalDigits);
        }
        appendInternal(new InstantPrinterParser(fractionalDigits));
        return this;
    }

    public DateTimeFormatterBuilder appendOffsetId() {
        appendInternal(OffsetIdPrinterParser.INSTANCE_ID_Z);
        return this;
    }

    public DateTimeFormatterBuilder appendOffset(String pattern, String noOffsetText) {
        appendInternal(new OffsetIdPrinterParser(pattern, noOffsetText));
        return this;
    }

    /** Appends a localized date-time pattern: the formatter's locale picks it when printing or parsing. */
    public DateTimeFormatterBuilder appendLocalized(FormatStyle dateStyle, FormatStyle timeStyle) {
        if (dateStyle == null && timeStyle == null) {
            throw new IllegalArgumentException("Either the date or time style must be non-null");
        }
        appendInternal(new LocalizedPrinterParser(dateStyle, timeStyle));
        return this;
    }

    /** The localized date-time pattern of a locale: JDK 17's CLDR pattern (ISO chronology). */
    public static String getLocalizedDateTimePattern(FormatStyle dateStyle, FormatStyle timeStyle,
            java.time.chrono.Chronology chrono, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(chrono, "chrono");
        if (dateStyle == null && timeStyle == null) {
            throw new IllegalArgumentException("Either dateStyle or timeStyle must be non-null");
        }
        String[][] names = jdk.internal.util.LocaleNames.of(locale);
        int row = jdk.internal.util.LocaleNames.TIME_PATTERNS;
        if (timeStyle == null) {
            return names[row][dateStyle.ordinal()];
        }
        if (dateStyle == null) {
            return names[row + 1][timeStyle.ordinal()];
        }
        return names[row + 2][4 * dateStyle.ordinal() + timeStyle.ordinal()]
                .replace("{1}", names[row][dateStyle.ordinal()])
                .replace("{0}", names[row + 1][timeStyle.ordinal()]);
    }

    public DateTimeFormatterBuilder appendLocalizedOffset(TextStyle style) {
        Objects.requireNonNull(style, "style");
        if (style != TextStyle.FULL && style != TextStyle.SHORT) {
            throw new IllegalArgumentException("Style must be either full or short");
        }
        appendInternal(new LocalizedOffsetIdPrinterParser(style));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneId() {
        appendInternal(new ZoneIdPrinterParser(TemporalQueries.zoneId(), "ZoneId()"));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneRegionId() {
        appendInternal(new ZoneIdPrinterParser(QUERY_REGION_ONLY, "ZoneRegionId()"));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneOrOffsetId() {
        appendInternal(new ZoneIdPrinterParser(TemporalQueries.zone(), "ZoneOrOffsetId()"));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneText(TextStyle textStyle) {
        appendInternal(new ZoneTextPrinterParser(textStyle));
        return this;
    }

    public DateTimeFormatterBuilder appendLiteral(char literal) {
        appendInternal(new CharLiteralPrinterParser(literal));
        return this;
    }

    public DateTimeFormatterBuilder appendLiteral(String literal) {
        Objects.requireNonNull(literal, "literal");
        if (!literal.isEmpty()) {
            if (literal.length() == 1) {
                appendInternal(new CharLiteralPrinterParser(literal.charAt(0)));
            } else {
                appendInternal(new StringLiteralPrinterParser(literal));
            }
        }
        return this;
    }

    public DateTimeFormatterBuilder append(DateTimeFormatter formatter) {
        Objects.requireNonNull(formatter, "formatter");
        appendInternal(formatter.toPrinterParser(false));
        return this;
    }

    public DateTimeFormatterBuilder appendOptional(DateTimeFormatter formatter) {
        Objects.requireNonNull(formatter, "formatter");
        appendInternal(formatter.toPrinterParser(true));
        return this;
    }

    public DateTimeFormatterBuilder appendPattern(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        parsePattern(pattern);
        return this;
    }

    private static final String[] OFFSET_PATTERNS = {
        "+HH", "+HHmm", "+HH:mm", "+HHMM", "+HH:MM", "+HHMMss", "+HH:MM:ss", "+HHMMSS", "+HH:MM:SS",
        "+HHmmss", "+HH:mm:ss",
    };

    private void parsePattern(String pattern) {
        for (int pos = 0; pos < pattern.length(); pos++) {
            char cur = pattern.charAt(pos);
            if ((cur >= 'A' && cur <= 'Z') || (cur >= 'a' && cur <= 'z')) {
                int start = pos++;
                for (; pos < pattern.length() && pattern.charAt(pos) == cur; pos++) {
                    // count
                }
                int count = pos - start;
                if (cur == 'p') {
                    // "pp" pads the next field to two characters
                    int pad = 0;
                    if (pos < pattern.length()) {
                        cur = pattern.charAt(pos);
                        if ((cur >= 'A' && cur <= 'Z') || (cur >= 'a' && cur <= 'z')) {
                            pad = count;
                            start = pos++;
                            for (; pos < pattern.length() && pattern.charAt(pos) == cur; pos++) {
                                // count
                            }
                            count = pos - start;
                        }
                    }
                    if (pad == 0) {
                        throw new IllegalArgumentException("Pad letter 'p' must be followed by valid pad pattern: "
                                + pattern);
                    }
                    padNext(pad);
                }
                TemporalField field = fieldFor(cur);
                if (field != null) {
                    parseField(cur, count, field);
                } else if (cur == 'z') {
                    if (count > 4) {
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    } else if (count == 4) {
                        appendZoneText(TextStyle.FULL);
                    } else {
                        appendZoneText(TextStyle.SHORT);
                    }
                } else if (cur == 'w') {
                    if (count > 2) {
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    }
                    appendValue(new WeekBasedFieldPrinterParser(cur, count, count, 2));
                } else if (cur == 'W') {
                    if (count > 1) {
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    }
                    appendValue(new WeekBasedFieldPrinterParser(cur, count, count, count));
                } else if (cur == 'Y') {
                    if (count == 2) {
                        appendValue(new WeekBasedFieldPrinterParser(cur, count, count, 2));
                    } else {
                        appendValue(new WeekBasedFieldPrinterParser(cur, count, count, 19));
                    }
                } else if (cur == 'V') {
                    if (count != 2) {
                        throw new IllegalArgumentException("Pattern letter count must be 2: " + cur);
                    }
                    appendZoneId();
                } else if (cur == 'Z') {
                    if (count < 4) {
                        appendOffset("+HHMM", "+0000");
                    } else if (count == 4) {
                        appendLocalizedOffset(TextStyle.FULL);
                    } else if (count == 5) {
                        appendOffset("+HH:MM:ss", "Z");
                    } else {
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    }
                } else if (cur == 'O') {
                    if (count == 1) {
                        appendLocalizedOffset(TextStyle.SHORT);
                    } else if (count == 4) {
                        appendLocalizedOffset(TextStyle.FULL);
                    } else {
                        throw new IllegalArgumentException("Pattern letter count must be 1 or 4: " + cur);
                    }
                } else if (cur == 'X') {
                    if (count > 5) {
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    }
                    appendOffset(OFFSET_PATTERNS[count + (count == 1 ? 0 : 1)], "Z");
                } else if (cur == 'x') {
                    if (count > 5) {
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    }
                    String zero = (count == 1 ? "+00" : (count % 2 == 0 ? "+0000" : "+00:00"));
                    appendOffset(OFFSET_PATTERNS[count + (count == 1 ? 0 : 1)], zero);
                } else {
                    throw new IllegalArgumentException("Unknown pattern letter: " + cur);
                }
                pos--;
            } else if (cur == '\'') {
                int start = pos++;
                for (; pos < pattern.length(); pos++) {
                    if (pattern.charAt(pos) == '\'') {
                        if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '\'') {
                            pos++;
                        } else {
                            break;
                        }
                    }
                }
                if (pos >= pattern.length()) {
                    throw new IllegalArgumentException("Pattern ends with an incomplete string literal: " + pattern);
                }
                String str = pattern.substring(start + 1, pos);
                if (str.isEmpty()) {
                    appendLiteral('\'');
                } else {
                    appendLiteral(str.replace("''", "'"));
                }
            } else if (cur == '[') {
                optionalStart();
            } else if (cur == ']') {
                if (active.parent == null) {
                    throw new IllegalArgumentException("Pattern invalid as it contains ] without previous [");
                }
                optionalEnd();
            } else if (cur == '{' || cur == '}' || cur == '#') {
                throw new IllegalArgumentException("Pattern includes reserved character: '" + cur + "'");
            } else {
                appendLiteral(cur);
            }
        }
    }

    private static TemporalField fieldFor(char c) {
        switch (c) {
            case 'G':
                return ERA;
            case 'y':
                return YEAR_OF_ERA;
            case 'u':
                return YEAR;
            case 'M':
            case 'L':
                return MONTH_OF_YEAR;
            case 'D':
                return DAY_OF_YEAR;
            case 'd':
                return DAY_OF_MONTH;
            case 'F':
                return ALIGNED_DAY_OF_WEEK_IN_MONTH;
            case 'E':
            case 'e':
            case 'c':
                return DAY_OF_WEEK;
            case 'Q':
            case 'q':
                return IsoFields.QUARTER_OF_YEAR;
            case 'a':
                return AMPM_OF_DAY;
            case 'H':
                return HOUR_OF_DAY;
            case 'k':
                return CLOCK_HOUR_OF_DAY;
            case 'K':
                return HOUR_OF_AMPM;
            case 'h':
                return CLOCK_HOUR_OF_AMPM;
            case 'm':
                return MINUTE_OF_HOUR;
            case 's':
                return SECOND_OF_MINUTE;
            case 'S':
                return NANO_OF_SECOND;
            case 'A':
                return MILLI_OF_DAY;
            case 'n':
                return NANO_OF_SECOND;
            case 'N':
                return NANO_OF_DAY;
            default:
                return null;
        }
    }

    private void parseField(char cur, int count, TemporalField field) {
        boolean standalone = false;
        switch (cur) {
            case 'u':
            case 'y':
                if (count == 2) {
                    appendValueReduced(field, 2, 2, 2000);
                } else if (count < 4) {
                    appendValue(field, count, 19, SignStyle.NORMAL);
                } else {
                    appendValue(field, count, 19, SignStyle.EXCEEDS_PAD);
                }
                break;
            case 'c':
                if (count == 1) {
                    appendValue(new WeekBasedFieldPrinterParser(cur, count, count, count));
                    break;
                } else if (count == 2) {
                    throw new IllegalArgumentException("Invalid pattern \"cc\"");
                }
                // fall through
            case 'L':
            case 'q':
                standalone = true;
                // fall through
            case 'M':
            case 'Q':
            case 'e':
                switch (count) {
                    case 1:
                    case 2:
                        if (cur == 'e') {
                            appendValue(new WeekBasedFieldPrinterParser(cur, count, count, count));
                        } else if (count == 1) {
                            appendValue(field);
                        } else {
                            appendValue(field, 2);
                        }
                        break;
                    case 3:
                        appendText(field, standalone ? TextStyle.SHORT_STANDALONE : TextStyle.SHORT);
                        break;
                    case 4:
                        appendText(field, standalone ? TextStyle.FULL_STANDALONE : TextStyle.FULL);
                        break;
                    case 5:
                        appendText(field, standalone ? TextStyle.NARROW_STANDALONE : TextStyle.NARROW);
                        break;
                    default:
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            case 'a':
                if (count == 1) {
                    appendText(field, TextStyle.SHORT);
                } else {
                    throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            case 'E':
            case 'G':
                switch (count) {
                    case 1:
                    case 2:
                    case 3:
                        appendText(field, TextStyle.SHORT);
                        break;
                    case 4:
                        appendText(field, TextStyle.FULL);
                        break;
                    case 5:
                        appendText(field, TextStyle.NARROW);
                        break;
                    default:
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            case 'S':
                appendFraction(NANO_OF_SECOND, count, count, false);
                break;
            case 'F':
                if (count == 1) {
                    appendValue(field);
                } else {
                    throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            case 'd':
            case 'h':
            case 'H':
            case 'k':
            case 'K':
            case 'm':
            case 's':
                if (count == 1) {
                    appendValue(field);
                } else if (count == 2) {
                    appendValue(field, count);
                } else {
                    throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            case 'D':
                if (count == 1) {
                    appendValue(field);
                } else if (count == 2 || count == 3) {
                    appendValue(field, count, 3, SignStyle.NOT_NEGATIVE);
                } else {
                    throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            default:
                if (count == 1) {
                    appendValue(field);
                } else {
                    appendValue(field, count);
                }
                break;
        }
    }

    public DateTimeFormatterBuilder optionalStart() {
        active.valueParserIndex = -1;
        active = new DateTimeFormatterBuilder(active, true);
        return this;
    }

    public DateTimeFormatterBuilder optionalEnd() {
        if (active.parent == null) {
            throw new IllegalStateException("Cannot call optionalEnd() as there was no previous call to optionalStart()");
        }
        if (active.printerParsers.size() > 0) {
            CompositePrinterParser cpp = new CompositePrinterParser(active.printerParsers, active.optional);
            active = active.parent;
            appendInternal(cpp);
        } else {
            active = active.parent;
        }
        return this;
    }

    private int appendInternal(PrinterParser pp) {
        Objects.requireNonNull(pp, "pp");
        if (active.padNextWidth > 0) {
            pp = new PadPrinterParser(pp, active.padNextWidth, active.padNextChar);
            active.padNextWidth = 0;
            active.padNextChar = 0;
        }
        active.printerParsers.add(pp);
        active.valueParserIndex = -1;
        return active.printerParsers.size() - 1;
    }

    public DateTimeFormatter toFormatter() {
        return toFormatter(Locale.getDefault());
    }

    public DateTimeFormatter toFormatter(Locale locale) {
        return toFormatter(locale, ResolverStyle.SMART);
    }

    DateTimeFormatter toFormatter(Locale locale, ResolverStyle resolverStyle) {
        Objects.requireNonNull(locale, "locale");
        while (active.parent != null) {
            optionalEnd();
        }
        CompositePrinterParser pp = new CompositePrinterParser(printerParsers, false);
        return new DateTimeFormatter(pp, locale, resolverStyle, null);
    }

    static final TemporalQuery<ZoneId> QUERY_REGION_ONLY = new TemporalQuery<ZoneId>() {
        @Override
        public ZoneId queryFrom(TemporalAccessor temporal) {
            ZoneId zone = temporal.query(TemporalQueries.zoneId());
            return zone instanceof ZoneOffset ? null : zone;
        }

        @Override
        public String toString() {
            return "ZoneRegionId()";
        }
    };

    // ----------------------------------------------------------------------------------------
    // Printing and parsing contexts.

    static final class PrintContext {
        final TemporalAccessor temporal;
        int optional;
        /** The formatter's locale (for the localized week-based fields). */
        Locale locale = Locale.ROOT;

        PrintContext(TemporalAccessor temporal) {
            this.temporal = temporal;
        }

        Long getValue(TemporalField field) {
            if (optional > 0 && !temporal.isSupported(field)) {
                return null;
            }
            return temporal.getLong(field);
        }

        <R> R getValue(TemporalQuery<R> query) {
            R result = temporal.query(query);
            if (result == null && optional == 0) {
                throw new DateTimeException("Unable to extract " + query + " from temporal " + temporal);
            }
            return result;
        }
    }

    static final class ParseContext {
        boolean caseSensitive = true;
        boolean strict = true;
        /** The formatter's locale (for the localized week-based fields). */
        Locale locale = Locale.ROOT;
        final ArrayList<Parsed> parsed = new ArrayList<>();

        ParseContext(ZoneId zone) {
            Parsed p = new Parsed();
            p.zone = zone;
            parsed.add(p);
        }

        Parsed current() {
            return parsed.get(parsed.size() - 1);
        }

        boolean charEquals(char ch1, char ch2) {
            if (caseSensitive) {
                return ch1 == ch2;
            }
            return ch1 == ch2 || Character.toUpperCase(ch1) == Character.toUpperCase(ch2)
                    || Character.toLowerCase(ch1) == Character.toLowerCase(ch2);
        }

        boolean subSequenceEquals(CharSequence cs1, int offset1, CharSequence cs2, int offset2, int length) {
            if (offset1 + length > cs1.length() || offset2 + length > cs2.length()) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (!charEquals(cs1.charAt(offset1 + i), cs2.charAt(offset2 + i))) {
                    return false;
                }
            }
            return true;
        }

        int setParsedField(TemporalField field, long value, int errorPos, int successPos) {
            Long old = current().fieldValues.put(field, value);
            return (old != null && old.longValue() != value) ? ~errorPos : successPos;
        }

        void setParsed(ZoneId zone) {
            current().zone = zone;
        }

        void startOptional() {
            parsed.add(current().copy());
        }

        void endOptional(boolean successful) {
            if (successful) {
                parsed.remove(parsed.size() - 2);
            } else {
                parsed.remove(parsed.size() - 1);
            }
        }
    }

    interface PrinterParser {
        boolean format(PrintContext context, StringBuilder buf);

        int parse(ParseContext context, CharSequence text, int position);
    }

    static final class CompositePrinterParser implements PrinterParser {
        private final PrinterParser[] printerParsers;
        private final boolean optional;

        CompositePrinterParser(List<PrinterParser> printerParsers, boolean optional) {
            this(printerParsers.toArray(new PrinterParser[0]), optional);
        }

        CompositePrinterParser(PrinterParser[] printerParsers, boolean optional) {
            this.printerParsers = printerParsers;
            this.optional = optional;
        }

        CompositePrinterParser withOptional(boolean optional) {
            if (optional == this.optional) {
                return this;
            }
            return new CompositePrinterParser(printerParsers, optional);
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            int length = buf.length();
            if (optional) {
                context.optional++;
            }
            try {
                for (PrinterParser pp : printerParsers) {
                    if (!pp.format(context, buf)) {
                        buf.setLength(length);
                        return true;
                    }
                }
            } finally {
                if (optional) {
                    context.optional--;
                }
            }
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            if (optional) {
                boolean caseSensitive = context.caseSensitive;
                boolean strict = context.strict;
                context.startOptional();
                int pos = position;
                for (PrinterParser pp : printerParsers) {
                    pos = pp.parse(context, text, pos);
                    if (pos < 0) {
                        context.endOptional(false);
                        context.caseSensitive = caseSensitive;
                        context.strict = strict;
                        return position;
                    }
                }
                context.endOptional(true);
                context.caseSensitive = caseSensitive;
                context.strict = strict;
                return pos;
            } else {
                for (PrinterParser pp : printerParsers) {
                    position = pp.parse(context, text, position);
                    if (position < 0) {
                        break;
                    }
                }
                return position;
            }
        }

        @Override
        public String toString() {
            StringBuilder buf = new StringBuilder();
            if (printerParsers != null) {
                buf.append(optional ? "[" : "(");
                for (PrinterParser pp : printerParsers) {
                    buf.append(pp);
                }
                buf.append(optional ? "]" : ")");
            }
            return buf.toString();
        }
    }

    enum SettingsParser implements PrinterParser {
        SENSITIVE,
        INSENSITIVE,
        STRICT,
        LENIENT;

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            switch (ordinal()) {
                case 0:
                    context.caseSensitive = true;
                    break;
                case 1:
                    context.caseSensitive = false;
                    break;
                case 2:
                    context.strict = true;
                    break;
                default:
                    context.strict = false;
                    break;
            }
            return position;
        }

        @Override
        public String toString() {
            switch (ordinal()) {
                case 0:
                    return "ParseCaseSensitive(true)";
                case 1:
                    return "ParseCaseSensitive(false)";
                case 2:
                    return "ParseStrict(true)";
                default:
                    return "ParseStrict(false)";
            }
        }
    }

    static final class DefaultValueParser implements PrinterParser {
        private final TemporalField field;
        private final long value;

        DefaultValueParser(TemporalField field, long value) {
            this.field = field;
            this.value = value;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            if (!context.current().fieldValues.containsKey(field)) {
                context.setParsedField(field, value, position, position);
            }
            return position;
        }

        @Override
        public String toString() {
            return "Default(" + field + "," + value + ")";
        }
    }

    static final class CharLiteralPrinterParser implements PrinterParser {
        private final char literal;

        CharLiteralPrinterParser(char literal) {
            this.literal = literal;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            buf.append(literal);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position == length) {
                return ~position;
            }
            char ch = text.charAt(position);
            if (!context.charEquals(literal, ch)) {
                return ~position;
            }
            return position + 1;
        }

        @Override
        public String toString() {
            if (literal == '\'') {
                return "''";
            }
            return "'" + literal + "'";
        }
    }

    static final class StringLiteralPrinterParser implements PrinterParser {
        private final String literal;

        StringLiteralPrinterParser(String literal) {
            this.literal = literal;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            buf.append(literal);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position > length || position < 0) {
                throw new IndexOutOfBoundsException();
            }
            if (!context.subSequenceEquals(text, position, literal, 0, literal.length())) {
                return ~position;
            }
            return position + literal.length();
        }

        @Override
        public String toString() {
            String converted = literal.replace("'", "''");
            return "'" + converted + "'";
        }
    }

    static class NumberPrinterParser implements PrinterParser {
        static final long[] EXCEED_POINTS = new long[] {
            0L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L, 100000000L, 1000000000L,
            10000000000L,
        };

        final TemporalField field;
        final int minWidth;
        final int maxWidth;
        final SignStyle signStyle;
        final int subsequentWidth;

        NumberPrinterParser(TemporalField field, int minWidth, int maxWidth, SignStyle signStyle) {
            this(field, minWidth, maxWidth, signStyle, 0);
        }

        NumberPrinterParser(TemporalField field, int minWidth, int maxWidth, SignStyle signStyle,
                int subsequentWidth) {
            this.field = field;
            this.minWidth = minWidth;
            this.maxWidth = maxWidth;
            this.signStyle = signStyle;
            this.subsequentWidth = subsequentWidth;
        }

        NumberPrinterParser withFixedWidth() {
            if (subsequentWidth == -1) {
                return this;
            }
            return new NumberPrinterParser(field, minWidth, maxWidth, signStyle, -1);
        }

        NumberPrinterParser withSubsequentWidth(int subsequentWidth) {
            return new NumberPrinterParser(field, minWidth, maxWidth, signStyle,
                    this.subsequentWidth + subsequentWidth);
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long valueLong = context.getValue(field);
            if (valueLong == null) {
                return false;
            }
            long value = getValue(valueLong);
            String str = (value == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(value)));
            if (str.length() > maxWidth) {
                throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                        + " exceeds the maximum print width of " + maxWidth);
            }
            if (value >= 0) {
                switch (signStyle) {
                    case EXCEEDS_PAD:
                        if (minWidth < 19 && value >= EXCEED_POINTS[minWidth]) {
                            buf.append('+');
                        }
                        break;
                    case ALWAYS:
                        buf.append('+');
                        break;
                    default:
                        break;
                }
            } else {
                switch (signStyle) {
                    case NORMAL:
                    case EXCEEDS_PAD:
                    case ALWAYS:
                        buf.append('-');
                        break;
                    case NOT_NEGATIVE:
                        throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                                + " cannot be negative according to the SignStyle");
                    default:
                        break;
                }
            }
            for (int i = 0; i < minWidth - str.length(); i++) {
                buf.append('0');
            }
            buf.append(str);
            return true;
        }

        long getValue(long value) {
            return value;
        }

        boolean isFixedWidth(ParseContext context) {
            return subsequentWidth == -1
                    || (subsequentWidth > 0 && minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE);
        }

        private static boolean signParse(SignStyle style, boolean positive, boolean strict, boolean fixedWidth) {
            switch (style) {
                case NORMAL:
                    return !positive || !strict;
                case ALWAYS:
                case EXCEEDS_PAD:
                    return true;
                default:
                    return !strict && !fixedWidth;
            }
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position == length) {
                return ~position;
            }
            char sign = text.charAt(position);
            boolean negative = false;
            boolean positive = false;
            if (sign == '+') {
                if (!signParse(signStyle, true, context.strict, minWidth == maxWidth)) {
                    return ~position;
                }
                positive = true;
                position++;
            } else if (sign == '-') {
                if (!signParse(signStyle, false, context.strict, minWidth == maxWidth)) {
                    return ~position;
                }
                negative = true;
                position++;
            } else if (signStyle == SignStyle.ALWAYS && context.strict) {
                return ~position;
            }
            int effMinWidth = (context.strict || isFixedWidth(context) ? minWidth : 1);
            int minEndPos = position + effMinWidth;
            if (minEndPos > length) {
                return ~position;
            }
            int effMaxWidth = (context.strict || isFixedWidth(context) ? maxWidth : 9)
                    + Math.max(subsequentWidth, 0);
            long total = 0;
            int pos = position;
            for (int pass = 0; pass < 2; pass++) {
                int maxEndPos = Math.min(pos + effMaxWidth, length);
                while (pos < maxEndPos) {
                    char ch = text.charAt(pos++);
                    int digit = ch - '0';
                    if (digit < 0 || digit > 9) {
                        pos--;
                        if (pos < minEndPos) {
                            return ~position;
                        }
                        break;
                    }
                    if ((pos - position) > 18) {
                        if (total > (Long.MAX_VALUE - digit) / 10) {
                            pos--;
                            break;
                        }
                    }
                    total = total * 10 + digit;
                }
                if (subsequentWidth > 0 && pass == 0) {
                    int parseLen = pos - position;
                    effMaxWidth = Math.max(effMinWidth, parseLen - subsequentWidth);
                    pos = position;
                    total = 0;
                } else {
                    break;
                }
            }
            if (negative) {
                if (total == 0 && context.strict) {
                    return ~(position - 1);
                }
                total = -total;
            } else if (signStyle == SignStyle.EXCEEDS_PAD && context.strict) {
                int parseLen = pos - position;
                if (positive) {
                    if (parseLen <= minWidth) {
                        return ~(position - 1);
                    }
                } else {
                    if (parseLen > minWidth) {
                        return ~position;
                    }
                }
            }
            return setValue(context, total, position, pos);
        }

        int setValue(ParseContext context, long value, int errorPos, int successPos) {
            return context.setParsedField(field, value, errorPos, successPos);
        }

        @Override
        public String toString() {
            if (minWidth == 1 && maxWidth == 19 && signStyle == SignStyle.NORMAL) {
                return "Value(" + field + ")";
            }
            if (minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE) {
                return "Value(" + field + "," + minWidth + ")";
            }
            return "Value(" + field + "," + minWidth + "," + maxWidth + "," + signStyle + ")";
        }
    }

    static final class ReducedPrinterParser extends NumberPrinterParser {
        private final int baseValue;

        ReducedPrinterParser(TemporalField field, int minWidth, int maxWidth, int baseValue) {
            this(field, minWidth, maxWidth, baseValue, 0);
        }

        ReducedPrinterParser(TemporalField field, int minWidth, int maxWidth, int baseValue,
                int subsequentWidth) {
            super(field, minWidth, maxWidth, SignStyle.NOT_NEGATIVE, subsequentWidth);
            this.baseValue = baseValue;
        }

        @Override
        long getValue(long value) {
            long absValue = Math.abs(value);
            if (value >= baseValue) {
                return absValue % EXCEED_POINTS[minWidth];
            }
            return absValue % EXCEED_POINTS[maxWidth];
        }

        @Override
        int setValue(ParseContext context, long value, int errorPos, int successPos) {
            int parseLen = successPos - errorPos;
            if (parseLen == minWidth && value >= 0) {
                long range = EXCEED_POINTS[minWidth];
                long lastPart = baseValue % range;
                long basePart = baseValue - lastPart;
                if (baseValue > 0) {
                    value = basePart + value;
                } else {
                    value = basePart - value;
                }
                if (value < baseValue) {
                    value += range;
                }
            }
            return context.setParsedField(field, value, errorPos, successPos);
        }

        @Override
        NumberPrinterParser withFixedWidth() {
            if (subsequentWidth == -1) {
                return this;
            }
            return new ReducedPrinterParser(field, minWidth, maxWidth, baseValue, -1);
        }

        @Override
        NumberPrinterParser withSubsequentWidth(int subsequentWidth) {
            return new ReducedPrinterParser(field, minWidth, maxWidth, baseValue,
                    this.subsequentWidth + subsequentWidth);
        }

        @Override
        boolean isFixedWidth(ParseContext context) {
            if (!context.strict) {
                return false;
            }
            return super.isFixedWidth(context);
        }

        @Override
        public String toString() {
            return "ReducedValue(" + field + "," + minWidth + "," + maxWidth + ","
                    + baseValue + ")";
        }
    }

    /**
     * The localized week-based fields of pattern letters Y, w, W, e and c: the field comes from
     * WeekFields.of(the formatter's locale) when formatting or parsing.
     */
    static final class WeekBasedFieldPrinterParser extends NumberPrinterParser {
        private final char chr;
        private final int count;

        WeekBasedFieldPrinterParser(char chr, int count, int minWidth, int maxWidth) {
            this(chr, count, minWidth, maxWidth, 0);
        }

        WeekBasedFieldPrinterParser(char chr, int count, int minWidth, int maxWidth, int subsequentWidth) {
            super(null, minWidth, maxWidth, SignStyle.NOT_NEGATIVE, subsequentWidth);
            this.chr = chr;
            this.count = count;
        }

        @Override
        NumberPrinterParser withFixedWidth() {
            if (subsequentWidth == -1) {
                return this;
            }
            return new WeekBasedFieldPrinterParser(chr, count, minWidth, maxWidth, -1);
        }

        @Override
        NumberPrinterParser withSubsequentWidth(int subsequentWidth) {
            return new WeekBasedFieldPrinterParser(chr, count, minWidth, maxWidth,
                    this.subsequentWidth + subsequentWidth);
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            return printerParser(context.locale).format(context, buf);
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            return printerParser(context.locale).parse(context, text, position);
        }

        private NumberPrinterParser printerParser(Locale locale) {
            WeekFields weekDef = WeekFields.of(locale);
            TemporalField field;
            switch (chr) {
                case 'Y':
                    field = weekDef.weekBasedYear();
                    if (count == 2) {
                        return new ReducedPrinterParser(field, 2, 2, 2000, this.subsequentWidth);
                    } else {
                        return new NumberPrinterParser(field, count, 19,
                                (count < 4) ? SignStyle.NORMAL : SignStyle.EXCEEDS_PAD, this.subsequentWidth);
                    }
                case 'e':
                case 'c':
                    field = weekDef.dayOfWeek();
                    break;
                case 'w':
                    field = weekDef.weekOfWeekBasedYear();
                    break;
                case 'W':
                    field = weekDef.weekOfMonth();
                    break;
                default:
                    throw new IllegalStateException("unreachable");
            }
            return new NumberPrinterParser(field, (count == 2 ? 2 : 1), 2, SignStyle.NOT_NEGATIVE,
                    this.subsequentWidth);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(30);
            sb.append("Localized(");
            if (chr == 'Y') {
                if (count == 1) {
                    sb.append("WeekBasedYear");
                } else if (count == 2) {
                    sb.append("ReducedValue(WeekBasedYear,2,2,2000-01-01)");
                } else {
                    sb.append("WeekBasedYear,").append(count).append(",").append(19).append(",")
                            .append((count < 4) ? SignStyle.NORMAL : SignStyle.EXCEEDS_PAD);
                }
            } else {
                switch (chr) {
                    case 'c':
                    case 'e':
                        sb.append("DayOfWeek");
                        break;
                    case 'w':
                        sb.append("WeekOfWeekBasedYear");
                        break;
                    case 'W':
                        sb.append("WeekOfMonth");
                        break;
                    default:
                        break;
                }
                sb.append(",");
                sb.append(count);
            }
            sb.append(")");
            return sb.toString();
        }
    }

    static final class FractionPrinterParser implements PrinterParser {
        private final TemporalField field;
        private final int minWidth;
        private final int maxWidth;
        private final boolean decimalPoint;

        FractionPrinterParser(TemporalField field, int minWidth, int maxWidth, boolean decimalPoint) {
            this.field = field;
            this.minWidth = minWidth;
            this.maxWidth = maxWidth;
            this.decimalPoint = decimalPoint;
        }

        /** Digits of the field's full range: 9 for nano-of-second, 3 for milli-of-second. */
        private int scale() {
            ValueRange range = field.range();
            long size = range.getMaximum() - range.getMinimum() + 1;
            int digits = 0;
            while (size > 1) {
                size /= 10;
                digits++;
            }
            return digits;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long value = context.getValue(field);
            if (value == null) {
                return false;
            }
            ValueRange range = field.range();
            range.checkValidValue(value, field);
            if (!decimalRange()) {
                return formatFraction(value, buf);
            }
            int scale = scale();
            String digits = Long.toString(value - range.getMinimum());
            StringBuilder sb = new StringBuilder();
            for (int i = digits.length(); i < scale; i++) {
                sb.append('0');
            }
            sb.append(digits);
            int end = sb.length();
            while (end > minWidth && sb.charAt(end - 1) == '0') {
                end--;
            }
            if (end > maxWidth) {
                end = maxWidth;
            }
            String out = sb.substring(0, end);
            boolean allZero = true;
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) != '0') {
                    allZero = false;
                }
            }
            if (allZero && value == range.getMinimum()) {
                if (minWidth > 0) {
                    if (decimalPoint) {
                        buf.append('.');
                    }
                    for (int i = 0; i < minWidth; i++) {
                        buf.append('0');
                    }
                }
            } else {
                if (out.isEmpty()) {
                    return true;
                }
                if (decimalPoint) {
                    buf.append('.');
                }
                buf.append(out);
            }
            return true;
        }

        /** Whether the field's range has a power of ten values (then digits are the fraction). */
        private boolean decimalRange() {
            ValueRange range = field.range();
            long size = range.getMaximum() - range.getMinimum() + 1;
            while (size > 1 && size % 10 == 0) {
                size /= 10;
            }
            return size == 1;
        }

        /** Other ranges (minute-of-hour...) as the JDK: value / range size, truncated to 9 digits. */
        private boolean formatFraction(long value, StringBuilder buf) {
            ValueRange range = field.range();
            java.math.BigDecimal min = java.math.BigDecimal.valueOf(range.getMinimum());
            java.math.BigDecimal size = java.math.BigDecimal.valueOf(range.getMaximum()).subtract(min)
                    .add(java.math.BigDecimal.ONE);
            java.math.BigDecimal fraction = java.math.BigDecimal.valueOf(value).subtract(min)
                    .divide(size, 9, java.math.RoundingMode.FLOOR);
            if (fraction.signum() == 0) {
                if (minWidth > 0) {
                    if (decimalPoint) {
                        buf.append('.');
                    }
                    for (int i = 0; i < minWidth; i++) {
                        buf.append('0');
                    }
                }
                return true;
            }
            fraction = fraction.stripTrailingZeros();
            int outputScale = Math.min(Math.max(fraction.scale(), minWidth), maxWidth);
            fraction = fraction.setScale(outputScale, java.math.RoundingMode.FLOOR);
            if (decimalPoint) {
                buf.append('.');
            }
            buf.append(fraction.toPlainString().substring(2));
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int effectiveMin = (context.strict ? minWidth : 0);
            int effectiveMax = (context.strict ? maxWidth : 9);
            int length = text.length();
            if (position == length) {
                return (effectiveMin > 0 ? ~position : position);
            }
            if (decimalPoint) {
                if (text.charAt(position) != '.') {
                    return (effectiveMin > 0 ? ~position : position);
                }
                position++;
            }
            int minEndPos = position + effectiveMin;
            if (minEndPos > length) {
                return ~position;
            }
            int maxEndPos = Math.min(position + effectiveMax, length);
            long total = 0;
            int pos = position;
            while (pos < maxEndPos) {
                char ch = text.charAt(pos++);
                int digit = ch - '0';
                if (digit < 0 || digit > 9) {
                    if (pos < minEndPos) {
                        return ~position;
                    }
                    pos--;
                    break;
                }
                total = total * 10 + digit;
            }
            if (!decimalRange()) {
                ValueRange range = field.range();
                java.math.BigDecimal min = java.math.BigDecimal.valueOf(range.getMinimum());
                java.math.BigDecimal size = java.math.BigDecimal.valueOf(range.getMaximum()).subtract(min)
                        .add(java.math.BigDecimal.ONE);
                long v = java.math.BigDecimal.valueOf(total).movePointLeft(pos - position).multiply(size)
                        .setScale(0, java.math.RoundingMode.FLOOR).add(min).longValueExact();
                return context.setParsedField(field, v, position, pos);
            }
            int scale = scale();
            int len = pos - position;
            long value = total;
            for (int i = len; i < scale; i++) {
                value *= 10;
            }
            for (int i = scale; i < len; i++) {
                value /= 10;
            }
            value += field.range().getMinimum();
            return context.setParsedField(field, value, position, pos);
        }

        @Override
        public String toString() {
            String decimal = (decimalPoint ? ",DecimalPoint" : "");
            return "Fraction(" + field + "," + minWidth + "," + maxWidth + decimal + ")";
        }
    }

    /** Text of a field's value in a locale (JDK 17's CLDR names), or null when the field has no text. */
    static String text(TemporalField field, long value, TextStyle style, Locale locale) {
        if (field == MONTH_OF_YEAR && value >= 1 && value <= 12) {
            return jdk.internal.util.LocaleNames.of(locale)[
                    jdk.internal.util.LocaleNames.MONTHS + styleRow(style)][(int) value - 1];
        }
        if (field == DAY_OF_WEEK && value >= 1 && value <= 7) {
            return jdk.internal.util.LocaleNames.of(locale)[
                    jdk.internal.util.LocaleNames.DAYS + styleRow(style)][(int) value - 1];
        }
        TextStyle s = style.asNormal();
        if (field == IsoFields.QUARTER_OF_YEAR && value >= 1 && value <= 4) {
            if (s == TextStyle.NARROW) {
                return "" + value;
            }
            int row = style.isStandalone() ? jdk.internal.util.LocaleNames.QUARTERS_STANDALONE
                    : jdk.internal.util.LocaleNames.QUARTERS;
            return jdk.internal.util.LocaleNames.of(locale)[row + (s == TextStyle.FULL ? 0 : 1)][(int) value - 1];
        }
        if (field == AMPM_OF_DAY && (value == 0 || value == 1)) {
            return jdk.internal.util.LocaleNames.of(locale)[jdk.internal.util.LocaleNames.AMPM
                    + (s == TextStyle.NARROW ? 1 : 0)][(int) value];
        }
        if (field == ERA && (value == 0 || value == 1)) {
            return jdk.internal.util.LocaleNames.of(locale)[jdk.internal.util.LocaleNames.ERAS
                    + (s == TextStyle.SHORT ? 0 : s == TextStyle.FULL ? 1 : 2)][(int) value];
        }
        return null;
    }

    /** Row of a text style in jdk.internal.util.LocaleNames' month and day tables. */
    private static int styleRow(TextStyle style) {
        switch (style) {
            case FULL: return 0;
            case SHORT: return 1;
            case NARROW: return 2;
            case FULL_STANDALONE: return 3;
            case SHORT_STANDALONE: return 4;
            default: return 5;
        }
    }

    /** A localized date-time pattern, looked up in the context's locale (as the JDK's, cached). */
    static final class LocalizedPrinterParser implements PrinterParser {
        private static final java.util.concurrent.ConcurrentHashMap<String, DateTimeFormatter> FORMATTERS =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final FormatStyle dateStyle;
        private final FormatStyle timeStyle;

        LocalizedPrinterParser(FormatStyle dateStyle, FormatStyle timeStyle) {
            this.dateStyle = dateStyle;
            this.timeStyle = timeStyle;
        }

        private DateTimeFormatter formatter(Locale locale) {
            String key = locale.toLanguageTag() + "|" + dateStyle + "|" + timeStyle;
            DateTimeFormatter f = FORMATTERS.get(key);
            if (f == null) {
                String pattern = getLocalizedDateTimePattern(dateStyle, timeStyle,
                        java.time.chrono.IsoChronology.INSTANCE, locale);
                f = new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter(locale);
                FORMATTERS.put(key, f);
            }
            return f;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            return formatter(context.locale).toPrinterParser(false).format(context, buf);
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            return formatter(context.locale).toPrinterParser(false).parse(context, text, position);
        }

        @Override
        public String toString() {
            return "Localized(" + (dateStyle != null ? dateStyle : "") + ","
                    + (timeStyle != null ? timeStyle : "") + ")";
        }
    }

    static final class TextPrinterParser implements PrinterParser {
        private final TemporalField field;
        private final TextStyle textStyle;
        private NumberPrinterParser numberPrinterParser;

        TextPrinterParser(TemporalField field, TextStyle textStyle) {
            this.field = field;
            this.textStyle = textStyle;
        }

        private NumberPrinterParser numberPrinterParser() {
            if (numberPrinterParser == null) {
                numberPrinterParser = new NumberPrinterParser(field, 1, 19, SignStyle.NORMAL);
            }
            return numberPrinterParser;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long value = context.getValue(field);
            if (value == null) {
                return false;
            }
            String text = text(field, value, textStyle, context.locale);
            if (text == null) {
                return numberPrinterParser().format(context, buf);
            }
            buf.append(text);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence parseText, int position) {
            int length = parseText.length();
            if (position < 0 || position > length) {
                throw new IndexOutOfBoundsException();
            }
            TextStyle[] styles = context.strict ? new TextStyle[] {textStyle}
                    : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT, TextStyle.NARROW};
            long bestValue = 0;
            int bestLen = -1;
            ValueRange range = field.range();
            if (text(field, range.getMinimum(), textStyle, context.locale) == null) {
                return numberPrinterParser().parse(context, parseText, position);
            }
            for (TextStyle style : styles) {
                for (long v = range.getMinimum(); v <= range.getMaximum(); v++) {
                    String name = text(field, v, style, context.locale);
                    if (name != null && name.length() > bestLen
                            && context.subSequenceEquals(name, 0, parseText, position, name.length())) {
                        bestLen = name.length();
                        bestValue = v;
                    }
                }
            }
            if (bestLen >= 0) {
                return context.setParsedField(field, bestValue, position, position + bestLen);
            }
            if (context.strict) {
                return ~position;
            }
            return numberPrinterParser().parse(context, parseText, position);
        }

        @Override
        public String toString() {
            if (textStyle == TextStyle.FULL) {
                return "Text(" + field + ")";
            }
            return "Text(" + field + "," + textStyle + ")";
        }
    }

    /** Text from a map of values to names (appendText(field, Map)). */
    static final class MapTextPrinterParser implements PrinterParser {
        private final TemporalField field;
        private final java.util.Map<Long, String> names;

        MapTextPrinterParser(TemporalField field, java.util.Map<Long, String> names) {
            this.field = field;
            this.names = names;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long value = context.getValue(field);
            if (value == null) {
                return false;
            }
            String text = names.get(value);
            if (text == null) {
                return new NumberPrinterParser(field, 1, 19, SignStyle.NORMAL).format(context, buf);
            }
            buf.append(text);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence parseText, int position) {
            if (position < 0 || position > parseText.length()) {
                throw new IndexOutOfBoundsException();
            }
            long bestValue = 0;
            int bestLen = -1;
            for (java.util.Map.Entry<Long, String> e : names.entrySet()) {
                String name = e.getValue();
                if (name.length() > bestLen
                        && context.subSequenceEquals(name, 0, parseText, position, name.length())) {
                    bestLen = name.length();
                    bestValue = e.getKey();
                }
            }
            if (bestLen >= 0) {
                return context.setParsedField(field, bestValue, position, position + bestLen);
            }
            if (context.strict) {
                return ~position;
            }
            return new NumberPrinterParser(field, 1, 19, SignStyle.NORMAL).parse(context, parseText, position);
        }

        @Override
        public String toString() {
            return "Text(" + field + ")";
        }
    }

    /** Left-pads another printer-parser's output to a width (padNext). */
    static final class PadPrinterParser implements PrinterParser {
        private final PrinterParser printerParser;
        private final int padWidth;
        private final char padChar;

        PadPrinterParser(PrinterParser printerParser, int padWidth, char padChar) {
            this.printerParser = printerParser;
            this.padWidth = padWidth;
            this.padChar = padChar;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            int preLen = buf.length();
            if (!printerParser.format(context, buf)) {
                return false;
            }
            int len = buf.length() - preLen;
            if (len > padWidth) {
                throw new DateTimeException("Cannot print as output of " + len
                        + " characters exceeds pad width of " + padWidth);
            }
            for (int i = 0; i < padWidth - len; i++) {
                buf.insert(preLen, padChar);
            }
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            boolean strict = context.strict;
            if (position > text.length()) {
                throw new IndexOutOfBoundsException();
            }
            if (position == text.length()) {
                return ~position;
            }
            int endPos = position + padWidth;
            if (endPos > text.length()) {
                if (strict) {
                    return ~position;
                }
                endPos = text.length();
            }
            int pos = position;
            while (pos < endPos && context.charEquals(text.charAt(pos), padChar)) {
                pos++;
            }
            text = text.subSequence(0, endPos);
            int resultPos = printerParser.parse(context, text, pos);
            if (resultPos != endPos && strict) {
                return ~(position + pos);
            }
            return resultPos;
        }

        @Override
        public String toString() {
            return "Pad(" + printerParser + "," + padWidth + (padChar == ' ' ? ")" : ",'" + padChar + "')");
        }
    }

    static final class InstantPrinterParser implements PrinterParser {
        private static final long SECONDS_PER_10000_YEARS = 146097L * 25L * 86400L;
        private static final long SECONDS_0000_TO_1970 = ((146097L * 5L) - (30L * 365L + 7L)) * 86400L;
        private final int fractionalDigits;

        InstantPrinterParser(int fractionalDigits) {
            this.fractionalDigits = fractionalDigits;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long inSecs = context.getValue(INSTANT_SECONDS);
            Long inNanos = null;
            if (context.temporal.isSupported(NANO_OF_SECOND)) {
                inNanos = context.temporal.getLong(NANO_OF_SECOND);
            }
            if (inSecs == null) {
                return false;
            }
            long inSec = inSecs;
            int inNano = NANO_OF_SECOND.checkValidIntValue(inNanos != null ? inNanos : 0);
            if (inSec >= -SECONDS_0000_TO_1970) {
                long zeroSecs = inSec - SECONDS_PER_10000_YEARS + SECONDS_0000_TO_1970;
                long hi = Math.floorDiv(zeroSecs, SECONDS_PER_10000_YEARS) + 1;
                long lo = Math.floorMod(zeroSecs, SECONDS_PER_10000_YEARS);
                LocalDateTime ldt = LocalDateTime.ofEpochSecond(lo - SECONDS_0000_TO_1970, 0, ZoneOffset.UTC);
                if (hi > 0) {
                    buf.append('+').append(hi);
                }
                buf.append(ldt);
                if (ldt.getSecond() == 0) {
                    buf.append(":00");
                }
            } else {
                long zeroSecs = inSec + SECONDS_0000_TO_1970;
                long hi = zeroSecs / SECONDS_PER_10000_YEARS;
                long lo = zeroSecs % SECONDS_PER_10000_YEARS;
                LocalDateTime ldt = LocalDateTime.ofEpochSecond(lo - SECONDS_0000_TO_1970, 0, ZoneOffset.UTC);
                int pos = buf.length();
                buf.append(ldt);
                if (ldt.getSecond() == 0) {
                    buf.append(":00");
                }
                if (hi < 0) {
                    if (ldt.getYear() == -10_000) {
                        buf.replace(pos, pos + 2, Long.toString(hi - 1));
                    } else if (lo == 0) {
                        buf.insert(pos, hi);
                    } else {
                        buf.insert(pos + 1, Math.abs(hi));
                    }
                }
            }
            if ((fractionalDigits < 0 && inNano > 0) || fractionalDigits > 0) {
                buf.append('.');
                int div = 100_000_000;
                for (int i = 0; ((fractionalDigits == -1 && inNano > 0)
                        || (fractionalDigits == -2 && (inNano > 0 || (i % 3) != 0))
                        || i < fractionalDigits); i++) {
                    int digit = inNano / div;
                    buf.append((char) (digit + '0'));
                    inNano = inNano - (digit * div);
                    div = div / 10;
                }
            }
            buf.append('Z');
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int minDigits = (fractionalDigits < 0 ? 0 : fractionalDigits);
            int maxDigits = (fractionalDigits < 0 ? 9 : fractionalDigits);
            CompositePrinterParser parser = new DateTimeFormatterBuilder()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
                    .appendValue(HOUR_OF_DAY, 2).appendLiteral(':')
                    .appendValue(MINUTE_OF_HOUR, 2).appendLiteral(':')
                    .appendValue(SECOND_OF_MINUTE, 2)
                    .appendFraction(NANO_OF_SECOND, minDigits, maxDigits, true)
                    .appendOffsetId()
                    .toFormatter().toPrinterParser(false);
            ParseContext newContext = new ParseContext(null);
            newContext.caseSensitive = context.caseSensitive;
            newContext.strict = context.strict;
            int pos = parser.parse(newContext, text, position);
            if (pos < 0) {
                return pos;
            }
            Parsed p = newContext.current();
            long yearParsed = p.fieldValues.get(YEAR);
            int month = p.fieldValues.get(MONTH_OF_YEAR).intValue();
            int day = p.fieldValues.get(DAY_OF_MONTH).intValue();
            int hour = p.fieldValues.get(HOUR_OF_DAY).intValue();
            int min = p.fieldValues.get(MINUTE_OF_HOUR).intValue();
            Long secVal = p.fieldValues.get(SECOND_OF_MINUTE);
            Long nanoVal = p.fieldValues.get(NANO_OF_SECOND);
            int sec = (secVal != null ? secVal.intValue() : 0);
            int nano = (nanoVal != null ? nanoVal.intValue() : 0);
            int offset = p.fieldValues.get(OFFSET_SECONDS).intValue();
            int days = 0;
            if (hour == 24 && min == 0 && sec == 0 && nano == 0) {
                hour = 0;
                days = 1;
            } else if (hour == 23 && min == 59 && sec == 60) {
                sec = 59;
            }
            int year = (int) yearParsed % 10_000;
            long instantSecs;
            try {
                LocalDateTime ldt = LocalDateTime.of(year, month, day, hour, min, sec, 0).plusDays(days);
                instantSecs = ldt.toEpochSecond(ZoneOffset.ofTotalSeconds(offset));
                instantSecs += Math.multiplyExact(yearParsed / 10_000L, SECONDS_PER_10000_YEARS);
            } catch (RuntimeException ex) {
                return ~position;
            }
            int successPos = pos;
            successPos = context.setParsedField(INSTANT_SECONDS, instantSecs, position, successPos);
            return context.setParsedField(NANO_OF_SECOND, nano, position, successPos);
        }

        @Override
        public String toString() {
            return "Instant()";
        }
    }

    static final class OffsetIdPrinterParser implements PrinterParser {
        static final String[] PATTERNS = OFFSET_PATTERNS;
        static final OffsetIdPrinterParser INSTANCE_ID_Z = new OffsetIdPrinterParser("+HH:MM:ss", "Z");
        static final OffsetIdPrinterParser INSTANCE_ID_ZERO = new OffsetIdPrinterParser("+HH:MM:ss", "0");

        private final String noOffsetText;
        private final int type;
        private final String pattern;

        OffsetIdPrinterParser(String pattern, String noOffsetText) {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(noOffsetText, "noOffsetText");
            this.type = checkPattern(pattern);
            this.pattern = pattern;
            this.noOffsetText = noOffsetText;
        }

        private static int checkPattern(String pattern) {
            for (int i = 0; i < PATTERNS.length; i++) {
                if (PATTERNS[i].equals(pattern)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("Invalid zone offset pattern: " + pattern);
        }

        private boolean colon() {
            return pattern.indexOf(':') >= 0;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long offsetSecs = context.getValue(OFFSET_SECONDS);
            if (offsetSecs == null) {
                return false;
            }
            int totalSecs = Math.toIntExact(offsetSecs);
            if (totalSecs == 0) {
                buf.append(noOffsetText);
            } else {
                int absHours = Math.abs((totalSecs / 3600) % 100);
                int absMinutes = Math.abs((totalSecs / 60) % 60);
                int absSeconds = Math.abs(totalSecs % 60);
                int bufPos = buf.length();
                int output = absHours;
                buf.append(totalSecs < 0 ? "-" : "+");
                buf.append((char) (absHours / 10 + '0')).append((char) (absHours % 10 + '0'));
                if ((type >= 3 && type <= 8) || (type >= 9 && absSeconds > 0) || (type >= 1 && absMinutes > 0)) {
                    buf.append(colon() ? ":" : "")
                            .append((char) (absMinutes / 10 + '0')).append((char) (absMinutes % 10 + '0'));
                    output += absMinutes;
                    if (type == 7 || type == 8 || (type >= 5 && absSeconds > 0)) {
                        buf.append(colon() ? ":" : "")
                                .append((char) (absSeconds / 10 + '0')).append((char) (absSeconds % 10 + '0'));
                        output += absSeconds;
                    }
                }
                if (output == 0) {
                    buf.setLength(bufPos);
                    buf.append(noOffsetText);
                }
            }
            return true;
        }

        private static int twoDigits(CharSequence text, int pos) {
            if (pos + 2 > text.length()) {
                return -1;
            }
            char c1 = text.charAt(pos);
            char c2 = text.charAt(pos + 1);
            if (c1 < '0' || c1 > '9' || c2 < '0' || c2 > '9') {
                return -1;
            }
            return (c1 - '0') * 10 + (c2 - '0');
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            int noOffsetLen = noOffsetText.length();
            if (noOffsetLen == 0) {
                if (position == length) {
                    return context.setParsedField(OFFSET_SECONDS, 0, position, position);
                }
            } else {
                if (position == length) {
                    return ~position;
                }
                if (context.subSequenceEquals(text, position, noOffsetText, 0, noOffsetLen)) {
                    return context.setParsedField(OFFSET_SECONDS, 0, position, position + noOffsetLen);
                }
            }
            char sign = text.charAt(position);
            if (sign == '+' || sign == '-') {
                int negative = (sign == '-' ? -1 : 1);
                int pos = position + 1;
                int hours = twoDigits(text, pos);
                if (hours >= 0) {
                    pos += 2;
                    int minutes = 0;
                    int seconds = 0;
                    boolean colon = colon();
                    boolean minutesRequired = type >= 3 && type <= 8;
                    boolean minutesOptional = type == 1 || type == 2 || type >= 9;
                    boolean secondsRequired = type == 7 || type == 8;
                    boolean secondsOptional = type == 5 || type == 6 || type >= 9;
                    if (!context.strict) {
                        minutesOptional = true;
                        secondsOptional = true;
                        minutesRequired = false;
                        secondsRequired = false;
                    }
                    boolean ok = true;
                    if (minutesRequired || minutesOptional) {
                        int p = pos;
                        boolean hasColon = p < length && text.charAt(p) == ':';
                        if (colon == hasColon) {
                            if (hasColon) {
                                p++;
                            }
                            int m = twoDigits(text, p);
                            if (m >= 0) {
                                minutes = m;
                                pos = p + 2;
                                if (secondsRequired || secondsOptional) {
                                    int q = pos;
                                    boolean hasColon2 = q < length && text.charAt(q) == ':';
                                    if (colon == hasColon2) {
                                        if (hasColon2) {
                                            q++;
                                        }
                                        int s = twoDigits(text, q);
                                        if (s >= 0) {
                                            seconds = s;
                                            pos = q + 2;
                                        } else if (secondsRequired) {
                                            ok = false;
                                        }
                                    } else if (secondsRequired) {
                                        ok = false;
                                    }
                                }
                            } else if (minutesRequired) {
                                ok = false;
                            }
                        } else if (minutesRequired) {
                            ok = false;
                        }
                    }
                    if (ok && minutes <= 59 && seconds <= 59) {
                        long offsetSecs = negative * (hours * 3600L + minutes * 60L + seconds);
                        return context.setParsedField(OFFSET_SECONDS, offsetSecs, position, pos);
                    }
                }
            }
            if (noOffsetLen == 0) {
                return context.setParsedField(OFFSET_SECONDS, 0, position, position);
            }
            return ~position;
        }

        @Override
        public String toString() {
            String converted = noOffsetText.replace("'", "''");
            return "Offset(" + pattern + ",'" + converted + "')";
        }
    }

    static final class LocalizedOffsetIdPrinterParser implements PrinterParser {
        private final TextStyle style;

        LocalizedOffsetIdPrinterParser(TextStyle style) {
            this.style = style;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long offsetSecs = context.getValue(OFFSET_SECONDS);
            if (offsetSecs == null) {
                return false;
            }
            buf.append("GMT");
            int totalSecs = Math.toIntExact(offsetSecs);
            if (totalSecs != 0) {
                int absHours = Math.abs((totalSecs / 3600) % 100);
                int absMinutes = Math.abs((totalSecs / 60) % 60);
                int absSeconds = Math.abs(totalSecs % 60);
                buf.append(totalSecs < 0 ? "-" : "+");
                if (style == TextStyle.FULL) {
                    buf.append(absHours / 10).append(absHours % 10).append(':')
                            .append(absMinutes / 10).append(absMinutes % 10);
                    if (absSeconds != 0) {
                        buf.append(':').append(absSeconds / 10).append(absSeconds % 10);
                    }
                } else {
                    if (absHours >= 10) {
                        buf.append(absHours / 10);
                    }
                    buf.append(absHours % 10);
                    if (absMinutes != 0 || absSeconds != 0) {
                        buf.append(':').append(absMinutes / 10).append(absMinutes % 10);
                        if (absSeconds != 0) {
                            buf.append(':').append(absSeconds / 10).append(absSeconds % 10);
                        }
                    }
                }
            }
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int pos = position;
            int end = text.length();
            if (!context.subSequenceEquals(text, pos, "GMT", 0, 3)) {
                return ~position;
            }
            pos += 3;
            if (pos == end) {
                return context.setParsedField(OFFSET_SECONDS, 0, position, pos);
            }
            char sign = text.charAt(pos);
            int negative;
            if (sign == '+') {
                negative = 1;
            } else if (sign == '-') {
                negative = -1;
            } else {
                return context.setParsedField(OFFSET_SECONDS, 0, position, pos);
            }
            pos++;
            int h = 0;
            int m = 0;
            int s = 0;
            int digits = 0;
            while (pos < end && digits < 2 && Character.isDigit(text.charAt(pos))) {
                h = h * 10 + (text.charAt(pos++) - '0');
                digits++;
            }
            if (digits == 0) {
                return ~pos;
            }
            if (pos + 2 < end && text.charAt(pos) == ':' && Character.isDigit(text.charAt(pos + 1))
                    && Character.isDigit(text.charAt(pos + 2))) {
                m = (text.charAt(pos + 1) - '0') * 10 + (text.charAt(pos + 2) - '0');
                pos += 3;
                if (pos + 2 < end && text.charAt(pos) == ':' && Character.isDigit(text.charAt(pos + 1))
                        && Character.isDigit(text.charAt(pos + 2))) {
                    s = (text.charAt(pos + 1) - '0') * 10 + (text.charAt(pos + 2) - '0');
                    pos += 3;
                }
            }
            long offsetSecs = negative * (h * 3600L + m * 60L + s);
            return context.setParsedField(OFFSET_SECONDS, offsetSecs, position, pos);
        }

        @Override
        public String toString() {
            return "LocalizedOffset(" + style + ")";
        }
    }

    static class ZoneIdPrinterParser implements PrinterParser {
        private final TemporalQuery<ZoneId> query;
        private final String description;

        ZoneIdPrinterParser(TemporalQuery<ZoneId> query, String description) {
            this.query = query;
            this.description = description;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            ZoneId zone = context.getValue(query);
            if (zone == null) {
                return false;
            }
            buf.append(zone.getId());
            return true;
        }

        private static boolean isIdChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '~' || c == '/' || c == '.' || c == '_' || c == '+' || c == '-';
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position > length) {
                throw new IndexOutOfBoundsException();
            }
            if (position == length) {
                return ~position;
            }
            char nextChar = text.charAt(position);
            if (nextChar == '+' || nextChar == '-') {
                return parseOffsetBased(context, text, position, position);
            } else if (length >= position + 2) {
                char nextNextChar = text.charAt(position + 1);
                if (context.charEquals(nextChar, 'U') && context.charEquals(nextNextChar, 'T')) {
                    if (length >= position + 3 && context.charEquals(text.charAt(position + 2), 'C')) {
                        int r = parseOffsetBased(context, text, position, position + 3);
                        if (r >= 0) {
                            return r;
                        }
                    } else {
                        int r = parseOffsetBased(context, text, position, position + 2);
                        if (r >= 0) {
                            return r;
                        }
                    }
                } else if (context.charEquals(nextChar, 'G') && length >= position + 3
                        && context.charEquals(nextNextChar, 'M') && context.charEquals(text.charAt(position + 2), 'T')) {
                    if (length >= position + 4 && context.charEquals(text.charAt(position + 3), '0')) {
                        context.setParsed(ZoneId.of("GMT0"));
                        return position + 4;
                    }
                    int r = parseOffsetBased(context, text, position, position + 3);
                    if (r >= 0) {
                        return r;
                    }
                }
            }
            int end = position;
            while (end < length && isIdChar(text.charAt(end))) {
                end++;
            }
            String best = null;
            for (String id : ZoneId.getAvailableZoneIds()) {
                if (id.length() <= end - position && (best == null || id.length() > best.length())
                        && context.subSequenceEquals(text, position, id, 0, id.length())) {
                    best = id;
                }
            }
            if (best == null) {
                if (context.charEquals(nextChar, 'Z')) {
                    context.setParsed(ZoneOffset.UTC);
                    return position + 1;
                }
                return ~position;
            }
            context.setParsed(ZoneId.of(best));
            return position + best.length();
        }

        private int parseOffsetBased(ParseContext context, CharSequence text, int prefixPos, int position) {
            String prefix = text.subSequence(prefixPos, position).toString().toUpperCase(Locale.ROOT);
            if (position >= text.length()) {
                context.setParsed(ZoneId.of(prefix));
                return position;
            }
            if (text.charAt(position) == '0' || context.charEquals(text.charAt(position), 'Z')) {
                context.setParsed(ZoneId.of(prefix));
                return position;
            }
            ParseContext newContext = new ParseContext(null);
            newContext.caseSensitive = context.caseSensitive;
            newContext.strict = context.strict;
            int endPos = OffsetIdPrinterParser.INSTANCE_ID_Z.parse(newContext, text, position);
            try {
                if (endPos < 0) {
                    if (prefix.isEmpty()) {
                        return ~prefixPos;
                    }
                    context.setParsed(ZoneId.of(prefix));
                    return position;
                }
                int offset = (int) newContext.current().fieldValues.get(OFFSET_SECONDS).longValue();
                ZoneOffset zoneOffset = ZoneOffset.ofTotalSeconds(offset);
                context.setParsed(ZoneId.ofOffset(prefix, zoneOffset));
                return endPos;
            } catch (DateTimeException dte) {
                return ~prefixPos;
            }
        }

        @Override
        public String toString() {
            return description;
        }
    }

    static final class ZoneTextPrinterParser extends ZoneIdPrinterParser {
        private final TextStyle textStyle;

        ZoneTextPrinterParser(TextStyle textStyle) {
            super(TemporalQueries.zone(), "ZoneText(" + textStyle + ")");
            this.textStyle = Objects.requireNonNull(textStyle, "textStyle");
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            ZoneId zone = context.getValue(TemporalQueries.zoneId());
            if (zone == null) {
                return false;
            }
            String zname = zone.getId();
            if (!(zone instanceof ZoneOffset)) {
                zname = zone.getDisplayName(textStyle, Locale.ROOT);
                TemporalAccessor temporal = context.temporal;
                if (temporal.isSupported(ChronoField.INSTANT_SECONDS)) {
                    boolean daylight = zone.getRules().isDaylightSavings(
                            java.time.Instant.ofEpochSecond(temporal.getLong(ChronoField.INSTANT_SECONDS)));
                    String specific = jdk.internal.util.ZoneData.zoneText(zone.getId(), daylight,
                            textStyle.asNormal() == TextStyle.FULL);
                    if (specific != null) {
                        zname = specific;
                    }
                }
            }
            buf.append(zname);
            return true;
        }

        /**
         * A zone name of this text style (the longest that matches) or, when a zone ID matches
         * more of the text, the ID.
         */
        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position > length) {
                throw new IndexOutOfBoundsException();
            }
            String bestName = null;
            String bestZone = null;
            for (java.util.Map.Entry<String, String> e
                    : jdk.internal.util.ZoneData.parseNames(textStyle.asNormal() == TextStyle.FULL).entrySet()) {
                String name = e.getKey();
                if (name.length() <= length - position && (bestName == null || name.length() > bestName.length())
                        && context.subSequenceEquals(text, position, name, 0, name.length())) {
                    bestName = name;
                    bestZone = e.getValue();
                }
            }
            if (bestName != null) {
                int idLength = 0;
                for (String id : ZoneId.getAvailableZoneIds()) {
                    if (id.length() > idLength && id.length() <= length - position
                            && context.subSequenceEquals(text, position, id, 0, id.length())) {
                        idLength = id.length();
                    }
                }
                if (idLength <= bestName.length()) {
                    context.setParsed(ZoneId.of(bestZone));
                    return position + bestName.length();
                }
            }
            return super.parse(context, text, position);
        }
    }
}
