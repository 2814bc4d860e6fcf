package strings;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

public class StringFormatMethods {
    static String capitalize(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase();
    }

    static String camel(String s) {
        StringBuilder sb = new StringBuilder();
        String[] parts = s.split("_");
        sb.append(parts[0].toLowerCase());
        for (int i = 1; i < parts.length; i++) sb.append(capitalize(parts[i]));
        return sb.toString();
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(w);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    static String center(String s, int width) {
        int pad = width - s.length();
        if (pad <= 0) return s;
        return " ".repeat(pad / 2) + s + " ".repeat(pad - pad / 2);
    }

    public static void main(String[] args) {
        for (String s : new String[]{"HELLO_WORLD", "max_value", "a_b_c", "single"}) System.out.println(s + " -> " + camel(s));
        String text = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness";
        for (String l : wrap(text, 28)) System.out.println("|" + center(l, 30) + "|");
        StringJoiner sj = new StringJoiner(", ", "{", "}");
        sj.setEmptyValue("EMPTY");
        System.out.println(sj);
        sj.add("a").add("b").add("c");
        System.out.println(sj + " " + sj.length());
        String csv = "name,age,city\nAnn,31,Oslo\nBob,,Rome\n";
        for (String row : csv.split("\n")) {
            String[] cols = row.split(",", -1);
            System.out.println(cols.length + ": " + String.join(" | ", cols));
        }
        String sentence = "the cat and the hat and the bat";
        String[] words = sentence.split(" ");
        StringBuilder rev = new StringBuilder();
        for (int i = words.length - 1; i >= 0; i--) rev.append(words[i]).append(i > 0 ? " " : "");
        System.out.println(rev);
        System.out.println(String.valueOf(new char[]{'o', 'k'}) + " " + "x".compareTo("y") + " " + "abc".indexOf("") + " " + "abc".lastIndexOf(""));
    }
}
