package util;

import java.util.*;
import java.util.regex.MatchResult;

public class ScannerMatch {
    static String show(Scanner s) {
        try {
            MatchResult m = s.match();
            StringBuilder g = new StringBuilder();
            // numbered groups only for line and pattern matches (typed tokens: JDK-internal patterns)
            for (int i = 1; i <= m.groupCount() && m.groupCount() <= 2; i++) {
                g.append(",").append(m.group(i) == null ? "null" : m.group(i).replace("\n", "\\n").replace("\r", "\\r")).append("@").append(m.start(i));
            }
            return "[" + m.group().replace("\n", "\\n").replace("\r", "\\r") + "]" + m.start() + "-" + m.end() + "/" + m.groupCount() + g;
        } catch (IllegalStateException e) {
            return "ISE";
        }
    }

    public static void main(String[] args) {
        tokens();
        lines();
        Scanner w = new Scanner("alpha 12 beta");
        System.out.println(w.findInLine("\\d+") + " " + show(w) + " " + w.next() + " " + show(w));
        System.out.println(w.findWithinHorizon("(x)?y", 0) + " " + show(w));
    }

    static void tokens() {
        Scanner s = new Scanner("12 abc 3.5 true\nline rest\r\nnext 99 zz");
        System.out.println(show(s));
        s.nextInt(); System.out.println("nextInt " + show(s));
        s.hasNext(); System.out.println("hasNext " + show(s));
        s.hasNextInt(); System.out.println("hasNextInt(false) " + show(s));
        s.next(); System.out.println("next " + show(s));
        s.hasNextDouble(); System.out.println("hasNextDouble " + show(s));
        s.nextDouble(); System.out.println("nextDouble " + show(s));
        s.nextBoolean(); System.out.println("nextBoolean " + show(s));
        s.nextLine(); System.out.println("nextLine " + show(s));
        s.nextLine(); System.out.println("nextLine2 " + show(s));
        s.findInLine("zzz"); System.out.println("findInLine fail " + show(s));
        s.hasNext("n.*"); System.out.println("hasNext(p) " + show(s));
        s.next(); System.out.println("next " + show(s));
        s.hasNextInt(); System.out.println("hasNextInt " + show(s));
        try { s.nextBoolean(); } catch (InputMismatchException e) { System.out.println("nextBoolean fail " + show(s)); }
        s.nextLong(); System.out.println("nextLong " + show(s));
        System.out.println(s.findInLine("z+") + " " + show(s));
        System.out.println(s.hasNext() + " " + show(s));
        }

    static void lines() {
        Scanner s = new Scanner("a\nb 123456789012345678901 4.5 1,000.25\nlast");
        System.out.println("hasNextLine " + s.hasNextLine() + " " + show(s));
        s.nextLine(); System.out.println("nextLine " + show(s));
        s.next(); System.out.println("next " + show(s));
        System.out.println("hasNextBigInteger " + s.hasNextBigInteger() + " " + show(s));
        s.nextBigInteger(); System.out.println("nextBigInteger " + show(s));
        System.out.println("hasNextFloat " + s.hasNextFloat() + " " + show(s));
        s.nextFloat(); System.out.println("nextFloat " + show(s));
        s.nextBigDecimal(); System.out.println("nextBigDecimal " + show(s));
        s.skip("\\s*"); System.out.println("skip " + show(s));
        try { s.skip("\\d"); } catch (NoSuchElementException e) { System.out.println("skip fail " + show(s)); }
        System.out.println(s.hasNextBoolean() + " " + show(s));
        s.nextLine(); System.out.println("nextLine last " + show(s));
        Scanner t = new Scanner("x,y");
        t.useDelimiter(","); t.next(); t.hasNext("y"); System.out.println("hasNext(y) " + show(t));
        t.next("y"); System.out.println("next(y) " + show(t));
        System.out.println(t.hasNextLine() + " " + show(t));
        Scanner u = new Scanner("k\n");
        u.nextLine(); System.out.println(u.hasNextLine() + " " + show(u));
        Scanner v = new Scanner("7 8");
        System.out.println(v.hasNextShort() + " " + show(v) + " " + v.nextByte() + " " + show(v) + " " + v.tokens().count() + " " + show(v));
        }
}
