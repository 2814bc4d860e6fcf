package sweep;
import java.time.*;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.concurrent.TimeUnit;

public class LocaleTagsTimeUnit {
    public static void main(String[] args) {
        for (String tag : new String[]{"en-US", "de-DE", "fr", "und", "pt-BR", "es-419", "en_GB", "ja-JP", "sv-SE", "nl-NL", "it-CH"}) {
            Locale l = Locale.forLanguageTag(tag);
            System.out.println(tag + " -> [" + l + "] lang=" + l.getLanguage() + " country=" + l.getCountry() + " tag=" + l.toLanguageTag() + " name=" + l.getDisplayName() + " | " + l.getDisplayLanguage() + " | " + l.getDisplayCountry());
        }
        for (Locale l : new Locale[]{Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.CHINA, Locale.JAPAN, Locale.KOREA, Locale.ITALY, Locale.CANADA_FRENCH, Locale.ENGLISH, Locale.ROOT, new Locale("es", "MX"), new Locale("ru", "RU")})
            System.out.println(l + ": " + l.getDisplayName() + " / " + l.getDisplayLanguage() + " / " + l.getDisplayCountry());
        System.out.println(Locale.getDefault(Locale.Category.FORMAT) + " " + Locale.getDefault(Locale.Category.DISPLAY) + " " + Arrays.toString(Locale.Category.values()));
        for (TimeUnit u : TimeUnit.values()) System.out.println(u + " " + u.toChronoUnit() + " " + TimeUnit.of(u.toChronoUnit()) + " " + u.convert(Duration.ofSeconds(90061, 123456789)) + " " + u.convert(Duration.ofMillis(-1500)) + " " + u.convert(Duration.ofSeconds(Long.MAX_VALUE / 1000)));
        try { TimeUnit.of(ChronoUnit.WEEKS); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}
