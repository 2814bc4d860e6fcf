package util;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.TreeMap;

/** Locale's display names in other locales, ISO code lists and three-letter codes. */
public class LocaleDisplayNames {
    public static void main(String[] args) {
        Locale[] supported = {Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.ITALY, Locale.JAPAN,
            Locale.CHINA, Locale.TAIWAN, Locale.KOREA, Locale.CANADA_FRENCH, new Locale("es", "ES"), new Locale("es", "MX"),
            new Locale("pt", "BR"), new Locale("pt", "PT"), new Locale("nl", "NL"), new Locale("ru", "RU"), new Locale("pl", "PL"),
            new Locale("sv", "SE"), new Locale("tr", "TR"), new Locale("ar", "EG"), new Locale("he", "IL"), new Locale("hi", "IN"),
            new Locale("el", "GR"), new Locale("no", "NO"), new Locale("fi", "FI"), new Locale("cs", "CZ"), new Locale("uk", "UA"),
            new Locale("vi", "VN"), new Locale("th", "TH"), new Locale("id", "ID"), new Locale("ca", "ES"), new Locale("de", "CH")};
        // a language picker: each locale in its own language and in English
        for (Locale l : supported) {
            System.out.printf("%-6s %-3s %-3s %-28s %s | %s%n", l, l.getISO3Language(), l.getISO3Country(),
                l.getDisplayName(Locale.ENGLISH), l.getDisplayName(l), l.getDisplayCountry(Locale.GERMAN));
        }
        // the same names as seen from a few display locales
        String[] languages = {"en", "de", "fr", "es", "it", "ja", "zh", "ru", "ar", "pt", "ko", "hi", "sw", "la", "eo"};
        String[] countries = {"US", "DE", "FR", "JP", "CN", "BR", "IN", "ZA", "CH", "AQ", "CI", "HK", "KP"};
        for (Locale in : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.JAPANESE, new Locale("es"),
                new Locale("en", "GB"), new Locale("fr", "CA"), new Locale("zh", "HK"), Locale.ROOT}) {
            StringBuilder sb = new StringBuilder(in.toLanguageTag()).append(':');
            for (String lang : languages) {
                sb.append(' ').append(new Locale(lang).getDisplayLanguage(in));
            }
            sb.append(" /");
            for (String country : countries) {
                sb.append(' ').append(new Locale("", country).getDisplayCountry(in));
            }
            System.out.println(sb);
            System.out.println("  " + new Locale("en", "US").getDisplayName(in) + " "
                + new Locale("", "IT").getDisplayName(in) + " | " + new Locale("es", "419").getDisplayName(in) + " | " + new Locale("", "150").getDisplayCountry(in) + " | " + new Locale("xx", "QQ").getDisplayName(in) + " | "
                + Locale.ROOT.getDisplayName(in) + "|");
        }
        // country list sorted by English name, with three-letter codes
        String[] iso = Locale.getISOCountries();
        System.out.println(iso.length + " countries, " + Locale.getISOLanguages().length + " languages");
        TreeMap<String, String> byName = new TreeMap<>();
        for (String code : iso) {
            Locale c = new Locale("", code);
            byName.put(c.getDisplayCountry(Locale.US), code + "/" + c.getISO3Country());
        }
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (var e : byName.entrySet()) {
            sb.append(e.getKey()).append('=').append(e.getValue()).append(++n % 6 == 0 ? "\n" : "; ");
        }
        System.out.println(sb);
        StringBuilder langs = new StringBuilder();
        for (String code : Locale.getISOLanguages()) {
            try {
                langs.append(code).append('>').append(new Locale(code).getISO3Language()).append(' ');
            } catch (MissingResourceException e) {
                langs.append(code).append("> ? ");
            }
        }
        System.out.println(langs);
        System.out.println(Arrays.toString(Arrays.copyOf(Locale.getISOLanguages(), 10)));
        for (Locale l : new Locale[] {new Locale("xx", "YY"), new Locale("eng", "USA"), Locale.ROOT, new Locale("iw", "IL")}) {
            try {
                System.out.println("[" + l + "] " + l.getISO3Language() + " " + l.getISO3Country());
            } catch (MissingResourceException e) {
                System.out.println("[" + l + "] " + e.getMessage() + " | " + e.getClassName() + " | " + e.getKey());
            }
        }
    }
}
