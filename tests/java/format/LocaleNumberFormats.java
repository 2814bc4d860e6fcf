package format;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.Locale;

/**
 * Number, integer, percent and currency formats, DecimalFormatSymbols and Formatter's localized
 * numbers in many locales (CLDR separators, digits, minus and percent signs with bidi marks,
 * currency patterns), and parsing what they print.
 */
public class LocaleNumberFormats {
    public static void main(String[] args) throws ParseException {
        String[] tags = {"en-US", "en-GB", "en-IN", "en-ZA", "de-DE", "de-CH", "de-AT", "fr-FR", "fr-CA",
            "fr-CH", "es-ES", "es-MX", "es-AR", "it-IT", "it-CH", "pt-BR", "pt-PT", "nl-NL", "nl-BE", "sv-SE",
            "da-DK", "nb-NO", "no-NO", "fi-FI", "pl-PL", "cs-CZ", "sk-SK", "ru-RU", "uk-UA", "tr-TR",
            "ja-JP", "zh-CN", "zh-TW", "ko-KR", "ar-EG", "ar-SA", "ar", "he-IL", "hi-IN", "th-TH", "el-GR",
            "hu-HU", "ro-RO", "bg-BG", "hr-HR", "id-ID", "vi-VN", "fa-IR", "bn-BD", "ca-ES", "xx", "und"};
        for (String t : tags) {
            Locale l = Locale.forLanguageTag(t);
            NumberFormat nf = NumberFormat.getInstance(l);
            NumberFormat pf = NumberFormat.getPercentInstance(l);
            NumberFormat cf = NumberFormat.getCurrencyInstance(l);
            String n = nf.format(-1234567.891);
            String c = cf.format(-1234.5);
            System.out.println(t + ": " + n + " | " + NumberFormat.getIntegerInstance(l).format(9876543.5)
                    + " | " + pf.format(0.256) + " | " + c + " | " + cf.format(0.5)
                    + " | " + ((DecimalFormat) nf).toPattern() + " | " + ((DecimalFormat) cf).toPattern());
            System.out.println("  " + String.format(l, "%,.2f %d %,d %e %08.1f %g", 1234567.891, -42, 1234567,
                    -12345.678, -3.25, 0.0001234)
                    + " | " + new DecimalFormat("#,##0.00;(#)", DecimalFormatSymbols.getInstance(l)).format(-9876.5)
                    + " | " + new DecimalFormat("0.###E0", DecimalFormatSymbols.getInstance(l)).format(0.000123)
                    + " | " + new DecimalFormat("#\u2030", DecimalFormatSymbols.getInstance(l)).format(0.5));
            DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(l);
            System.out.println("  [" + s.getZeroDigit() + "][" + s.getGroupingSeparator() + "]["
                    + s.getDecimalSeparator() + "][" + s.getMinusSign() + "][" + s.getPercent() + "]["
                    + s.getPerMill() + "][" + s.getExponentSeparator() + "][" + s.getInfinity() + "][" + s.getNaN()
                    + "][" + s.getMonetaryDecimalSeparator() + "][" + s.getMonetaryGroupingSeparator() + "]["
                    + s.getCurrencySymbol() + "][" + s.getInternationalCurrencySymbol() + "]");
            System.out.println("  parsed " + nf.parse(n) + " " + pf.parse(pf.format(0.256)) + " " + cf.parse(c));
        }
        DecimalFormatSymbols custom = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ar-EG"));
        custom.setMinusSign('~');
        custom.setPercent('p');
        System.out.println(new DecimalFormat("#,##0.0#;-#", custom).format(-1234.5)
                + " " + new DecimalFormat("0%", custom).format(-0.5));
    }
}
