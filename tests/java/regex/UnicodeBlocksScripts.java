package regex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

public class UnicodeBlocksScripts {
    static void show(String re, String in) {
        try {
            Matcher m = Pattern.compile(re).matcher(in);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                sb.append('[');
                m.group().codePoints().forEach(c -> sb.append(String.format("%04X ", c)));
                sb.append(']');
            }
            System.out.println(re + " -> " + sb);
        } catch (PatternSyntaxException e) {
            System.out.println(re + " -> " + e.getMessage().replace("\n", " | "));
        }
    }

    public static void main(String[] args) {
        String in = "Abc \u03A9\u03BC\u03AD\u03B3\u03B1 \u041F\u0440\u0438\u0432\u0435\u0442 \u4E2D\u6587 e\u0301 \u00BD K\u212A \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627";
        String[] res = {"\\p{InGreek}+", "\\p{InGreek and Coptic}+", "\\p{InGREEK_AND_COPTIC}+", "\\p{IngreekAndCoptic}+",
            "\\p{InCombiningDiacriticalMarks}", "\\p{InCombining_Diacritical_Marks}", "\\p{InCombining Diacritical Marks}",
            "\\P{InBasicLatin}+", "[\\p{InCyrillic}\\p{InCJKUnifiedIdeographs}]+", "[^\\p{InBasicLatin}\\s]+", "\\p{InNoSuchBlock}",
            "\\p{InHebrew}+", "\\p{InArabic}+", "\\p{IsLatin}+", "\\p{IsGreek}+", "\\p{Isgreek}+", "\\p{IsCyrillic}+", "\\p{IsHan}+",
            "\\p{IsHani}+", "\\p{IsCommon}+", "\\p{IsInherited}", "\\p{IsHebrew}+", "\\p{IsArab}+", "\\p{script=Latin}+", "\\p{sc=Cyrl}+",
            "\\p{Script=greek}+", "\\p{blk=Greek}+", "\\p{block=Cyrillic}+", "\\p{BLOCK=Cyrillic}+", "\\p{sc=Nope}", "\\p{blk=Nope}",
            "\\p{BLOCK=Nope}", "\\p{IsNope}", "\\p{Latin}", "(?i)\\p{InBasicLatin}+", "(?i)\\p{IsLatin}+", "\\p{IsL}+", "\\p{IsLu}+",
            "\\p{IsAlphabetic}+", "\\p{InLatin-1 Supplement}", "\\p{InLatin1Supplement}", "\\p{InLatin-1Supplement}", "\\p{InNope}x"};
        for (String re : res) {
            show(re, in);
        }
        String odd = "\u212A\u017F\u0131\u0130\u00B5\u03BC\u1E9E\u00DF\u2126\u03C9\u0345";
        for (String re : new String[] {"(?i)\\p{InBasicLatin}", "(?i)\\P{InBasicLatin}", "(?iu)\\p{InBasicLatin}", "(?i)\\p{InGreek}",
                "(?i)\\p{IsGreek}", "(?i)\\p{sc=Latin}", "(?i)\\p{blk=BasicLatin}", "(?i)\\p{InLatin-1Supplement}", "\\p{IsLatin}"}) {
            show(re, odd);
        }
        System.out.println("Crème brûlée à la carte".replaceAll("[^\\p{IsLatin}\\p{IsCommon}]", "?"));
        System.out.println("Mixed: Привет мир and hello".replaceAll("\\p{IsCyrillic}+", "<cyr>"));
    }
}
