package java.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Compact number format with the English (CLDR) patterns: a number of thousands, millions,
 * billions or trillions, rounded to the fraction digits (none by default, half-even), with
 * the suffix "K", "M", "B", "T" (short style) or " thousand", ... (long style). Other
 * languages use the English patterns with the locale's symbols.
 */
public final class CompactNumberFormat extends NumberFormat {
    private static final long serialVersionUID = 7128367218649234678L;

    private static final String[] SHORT_SUFFIXES = {"", "K", "M", "B", "T"};
    private static final String[] LONG_SUFFIXES = {"", " thousand", " million", " billion", " trillion"};

    private final DecimalFormatSymbols symbols;
    private final String[] suffixes;
    private RoundingMode roundingMode = RoundingMode.HALF_EVEN;

    CompactNumberFormat(Locale locale, NumberFormat.Style style) {
        symbols = DecimalFormatSymbols.getInstance(locale);
        suffixes = style == NumberFormat.Style.LONG ? LONG_SUFFIXES : SHORT_SUFFIXES;
        setGroupingUsed(false);
        setMaximumFractionDigits(0);
        setMinimumFractionDigits(0);
    }

    /** The index of the suffix for a number whose integer part has this many digits. */
    private static int group(int digits) {
        if (digits <= 3) {
            return 0;
        }
        return Math.min((digits - 1) / 3, 4);
    }

    private DecimalFormat numberFormat() {
        DecimalFormat f = new DecimalFormat("0", symbols);
        f.setMaximumFractionDigits(getMaximumFractionDigits());
        f.setMinimumFractionDigits(getMinimumFractionDigits());
        f.setMinimumIntegerDigits(getMinimumIntegerDigits());
        f.setRoundingMode(roundingMode);
        return f;
    }

    private StringBuffer formatScaled(double value, int group, StringBuffer toAppendTo) {
        double scaled = group == 0 ? value : value / Math.pow(10, 3 * group);
        numberFormat().format(scaled, toAppendTo, new FieldPosition(0));
        return toAppendTo.append(suffixes[group]);
    }

    /**
     * As JDK 17's: the number is first rounded to the minimum fraction digits, and that
     * rounded value chooses the pattern (999.6 is "1K") and is divided by its power of ten.
     */
    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return numberFormat().format(number, toAppendTo, pos);
        }
        BigDecimal rounded = new BigDecimal(number).setScale(getMinimumFractionDigits(), roundingMode);
        int digits = rounded.abs().toBigInteger().toString().length();
        double value = rounded.signum() == 0 ? (number < 0 || (number == 0 && 1 / number < 0) ? -0.0 : 0.0)
                : rounded.doubleValue();
        return formatScaled(value, group(digits), toAppendTo);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        String s = Long.toString(number);
        int digits = number < 0 ? s.length() - 1 : s.length();
        return formatScaled((double) number, group(digits), toAppendTo);
    }

    @Override
    public StringBuffer format(Object number, StringBuffer toAppendTo, FieldPosition pos) {
        if (number instanceof BigInteger b) {
            return formatScaled(b.doubleValue(), group(b.abs().toString().length()), toAppendTo);
        }
        if (number instanceof BigDecimal b) {
            BigDecimal rounded = b.setScale(getMinimumFractionDigits(), roundingMode);
            int g = group(rounded.abs().toBigInteger().toString().length());
            numberFormat().format(rounded.movePointLeft(3 * g), toAppendTo, new FieldPosition(0));
            return toAppendTo.append(suffixes[g]);
        }
        return super.format(number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        int start = pos.getIndex();
        DecimalFormat f = new DecimalFormat("0", symbols);
        f.setGroupingUsed(false);
        Number n = f.parse(source, pos);
        if (n == null) {
            return null;
        }
        int g = 0;
        for (int i = suffixes.length - 1; i > 0; i--) {
            if (source.startsWith(suffixes[i], pos.getIndex())) {
                g = i;
                pos.setIndex(pos.getIndex() + suffixes[i].length());
                break;
            }
        }
        if (g == 0) {
            return n;
        }
        BigDecimal v = new BigDecimal(n.toString()).movePointRight(3 * g);
        try {
            return v.longValueExact();
        } catch (ArithmeticException e) {
            if (pos.getIndex() == start) {
                return null;
            }
            return v.doubleValue();
        }
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
    public boolean equals(Object obj) {
        return obj instanceof CompactNumberFormat other && super.equals(obj)
                && suffixes == other.suffixes && roundingMode == other.roundingMode;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + suffixes.length;
    }
}
