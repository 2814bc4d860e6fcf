package conform;
import java.io.*;
import java.util.*;
import java.util.regex.*;
public class RegexRedux {
    public static void main(String[] args) throws IOException {
        String input = new String(System.in.readAllBytes(), "US-ASCII");
        int initialLength = input.length();
        String seq = Pattern.compile(">.*\n|\n").matcher(input).replaceAll("");
        int codeLength = seq.length();
        String[] variants = {"agggtaaa|tttaccct", "[cgt]gggtaaa|tttaccc[acg]", "a[act]ggtaaa|tttacc[agt]t", "ag[act]gtaaa|tttac[agt]ct", "agg[act]taaa|ttta[agt]cct", "aggg[acg]aaa|ttt[cgt]ccct", "agggt[cgt]aa|tt[acg]accct", "agggta[cgt]a|t[acg]taccct", "agggtaa[cgt]|[acg]ttaccct"};
        for (String v : variants) { Matcher m = Pattern.compile(v).matcher(seq); int c = 0; while (m.find()) c++; System.out.println(v + " " + c); }
        String[][] subs = {{"tHa[Nt]", "<4>"}, {"aND|caN|Ha[DS]|WaS", "<3>"}, {"a[NSt]|BY", "<2>"}, {"<[^>]*>", "|"}, {"\\|[^|][^|]*\\|", "-"}};
        String s = seq; for (String[] sub : subs) s = Pattern.compile(sub[0]).matcher(s).replaceAll(sub[1]);
        System.out.println(); System.out.println(initialLength); System.out.println(codeLength); System.out.println(s.length());
        Matcher m = Pattern.compile("(?<year>\\d{4})-(?<mon>\\d\\d)-(\\d\\d)").matcher("on 2023-04-05 and 1999-12-31.");
        while (m.find()) System.out.println(m.group() + " " + m.group("year") + " " + m.group(3) + " " + m.start() + "-" + m.end() + " " + m.groupCount() + " " + m.start("mon"));
        System.out.println("a1b22c333".replaceAll("(\\d+)", "[$1]") + " " + "CamelCaseString".replaceAll("([A-Z])", "_$1").toLowerCase() + " " + Pattern.matches("(?i)hello\\s+world", "HeLLo   World") + " " + "x.y.z".split("\\.").length + " " + Arrays.toString(Pattern.compile("\\s*,\\s*").split(" a , b,c ,d ")) + " " + Pattern.quote("a.b") + " " + "a.b".matches(Pattern.quote("a.b")) + " " + Matcher.quoteReplacement("$1\\"));
        Matcher mm = Pattern.compile("(a)(b)?").matcher("ac"); System.out.println(mm.find() + " " + mm.group(2) + " " + mm.start(2) + " " + mm.hitEnd());
        System.out.println(Pattern.compile("^(\\w+)@(\\w+)\\.com$", Pattern.MULTILINE).matcher("joe@x.com\nbad\nann@y.com").results().map(r -> r.group(1) + "/" + r.group(2)).toList());
        StringBuilder out = new StringBuilder(); Matcher ar = Pattern.compile("\\d+").matcher("a1b2c3"); while (ar.find()) ar.appendReplacement(out, String.valueOf(Integer.parseInt(ar.group()) * 2)); ar.appendTail(out); System.out.println(out);
        System.out.println(Pattern.compile("(\\w)\\1").matcher("hello aab").replaceAll(r -> r.group().toUpperCase()) + " " + "aaa".replaceAll("a*", "X") + " " + "abc".replaceAll("", "-") + " " + "tab\there".replaceAll("\\s", "_") + " " + "ünï".matches("\\p{L}+") + " " + "A-Z".matches("[\\w-]+") + " " + "foo123".replaceAll("(?<=o)(?=1)", "|") + " " + "aaaa".replaceAll("a{2,3}?", "b") + " " + "x+y".split("\\+")[1]);
        try { Pattern.compile("(unclosed"); } catch (PatternSyntaxException e) { System.out.println(e.getDescription() + " @" + e.getIndex()); }
    }
}
