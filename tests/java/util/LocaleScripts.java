package util;

import java.text.*;
import java.util.*;

public class LocaleScripts {
    public static void main(String[] args) {
        String[] tags = {"zh-Hant-TW", "zh-Hans-CN", "zh-Hans", "sr-Latn-RS", "sr-Cyrl", "uz-Arab-AF", "az-latn-az", "en-US-x-lvariant-POSIX", "en-Latn-US-1994", "und-Latn", "pa-Guru-IN", "mn-Mong", "ko-Kore-KR", "en-Zzzz", "EN-latn-gb", "de-POSIX-x-lvariant-ABC"};
        Locale[] in = {Locale.US, Locale.FRANCE, Locale.GERMANY, Locale.JAPAN, new Locale("es"), Locale.TAIWAN, new Locale("ru")};
        for (String t : tags) {
            Locale l = Locale.forLanguageTag(t);
            StringBuilder sb = new StringBuilder(t + " -> " + l + " | " + l.toLanguageTag() + " | lang=" + l.getLanguage() + " script=" + l.getScript() + " country=" + l.getCountry() + " variant=" + l.getVariant() + " | " + l.hashCode());
            if (l.getVariant().isEmpty()) for (Locale d : in) sb.append(" | ").append(l.getDisplayName(d)).append(" / ").append(l.getDisplayScript(d));
            System.out.println(sb);
        }
        Locale b = new Locale.Builder().setLanguage("sr").setScript("latn").setRegion("ME").build();
        Locale b2 = new Locale.Builder().setLanguageTag("zh-Hant-HK").build();
        Locale b3 = new Locale.Builder().setLocale(b2).setScript(null).build();
        Locale b4 = new Locale.Builder().setLocale(b).clear().setScript("Cyrl").build();
        System.out.println(b + " " + b.getScript() + " " + b.toLanguageTag() + " " + b2 + " " + b3 + " " + b4 + " [" + b4.getDisplayName(Locale.US) + "] " + b4.toLanguageTag() + " " + b.equals(Locale.forLanguageTag("sr-Latn-ME")) + " " + b.equals(new Locale("sr", "ME")) + " " + (b.hashCode() == Locale.forLanguageTag("sr-Latn-ME").hashCode()));
        try { new Locale.Builder().setScript("Lat1"); } catch (IllformedLocaleException e) { System.out.println(e.getMessage()); }
        Locale tw = Locale.forLanguageTag("zh-Hant-TW");
        System.out.println(String.format(tw, "%,.2f", 1234567.891) + " " + NumberFormat.getInstance(tw).format(-9876.5) + " " + NumberFormat.getInstance(Locale.forLanguageTag("sr-Latn-RS")).format(1234.5) + " " + "TITLE".toLowerCase(Locale.forLanguageTag("tr-Latn-TR")) + " " + Locale.forLanguageTag("zh-Hant-TW").getDisplayLanguage(Locale.US) + " " + Locale.forLanguageTag("zh-Hant-TW").getDisplayCountry(tw) + " " + tw.getDisplayScript() + " " + tw.getISO3Language());
        Set<Locale> set = new HashSet<>(List.of(tw, Locale.TAIWAN, Locale.forLanguageTag("zh-TW")));
        System.out.println(set.size() + " " + tw.equals(Locale.TAIWAN) + " " + Locale.TAIWAN.getScript().isEmpty() + " " + Locale.ROOT.toLanguageTag() + " " + Locale.forLanguageTag("und").equals(Locale.ROOT) + " " + new Locale("", "US").toLanguageTag() + " " + Locale.forLanguageTag("und-Hant").getDisplayName(Locale.US) + " [" + Locale.forLanguageTag("und-Hant") + "]");
    }
}
