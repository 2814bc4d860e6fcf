package regex;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class GraphemeClusters {
    static final Pattern CLUSTER = Pattern.compile("\\X");

    static String ends(String s) {
        Matcher m = CLUSTER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(m.end()).append(',');
        }
        return out.toString();
    }

    public static void main(String[] args) {
        String[] samples = {"e\u0301", "\uD83C\uDF89", "\uD83D\uDC4D\uD83C\uDFFD", "\uD83C\uDDFA\uD83C\uDDF8\uD83C\uDDEB\uD83C\uDDF7\uD83C\uDDE9",
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u2764\uFE0F", "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F",
            "\u1112\u1161\u11AB\u1100\u1173\u11AF", "\uD55C\uAD6D\uC5B4", "\r\n\n\r", "\u0600a", "\u0915\u094D\u0937\u093F", "a\u200Db",
            "\u00A9\u200D\u00A9", "a\u0308\u0301b", "\u0E01\u0E33", "x\u0001\u0301", "\uD800\u0301"};
        for (String s : samples) {
            List<String> clusters = CLUSTER.matcher(s).results().map(r -> r.group().codePoints()
                .mapToObj(c -> Integer.toHexString(c)).collect(Collectors.joining(" "))).collect(Collectors.toList());
            System.out.println(s.length() + " chars, " + s.codePointCount(0, s.length()) + " code points, " + clusters.size() + " clusters: " + clusters);
        }
        String text = "Caf\u00e9 e\u0301 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDEF\uD83C\uDDF5!";
        System.out.println("user-perceived length " + CLUSTER.matcher(text).results().count() + " of " + text.length());
        System.out.println(Pattern.compile("\\X{3}").matcher("\uD83D\uDC4D\uD83C\uDFFDab\u0301c").replaceAll("<$0>"));
        int[] pool = {0x0D, 0x0A, 0x01, 0x7F, 0x300, 0x301, 0x200C, 0x200D, 0x1F1E6, 0x1F1FA, 0x600, 0x110BD, 0x903, 0x93E, 0x1100,
            0x1161, 0x11A8, 0xAC00, 0xAC01, 0xA9, 0x1F600, 0x1F3FB, 0x2764, 0xFE0F, 'a', ' ', 0xE9, 0x4E2D, 0x0E33, 0x1F468, 0xE0067,
            0x1F3F4, 0x2028, 0xFEFF, 0x0D4E};
        Random r = new Random(99);
        long h = 0;
        for (int t = 0; t < 20000; t++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(6);
            for (int i = 0; i < len; i++) {
                sb.appendCodePoint(r.nextInt(10) == 0 ? r.nextInt(0x30000) : pool[r.nextInt(pool.length)]);
            }
            String s = sb.toString();
            String e = ends(s);
            h = h * 31 + e.hashCode();
            if (t < 15) {
                System.out.println(s.codePoints().mapToObj(Integer::toHexString).collect(Collectors.toList()) + " -> " + e);
            }
        }
        System.out.println("hash " + h);
    }
}
