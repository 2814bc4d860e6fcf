package jdk.internal.util;

/**
 * JDK 17's (CLDR 39) number symbols and patterns of common locales, generated from HotSpot 17
 * by tools/gen_locale_numbers.sh: zero digit, grouping separator, decimal separator, per mill,
 * percent, minus sign, exponent separator, infinity, NaN, monetary decimal and grouping
 * separators, the number, percent and currency patterns, then the texts of the minus sign,
 * percent and per mill signs (with the bidi marks of right-to-left languages).
 */
public final class LocaleNumbers {
    public static final int ZERO = 0;
    public static final int GROUPING = 1;
    public static final int DECIMAL = 2;
    public static final int PER_MILL = 3;
    public static final int PERCENT = 4;
    public static final int MINUS = 5;
    public static final int EXPONENT = 6;
    public static final int INFINITY = 7;
    public static final int NAN = 8;
    public static final int MONETARY_DECIMAL = 9;
    public static final int MONETARY_GROUPING = 10;
    public static final int NUMBER_PATTERN = 11;
    public static final int PERCENT_PATTERN = 12;
    public static final int CURRENCY_PATTERN = 13;
    public static final int MINUS_TEXT = 14;
    public static final int PERCENT_TEXT = 15;
    public static final int PER_MILL_TEXT = 16;

    private LocaleNumbers() {
    }

    /** The data of a locale: its language and country, else its language, else the root locale's. */
    public static String[] of(java.util.Locale locale) {
        String lang = locale.getLanguage();
        if (lang.equals("no")) {
            lang = "nb"; // CLDR's Norwegian Bokmal
        }
        String country = locale.getCountry();
        String data = country.isEmpty() ? null : data(lang + "-" + country);
        if (data == null) {
            data = data(lang);
        }
        if (data == null) {
            data = data("");
        }
        return data.split("\n", -1);
    }

    private static String data(String tag) {
        switch (tag) {
            case "":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n\u00a4\u00a0#,##0.00\n-\n%\n\u2030";
            case "en":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "en-AU":
                return "0\n,\n.\n\u2030\n%\n-\ne\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "en-CA":
                return "0\n,\n.\n\u2030\n%\n-\ne\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "en-ZA":
                return "0\n\u00a0\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n\u00a0\n#,##0.###\n#,##0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "fr":
                return "0\n\u202f\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n\u202f\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "fr-CA":
                return "0\n\u00a0\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n\u00a0\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "fr-CH":
                return "0\n\u202f\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n\u202f\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "de":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "de-AT":
                return "0\n\u00a0\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0\u00a0%\n\u00a4\u00a0#,##0.00\n-\n%\n\u2030";
            case "de-CH":
                return "0\n\u2019\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n\u2019\n#,##0.###\n#,##0%\n\u00a4\u00a0#,##0.00;\u00a4-#,##0.00\n-\n%\n\u2030";
            case "es":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "es-MX":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0\u00a0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "es-US":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0\u00a0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "es-AR":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0\u00a0%\n\u00a4\u00a0#,##0.00\n-\n%\n\u2030";
            case "es-CO":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0\u00a0%\n\u00a4\u00a0#,##0.00\n-\n%\n\u2030";
            case "es-CL":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0\u00a0%\n\u00a4#,##0;\u00a4-#,##0\n-\n%\n\u2030";
            case "it":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "it-CH":
                return "0\n\u2019\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n\u2019\n#,##0.###\n#,##0%\n\u00a4\u00a0#,##0.00;\u00a4-#,##0.00\n-\n%\n\u2030";
            case "pt":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0%\n\u00a4\u00a0#,##0.00\n-\n%\n\u2030";
            case "pt-PT":
                return "0\n\u00a0\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n\u00a0\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "nl":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0%\n\u00a4\u00a0#,##0.00;\u00a4\u00a0-#,##0.00\n-\n%\n\u2030";
            case "sv":
                return "0\n\u00a0\n,\n\u2030\n%\n\u2212\n\u00d710^\n\u221e\nNaN\n,\n\u00a0\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n\u2212\n%\n\u2030";
            case "da":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "nb":
                return "0\n\u00a0\n,\n\u2030\n%\n\u2212\nE\n\u221e\nNaN\n,\n\u00a0\n#,##0.###\n#,##0\u00a0%\n\u00a4\u00a0#,##0.00\n\u2212\n%\n\u2030";
            case "fi":
                return "0\n\u00a0\n,\n\u2030\n%\n\u2212\nE\n\u221e\nep\u00e4luku\n,\n\u00a0\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n\u2212\n%\n\u2030";
            case "is":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "pl":
                return "0\n\u00a0\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n\u00a0\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "cs":
                return "0\n\u00a0\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n\u00a0\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "sk":
                return "0\n\u00a0\n,\n\u2030\n%\n-\ne\n\u221e\nNaN\n,\n\u00a0\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "hu":
                return "0\n\u00a0\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n\u00a0\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "ro":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "bg":
                return "0\n\u00a0\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n\u00a0\n#,##0.###\n#,##0%\n#0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "hr":
                return "0\n.\n,\n\u2030\n%\n\u2212\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n\u2212\n%\n\u2030";
            case "sl":
                return "0\n.\n,\n\u2030\n%\n\u2212\ne\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n\u2212\n%\n\u2030";
            case "sr":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "lt":
                return "0\n\u00a0\n,\n\u2030\n%\n\u2212\n\u00d710^\n\u221e\nNaN\n,\n\u00a0\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n\u2212\n%\n\u2030";
            case "lv":
                return "0\n\u00a0\n,\n\u2030\n%\n-\nE\n\u221e\nNS\n,\n\u00a0\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "et":
                return "0\n\u00a0\n,\n\u2030\n%\n\u2212\n\u00d710^\n\u221e\nNaN\n,\n\u00a0\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n\u2212\n%\n\u2030";
            case "ru":
                return "0\n\u00a0\n,\n\u2030\n%\n-\nE\n\u221e\n\u043d\u0435\u00a0\u0447\u0438\u0441\u043b\u043e\n,\n\u00a0\n#,##0.###\n#,##0\u00a0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "uk":
                return "0\n\u00a0\n,\n\u2030\n%\n-\n\u0415\n\u221e\nNaN\n,\n\u00a0\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "el":
                return "0\n.\n,\n\u2030\n%\n-\ne\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "tr":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n%#,##0\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "he":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n\u200f#,##0.00\u00a0\u00a4;\u200f-#,##0.00\u00a0\u00a4\n\u200e-\n%\n\u2030";
            case "ar":
                return "\u0660\n\u066c\n\u066b\n\u0609\n\u066a\n-\n\u0627\u0633\n\u221e\n\u0644\u064a\u0633\u00a0\u0631\u0642\u0645\n\u066b\n\u066c\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n\u061c-\n\u066a\u061c\n\u0609";
            case "fa":
                return "\u06f0\n\u066c\n\u066b\n\u0609\n\u066a\n\u2212\n\u00d7\u06f1\u06f0^\n\u221e\n\u0646\u0627\u0639\u062f\u062f\n\u066b\n\u066c\n#,##0.###\n#,##0%\n\u200e\u00a4#,##0.00\n\u200e\u2212\n\u066a\n\u0609";
            case "hi":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "bn":
                return "\u09e6\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n#,##0.00\u00a4\n-\n%\n\u2030";
            case "th":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "ja":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "ja-JP":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n\u00a4#,##0\n-\n%\n\u2030";
            case "zh":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "zh-TW":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\n\u975e\u6578\u503c\n.\n,\n#,##0.###\n#,##0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "zh-HK":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\n\u975e\u6578\u503c\n.\n,\n#,##0.###\n#,##0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "ko":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "ko-KR":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n\u00a4#,##0\n-\n%\n\u2030";
            case "vi":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            case "vi-VN":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0%\n#,##0\u00a0\u00a4\n-\n%\n\u2030";
            case "id":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "ms":
                return "0\n,\n.\n\u2030\n%\n-\nE\n\u221e\nNaN\n.\n,\n#,##0.###\n#,##0%\n\u00a4#,##0.00\n-\n%\n\u2030";
            case "ca":
                return "0\n.\n,\n\u2030\n%\n-\nE\n\u221e\nNaN\n,\n.\n#,##0.###\n#,##0%\n#,##0.00\u00a0\u00a4\n-\n%\n\u2030";
            default:
                return null;
        }
    }
}
