package regex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matcher.hitEnd/requireEnd after lookingAt, find and matches: a match that ends by `$`, `\b`
 * or `\Z` at the end of input keeps requireEnd set, and `\X` consuming the last cluster does
 * not by itself count as hitting the end.
 */
public class HitEndRequireEnd {
    static String flags(Matcher m, boolean found) {
        return "" + (found ? 'T' : 'F') + (m.hitEnd() ? 'h' : '-') + (m.requireEnd() ? 'r' : '-');
    }

    public static void main(String[] args) {
        String[] patterns = {"a$", ".$", "$", "a\\b", "a\\z", "\\w\\Z", "(?m)a$", "a(?=$)", "a(?!b)",
                "a\\R", "a$|ab", "\\X", "\\X\\X", "\\X+", "\\X?", "\\X$", "a\\X", "(?:\\X)b"};
        String[] inputs = {"a", "ab", "a\n", "", "e\u0301", "\r\n", "\uD83C\uDDFA\uD83C\uDDF8"};
        for (String p : patterns) {
            for (String s : inputs) {
                Matcher m = Pattern.compile(p).matcher(s);
                StringBuilder o = new StringBuilder();
                o.append(p).append(" [").append(s.replace("\n", "\\n").replace("\r", "\\r")).append("] ");
                o.append("lookingAt=").append(flags(m, m.lookingAt()));
                m.reset();
                o.append(" matches=").append(flags(m, m.matches()));
                m.reset();
                o.append(" find=");
                while (m.find()) {
                    o.append(m.start()).append('-').append(m.end()).append(flags(m, true)).append(',');
                }
                o.append(flags(m, false));
                System.out.println(o);
            }
        }
    }
}
