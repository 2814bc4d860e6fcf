package regex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RegexReplace {
    static void tryReplace(String regex, String input, String repl) {
        try {
            System.out.println("\"" + input + "\".replaceAll(/" + regex + "/, \"" + repl + "\") = \""
                    + input.replaceAll(regex, repl) + "\"");
        } catch (RuntimeException e) {
            System.out.println("replaceAll(/" + regex + "/, \"" + repl + "\") threw "
                    + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        tryReplace("(\\w+)@(\\w+)", "joe@example bob@host", "$2 at $1");
        tryReplace("(?<first>\\w+) (?<last>\\w+)", "John Smith", "${last}, ${first}");
        tryReplace("a", "banana", "\\$");
        tryReplace("a", "banana", "[$0]");
        tryReplace("(a)", "banana", "$11");
        tryReplace("x*", "abc", "-");
        tryReplace("", "abc", "/");
        tryReplace("\\s+", "  lots   of   space ", " ");
        tryReplace("(\\d)", "a1b2", "$2");
        tryReplace("a", "aaa", "$");
        tryReplace("a", "aaa", "\\");
        tryReplace("a", "aaa", "${");
        tryReplace("a", "aaa", "${}");
        tryReplace("a", "aaa", "${x}");
        tryReplace("a", "aaa", "$x");
        tryReplace("(?i)HELLO", "hello Hello", "bye");
        tryReplace("^", "line1\nline2", "> ");
        tryReplace("(?m)^", "line1\nline2", "> ");
        tryReplace("(?m)$", "line1\nline2", ";");

        System.out.println("banana".replaceFirst("an", "AN"));
        System.out.println("banana".replaceFirst("z", "AN"));
        System.out.println("a.b.c".replaceAll(".", "x") + " " + "a.b.c".replace(".", "x"));
        System.out.println("2+2=4".matches("\\d\\+\\d=\\d") + " " + "abc".matches("ab") + " " + "".matches("a*"));

        Pattern p = Pattern.compile("(\\d+)");
        Matcher m = p.matcher("a1b22c333d");
        System.out.println(m.replaceAll(r -> "<" + (Integer.parseInt(r.group(1)) * 2) + ">"));
        System.out.println(m.replaceFirst(r -> r.group().toUpperCase() + "!"));

        StringBuilder sb = new StringBuilder();
        m.reset();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1).length() + "\\$");
        }
        m.appendTail(sb);
        System.out.println(sb);

        StringBuffer buf = new StringBuffer();
        Matcher m2 = Pattern.compile("cat").matcher("one cat two cats in the yard");
        while (m2.find()) {
            m2.appendReplacement(buf, "dog");
        }
        m2.appendTail(buf);
        System.out.println(buf);

        try {
            Pattern.compile("x").matcher("y").appendReplacement(new StringBuilder(), "z");
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        System.out.println(Matcher.quoteReplacement("c:\\dir\\$HOME"));
        System.out.println("cost".replaceAll("o", Matcher.quoteReplacement("$1\\")));

        String csv = "name, age ,city,, ";
        for (String f : csv.split("\\s*,\\s*")) {
            System.out.print("[" + f + "]");
        }
        System.out.println();
        System.out.println(String.join("|", "a:b::c:".split(":")) + " " + "a:b::c:".split(":", -1).length);
        System.out.println(String.join("|", "a1b2c3".split("(?<=\\d)")));
        System.out.println(String.join("|", "HelloWorldFooBar".split("(?=[A-Z])")));
        System.out.println(String.join("|", "x--y--z".split("--", 2)));
        System.out.println(String.join("|", "a.b.c".split("\\.")));
        System.out.println(String.join("|", "tab\tsep\tvalues".split("\t")));

        String text = "The year 1999 and 2024, not 12345 or 42.";
        System.out.println(text.replaceAll("\\b(\\d{4})\\b", "<$1>"));
        System.out.println("snake_case_name".replaceAll("_(\\w)", "-$1"));
        StringBuilder camel = new StringBuilder();
        Matcher cm = Pattern.compile("_([a-z])").matcher("snake_case_to_camel");
        while (cm.find()) {
            cm.appendReplacement(camel, cm.group(1).toUpperCase());
        }
        cm.appendTail(camel);
        System.out.println(camel);
    }
}
