package text;

import java.text.NumberFormat;
import java.util.*;

/** Locale.Builder, as code that avoids the Locale constructors uses it. */
public class LocaleBuilder {
    public static void main(String[] args) {
        Locale fr = new Locale.Builder().setLanguage("fr").setRegion("CA").build();
        Locale de = new Locale.Builder().setLanguage("DE").setRegion("at").build();
        Locale us = new Locale.Builder().setLocale(Locale.US).build();
        Locale tag = new Locale.Builder().setLanguageTag("es-MX").build();
        Locale var = new Locale.Builder().setLanguage("de").setRegion("DE").setVariant("JAVA1").build();
        Locale num = new Locale.Builder().setLanguage("es").setRegion("419").build();
        for (Locale l : List.of(fr, de, us, tag, var, num)) {
            System.out.println(l + " | " + l.toLanguageTag() + " | " + l.getLanguage() + " " + l.getCountry() + " " + l.getVariant() + " | " + l.getDisplayName(Locale.US) + " | " + l.equals(new Locale(l.getLanguage(), l.getCountry(), l.getVariant())));
        }
        System.out.println(NumberFormat.getCurrencyInstance(fr).format(1234.5) + " | " + NumberFormat.getNumberInstance(de).format(1234567.891) + " | " + String.format(tag, "%,.2f", 98765.4321));
        Locale.Builder b = new Locale.Builder().setLanguage("it").setRegion("IT");
        System.out.println(b.build() + " " + b.clear().build().toString().isEmpty() + " " + b.setLanguage("ja").build() + " " + b.setRegion("").setLanguage(null).build().equals(Locale.ROOT));
        String[][] bad = {{"language", "123"}, {"language", "e"}, {"region", "USA"}, {"region", "1"}, {"variant", "ab"}, {"variant", "POSIX-x"}, {"script", "Lat"}};
        for (String[] c : bad) {
            try {
                Locale.Builder x = new Locale.Builder();
                switch (c[0]) {
                    case "language": x.setLanguage(c[1]); break;
                    case "region": x.setRegion(c[1]); break;
                    case "variant": x.setVariant(c[1]); break;
                    default: x.setScript(c[1]);
                }
                System.out.println(c[0] + " " + c[1] + " accepted");
            } catch (IllformedLocaleException e) {
                System.out.println(c[0] + " " + c[1] + ": " + e.getMessage() + " @" + e.getErrorIndex());
            }
        }
        try { new Locale.Builder().setLocale(null); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
    }
}
