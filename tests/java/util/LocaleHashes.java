package util;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

public class LocaleHashes {
    public static void main(String[] args) {
        Locale[] locales = {Locale.US, Locale.UK, Locale.FRANCE, Locale.GERMANY, Locale.JAPAN, Locale.CANADA, Locale.CANADA_FRENCH,
            Locale.ITALY, Locale.KOREA, Locale.CHINA, Locale.ENGLISH, Locale.FRENCH, Locale.ROOT, new Locale("es", "ES"),
            new Locale("pt", "BR"), new Locale("nl"), new Locale("en", "US", "POSIX"), new Locale("", "DE"), new Locale("tr", "TR")};
        for (Locale l : locales) {
            System.out.println("[" + l + "] " + l.hashCode());
        }
        Map<Locale, String> greetings = new HashMap<>();
        greetings.put(Locale.US, "Hello");
        greetings.put(Locale.FRANCE, "Bonjour");
        greetings.put(Locale.GERMANY, "Hallo");
        greetings.put(new Locale("es", "ES"), "Hola");
        greetings.put(Locale.ITALY, "Ciao");
        greetings.put(Locale.JAPAN, "Konnichiwa");
        greetings.put(new Locale("pt", "BR"), "Ola");
        greetings.put(new Locale("nl", "NL"), "Hallo");
        greetings.put(new Locale("sv", "SE"), "Hej");
        System.out.println(greetings);
        Set<Locale> seen = new HashSet<>();
        for (String tag : new String[] {"en-US", "en-GB", "fr", "fr-CA", "de-AT", "de-CH", "ja", "zh-CN", "ko-KR", "ru-RU", "ar-EG", "hi-IN"}) {
            seen.add(Locale.forLanguageTag(tag));
        }
        System.out.println(seen);
        System.out.println(new Locale("EN", "us").hashCode() == Locale.US.hashCode());
    }
}
