package conform;
import java.util.*;
public class StrOps {
    public static void main(String[] args) {
        String s = "Hello, World! The quick brown fox jumps over the lazy dog.";
        System.out.println(s.length() + " " + s.indexOf('o') + " " + s.lastIndexOf("o") + " " + s.indexOf("fox", 5));
        System.out.println(s.toUpperCase() + "|" + s.toLowerCase());
        System.out.println(Arrays.toString(s.split("\\s+")));
        System.out.println(Arrays.toString(s.split(",", 2)));
        System.out.println(Arrays.toString("a,b,,c,,".split(",")));
        System.out.println(Arrays.toString("a,b,,c,,".split(",", -1)));
        System.out.println(Arrays.toString("".split(",")));
        System.out.println(Arrays.toString("abc".split("")));
        System.out.println("  trim me  ".trim() + "|" + "  strip  ".strip() + "|" + " x ".stripLeading() + "|" + " x ".stripTrailing() + "|");
        System.out.println("abc".repeat(3) + " " + "".isEmpty() + " " + "  ".isBlank());
        System.out.println(String.join("-", "a", "b", "c") + " " + String.join("/", List.of("x", "y")));
        System.out.println("banana".replace('a', 'o') + " " + "banana".replace("an", "AN") + " " + "banana".replaceAll("a(n)", "<$1>") + " " + "banana".replaceFirst("a", "A"));
        System.out.println("Hello".compareTo("Help") + " " + "a".compareTo("abc") + " " + "ABC".compareToIgnoreCase("abd") + " " + "x".equalsIgnoreCase("X"));
        System.out.println("hello".chars().sum() + " " + "hello".contains("ll") + " " + "hello".startsWith("he") + " " + "hello".endsWith("lo") + " " + "hello".startsWith("l", 2));
        System.out.println("hello".substring(1, 3) + " " + "hello".charAt(4) + " " + "hello".subSequence(0, 2) + " " + new String(new char[]{'a','b'}) + " " + String.valueOf(new char[]{'x','y','z'}, 1, 2));
        StringBuilder sb = new StringBuilder("abcdef");
        sb.insert(0, 42).append(3.5f).append('c').append(true).append((Object) null).append(new char[]{'!', '?'});
        System.out.println(sb + " " + sb.length());
        sb.reverse(); System.out.println(sb);
        sb.setLength(5); sb.setCharAt(0, 'Z'); sb.deleteCharAt(1); sb.delete(0, 1); sb.replace(0, 1, "RR");
        System.out.println(sb + " " + sb.indexOf("R") + " " + sb.lastIndexOf("R"));
        StringBuilder uni = new StringBuilder("a\uD83D\uDE00b"); uni.reverse(); System.out.println(uni.codePointAt(1) + " " + uni.length());
        System.out.println("%d %5d %-5d| %05d %x %X %o %,d %+d".formatted(42, 42, 42, 42, 255, 255, 8, 1234567, 5));
        System.out.println(String.format("%.3f %10.2f %-10.2f| %e %.0f %g %s %S %c %b %%", Math.PI, Math.E, 1.5, 12345.678, 2.5, 0.0001234, "str", "str", 'q', null));
        System.out.println(String.format("%08.3f|%(d|%(.2f|% d|%#x|%#o", -3.14159, -42, -2.5, 42, 255, 8));
        System.out.println(String.format("%2$s %1$s %2$s", "a", "b") + String.format("|%-8s|%8s|%.2s|", "ab", "cd", "efgh"));
        System.out.println(String.format("%,.2f %x %d", 1234567.891, -1, Long.MIN_VALUE));
        System.out.println(String.format("%h %s %10.4s|", "hi", List.of(1, 2), "abcdefg"));
        char[] cs = s.toCharArray(); Arrays.sort(cs); System.out.println(new String(cs).trim());
        System.out.println("Mississippi".indexOf("ss", 3) + " " + "Mississippi".lastIndexOf('s', 4) + " " + "abc".indexOf(""));
        System.out.println("a-b-c".chars().filter(c -> c == '-').count() + " " + "ABC".toLowerCase().hashCode() + " " + "".hashCode());
        String t = "x"; for (int i = 0; i < 5; i++) t += i; System.out.println(t + " " + t.intern() == t);
        System.out.println("\tTab\\n" + "\u00e9\u00e8".toUpperCase() + " " + "STRASSE".toLowerCase() + " " + "ß".toUpperCase());
        System.out.println("lines\nof\r\ntext".lines().count() + " " + "abc".matches("[a-c]+") + " " + " a b ".indent(2).replace("\n", "$"));
        System.out.println(String.valueOf((Object) null) + " " + "A".concat("B") + " " + "text".codePointCount(0, 4) + " " + Character.toChars(0x1F600).length);
        System.out.println(String.CASE_INSENSITIVE_ORDER.compare("abc", "ABD") + " " + "a\u0000b".length() + " " + "abc".contentEquals(new StringBuilder("abc")));
        System.out.println("%s".formatted(new int[0].getClass().getSimpleName()) + " " + "Hello".regionMatches(true, 1, "XELLX", 1, 3));
    }
}
