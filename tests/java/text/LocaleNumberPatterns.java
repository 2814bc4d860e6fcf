package text;

import java.text.*;
import java.util.*;
public class LocaleNumberPatterns {
    public static void main(String[] args) {
        String[] tags = {"en-US", "en-GB", "de-DE", "de-CH", "de-AT", "fr-FR", "fr-CA", "es-ES", "it-IT", "nl-NL", "pt-BR", "pt-PT", "ja-JP", "zh-CN", "ko-KR", "ru-RU", "pl-PL", "sv-SE", "tr-TR", "en-IN", "da-DK", "nb-NO", "fi-FI", "cs-CZ", "uk-UA", "id-ID", "en", "de", "fr", "und"};
        for (String t : tags) {
            Locale l = Locale.forLanguageTag(t);
            String s = t + " cur=" + ((DecimalFormat) NumberFormat.getCurrencyInstance(l)).toPattern() + " pct=" + ((DecimalFormat) NumberFormat.getPercentInstance(l)).toPattern() + " num=" + ((DecimalFormat) NumberFormat.getNumberInstance(l)).toPattern()
                + " f=" + NumberFormat.getCurrencyInstance(l).format(-1234.5) + " p=" + NumberFormat.getPercentInstance(l).format(-0.256) + " n=" + NumberFormat.getNumberInstance(l).format(-1234567.891);
            System.out.println(s.replace("\u00a0", "<NBSP>").replace("\u202f", "<NNBSP>").replace("\u2212", "<MINUS>").replace("\u2019", "<RSQ>"));
        }
    }
}
