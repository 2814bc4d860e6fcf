package format;

import java.util.Formatter;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/** Upper-case conversions (%S, %C, %B, %T...) upper-case in the format's locale, like the JDK. */
public class UppercaseLocale {
    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        GregorianCalendar afternoon = new GregorianCalendar(2020, 3, 1, 14, 0);
        Locale[] locales = {new Locale("tr"), new Locale("az"), new Locale("lt"), Locale.ROOT, Locale.ENGLISH};
        for (Locale l : locales) {
            System.out.println(l + ": " + String.format(l, "%S|%-12S|%.3S|%S|%C|%C|%B|%E|%G|%X|%A|%S",
                    "istanbul ı", "wide i", "iiii", Optional.of("i"), 'i', 0x131, true,
                    Double.POSITIVE_INFINITY, Double.NaN, 0xabc, 1.5, null));
            Formatter f = new Formatter(new StringBuilder(), l);
            f.format("%S ", "izmir").format(Locale.ROOT, "%S ", "izmir").format((Locale) null, "%S", "kilim");
            System.out.println("  formatter: " + f);
        }
        Locale tr = new Locale("tr");
        System.out.println(String.format(tr, "%Tp %TB %TA %Tc", afternoon, afternoon, afternoon, afternoon));
        System.out.println(String.format(Locale.ENGLISH, "%Tp %TB %TA %Tc", afternoon, afternoon, afternoon, afternoon));
    }
}
