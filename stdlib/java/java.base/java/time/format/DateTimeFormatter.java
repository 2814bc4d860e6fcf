package java.time.format;

import java.io.IOException;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.Chronology;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder.CompositePrinterParser;
import java.time.format.DateTimeFormatterBuilder.ParseContext;
import java.time.format.DateTimeFormatterBuilder.PrintContext;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.util.Locale;
import java.util.Objects;

import static java.time.temporal.ChronoField.*;

/** Formatter for printing and parsing date-time objects. */
public final class DateTimeFormatter {
    private final CompositePrinterParser printerParser;
    private final Locale locale;
    private final ResolverStyle resolverStyle;
    private final ZoneId zone;
    private final Chronology chrono;

    DateTimeFormatter(CompositePrinterParser printerParser, Locale locale, ResolverStyle resolverStyle,
            ZoneId zone) {
        this(printerParser, locale, resolverStyle, zone, null);
    }

    private DateTimeFormatter(CompositePrinterParser printerParser, Locale locale,
            ResolverStyle resolverStyle, ZoneId zone, Chronology chrono) {
        this.printerParser = printerParser;
        this.locale = locale;
        this.resolverStyle = resolverStyle;
        this.zone = zone;
        this.chrono = chrono;
    }

    public static DateTimeFormatter ofPattern(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter();
    }

    public static DateTimeFormatter ofPattern(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter(locale);
    }

    public static DateTimeFormatter ofLocalizedDate(FormatStyle dateStyle) {
        Objects.requireNonNull(dateStyle, "dateStyle");
        return new DateTimeFormatterBuilder().appendLocalized(dateStyle, null)
                .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.SMART)
                .withChronology(IsoChronology.INSTANCE);
    }

    public static DateTimeFormatter ofLocalizedTime(FormatStyle timeStyle) {
        Objects.requireNonNull(timeStyle, "timeStyle");
        return new DateTimeFormatterBuilder().appendLocalized(null, timeStyle)
                .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.SMART)
                .withChronology(IsoChronology.INSTANCE);
    }

    public static DateTimeFormatter ofLocalizedDateTime(FormatStyle dateTimeStyle) {
        return ofLocalizedDateTime(dateTimeStyle, dateTimeStyle);
    }

    public static DateTimeFormatter ofLocalizedDateTime(FormatStyle dateStyle, FormatStyle timeStyle) {
        Objects.requireNonNull(dateStyle, "dateStyle");
        Objects.requireNonNull(timeStyle, "timeStyle");
        return new DateTimeFormatterBuilder().appendLocalized(dateStyle, timeStyle)
                .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.SMART)
                .withChronology(IsoChronology.INSTANCE);
    }

    public static final DateTimeFormatter ISO_LOCAL_DATE = new DateTimeFormatterBuilder()
            .appendValue(YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
            .appendLiteral('-')
            .appendValue(MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(DAY_OF_MONTH, 2)
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    public static final DateTimeFormatter ISO_OFFSET_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_LOCAL_DATE)
            .appendOffsetId()
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    public static final DateTimeFormatter ISO_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_LOCAL_DATE)
            .optionalStart()
            .appendOffsetId()
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    public static final DateTimeFormatter ISO_LOCAL_TIME = new DateTimeFormatterBuilder()
            .appendValue(HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(NANO_OF_SECOND, 0, 9, true)
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_OFFSET_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_LOCAL_TIME)
            .appendOffsetId()
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffsetId()
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(ISO_LOCAL_TIME)
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    public static final DateTimeFormatter ISO_OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_LOCAL_DATE_TIME)
            .parseLenient()
            .appendOffsetId()
            .parseStrict()
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    public static final DateTimeFormatter ISO_ZONED_DATE_TIME = new DateTimeFormatterBuilder()
            .append(ISO_OFFSET_DATE_TIME)
            .optionalStart()
            .appendLiteral('[')
            .parseCaseSensitive()
            .appendZoneRegionId()
            .appendLiteral(']')
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    public static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatterBuilder()
            .append(ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffsetId()
            .optionalStart()
            .appendLiteral('[')
            .parseCaseSensitive()
            .appendZoneRegionId()
            .appendLiteral(']')
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    public static final DateTimeFormatter ISO_ORDINAL_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
            .appendLiteral('-')
            .appendValue(DAY_OF_YEAR, 3)
            .optionalStart()
            .appendOffsetId()
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    public static final DateTimeFormatter ISO_WEEK_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(IsoFields.WEEK_BASED_YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
            .appendLiteral("-W")
            .appendValue(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 2)
            .appendLiteral('-')
            .appendValue(DAY_OF_WEEK, 1)
            .optionalStart()
            .appendOffsetId()
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    public static final DateTimeFormatter ISO_INSTANT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendInstant()
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT);

    public static final DateTimeFormatter BASIC_ISO_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(YEAR, 4)
            .appendValue(MONTH_OF_YEAR, 2)
            .appendValue(DAY_OF_MONTH, 2)
            .optionalStart()
            .parseLenient()
            .appendOffset("+HHMMss", "Z")
            .parseStrict()
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    // ISO and RFC formatters carry the default locale, as in the JDK (getLocale shows it).
    // RFC 1123 names are English whatever the formatter's locale: fixed maps, as in the JDK.
    public static final DateTimeFormatter RFC_1123_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .parseLenient()
            .optionalStart()
            .appendText(DAY_OF_WEEK, rfcNames("Mon Tue Wed Thu Fri Sat Sun"))
            .appendLiteral(", ")
            .optionalEnd()
            .appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendLiteral(' ')
            .appendText(MONTH_OF_YEAR, rfcNames("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"))
            .appendLiteral(' ')
            .appendValue(YEAR, 4)
            .appendLiteral(' ')
            .appendValue(HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(SECOND_OF_MINUTE, 2)
            .optionalEnd()
            .appendLiteral(' ')
            .appendOffset("+HHMM", "GMT")
            .toFormatter(Locale.getDefault(Locale.Category.FORMAT), ResolverStyle.SMART).withChronology(IsoChronology.INSTANCE);

    private static java.util.Map<Long, String> rfcNames(String names) {
        java.util.Map<Long, String> map = new java.util.HashMap<>();
        String[] parts = names.split(" ");
        for (int i = 0; i < parts.length; i++) {
            map.put((long) (i + 1), parts[i]);
        }
        return map;
    }

    public Locale getLocale() {
        return locale;
    }

    public DateTimeFormatter withLocale(Locale locale) {
        if (this.locale.equals(locale)) {
            return this;
        }
        return new DateTimeFormatter(printerParser, locale, resolverStyle, zone, chrono);
    }

    public DateTimeFormatter localizedBy(Locale locale) {
        return withLocale(locale);
    }

    public Chronology getChronology() {
        return chrono;
    }

    public DateTimeFormatter withChronology(Chronology chrono) {
        if (Objects.equals(this.chrono, chrono)) {
            return this;
        }
        return new DateTimeFormatter(printerParser, locale, resolverStyle, zone, chrono);
    }

    public ZoneId getZone() {
        return zone;
    }

    public DateTimeFormatter withZone(ZoneId zone) {
        if (Objects.equals(this.zone, zone)) {
            return this;
        }
        return new DateTimeFormatter(printerParser, locale, resolverStyle, zone, chrono);
    }

    public ResolverStyle getResolverStyle() {
        return resolverStyle;
    }

    public DateTimeFormatter withResolverStyle(ResolverStyle resolverStyle) {
        Objects.requireNonNull(resolverStyle, "resolverStyle");
        if (Objects.equals(this.resolverStyle, resolverStyle)) {
            return this;
        }
        return new DateTimeFormatter(printerParser, locale, resolverStyle, zone, chrono);
    }

    public String format(TemporalAccessor temporal) {
        StringBuilder buf = new StringBuilder(32);
        formatTo(temporal, buf);
        return buf.toString();
    }

    public void formatTo(TemporalAccessor temporal, Appendable appendable) {
        Objects.requireNonNull(temporal, "temporal");
        Objects.requireNonNull(appendable, "appendable");
        TemporalAccessor t = adjust(temporal);
        try {
            PrintContext context = new PrintContext(t);
            context.locale = locale;
            if (appendable instanceof StringBuilder) {
                printerParser.format(context, (StringBuilder) appendable);
            } else {
                StringBuilder buf = new StringBuilder(32);
                printerParser.format(context, buf);
                appendable.append(buf);
            }
        } catch (IOException ex) {
            throw new DateTimeException(ex.getMessage(), ex);
        }
    }

    /**
     * The JDK's DateTimePrintContext.adjust: the formatter's override zone and chronology, where
     * they differ from the temporal's (only ISO exists, so dates need no conversion).
     */
    private TemporalAccessor adjust(TemporalAccessor temporal) {
        Chronology overrideChrono = chrono;
        ZoneId overrideZone = zone;
        if (overrideChrono == null && overrideZone == null) {
            return temporal;
        }
        Chronology temporalChrono = temporal.query(TemporalQueries.chronology());
        ZoneId temporalZone = temporal.query(TemporalQueries.zoneId());
        if (Objects.equals(overrideChrono, temporalChrono)) {
            overrideChrono = null;
        }
        if (Objects.equals(overrideZone, temporalZone)) {
            overrideZone = null;
        }
        if (overrideChrono == null && overrideZone == null) {
            return temporal;
        }
        if (overrideZone != null && temporal.isSupported(INSTANT_SECONDS)) {
            return ZonedDateTime.ofInstant(Instant.from(temporal), overrideZone);
        }
        final Chronology effectiveChrono = overrideChrono != null ? overrideChrono : temporalChrono;
        final ZoneId effectiveZone = overrideZone != null ? overrideZone : temporalZone;
        return new TemporalAccessor() {
            @Override
            public boolean isSupported(TemporalField field) {
                return temporal.isSupported(field);
            }

            @Override
            public java.time.temporal.ValueRange range(TemporalField field) {
                return temporal.range(field);
            }

            @Override
            public long getLong(TemporalField field) {
                return temporal.getLong(field);
            }

            @SuppressWarnings("unchecked")
            @Override
            public <R> R query(TemporalQuery<R> query) {
                if (query == TemporalQueries.chronology()) {
                    return (R) effectiveChrono;
                }
                if (query == TemporalQueries.zoneId()) {
                    return (R) effectiveZone;
                }
                if (query == TemporalQueries.precision()) {
                    return temporal.query(query);
                }
                return query.queryFrom(this);
            }

            @Override
            public String toString() {
                return temporal + (effectiveChrono != null ? " with chronology " + effectiveChrono : "")
                        + (effectiveZone != null ? " with zone " + effectiveZone : "");
            }
        };
    }

    public TemporalAccessor parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        try {
            return parseResolved0(text);
        } catch (DateTimeParseException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw createError(text, ex);
        }
    }

    public TemporalAccessor parse(CharSequence text, ParsePosition position) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
        ParseContext context = new ParseContext(zone);
        context.locale = locale;
        int pos = printerParser.parse(context, text, position.getIndex());
        if (pos < 0) {
            position.setErrorIndex(~pos);
            throw new DateTimeParseException("Text '" + abbreviate(text) + "' could not be parsed at index "
                    + (~pos), text, ~pos);
        }
        position.setIndex(pos);
        try {
            return context.current().resolve(resolverStyle);
        } catch (DateTimeParseException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw createError(text, ex);
        }
    }

    public <T> T parse(CharSequence text, TemporalQuery<T> query) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(query, "query");
        try {
            return parseResolved0(text).query(query);
        } catch (DateTimeParseException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw createError(text, ex);
        }
    }

    public TemporalAccessor parseBest(CharSequence text, TemporalQuery<?>... queries) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(queries, "queries");
        if (queries.length < 2) {
            throw new IllegalArgumentException("At least two queries must be specified");
        }
        try {
            TemporalAccessor resolved = parseResolved0(text);
            for (TemporalQuery<?> query : queries) {
                try {
                    return (TemporalAccessor) resolved.query(query);
                } catch (RuntimeException ex) {
                    // continue
                }
            }
            throw new DateTimeException("Unable to convert parsed text using any of the specified queries");
        } catch (DateTimeParseException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw createError(text, ex);
        }
    }

    private static String abbreviate(CharSequence text) {
        if (text.length() > 64) {
            return text.subSequence(0, 64).toString() + "...";
        }
        return text.toString();
    }

    private DateTimeParseException createError(CharSequence text, RuntimeException ex) {
        return new DateTimeParseException("Text '" + abbreviate(text) + "' could not be parsed: "
                + ex.getMessage(), text, 0, ex);
    }

    private TemporalAccessor parseResolved0(CharSequence text) {
        ParseContext context = new ParseContext(zone);
        context.locale = locale;
        int pos = printerParser.parse(context, text, 0);
        if (pos < 0) {
            throw new DateTimeParseException("Text '" + abbreviate(text) + "' could not be parsed at index "
                    + (~pos), text, ~pos);
        }
        if (pos < text.length()) {
            throw new DateTimeParseException("Text '" + abbreviate(text)
                    + "' could not be parsed, unparsed text found at index " + pos, text, pos);
        }
        return context.current().resolve(resolverStyle);
    }

    CompositePrinterParser toPrinterParser(boolean optional) {
        return printerParser.withOptional(optional);
    }

    @Override
    public String toString() {
        String pattern = printerParser.toString();
        pattern = pattern.startsWith("[") ? pattern : pattern.substring(1, pattern.length() - 1);
        return pattern;
    }
}
