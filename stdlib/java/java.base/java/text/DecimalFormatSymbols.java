package java.text;

import java.util.Locale;

/** The symbols (decimal separator, grouping separator, ...) a DecimalFormat uses. */
public class DecimalFormatSymbols implements Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 5772796243397350300L;

    private char zeroDigit = '0';
    private char groupingSeparator = ',';
    private char decimalSeparator = '.';
    private char perMill = '\u2030';
    private char percent = '%';
    private char digit = '#';
    private char patternSeparator = ';';
    private String infinity = "\u221e";
    private String NaN = "NaN";
    private char minusSign = '-';
    private String minusSignText = "-";
    private String percentText = "%";
    private String perMillText = "\u2030";
    private String currencySymbol = "\u00a4";
    private String intlCurrencySymbol = "XXX";
    private char monetarySeparator = '.';
    private char monetaryGroupingSeparator = ',';
    private String exponentSeparator = "E";
    private Locale locale;
    private java.util.Currency currency;

    public DecimalFormatSymbols() {
        this(Locale.getDefault());
    }

    public DecimalFormatSymbols(Locale locale) {
        jdk.internal.util.IdentityHashDraws.symbols();
        this.locale = locale;
        String[] data = jdk.internal.util.LocaleNumbers.of(locale);
        zeroDigit = data[jdk.internal.util.LocaleNumbers.ZERO].charAt(0);
        groupingSeparator = data[jdk.internal.util.LocaleNumbers.GROUPING].charAt(0);
        decimalSeparator = data[jdk.internal.util.LocaleNumbers.DECIMAL].charAt(0);
        perMill = data[jdk.internal.util.LocaleNumbers.PER_MILL].charAt(0);
        percent = data[jdk.internal.util.LocaleNumbers.PERCENT].charAt(0);
        minusSign = data[jdk.internal.util.LocaleNumbers.MINUS].charAt(0);
        exponentSeparator = data[jdk.internal.util.LocaleNumbers.EXPONENT];
        infinity = data[jdk.internal.util.LocaleNumbers.INFINITY];
        NaN = data[jdk.internal.util.LocaleNumbers.NAN];
        monetarySeparator = data[jdk.internal.util.LocaleNumbers.MONETARY_DECIMAL].charAt(0);
        monetaryGroupingSeparator = data[jdk.internal.util.LocaleNumbers.MONETARY_GROUPING].charAt(0);
        minusSignText = data[jdk.internal.util.LocaleNumbers.MINUS_TEXT];
        percentText = data[jdk.internal.util.LocaleNumbers.PERCENT_TEXT];
        perMillText = data[jdk.internal.util.LocaleNumbers.PER_MILL_TEXT];
        java.util.Currency c = countryCurrency(locale);
        if (c != null) {
            currencySymbol = c.getSymbol(locale);
            intlCurrencySymbol = c.getCurrencyCode();
        }
        currency = java.util.Currency.getInstance(intlCurrencySymbol);
    }

    private static java.util.Currency countryCurrency(Locale locale) {
        if (locale.getCountry().isEmpty()) {
            return null;
        }
        try {
            return java.util.Currency.getInstance(locale);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The currency of the international currency symbol; null when that is no ISO 4217 code. */
    public java.util.Currency getCurrency() {
        return currency;
    }

    /** Sets the currency, its code as the international symbol and its symbol in this locale. */
    public void setCurrency(java.util.Currency currency) {
        if (currency == null) {
            throw new NullPointerException();
        }
        this.currency = currency;
        intlCurrencySymbol = currency.getCurrencyCode();
        currencySymbol = currency.getSymbol(locale);
    }

    public static Locale[] getAvailableLocales() {
        return NumberFormat.getAvailableLocales();
    }

    public static final DecimalFormatSymbols getInstance() {
        return new DecimalFormatSymbols(Locale.getDefault());
    }

    public static final DecimalFormatSymbols getInstance(Locale locale) {
        return new DecimalFormatSymbols(locale);
    }

    public char getZeroDigit() { return zeroDigit; }
    public void setZeroDigit(char zeroDigit) { this.zeroDigit = zeroDigit; }
    public char getGroupingSeparator() { return groupingSeparator; }
    public void setGroupingSeparator(char groupingSeparator) { this.groupingSeparator = groupingSeparator; }
    public char getDecimalSeparator() { return decimalSeparator; }
    public void setDecimalSeparator(char decimalSeparator) { this.decimalSeparator = decimalSeparator; }
    public char getPerMill() { return perMill; }
    public void setPerMill(char perMill) {
        this.perMill = perMill;
        this.perMillText = Character.toString(perMill);
    }
    public char getPercent() { return percent; }
    public void setPercent(char percent) {
        this.percent = percent;
        this.percentText = Character.toString(percent);
    }
    public char getDigit() { return digit; }
    public void setDigit(char digit) { this.digit = digit; }
    public char getPatternSeparator() { return patternSeparator; }
    public void setPatternSeparator(char patternSeparator) { this.patternSeparator = patternSeparator; }
    public String getInfinity() { return infinity; }
    public void setInfinity(String infinity) { this.infinity = infinity; }
    public String getNaN() { return NaN; }
    public void setNaN(String NaN) { this.NaN = NaN; }
    public char getMinusSign() { return minusSign; }
    public void setMinusSign(char minusSign) {
        this.minusSign = minusSign;
        this.minusSignText = Character.toString(minusSign);
    }

    /** The minus sign as DecimalFormat prints it: with the bidi marks of right-to-left locales. */
    String getMinusSignText() { return minusSignText; }

    String getPercentText() { return percentText; }

    String getPerMillText() { return perMillText; }
    public String getCurrencySymbol() { return currencySymbol; }
    public void setCurrencySymbol(String currency) { this.currencySymbol = currency; }
    public String getInternationalCurrencySymbol() { return intlCurrencySymbol; }
    public void setInternationalCurrencySymbol(String currencyCode) {
        this.intlCurrencySymbol = currencyCode;
        this.currency = null;
        if (currencyCode != null) {
            try {
                this.currency = java.util.Currency.getInstance(currencyCode);
                this.currencySymbol = currency.getSymbol(locale);
            } catch (IllegalArgumentException e) {
            }
        }
    }
    public char getMonetaryDecimalSeparator() { return monetarySeparator; }
    public void setMonetaryDecimalSeparator(char sep) { this.monetarySeparator = sep; }
    public char getMonetaryGroupingSeparator() { return monetaryGroupingSeparator; }
    public void setMonetaryGroupingSeparator(char sep) { this.monetaryGroupingSeparator = sep; }
    public String getExponentSeparator() { return exponentSeparator; }

    public void setExponentSeparator(String exp) {
        if (exp == null) {
            throw new NullPointerException();
        }
        exponentSeparator = exp;
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == null) {
            return false;
        }
        if (this == obj) {
            return true;
        }
        if (getClass() != obj.getClass()) {
            return false;
        }
        DecimalFormatSymbols o = (DecimalFormatSymbols) obj;
        return zeroDigit == o.zeroDigit && groupingSeparator == o.groupingSeparator
                && decimalSeparator == o.decimalSeparator && percent == o.percent
                && perMill == o.perMill && digit == o.digit && minusSign == o.minusSign
                && patternSeparator == o.patternSeparator && infinity.equals(o.infinity)
                && NaN.equals(o.NaN) && currencySymbol.equals(o.currencySymbol)
                && intlCurrencySymbol.equals(o.intlCurrencySymbol)
                && monetarySeparator == o.monetarySeparator
                && monetaryGroupingSeparator == o.monetaryGroupingSeparator
                && exponentSeparator.equals(o.exponentSeparator)
                && locale.equals(o.locale);
    }

    @Override
    public int hashCode() {
        int result = zeroDigit;
        result = result * 37 + groupingSeparator;
        result = result * 37 + decimalSeparator;
        return result;
    }
}
