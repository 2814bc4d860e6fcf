package regex;

import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

public class RegexBasics {
    static void show(String regex, int flags, String input) {
        Pattern p = Pattern.compile(regex, flags);
        Matcher m = p.matcher(input);
        StringBuilder sb = new StringBuilder();
        sb.append('/').append(regex).append("/ on \"").append(input.replace("\n", "\\n")).append("\":");
        while (m.find()) {
            sb.append(" [").append(m.start()).append(',').append(m.end()).append(' ').append(m.group());
            for (int g = 1; g <= m.groupCount(); g++) {
                sb.append(" g").append(g).append('=').append(m.group(g));
            }
            sb.append(']');
        }
        sb.append(" matches=").append(m.matches()).append(" lookingAt=").append(m.lookingAt());
        System.out.println(sb);
    }

    static void bad(String regex) {
        try {
            Pattern.compile(regex);
            System.out.println("compiled: " + regex);
        } catch (PatternSyntaxException e) {
            System.out.println("PSE desc=" + e.getDescription() + " index=" + e.getIndex());
            System.out.println(e.getMessage());
        }
    }

    public static void main(String[] args) {
        show("a+b", 0, "aab ab b aaab");
        show("(\\d+)-(\\d+)", 0, "10-20, 3-4, x-5");
        show("(?<year>\\d{4})-(?<mon>\\d\\d)", 0, "on 2024-05 and 1999-12");
        show("\\bcat\\b", 0, "cat concat cat's bobcat");
        show("colou?r", 0, "color colour colouur");
        show("(a|ab)(c|bcd)(d*)", 0, "abcd");
        show("a*?b", 0, "aaab");
        show("a*+a", 0, "aaaa");
        show("(?>a|ab)c", 0, "abc ac");
        show("x(?=y)", 0, "xy xz xy");
        show("x(?!y)", 0, "xy xz xy");
        show("(?<=\\$)\\d+", 0, "cost $42 or 17 or $5");
        show("(?<!-)\\b\\d+", 0, "-3 4 -5 66");
        show("^\\w+$", Pattern.MULTILINE, "one\ntwo words\nthree");
        show("^.+$", 0, "line1\nline2");
        show("(?s)^.+$", 0, "line1\nline2");
        show("HELLO", Pattern.CASE_INSENSITIVE, "hello Hello hElLo");
        show("(?i)straße", 0, "STRASSE straße STRAßE");
        show("[a-f&&[^cd]]+", 0, "abcdefgh");
        show("[^\\s,]+", 0, "a, b ,c  d");
        show("\\p{Upper}\\p{Lower}+", 0, "Hello World FOO Bar");
        show("\\p{L}+", 0, "héllo wörld 123");
        show("\\p{javaLowerCase}+", 0, "abcDEFghi");
        show("(\\w)\\1", 0, "hello book keeper");
        show("(?<c>[a-z])\\k<c>", 0, "aabbcd");
        show("a{2,3}", 0, "a aa aaa aaaa aaaaa");
        show("a{2,}?", 0, "aaaaa");
        show("\\x41\\u0042\\0103\\t", 0, "ABC\t ABC");
        show("\\Qa.b*c\\E+", 0, "a.b*c a.b*cc aXbc");
        show(" a b # comment\n c", Pattern.COMMENTS, "abc a b c");
        show("(a)|b", 0, "ab");
        show("", 0, "abc");
        show("\\R", 0, "a\r\nb\nc\rd");
        show("\\h+", 0, "a \t b");
        show("a.c", Pattern.DOTALL, "a\nc abc");
        show("(a*)*", 0, "b");
        show("(a|b)*c", 0, "ababc");
        show("(?:(\\d)(\\w))+", 0, "1a2b3c");
        show("$", 0, "ab\n");
        show("\\Gab", 0, "ababxab");
        show("[\\w&&[^\\d]]+", 0, "abc123def");
        show("(?i:a)B", 0, "ab AB aB Ab");

        Matcher m = Pattern.compile("o").matcher("foo boo");
        m.region(2, 6);
        System.out.println("region: " + m.regionStart() + "-" + m.regionEnd());
        while (m.find()) {
            System.out.print(m.start() + " ");
        }
        System.out.println("hitEnd=" + m.hitEnd());
        m.reset("xoxo");
        System.out.println(m.find() + " " + m.start() + " " + m.find(2) + " " + m.start());
        m.usePattern(Pattern.compile("x"));
        System.out.println(m.find() + " " + m.find(0) + " " + m.start());
        System.out.println(m);

        List<String> words = Pattern.compile("\\s+").splitAsStream(" the quick  brown fox ").collect(Collectors.toList());
        System.out.println(words);
        System.out.println(Pattern.compile("\\d+").matcher("a1b22c333").results()
                .map(MatchResult::group).collect(Collectors.joining("|")));
        System.out.println(Pattern.compile("^a").asPredicate().test("bab") + " "
                + Pattern.compile("a+").asMatchPredicate().test("aaa"));
        System.out.println(Pattern.matches("[abc]+", "abcab") + " " + Pattern.quote("a\\Eb") + " "
                + Pattern.compile("x", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE).flags());

        String[] inputs = {"a,b,,c,,", ",a,", "", "boo:and:foo", "a1b22c"};
        String[] regexes = {",", "o", ":", "\\d+", "", "x*"};
        for (String in : inputs) {
            for (String r : regexes) {
                System.out.println("split \"" + in + "\" by /" + r + "/: " + Arrays.toString(in.split(r))
                        + " " + Arrays.toString(in.split(r, -1)) + " " + Arrays.toString(in.split(r, 2)));
            }
        }

        MatchResult r = null;
        Matcher mm = Pattern.compile("(a)(b)?").matcher("xa");
        if (mm.find()) {
            r = mm.toMatchResult();
        }
        System.out.println(r.group() + " " + r.start(1) + " " + r.group(2) + " " + r.groupCount());
        try {
            Pattern.compile("a").matcher("b").group();
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        try {
            mm.group(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE " + e.getMessage());
        }
        try {
            mm.group("nope");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }

        bad("(abc");
        bad("abc)");
        bad("*a");
        bad("a{2,1}");
        bad("[b-a]");
        bad("[abc");
        bad("\\k<x>");
        bad("(?<n>a)(?<n>b)");
        bad("a{x}");
        bad("\\p{Nope}");
        bad("(?<=a+b*)c");
        bad("(?<=(ab)+)c");
        bad("\\xZZ");
        bad("(?z)");
        bad("\\y");
    }
}
