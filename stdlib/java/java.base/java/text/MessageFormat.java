package java.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Concatenated messages with arguments ("{0} has {1,number,integer} files"), following the
 * JDK's pattern syntax, quoting rules and argument formatting (numbers with NumberFormat,
 * dates with the SHORT date-time format, choice subformats re-formatted when they contain
 * '{'). toPattern rebuilds the format elements from their current formats, as the JDK's.
 */
public class MessageFormat extends Format {
    private static final long serialVersionUID = 6479157306784022952L;

    private Locale locale;
    private String pattern = "";
    private int[] offsets = new int[0];
    private int[] argumentNumbers = new int[0];
    private Format[] formats = new Format[0];
    private String[] elementTexts = new String[0];

    public MessageFormat(String pattern) {
        this.locale = Locale.getDefault();
        applyPattern(pattern);
    }

    public MessageFormat(String pattern, Locale locale) {
        this.locale = locale;
        applyPattern(pattern);
    }

    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    public Locale getLocale() {
        return locale;
    }

    private static final int SEG_RAW = 0;
    private static final int SEG_INDEX = 1;
    private static final int SEG_TYPE = 2;
    private static final int SEG_MODIFIER = 3;

    public void applyPattern(String pattern) {
        StringBuilder[] segments = new StringBuilder[4];
        segments[SEG_RAW] = new StringBuilder();
        int part = SEG_RAW;
        boolean inQuote = false;
        int braceStack = 0;
        List<Integer> newOffsets = new ArrayList<>();
        List<Integer> newArguments = new ArrayList<>();
        List<Format> newFormats = new ArrayList<>();
        List<String> newTexts = new ArrayList<>();
        for (int i = 0; i < pattern.length(); ++i) {
            char ch = pattern.charAt(i);
            if (part == SEG_RAW) {
                if (ch == '\'') {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                        segments[part].append(ch);
                        ++i;
                    } else {
                        inQuote = !inQuote;
                    }
                } else if (ch == '{' && !inQuote) {
                    part = SEG_INDEX;
                    if (segments[SEG_INDEX] == null) {
                        segments[SEG_INDEX] = new StringBuilder();
                    }
                } else {
                    segments[part].append(ch);
                }
            } else {
                if (inQuote) {
                    segments[part].append(ch);
                    if (ch == '\'') {
                        inQuote = false;
                    }
                } else {
                    switch (ch) {
                        case ',':
                            if (part < SEG_MODIFIER) {
                                if (segments[++part] == null) {
                                    segments[part] = new StringBuilder();
                                }
                            } else {
                                segments[part].append(ch);
                            }
                            break;
                        case '{':
                            ++braceStack;
                            segments[part].append(ch);
                            break;
                        case '}':
                            if (braceStack == 0) {
                                part = SEG_RAW;
                                makeFormat(segments, newOffsets, newArguments, newFormats, newTexts);
                                segments[SEG_INDEX] = null;
                                segments[SEG_TYPE] = null;
                                segments[SEG_MODIFIER] = null;
                            } else {
                                --braceStack;
                                segments[part].append(ch);
                            }
                            break;
                        case ' ':
                            if (part != SEG_TYPE || segments[SEG_TYPE].length() > 0) {
                                segments[part].append(ch);
                            }
                            break;
                        case '\'':
                            inQuote = true;
                            segments[part].append(ch);
                            break;
                        default:
                            segments[part].append(ch);
                            break;
                    }
                }
            }
        }
        if (braceStack == 0 && part != 0) {
            throw new IllegalArgumentException("Unmatched braces in the pattern.");
        }
        this.pattern = segments[0].toString();
        this.offsets = newOffsets.stream().mapToInt(Integer::intValue).toArray();
        this.argumentNumbers = newArguments.stream().mapToInt(Integer::intValue).toArray();
        this.formats = newFormats.toArray(new Format[0]);
        this.elementTexts = newTexts.toArray(new String[0]);
    }

    private static final String[] TYPE_KEYWORDS = {"", "number", "date", "time", "choice"};
    private static final String[] NUMBER_MODIFIER_KEYWORDS = {"", "currency", "percent", "integer"};
    private static final String[] DATE_TIME_MODIFIER_KEYWORDS = {"", "short", "medium", "long", "full"};
    private static final int[] DATE_TIME_MODIFIERS = {DateFormat.DEFAULT, DateFormat.SHORT,
        DateFormat.MEDIUM, DateFormat.LONG, DateFormat.FULL};

    private static int findKeyword(String s, String[] list) {
        for (int i = 0; i < list.length; ++i) {
            if (s.equals(list[i])) {
                return i;
            }
        }
        String ls = s.trim().toLowerCase(Locale.ROOT);
        if (ls != s) {
            for (int i = 0; i < list.length; ++i) {
                if (ls.equals(list[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void makeFormat(StringBuilder[] textSegments, List<Integer> newOffsets,
            List<Integer> newArguments, List<Format> newFormats, List<String> newTexts) {
        String[] segments = new String[textSegments.length];
        for (int i = 0; i < textSegments.length; i++) {
            StringBuilder oneseg = textSegments[i];
            segments[i] = (oneseg != null) ? oneseg.toString() : "";
        }
        int argumentNumber;
        try {
            argumentNumber = Integer.parseInt(segments[SEG_INDEX]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("can't parse argument number: "
                    + segments[SEG_INDEX], e);
        }
        if (argumentNumber < 0) {
            throw new IllegalArgumentException("negative argument number: " + argumentNumber);
        }
        Format newFormat = null;
        if (!segments[SEG_TYPE].isEmpty()) {
            int type = findKeyword(segments[SEG_TYPE], TYPE_KEYWORDS);
            switch (type) {
                case 0:
                    break;
                case 1:
                    switch (findKeyword(segments[SEG_MODIFIER], NUMBER_MODIFIER_KEYWORDS)) {
                        case 0:
                            newFormat = NumberFormat.getInstance(locale);
                            break;
                        case 1:
                            newFormat = NumberFormat.getCurrencyInstance(locale);
                            break;
                        case 2:
                            newFormat = NumberFormat.getPercentInstance(locale);
                            break;
                        case 3:
                            newFormat = NumberFormat.getIntegerInstance(locale);
                            break;
                        default:
                            newFormat = new DecimalFormat(segments[SEG_MODIFIER],
                                    DecimalFormatSymbols.getInstance(locale));
                            break;
                    }
                    break;
                case 2:
                case 3: {
                    int mod = findKeyword(segments[SEG_MODIFIER], DATE_TIME_MODIFIER_KEYWORDS);
                    if (mod >= 0 && mod < DATE_TIME_MODIFIER_KEYWORDS.length) {
                        newFormat = type == 2
                                ? DateFormat.getDateInstance(DATE_TIME_MODIFIERS[mod], locale)
                                : DateFormat.getTimeInstance(DATE_TIME_MODIFIERS[mod], locale);
                    } else {
                        newFormat = new SimpleDateFormat(segments[SEG_MODIFIER], locale);
                    }
                    break;
                }
                case 4:
                    try {
                        newFormat = new ChoiceFormat(segments[SEG_MODIFIER]);
                    } catch (Exception e) {
                        throw new IllegalArgumentException("Choice Pattern incorrect: "
                                + segments[SEG_MODIFIER], e);
                    }
                    break;
                default:
                    throw new IllegalArgumentException("unknown format type: "
                            + segments[SEG_TYPE]);
            }
        }
        newOffsets.add(textSegments[SEG_RAW].length());
        newArguments.add(argumentNumber);
        newFormats.add(newFormat);
        StringBuilder text = new StringBuilder().append(argumentNumber);
        if (newFormat != null) {
            text.append(',').append(segments[SEG_TYPE].trim());
            if (!segments[SEG_MODIFIER].isEmpty()) {
                text.append(',').append(segments[SEG_MODIFIER]);
            }
        }
        newTexts.add(text.toString());
    }

    public String toPattern() {
        StringBuilder result = new StringBuilder();
        int lastOffset = 0;
        for (int i = 0; i < offsets.length; ++i) {
            copyAndFixQuotes(pattern, lastOffset, offsets[i], result);
            lastOffset = offsets[i];
            result.append('{').append(argumentNumbers[i]);
            appendFormatText(formats[i], result);
            result.append('}');
        }
        copyAndFixQuotes(pattern, lastOffset, pattern.length(), result);
        return result.toString();
    }

    /**
     * The type and style of a format element, rebuilt from its current format as the JDK's
     * toPattern does: the standard number and date/time formats of the locale by keyword
     * (",date" alone for the default, medium, style), other decimal, date and choice formats by
     * their own patterns, nothing for null or a format of another kind.
     */
    private void appendFormatText(Format fmt, StringBuilder result) {
        if (fmt == null) {
            return;
        }
        if (fmt instanceof NumberFormat) {
            if (fmt.equals(NumberFormat.getInstance(locale))) {
                result.append(",number");
            } else if (fmt.equals(NumberFormat.getCurrencyInstance(locale))) {
                result.append(",number,currency");
            } else if (fmt.equals(NumberFormat.getPercentInstance(locale))) {
                result.append(",number,percent");
            } else if (fmt.equals(NumberFormat.getIntegerInstance(locale))) {
                result.append(",number,integer");
            } else if (fmt instanceof DecimalFormat) {
                result.append(",number,").append(((DecimalFormat) fmt).toPattern());
            } else if (fmt instanceof ChoiceFormat) {
                result.append(",choice,").append(((ChoiceFormat) fmt).toPattern());
            }
        } else if (fmt instanceof DateFormat) {
            int index;
            for (index = 0; index < DATE_TIME_MODIFIERS.length; index++) {
                if (fmt.equals(DateFormat.getDateInstance(DATE_TIME_MODIFIERS[index], locale))) {
                    result.append(",date");
                    break;
                }
                if (fmt.equals(DateFormat.getTimeInstance(DATE_TIME_MODIFIERS[index], locale))) {
                    result.append(",time");
                    break;
                }
            }
            if (index >= DATE_TIME_MODIFIERS.length) {
                if (fmt instanceof SimpleDateFormat) {
                    result.append(",date,").append(((SimpleDateFormat) fmt).toPattern());
                }
            } else if (index != 0) {
                result.append(',').append(DATE_TIME_MODIFIER_KEYWORDS[index]);
            }
        }
    }

    private static void copyAndFixQuotes(String source, int start, int end, StringBuilder target) {
        boolean quoted = false;
        for (int i = start; i < end; ++i) {
            char ch = source.charAt(i);
            if (ch == '{') {
                if (!quoted) {
                    target.append('\'');
                    quoted = true;
                }
                target.append(ch);
            } else if (ch == '\'') {
                target.append("''");
            } else {
                if (quoted) {
                    target.append('\'');
                    quoted = false;
                }
                target.append(ch);
            }
        }
        if (quoted) {
            target.append('\'');
        }
    }

    public void setFormatsByArgumentIndex(Format[] newFormats) {
        for (int i = 0; i < offsets.length; i++) {
            int j = argumentNumbers[i];
            if (j < newFormats.length) {
                formats[i] = newFormats[j];
            }
        }
    }

    public void setFormats(Format[] newFormats) {
        int runsToCopy = newFormats.length;
        if (runsToCopy > offsets.length) {
            runsToCopy = offsets.length;
        }
        for (int i = 0; i < runsToCopy; i++) {
            formats[i] = newFormats[i];
        }
    }

    public void setFormatByArgumentIndex(int argumentIndex, Format newFormat) {
        for (int j = 0; j < offsets.length; j++) {
            if (argumentNumbers[j] == argumentIndex) {
                formats[j] = newFormat;
            }
        }
    }

    public void setFormat(int formatElementIndex, Format newFormat) {
        if (formatElementIndex >= offsets.length) {
            throw new ArrayIndexOutOfBoundsException(formatElementIndex);
        }
        formats[formatElementIndex] = newFormat;
    }

    public Format[] getFormatsByArgumentIndex() {
        int maximumArgumentNumber = -1;
        for (int i = 0; i < offsets.length; i++) {
            if (argumentNumbers[i] > maximumArgumentNumber) {
                maximumArgumentNumber = argumentNumbers[i];
            }
        }
        Format[] resultArray = new Format[maximumArgumentNumber + 1];
        for (int i = 0; i < offsets.length; i++) {
            resultArray[argumentNumbers[i]] = formats[i];
        }
        return resultArray;
    }

    public Format[] getFormats() {
        return Arrays.copyOf(formats, offsets.length);
    }

    public final StringBuffer format(Object[] arguments, StringBuffer result, FieldPosition pos) {
        return subformat(arguments, result);
    }

    public static String format(String pattern, Object... arguments) {
        MessageFormat temp = new MessageFormat(pattern);
        return temp.format(arguments);
    }

    @Override
    public final StringBuffer format(Object arguments, StringBuffer result, FieldPosition pos) {
        return subformat((Object[]) arguments, result);
    }

    private StringBuffer subformat(Object[] arguments, StringBuffer result) {
        int lastOffset = 0;
        for (int i = 0; i < offsets.length; ++i) {
            result.append(pattern, lastOffset, offsets[i]);
            lastOffset = offsets[i];
            int argumentNumber = argumentNumbers[i];
            if (arguments == null || argumentNumber >= arguments.length) {
                result.append('{').append(argumentNumber).append('}');
                continue;
            }
            Object obj = arguments[argumentNumber];
            String arg = null;
            Format subFormatter = null;
            if (obj == null) {
                arg = "null";
            } else if (formats[i] != null) {
                subFormatter = formats[i];
                if (subFormatter instanceof ChoiceFormat) {
                    arg = formats[i].format(obj);
                    if (arg.indexOf('{') >= 0) {
                        subFormatter = new MessageFormat(arg, locale);
                        obj = arguments;
                        arg = null;
                    }
                }
            } else if (obj instanceof Number) {
                subFormatter = NumberFormat.getInstance(locale);
            } else if (obj instanceof Date) {
                subFormatter = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale);
            } else if (obj instanceof String) {
                arg = (String) obj;
            } else {
                arg = obj.toString();
                if (arg == null) {
                    arg = "null";
                }
            }
            if (subFormatter != null && arg == null) {
                arg = subFormatter.format(obj);
            }
            result.append(arg);
        }
        result.append(pattern, lastOffset, pattern.length());
        return result;
    }

    public Object[] parse(String source, ParsePosition pos) {
        if (source == null) {
            return new Object[0];
        }
        int maximumArgumentNumber = -1;
        for (int i = 0; i < offsets.length; i++) {
            if (argumentNumbers[i] > maximumArgumentNumber) {
                maximumArgumentNumber = argumentNumbers[i];
            }
        }
        Object[] resultArray = new Object[maximumArgumentNumber + 1];
        int patternOffset = 0;
        int sourceOffset = pos.index;
        ParsePosition tempStatus = new ParsePosition(0);
        for (int i = 0; i < offsets.length; ++i) {
            int len = offsets[i] - patternOffset;
            if (len == 0 || pattern.regionMatches(patternOffset, source, sourceOffset, len)) {
                sourceOffset += len;
                patternOffset += len;
            } else {
                pos.errorIndex = sourceOffset;
                return null;
            }
            if (formats[i] == null) {
                int tempLength = (i != offsets.length - 1) ? offsets[i + 1] : pattern.length();
                int next;
                if (patternOffset >= tempLength) {
                    next = source.length();
                } else {
                    next = source.indexOf(pattern.substring(patternOffset, tempLength), sourceOffset);
                }
                if (next < 0) {
                    pos.errorIndex = sourceOffset;
                    return null;
                } else {
                    String strValue = source.substring(sourceOffset, next);
                    if (!strValue.equals("{" + argumentNumbers[i] + "}")) {
                        resultArray[argumentNumbers[i]] = source.substring(sourceOffset, next);
                    }
                    sourceOffset = next;
                }
            } else {
                tempStatus.index = sourceOffset;
                resultArray[argumentNumbers[i]] = formats[i].parseObject(source, tempStatus);
                if (tempStatus.index == sourceOffset) {
                    pos.errorIndex = sourceOffset;
                    return null;
                }
                sourceOffset = tempStatus.index;
            }
        }
        int len = pattern.length() - patternOffset;
        if (len == 0 || pattern.regionMatches(patternOffset, source, sourceOffset, len)) {
            pos.index = sourceOffset + len;
        } else {
            pos.errorIndex = sourceOffset;
            return null;
        }
        return resultArray;
    }

    public Object[] parse(String source) throws ParseException {
        ParsePosition pos = new ParsePosition(0);
        Object[] result = parse(source, pos);
        if (pos.index == 0) {
            throw new ParseException("MessageFormat parse error!", pos.errorIndex);
        }
        return result;
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        return parse(source, pos);
    }

    @Override
    public Object clone() {
        MessageFormat other = (MessageFormat) super.clone();
        other.formats = formats.clone();
        for (int i = 0; i < formats.length; ++i) {
            if (formats[i] != null) {
                other.formats[i] = (Format) formats[i].clone();
            }
        }
        other.offsets = offsets.clone();
        other.argumentNumbers = argumentNumbers.clone();
        other.elementTexts = elementTexts.clone();
        return other;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        MessageFormat other = (MessageFormat) obj;
        return pattern.equals(other.pattern) && java.util.Objects.equals(locale, other.locale)
                && Arrays.equals(offsets, other.offsets)
                && Arrays.equals(argumentNumbers, other.argumentNumbers)
                && Arrays.equals(formats, other.formats);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }
}
