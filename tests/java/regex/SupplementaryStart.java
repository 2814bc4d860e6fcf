package regex;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose text contains a supplementary character is tried only at code point
 * boundaries, so its zero-width matches never split a surrogate pair; other patterns are tried
 * at every char, as in the JDK.
 */
public class SupplementaryStart {
    static String show(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x80 ? String.valueOf(c) : "\\u" + Integer.toHexString(c));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        // Raw supplementary characters in the pattern text; then patterns without any.
        String[] patterns = {"\\B|\uD83D\uDE00x", "\\B|x\uD83D\uDE00", "\\B(?:\uD83D\uDE00x)?", "\\B\\Z*(?!b)\uD83D\uDE00*?",
                "\uD83D\uDE00?", "(?!a)", "\\B", "\\B|[ab]x", "\\Bx?", "\\b|\uD83D\uDE00x", "(?!a)|\uD83D\uDE00\uD83D\uDE00"};
        String[] inputs = {"\u00e9ax\uD83D\uDE00\u00e9\uD83D\uDE00", "bb\uD83D\uDE00", "\uD83D\uDE00\uD83D\uDE00a", "a\uDE00\uD83D"};
        for (String p : patterns) {
            Pattern pt = Pattern.compile(p);
            for (String s : inputs) {
                StringBuilder o = new StringBuilder(show(p)).append(" on ").append(show(s)).append(": ");
                Matcher m = pt.matcher(s);
                while (m.find()) {
                    o.append(m.start()).append('-').append(m.end()).append(',');
                }
                o.append(" split=").append(show(Arrays.toString(pt.split(s, -1))));
                o.append(" replaced=").append(show(m.replaceAll("<$0>")));
                System.out.println(o);
            }
        }
    }
}
