package sweep;
import java.util.*;
import java.util.regex.*;
import java.util.stream.*;

public class RegexLog {
    public static void main(String[] args) {
        String log = "2024-01-15 10:23:45 ERROR [main] Connection failed: timeout=30s host=db.example.com\n2024-01-15 10:24:01 INFO [worker-2] Retry 1/3 ok\n2024-01-16 08:00:00 WARN [main] Disk 91% full";
        Pattern p = Pattern.compile("^(?<date>\\d{4}-\\d{2}-\\d{2}) (?<time>[\\d:]+) (?<level>[A-Z]+) \\[(?<thread>[^\\]]+)\\] (?<msg>.*)$", Pattern.MULTILINE);
        Matcher m = p.matcher(log);
        while (m.find()) System.out.println(m.group("level") + "|" + m.group("thread") + "|" + m.group("msg") + "|" + m.start("msg") + "-" + m.end() + " groups=" + m.groupCount());
        System.out.println(Pattern.compile("(\\w+)=(\\S+)").matcher(log).results().map(r -> r.group(1) + "->" + r.group(2)).collect(Collectors.joining(", ")));
        Matcher m2 = Pattern.compile("(\\d+)%").matcher("Disk 91% full, cpu 7%");
        StringBuilder sb = new StringBuilder();
        while (m2.find()) m2.appendReplacement(sb, "[$1 pct]");
        m2.appendTail(sb); System.out.println(sb);
        System.out.println("a1b22c333".replaceAll("(\\d+)", "<$1>") + " " + "John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1") + " " + "x.y.z".replaceAll("\\.", "\\\\") + " " + "cost $5".replaceAll("\\$", "USD") + " " + Matcher.quoteReplacement("$1\\") + " " + Pattern.quote("a.b"));
        System.out.println(Pattern.compile("\\d+").matcher("abc 123 def 45").replaceAll(r -> String.valueOf(Integer.parseInt(r.group()) * 2)));
        System.out.println("Hello World".matches("(?i)hello.*") + " " + "ABC".matches("[a-z]+") + " " + Pattern.compile("abc", Pattern.CASE_INSENSITIVE).matcher("xABCx").find() + " " + Pattern.matches("a*b", "aaab"));
        System.out.println(Arrays.toString(Pattern.compile("\\s*,\\s*").split(" a , b,c ,, d ")) + Arrays.toString("one1two22three".split("\\d")) + Arrays.toString(Pattern.compile(",").split("a,b,,", -1)) + Pattern.compile(";").splitAsStream("x;y;z").toList());
        System.out.println("aaa".replaceAll("a*", "X") + " " + "abc".replaceAll("", "-") + " " + "aaaa".replaceAll("aa", "b") + " " + "foo bar".replaceAll("(?<=o) ", "_") + " " + "price: 100USD 200EUR".replaceAll("\\d+(?=EUR)", "#"));
        System.out.println("<b>bold</b><i>it</i>".replaceAll("<.+?>", "") + " " + "<b>bold</b>".replaceAll("<.+>", "") + " " + "aaa".replaceAll("a++a", "X") + " " + "abab".replaceAll("(ab)\\1", "Y") + " " + "tel: 555-1234 or 555-9876".replaceAll("(\\d{3})-(\\d{4})", "($1) $2"));
        Matcher em = Pattern.compile("([\\w.+-]+)@([\\w-]+\\.)+([a-z]{2,})").matcher("mail bob.smith+tag@mail.example.org and x@y.co now");
        while (em.find()) System.out.println(em.group() + " user=" + em.group(1) + " tld=" + em.group(3) + " " + em.start() + " " + em.hitEnd());
        Matcher lm = Pattern.compile("a(b)?c").matcher("ac");
        System.out.println(lm.matches() + " " + lm.group(1) + " " + lm.start(1) + " " + lm.lookingAt());
        Matcher rg = Pattern.compile("o").matcher("foo boo"); rg.region(3, 7); int c = 0; while (rg.find()) c++; System.out.println("region count " + c + " " + rg.regionStart());
        System.out.println(Pattern.compile("^\\s*$", Pattern.MULTILINE).matcher("a\n\n  \nb").results().count() + " " + Pattern.compile("a.b", Pattern.DOTALL).matcher("a\nb").matches() + " " + Pattern.compile("# comment\n a b c", Pattern.COMMENTS).matcher("abc").matches() + " " + Pattern.compile("\\bcat\\b").matcher("concat cat catalog").results().count());
        System.out.println("Ünïcödé wörds".replaceAll("\\p{L}+", "W") + " " + "x\u00e9y".matches("\\w+") + " " + Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS).matcher("x\u00e9y").matches() + " " + "ABC def".replaceAll("\\p{Upper}", "u") + " " + "a1!b2?".replaceAll("[^\\p{Alnum}]", "") + " " + "tab\there".replaceAll("\\p{Space}", "_") + " " + "ab12".replaceAll("\\P{Digit}", ""));
        System.out.println("2024-01-15".replaceFirst("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1") + " " + "aBc".chars().filter(Character::isUpperCase).count() + " " + Pattern.compile("(a)|(b)").matcher("b").replaceAll("[$1|$2]") + " " + "a+b".split("\\+").length);
        String[] bad = {"(abc", "[a-", "a{2,1}", "*a", "\\", "a)", "(?<n>a)(?<n>b)", "[z-a]", "\\k<x>", "a{,3}x{"};
        for (String b : bad) {
            try { Pattern.compile(b); System.out.println("compiled " + b); }
            catch (PatternSyntaxException e) { System.out.println("PSE desc=" + e.getDescription() + " idx=" + e.getIndex() + " pat=" + e.getPattern()); System.out.println(e.getMessage()); }
        }
        try { "abc".replaceAll("(a)", "$2"); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { Matcher mm = Pattern.compile("a").matcher("b"); mm.group(); } catch (IllegalStateException e) { System.out.println("ISE " + e.getMessage()); }
        try { Matcher mm = Pattern.compile("(?<x>a)").matcher("a"); mm.find(); mm.group("y"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        System.out.println(Pattern.compile("x*").matcher("aaa").replaceAll("-") + " " + "hello".replaceAll("l", "$0$0") + " " + Pattern.compile("(?m)^").matcher("a\nb").replaceAll("> ") + " " + "CamelCaseString".split("(?=[A-Z])").length + " " + String.join("_", "CamelCaseString".split("(?<=[a-z])(?=[A-Z])")).toLowerCase());
        Pattern ip = Pattern.compile("^((25[0-5]|2[0-4]\\d|[01]?\\d\\d?)\\.){3}(25[0-5]|2[0-4]\\d|[01]?\\d\\d?)$");
        for (String s : List.of("192.168.1.1", "256.1.1.1", "1.2.3", "0.0.0.0")) System.out.print(ip.matcher(s).matches() + " ");
        System.out.println();
        System.out.println(p.pattern().length() + " " + p.flags() + " " + Pattern.compile("a", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE).flags() + " " + p.toString().equals(p.pattern()) + " " + Pattern.compile("(a)(b)").matcher("ab").toMatchResult().groupCount());
        Scanner sc = new Scanner("key1=val1;key2=val2").useDelimiter("[;=]"); List<String> parts = new ArrayList<>(); while (sc.hasNext()) parts.add(sc.next()); System.out.println(parts + " " + new Scanner("abc123def").findInLine("\\d+"));
    }
}
