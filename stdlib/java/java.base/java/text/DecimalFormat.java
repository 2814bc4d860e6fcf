package java.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Formats decimal numbers with a pattern such as {@code "#,##0.00"}: minimum and maximum
 * integer and fraction digits, grouping, prefixes and suffixes, percent and per-mille
 * multipliers, scientific notation and rounding modes.
 */
public class DecimalFormat extends NumberFormat {
    private static final long serialVersionUID = 864413376551465018L;

    static final int DOUBLE_INTEGER_DIGITS = 309;
    static final int DOUBLE_FRACTION_DIGITS = 340;
    static final int MAXIMUM_INTEGER_DIGITS = Integer.MAX_VALUE;
    static final int MAXIMUM_FRACTION_DIGITS = Integer.MAX_VALUE;

    private static final char QUOTE = '\'';
    private static final char CURRENCY_SIGN = '\u00a4';
    private static final char PATTERN_PER_MILLE = '\u2030';
    /** Characters that must be quoted to appear literally in an affix of a pattern. */
    private static final String SPECIAL = "#0123456789,.;%\u2030\u00a4-";

    private DecimalFormatSymbols symbols;
    private String positivePrefix = "";
    private String positiveSuffix = "";
    private String negativePrefix = "-";
    private String negativeSuffix = "";
    /** The affixes as written in the pattern (with special characters unexpanded), for toPattern. */
    private String posPrefixPattern;
    private String posSuffixPattern;
    private String negPrefixPattern;
    private String negSuffixPattern;
    private int multiplier = 1;
    private byte groupingSize = 3;
    private boolean decimalSeparatorAlwaysShown = false;
    private boolean parseBigDecimal = false;
    private boolean isCurrencyFormat = false;
    private boolean useExponentialNotation;
    private byte minExponentDigits;
    private RoundingMode roundingMode = RoundingMode.HALF_EVEN;

    public DecimalFormat() {
        this("#,##0.###", DecimalFormatSymbols.getInstance(Locale.getDefault()));
    }

    public DecimalFormat(String pattern) {
        this(pattern, DecimalFormatSymbols.getInstance(Locale.getDefault()));
    }

    public DecimalFormat(String pattern, DecimalFormatSymbols symbols) {
        this.symbols = (DecimalFormatSymbols) symbols.clone();
        applyPattern(pattern, false);
    }

    // ---------------------------------------------------------------------------------------
    // Formatting

    @Override
    public final StringBuffer format(Object number, StringBuffer toAppendTo, FieldPosition pos) {
        if (number instanceof Long || number instanceof Integer || number instanceof Short
                || number instanceof Byte || number instanceof java.util.concurrent.atomic.AtomicInteger
                || number instanceof java.util.concurrent.atomic.AtomicLong
                || (number instanceof BigInteger && ((BigInteger) number).bitLength() < 64)) {
            return format(((Number) number).longValue(), toAppendTo, pos);
        } else if (number instanceof BigDecimal) {
            return format((BigDecimal) number, toAppendTo, pos);
        } else if (number instanceof BigInteger) {
            return format(new BigDecimal((BigInteger) number), toAppendTo, pos);
        } else if (number instanceof Number) {
            return format(((Number) number).doubleValue(), toAppendTo, pos);
        } else {
            throw new IllegalArgumentException("Cannot format given Object as a Number");
        }
    }

    @Override
    public StringBuffer format(double number, StringBuffer result, FieldPosition fieldPosition) {
        fieldPosition.setBeginIndex(0);
        fieldPosition.setEndIndex(0);
        if (Double.isNaN(number)) {
            int start = result.length();
            result.append(symbols.getNaN());
            if (fieldPosition.getField() == INTEGER_FIELD) {
                fieldPosition.setBeginIndex(start);
                fieldPosition.setEndIndex(result.length());
            }
            return result;
        }
        boolean negative = (number < 0.0) || (number == 0.0 && 1 / number < 0.0);
        if (multiplier != 1) {
            number *= multiplier;
        }
        if (Double.isInfinite(number)) {
            result.append(negative ? negativePrefix : positivePrefix);
            int start = result.length();
            result.append(symbols.getInfinity());
            if (fieldPosition.getField() == INTEGER_FIELD) {
                fieldPosition.setBeginIndex(start);
                fieldPosition.setEndIndex(result.length());
            }
            result.append(negative ? negativeSuffix : positiveSuffix);
            return result;
        }
        double abs = Math.abs(number);
        BigDecimal digits = abs == 0.0 ? BigDecimal.ZERO : new BigDecimal(Double.toString(abs));
        BigDecimal exact = abs == 0.0 ? BigDecimal.ZERO : new BigDecimal(abs);
        return subformat(negative, digits, exact, true, result, fieldPosition);
    }

    @Override
    public StringBuffer format(long number, StringBuffer result, FieldPosition fieldPosition) {
        fieldPosition.setBeginIndex(0);
        fieldPosition.setEndIndex(0);
        boolean negative = number < 0;
        BigDecimal v = BigDecimal.valueOf(number).abs();
        if (multiplier != 1) {
            v = v.multiply(BigDecimal.valueOf(multiplier));
        }
        return subformat(negative, v, null, false, result, fieldPosition);
    }

    private StringBuffer format(BigDecimal number, StringBuffer result, FieldPosition fieldPosition) {
        fieldPosition.setBeginIndex(0);
        fieldPosition.setEndIndex(0);
        boolean negative = number.signum() < 0;
        BigDecimal v = number.abs();
        if (multiplier != 1) {
            v = v.multiply(BigDecimal.valueOf(multiplier));
        }
        return subformat(negative, v, null, true, result, fieldPosition);
    }

    /** Rounds the non-negative value to the given scale; ties in the digits are broken by the exact value. */
    private BigDecimal round(BigDecimal digits, BigDecimal exact, int scale, boolean negative) {
        if (digits.scale() <= scale) {
            return digits;
        }
        RoundingMode mode = roundingMode;
        switch (mode) {
            case CEILING:
                mode = negative ? RoundingMode.DOWN : RoundingMode.UP;
                break;
            case FLOOR:
                mode = negative ? RoundingMode.UP : RoundingMode.DOWN;
                break;
            default:
                break;
        }
        if (mode == RoundingMode.HALF_EVEN || mode == RoundingMode.HALF_UP || mode == RoundingMode.HALF_DOWN) {
            BigDecimal down = digits.setScale(scale, RoundingMode.DOWN);
            BigDecimal rest = digits.subtract(down);
            BigDecimal half = BigDecimal.valueOf(5, scale + 1);
            if (rest.compareTo(half) == 0 && exact != null) {
                int c = exact.compareTo(digits);
                if (c > 0) {
                    mode = RoundingMode.HALF_UP;
                } else if (c < 0) {
                    mode = RoundingMode.HALF_DOWN;
                }
            }
        } else if (mode == RoundingMode.UNNECESSARY) {
            BigDecimal down = digits.setScale(scale, RoundingMode.DOWN);
            if (down.compareTo(digits) != 0) {
                throw new ArithmeticException("Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY");
            }
            return down;
        }
        return digits.setScale(scale, mode);
    }

    private StringBuffer subformat(boolean negative, BigDecimal digits, BigDecimal exact, boolean isDouble,
                                   StringBuffer result, FieldPosition fieldPosition) {
        int maxInt = getMaximumIntegerDigits();
        int minInt = getMinimumIntegerDigits();
        int maxFra = getMaximumFractionDigits();
        int minFra = getMinimumFractionDigits();
        if (isDouble) {
            maxInt = Math.min(maxInt, DOUBLE_INTEGER_DIGITS);
            minInt = Math.min(minInt, DOUBLE_INTEGER_DIGITS);
            maxFra = Math.min(maxFra, DOUBLE_FRACTION_DIGITS);
            minFra = Math.min(minFra, DOUBLE_FRACTION_DIGITS);
        }
        char zero = symbols.getZeroDigit();
        char grouping = isCurrencyFormat ? symbols.getMonetaryGroupingSeparator() : symbols.getGroupingSeparator();
        char decimal = isCurrencyFormat ? symbols.getMonetaryDecimalSeparator() : symbols.getDecimalSeparator();

        result.append(negative ? negativePrefix : positivePrefix);
        if (useExponentialNotation) {
            int iFieldStart = result.length();
            int exponent;
            String intDigits;
            String fracDigits;
            boolean engineering = maxInt > 1 && maxInt > minInt;
            // Significant digits: minimum integer digits plus maximum fraction digits, or, when the
            // exponent is a multiple of the maximum integer digits, those plus the fraction digits.
            int sig = (engineering ? maxInt : minInt) + maxFra;
            if (sig <= 0) {
                sig = 1;
            }
            BigDecimal v = digits;
            if (v.signum() != 0) {
                int e10 = v.precision() - v.scale() - 1;
                v = round(v, exact, sig - 1 - e10, negative);
            }
            if (v.signum() == 0) {
                exponent = 0;
                intDigits = minInt > 0 ? "0" : "";
                fracDigits = "";
            } else {
                int e10 = v.precision() - v.scale() - 1;
                if (engineering) {
                    exponent = Math.floorDiv(e10, maxInt) * maxInt;
                } else {
                    exponent = e10 - (minInt > 0 ? minInt - 1 : -1);
                }
                BigDecimal m = v.scaleByPowerOfTen(-exponent);
                String plain = m.toPlainString();
                int dot = plain.indexOf('.');
                intDigits = dot < 0 ? plain : plain.substring(0, dot);
                fracDigits = dot < 0 ? "" : plain.substring(dot + 1);
                if (intDigits.equals("0")) {
                    intDigits = "";
                }
            }
            // Significant digits beyond minimum fraction digits: trailing zeros dropped.
            int end = fracDigits.length();
            while (end > 0 && fracDigits.charAt(end - 1) == '0') {
                end--;
            }
            fracDigits = fracDigits.substring(0, end);
            StringBuilder ib = new StringBuilder();
            int wantInt = engineering ? 1 : minInt;
            for (int i = intDigits.length(); i < wantInt; i++) {
                ib.append('0');
            }
            ib.append(intDigits);
            int totalDigits = ib.length() + fracDigits.length();
            int minimumDigits = minInt + minFra;
            StringBuilder fb = new StringBuilder(fracDigits);
            // Pad fraction to reach minFra digits (and the minimum total significant digits).
            int wantFrac = Math.max(minFra, minimumDigits - ib.length());
            while (fb.length() < wantFrac) {
                fb.append('0');
            }
            appendDigits(result, ib, zero);
            fieldPosition(fieldPosition, INTEGER_FIELD, iFieldStart, result.length());
            if (fb.length() > 0 || decimalSeparatorAlwaysShown) {
                result.append(decimal);
            }
            int fFieldStart = result.length();
            appendDigits(result, fb, zero);
            fieldPosition(fieldPosition, FRACTION_FIELD, fFieldStart, result.length());
            result.append(symbols.getExponentSeparator());
            if (exponent < 0) {
                result.append(symbols.getMinusSignText());
            }
            String ed = Integer.toString(Math.abs(exponent));
            StringBuilder eb = new StringBuilder();
            for (int i = ed.length(); i < minExponentDigits; i++) {
                eb.append('0');
            }
            eb.append(ed);
            appendDigits(result, eb, zero);
            if (totalDigits < 0) {
                throw new InternalError();
            }
        } else {
            // A value whose first significant digit lies beyond the maximum fraction digits is
            // zero whatever the rounding mode (the JDK's DigitList drops all its digits: 0.0004
            // is "0.00" even when rounding UP). When it is the first digit dropped, the JDK
            // decides before dropping a BigDecimal's trailing zeros, so HALF_DOWN takes 0.0050
            // (not 0.005) for more than a tie and rounds it up to 0.01; otherwise as usual.
            int leadingZeros = digits.scale() - digits.precision();
            BigDecimal r;
            if (digits.signum() != 0 && leadingZeros > maxFra) {
                r = BigDecimal.ZERO;
            } else if (digits.signum() != 0 && leadingZeros == maxFra && exact == null
                    && roundingMode == RoundingMode.HALF_DOWN && digits.precision() > 1
                    && digits.unscaledValue().toString().charAt(0) == '5') {
                r = BigDecimal.valueOf(1, maxFra);
            } else {
                r = round(digits, exact, maxFra, negative);
            }
            String plain = r.toPlainString();
            int dot = plain.indexOf('.');
            String intDigits = dot < 0 ? plain : plain.substring(0, dot);
            String fracDigits = dot < 0 ? "" : plain.substring(dot + 1);
            int k = 0;
            while (k < intDigits.length() && intDigits.charAt(k) == '0') {
                k++;
            }
            intDigits = intDigits.substring(k);
            if (intDigits.length() > maxInt) {
                intDigits = intDigits.substring(intDigits.length() - maxInt);
            }
            int end = fracDigits.length();
            while (end > minFra && fracDigits.charAt(end - 1) == '0') {
                end--;
            }
            StringBuilder fb = new StringBuilder(fracDigits.substring(0, Math.min(end, fracDigits.length())));
            while (fb.length() < minFra) {
                fb.append('0');
            }
            StringBuilder ib = new StringBuilder();
            for (int i = intDigits.length(); i < minInt; i++) {
                ib.append('0');
            }
            ib.append(intDigits);
            if (ib.length() == 0 && fb.length() == 0) {
                ib.append('0');
            }
            int iFieldStart = result.length();
            boolean group = isGroupingUsed() && groupingSize > 0;
            int n = ib.length();
            for (int i = 0; i < n; i++) {
                if (group && i > 0 && (n - i) % groupingSize == 0) {
                    result.append(grouping);
                }
                result.append((char) (ib.charAt(i) - '0' + zero));
            }
            fieldPosition(fieldPosition, INTEGER_FIELD, iFieldStart, result.length());
            if (fb.length() > 0 || decimalSeparatorAlwaysShown) {
                result.append(decimal);
            }
            int fFieldStart = result.length();
            appendDigits(result, fb, zero);
            fieldPosition(fieldPosition, FRACTION_FIELD, fFieldStart, result.length());
        }
        result.append(negative ? negativeSuffix : positiveSuffix);
        return result;
    }

    private static void fieldPosition(FieldPosition fp, int field, int begin, int end) {
        if (fp.getField() == field && fp.getFieldAttribute() == null) {
            fp.setBeginIndex(begin);
            fp.setEndIndex(end);
        }
    }

    private static void appendDigits(StringBuffer result, CharSequence ascii, char zero) {
        for (int i = 0; i < ascii.length(); i++) {
            result.append((char) (ascii.charAt(i) - '0' + zero));
        }
    }

    // ---------------------------------------------------------------------------------------
    // Parsing

    @Override
    public Number parse(String text, ParsePosition pos) {
        int start = pos.index;
        if (start < 0 || start > text.length()) {
            pos.errorIndex = start;
            return null;
        }
        if (text.regionMatches(start, symbols.getNaN(), 0, symbols.getNaN().length())) {
            pos.index = start + symbols.getNaN().length();
            return Double.NaN;
        }
        boolean gotPositive = text.startsWith(positivePrefix, start);
        boolean gotNegative = text.startsWith(negativePrefix, start);
        if (gotPositive && gotNegative) {
            if (positivePrefix.length() > negativePrefix.length()) {
                gotNegative = false;
            } else if (positivePrefix.length() < negativePrefix.length()) {
                gotPositive = false;
            }
        }
        int position;
        if (gotPositive) {
            position = start + positivePrefix.length();
        } else if (gotNegative) {
            position = start + negativePrefix.length();
        } else {
            pos.errorIndex = start;
            return null;
        }
        char zero = symbols.getZeroDigit();
        char grouping = isCurrencyFormat ? symbols.getMonetaryGroupingSeparator() : symbols.getGroupingSeparator();
        char decimal = isCurrencyFormat ? symbols.getMonetaryDecimalSeparator() : symbols.getDecimalSeparator();
        StringBuilder num = new StringBuilder();
        boolean infinite = false;
        if (text.startsWith(symbols.getInfinity(), position)) {
            infinite = true;
            position += symbols.getInfinity().length();
        } else {
            boolean sawDecimal = false;
            boolean sawDigit = false;
            boolean sawExponent = false;
            int backup = -1;
            for (; position < text.length(); position++) {
                char ch = text.charAt(position);
                int d = ch - zero;
                if (d < 0 || d > 9) {
                    d = Character.digit(ch, 10);
                }
                if (d >= 0 && d <= 9) {
                    num.append((char) ('0' + d));
                    sawDigit = true;
                    backup = -1;
                } else if (!isParseIntegerOnly() && ch == decimal && !sawDecimal) {
                    num.append('.');
                    sawDecimal = true;
                } else if (isGroupingUsed() && ch == grouping && !sawDecimal) {
                    if (backup != -1) {
                        break;
                    }
                    backup = position;
                } else if (!sawExponent && sawDigit
                        && text.startsWith(symbols.getExponentSeparator(), position)) {
                    int p = position + symbols.getExponentSeparator().length();
                    StringBuilder exp = new StringBuilder();
                    if (p < text.length() && (text.charAt(p) == '+' || text.charAt(p) == symbols.getMinusSign())) {
                        exp.append(text.charAt(p) == '+' ? '+' : '-');
                        p++;
                    }
                    int digitsStart = exp.length();
                    while (p < text.length() && Character.digit(text.charAt(p), 10) >= 0) {
                        exp.append((char) ('0' + Character.digit(text.charAt(p), 10)));
                        p++;
                    }
                    if (exp.length() > digitsStart) {
                        num.append('E').append(exp);
                        position = p;
                        sawExponent = true;
                    }
                    break;
                } else {
                    break;
                }
            }
            if (backup != -1) {
                position = backup;
            }
            if (!sawDigit) {
                pos.errorIndex = start;
                return null;
            }
        }
        if (gotPositive) {
            gotPositive = text.startsWith(positiveSuffix, position);
        }
        if (gotNegative) {
            gotNegative = text.startsWith(negativeSuffix, position);
        }
        if (gotPositive && gotNegative) {
            if (positiveSuffix.length() > negativeSuffix.length()) {
                gotNegative = false;
            } else if (positiveSuffix.length() < negativeSuffix.length()) {
                gotPositive = false;
            }
        }
        if (gotPositive == gotNegative) {
            pos.errorIndex = position;
            return null;
        }
        pos.index = position + (gotPositive ? positiveSuffix.length() : negativeSuffix.length());
        boolean negative = gotNegative;
        if (infinite) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        BigDecimal value = new BigDecimal(num.toString());
        if (multiplier != 1) {
            value = parseBigDecimal
                    ? value.divide(BigDecimal.valueOf(multiplier), java.math.MathContext.DECIMAL128)
                    : value;
        }
        if (parseBigDecimal) {
            return negative ? value.negate() : value;
        }
        if (multiplier != 1) {
            double dv = value.doubleValue() / multiplier;
            if (dv == Math.rint(dv) && Math.abs(dv) < 9.2e18 && !(dv == 0 && negative)) {
                long lv = (long) dv;
                return negative ? -lv : lv;
            }
            return negative ? -dv : dv;
        }
        if (value.signum() == 0) {
            return negative ? (Number) Double.valueOf(-0.0) : (Number) Long.valueOf(0);
        }
        try {
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.scale() <= 0) {
                long lv = (negative ? stripped.negate() : stripped).longValueExact();
                return lv;
            }
        } catch (ArithmeticException e) {
            // fall through to double
        }
        double dv = value.doubleValue();
        return negative ? -dv : dv;
    }

    // ---------------------------------------------------------------------------------------
    // Properties

    @Override
    public java.util.Currency getCurrency() {
        return symbols.getCurrency();
    }

    /** Uses the currency's symbol and code for the currency signs; the fraction digits stay. */
    @Override
    public void setCurrency(java.util.Currency currency) {
        if (currency != symbols.getCurrency()) {
            symbols.setCurrency(currency);
            expandAffixes();
        }
    }

    public DecimalFormatSymbols getDecimalFormatSymbols() {
        return (DecimalFormatSymbols) symbols.clone();
    }

    public void setDecimalFormatSymbols(DecimalFormatSymbols newSymbols) {
        symbols = (DecimalFormatSymbols) newSymbols.clone();
        expandAffixes();
    }

    public String getPositivePrefix() { return positivePrefix; }

    public void setPositivePrefix(String newValue) {
        positivePrefix = newValue;
        posPrefixPattern = null;
    }

    public String getNegativePrefix() { return negativePrefix; }

    public void setNegativePrefix(String newValue) {
        negativePrefix = newValue;
        negPrefixPattern = null;
    }

    public String getPositiveSuffix() { return positiveSuffix; }

    public void setPositiveSuffix(String newValue) {
        positiveSuffix = newValue;
        posSuffixPattern = null;
    }

    public String getNegativeSuffix() { return negativeSuffix; }

    public void setNegativeSuffix(String newValue) {
        negativeSuffix = newValue;
        negSuffixPattern = null;
    }

    public int getMultiplier() { return multiplier; }

    public void setMultiplier(int newValue) {
        multiplier = newValue;
    }

    @Override
    public void setGroupingUsed(boolean newValue) {
        super.setGroupingUsed(newValue);
    }

    public int getGroupingSize() { return groupingSize; }

    public void setGroupingSize(int newValue) {
        if (newValue < 0) {
            throw new IllegalArgumentException("newValue is negative");
        }
        if (newValue > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("newValue exceeds ByteMAX_VALUE");
        }
        groupingSize = (byte) newValue;
    }

    public boolean isDecimalSeparatorAlwaysShown() { return decimalSeparatorAlwaysShown; }

    public void setDecimalSeparatorAlwaysShown(boolean newValue) {
        decimalSeparatorAlwaysShown = newValue;
    }

    public boolean isParseBigDecimal() { return parseBigDecimal; }

    public void setParseBigDecimal(boolean newValue) {
        parseBigDecimal = newValue;
    }

    @Override
    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    @Override
    public void setRoundingMode(RoundingMode roundingMode) {
        if (roundingMode == null) {
            throw new NullPointerException();
        }
        this.roundingMode = roundingMode;
    }

    @Override
    public void setMaximumIntegerDigits(int newValue) {
        super.setMaximumIntegerDigits(Math.min(newValue, MAXIMUM_INTEGER_DIGITS));
    }

    @Override
    public void setMinimumIntegerDigits(int newValue) {
        super.setMinimumIntegerDigits(Math.min(newValue, MAXIMUM_INTEGER_DIGITS));
    }

    @Override
    public void setMaximumFractionDigits(int newValue) {
        super.setMaximumFractionDigits(Math.min(newValue, MAXIMUM_FRACTION_DIGITS));
    }

    @Override
    public void setMinimumFractionDigits(int newValue) {
        super.setMinimumFractionDigits(Math.min(newValue, MAXIMUM_FRACTION_DIGITS));
    }

    @Override
    public Object clone() {
        DecimalFormat other = (DecimalFormat) super.clone();
        other.symbols = (DecimalFormatSymbols) symbols.clone();
        return other;
    }

    @Override
    public boolean equals(Object obj) {
        if (!super.equals(obj)) {
            return false;
        }
        DecimalFormat other = (DecimalFormat) obj;
        return positivePrefix.equals(other.positivePrefix) && positiveSuffix.equals(other.positiveSuffix)
                && negativePrefix.equals(other.negativePrefix) && negativeSuffix.equals(other.negativeSuffix)
                && multiplier == other.multiplier && groupingSize == other.groupingSize
                && decimalSeparatorAlwaysShown == other.decimalSeparatorAlwaysShown
                && parseBigDecimal == other.parseBigDecimal
                && useExponentialNotation == other.useExponentialNotation
                && (!useExponentialNotation || minExponentDigits == other.minExponentDigits)
                && roundingMode == other.roundingMode && symbols.equals(other.symbols);
    }

    @Override
    /** NumberFormat's hash with the integer digits capped at 309, as JDK 17's DecimalFormat passes them up. */
    public int hashCode() {
        return (Math.min(getMaximumIntegerDigits(), 309) * 37 + 3) * 37 + positivePrefix.hashCode();
    }

    // ---------------------------------------------------------------------------------------
    // Patterns

    public void applyPattern(String pattern) {
        applyPattern(pattern, false);
    }

    public void applyLocalizedPattern(String pattern) {
        applyPattern(pattern, true);
    }

    public String toPattern() {
        return toPattern(false);
    }

    public String toLocalizedPattern() {
        return toPattern(true);
    }

    private String toPattern(boolean localized) {
        StringBuilder sb = new StringBuilder();
        String posPrefix = posPrefixPattern != null ? posPrefixPattern : quoteAffix(positivePrefix);
        String posSuffix = posSuffixPattern != null ? posSuffixPattern : quoteAffix(positiveSuffix);
        sb.append(posPrefix);
        appendNumberPattern(sb, localized);
        sb.append(posSuffix);
        String negPrefix = negPrefixPattern != null ? negPrefixPattern : quoteAffix(negativePrefix);
        String negSuffix = negSuffixPattern != null ? negSuffixPattern : quoteAffix(negativeSuffix);
        boolean defaultNegative = negSuffix.equals(posSuffix) && negPrefix.equals("-" + posPrefix);
        if (!defaultNegative) {
            sb.append(localized ? symbols.getPatternSeparator() : ';');
            sb.append(negPrefix);
            appendNumberPattern(sb, localized);
            sb.append(negSuffix);
        }
        return sb.toString();
    }

    private void appendNumberPattern(StringBuilder sb, boolean localized) {
        char digit = localized ? symbols.getDigit() : '#';
        char zero = localized ? symbols.getZeroDigit() : '0';
        char group = localized ? symbols.getGroupingSeparator() : ',';
        char dec = localized ? symbols.getDecimalSeparator() : '.';
        int minInt = getMinimumIntegerDigits();
        int maxInt = getMaximumIntegerDigits();
        boolean grouping = isGroupingUsed() && groupingSize > 0;
        int total;
        if (useExponentialNotation) {
            total = maxInt;
        } else {
            total = (grouping ? Math.max(groupingSize, minInt) : minInt) + 1;
        }
        for (int i = total; i > 0; i--) {
            if (grouping && i != total && i % groupingSize == 0) {
                sb.append(group);
            }
            sb.append(i <= minInt ? zero : digit);
        }
        int maxFra = getMaximumFractionDigits();
        int minFra = getMinimumFractionDigits();
        if (maxFra > 0 || decimalSeparatorAlwaysShown) {
            sb.append(dec);
        }
        for (int i = 0; i < maxFra; i++) {
            sb.append(i < minFra ? zero : digit);
        }
        if (useExponentialNotation) {
            sb.append(localized ? symbols.getExponentSeparator() : "E");
            for (int i = 0; i < minExponentDigits; i++) {
                sb.append(zero);
            }
        }
    }

    private static String quoteAffix(String affix) {
        StringBuilder sb = new StringBuilder();
        boolean needQuote = false;
        for (int i = 0; i < affix.length(); i++) {
            char c = affix.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 || c == QUOTE) {
                needQuote = true;
            }
        }
        if (!needQuote) {
            return affix;
        }
        sb.append(QUOTE);
        for (int i = 0; i < affix.length(); i++) {
            char c = affix.charAt(i);
            if (c == QUOTE) {
                sb.append(QUOTE);
            }
            sb.append(c);
        }
        sb.append(QUOTE);
        return sb.toString();
    }

    /** Expands an affix pattern (quotes removed, special characters replaced by symbols). */
    private String expandAffix(String pattern) {
        StringBuilder sb = new StringBuilder();
        boolean inQuote = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == QUOTE) {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == QUOTE) {
                    sb.append(QUOTE);
                    i++;
                } else {
                    inQuote = !inQuote;
                }
                continue;
            }
            if (!inQuote) {
                switch (c) {
                    case '%':
                        sb.append(symbols.getPercentText());
                        continue;
                    case PATTERN_PER_MILLE:
                        sb.append(symbols.getPerMillText());
                        continue;
                    case '-':
                        sb.append(symbols.getMinusSignText());
                        continue;
                    case CURRENCY_SIGN:
                        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == CURRENCY_SIGN) {
                            sb.append(symbols.getInternationalCurrencySymbol());
                            i++;
                        } else {
                            sb.append(symbols.getCurrencySymbol());
                        }
                        continue;
                    default:
                        break;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private void expandAffixes() {
        if (posPrefixPattern != null) {
            positivePrefix = expandAffix(posPrefixPattern);
        }
        if (posSuffixPattern != null) {
            positiveSuffix = expandAffix(posSuffixPattern);
        }
        if (negPrefixPattern != null) {
            negativePrefix = expandAffix(negPrefixPattern);
        }
        if (negSuffixPattern != null) {
            negativeSuffix = expandAffix(negSuffixPattern);
        }
    }

    private void applyPattern(String pattern, boolean localized) {
        char zeroDigit = localized ? symbols.getZeroDigit() : '0';
        char groupingSeparator = localized ? symbols.getGroupingSeparator() : ',';
        char decimalSeparator = localized ? symbols.getDecimalSeparator() : '.';
        char percent = localized ? symbols.getPercent() : '%';
        char perMill = localized ? symbols.getPerMill() : PATTERN_PER_MILLE;
        char digit = localized ? symbols.getDigit() : '#';
        char separator = localized ? symbols.getPatternSeparator() : ';';
        String exponent = localized ? symbols.getExponentSeparator() : "E";
        char minus = localized ? symbols.getMinusSign() : '-';

        boolean gotNegative = false;
        decimalSeparatorAlwaysShown = false;
        isCurrencyFormat = false;
        useExponentialNotation = false;

        int start = 0;
        for (int j = 1; j >= 0 && start < pattern.length(); --j) {
            boolean inQuote = false;
            StringBuilder prefix = new StringBuilder();
            StringBuilder suffix = new StringBuilder();
            int decimalPos = -1;
            int mult = 1;
            int digitLeftCount = 0, zeroDigitCount = 0, digitRightCount = 0;
            int groupingCount = -1;
            int phase = 0;
            StringBuilder affix = prefix;
            boolean sawGrouping = false;
            byte minExp = 0;
            boolean exp = false;

            for (int pos = start; pos < pattern.length(); ++pos) {
                char ch = pattern.charAt(pos);
                switch (phase) {
                    case 0:
                    case 2:
                        if (inQuote) {
                            if (ch == QUOTE) {
                                if ((pos + 1) < pattern.length() && pattern.charAt(pos + 1) == QUOTE) {
                                    ++pos;
                                    affix.append("''");
                                } else {
                                    inQuote = false;
                                }
                                continue;
                            }
                            if (SPECIAL.indexOf(ch) >= 0) {
                                affix.append(QUOTE).append(ch).append(QUOTE);
                            } else {
                                affix.append(ch);
                            }
                            continue;
                        } else {
                            if (ch == digit || ch == zeroDigit || ch == groupingSeparator || ch == decimalSeparator) {
                                if (phase == 2) {
                                    throw new IllegalArgumentException("Unquoted special character '" + ch
                                            + "' in pattern \"" + pattern + '"');
                                }
                                phase = 1;
                                --pos;
                                continue;
                            } else if (ch == CURRENCY_SIGN) {
                                isCurrencyFormat = true;
                                affix.append(CURRENCY_SIGN);
                                continue;
                            } else if (ch == QUOTE) {
                                if ((pos + 1) < pattern.length() && pattern.charAt(pos + 1) == QUOTE) {
                                    ++pos;
                                    affix.append("''");
                                } else {
                                    inQuote = true;
                                }
                                continue;
                            } else if (ch == separator) {
                                if (phase == 0 || j == 0) {
                                    throw new IllegalArgumentException("Unquoted special character '" + ch
                                            + "' in pattern \"" + pattern + '"');
                                }
                                start = pos + 1;
                                pos = pattern.length();
                                continue;
                            } else if (ch == percent) {
                                if (mult != 1) {
                                    throw new IllegalArgumentException("Too many percent/per mille characters in pattern \""
                                            + pattern + '"');
                                }
                                mult = 100;
                                affix.append('%');
                                continue;
                            } else if (ch == perMill) {
                                if (mult != 1) {
                                    throw new IllegalArgumentException("Too many percent/per mille characters in pattern \""
                                            + pattern + '"');
                                }
                                mult = 1000;
                                affix.append(PATTERN_PER_MILLE);
                                continue;
                            } else if (ch == minus) {
                                affix.append('-');
                                continue;
                            }
                        }
                        affix.append(ch);
                        break;
                    case 1:
                        if (j == 0) {
                            // The negative subpattern's number part is ignored; skip to the suffix.
                            while (pos < pattern.length()) {
                                char c = pattern.charAt(pos);
                                if (c == digit || c == zeroDigit || c == groupingSeparator || c == decimalSeparator) {
                                    ++pos;
                                } else if (pattern.regionMatches(pos, exponent, 0, exponent.length())) {
                                    pos += exponent.length();
                                    while (pos < pattern.length() && pattern.charAt(pos) == zeroDigit) {
                                        ++pos;
                                    }
                                } else {
                                    break;
                                }
                            }
                            phase = 2;
                            affix = suffix;
                            --pos;
                            continue;
                        }
                        if (ch == digit) {
                            if (zeroDigitCount > 0) {
                                ++digitRightCount;
                            } else {
                                ++digitLeftCount;
                            }
                            if (groupingCount >= 0 && decimalPos < 0) {
                                ++groupingCount;
                            }
                        } else if (ch == zeroDigit) {
                            if (digitRightCount > 0) {
                                throw new IllegalArgumentException("Unexpected '0' in pattern \"" + pattern + '"');
                            }
                            ++zeroDigitCount;
                            if (groupingCount >= 0 && decimalPos < 0) {
                                ++groupingCount;
                            }
                        } else if (ch == groupingSeparator) {
                            groupingCount = 0;
                            sawGrouping = true;
                        } else if (ch == decimalSeparator) {
                            if (decimalPos >= 0) {
                                throw new IllegalArgumentException("Multiple decimal separators in pattern \""
                                        + pattern + '"');
                            }
                            decimalPos = digitLeftCount + zeroDigitCount + digitRightCount;
                        } else if (pattern.regionMatches(pos, exponent, 0, exponent.length())) {
                            if (exp) {
                                throw new IllegalArgumentException("Multiple exponential symbols in pattern \""
                                        + pattern + '"');
                            }
                            exp = true;
                            pos += exponent.length();
                            while (pos < pattern.length() && pattern.charAt(pos) == zeroDigit) {
                                ++minExp;
                                ++pos;
                            }
                            if ((digitLeftCount + zeroDigitCount) < 1 || minExp < 1) {
                                throw new IllegalArgumentException("Malformed exponential pattern \"" + pattern + '"');
                            }
                            phase = 2;
                            affix = suffix;
                            --pos;
                        } else {
                            phase = 2;
                            affix = suffix;
                            --pos;
                        }
                        break;
                    default:
                        break;
                }
            }

            if (j == 1) {
                if (zeroDigitCount == 0 && digitLeftCount > 0 && decimalPos >= 0) {
                    // Handle "###.###" and "###." and ".###"
                    int n = decimalPos;
                    if (n == 0) {
                        ++n;
                    }
                    digitRightCount = digitLeftCount - n;
                    digitLeftCount = n - 1;
                    zeroDigitCount = 1;
                }
                if ((decimalPos < 0 && digitRightCount > 0)
                        || (decimalPos >= 0 && (decimalPos < digitLeftCount
                        || decimalPos > (digitLeftCount + zeroDigitCount)))
                        || groupingCount == 0 || inQuote) {
                    throw new IllegalArgumentException("Malformed pattern \"" + pattern + '"');
                }
                posPrefixPattern = prefix.toString();
                posSuffixPattern = suffix.toString();
                negPrefixPattern = posPrefixPattern;
                negSuffixPattern = posSuffixPattern;
                int digitTotalCount = digitLeftCount + zeroDigitCount + digitRightCount;
                int effectiveDecimalPos = decimalPos >= 0 ? decimalPos : digitTotalCount;
                int minInt = effectiveDecimalPos - digitLeftCount;
                useExponentialNotation = exp;
                minExponentDigits = minExp;
                if (exp) {
                    int maxInt = digitLeftCount + minInt;
                    super.setMaximumIntegerDigits(maxInt);
                    super.setMinimumIntegerDigits(minInt);
                } else {
                    super.setMaximumIntegerDigits(MAXIMUM_INTEGER_DIGITS);
                    super.setMinimumIntegerDigits(minInt);
                }
                int maxFra = decimalPos >= 0 ? (digitTotalCount - decimalPos) : 0;
                super.setMaximumFractionDigits(maxFra);
                super.setMinimumFractionDigits(decimalPos >= 0
                        ? (digitLeftCount + zeroDigitCount - decimalPos) : 0);
                super.setGroupingUsed(groupingCount > 0);
                groupingSize = (groupingCount > 0) ? (byte) groupingCount : 0;
                multiplier = mult;
                decimalSeparatorAlwaysShown = decimalPos == 0 || decimalPos == digitTotalCount;
                if (!sawGrouping) {
                    groupingSize = 0;
                }
            } else {
                negPrefixPattern = prefix.toString();
                negSuffixPattern = suffix.toString();
                gotNegative = true;
            }
        }

        if (pattern.isEmpty()) {
            posPrefixPattern = posSuffixPattern = "";
            super.setMinimumIntegerDigits(0);
            super.setMaximumIntegerDigits(MAXIMUM_INTEGER_DIGITS);
            super.setMinimumFractionDigits(0);
            super.setMaximumFractionDigits(MAXIMUM_FRACTION_DIGITS);
        }

        if (!gotNegative || (negPrefixPattern.equals(posPrefixPattern) && negSuffixPattern.equals(posSuffixPattern))) {
            negSuffixPattern = posSuffixPattern;
            negPrefixPattern = "-" + posPrefixPattern;
        }
        expandAffixes();
    }
}
