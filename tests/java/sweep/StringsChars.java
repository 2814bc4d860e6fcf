package sweep;
import java.util.*;
import java.util.stream.*;

public class StringsChars {
    public static void main(String[] args) {
        String[] tests = {"a,b,,c,,", ",a,b", "", ",", "a", " a  b ", "a1b22c333"};
        for (String s : tests) {
            System.out.println(Arrays.toString(s.split(",")) + Arrays.toString(s.split(",", -1)) + Arrays.toString(s.split(",", 2)) + Arrays.toString(s.split("\\s+")) + Arrays.toString(s.split("\\d+")) + Arrays.toString(s.split("")) + s.split("").length);
        }
        System.out.println(Arrays.toString("a.b.c".split(".")) + Arrays.toString("a.b.c".split("\\.")) + Arrays.toString("a|b".split("|")) + Arrays.toString("aXbXc".split("X", 0)) + Arrays.toString("boo:and:foo".split("o", -2)));
        String tb = """
            Hello,
              "World" \
            joined
            tab\there
            trailing   \s
            end""";
        System.out.println(tb);
        System.out.println(tb.lines().count() + " " + tb.lines().map(String::strip).collect(Collectors.joining("|")));
        System.out.println("  x \u2003".strip() + "|" + "  x \u2003".trim() + "|" + "  x ".stripLeading() + "|" + "  x ".stripTrailing() + "|" + "   ".isBlank() + "|" + "ab".repeat(3) + "|" + "".repeat(5) + "|");
        System.out.println("Hello".chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("-")));
        System.out.println("héllo wörld".codePoints().filter(Character::isLetter).count());
        System.out.println("Mississippi".replace("ss", "SS") + " " + "Mississippi".replaceAll("s+", "_") + " " + "Mississippi".replaceFirst("i", "I") + " " + "Mississippi".indexOf("ss", 3) + " " + "Mississippi".lastIndexOf('s') + " " + "Mississippi".lastIndexOf("ss", 4));
        System.out.println("abc".compareTo("abd") + " " + "abc".compareTo("ab") + " " + "ABC".compareToIgnoreCase("abd") + " " + "b".compareTo("A") + " " + "hello".equalsIgnoreCase("HELLO") + " " + "ß".toUpperCase() + " " + "İ".toLowerCase().length() + " " + "TITLE".toLowerCase());
        System.out.println(String.join("/", List.of("a", "b", "c")) + " " + String.join(",", "x", "y") + " " + "a-b-c".contains("-b") + " " + "file.txt".endsWith(".txt") + " " + "  ".isEmpty() + " " + "abc".matches("[a-c]+") + " " + "Abc".startsWith("bc", 1));
        System.out.println(new String(new char[]{'h', 'i'}) + String.valueOf(new char[]{'a', 'b', 'c'}, 1, 2) + String.valueOf(3.0f) + String.valueOf(true) + String.copyValueOf(new char[]{'z'}) + "x".concat("y") + "abc".indent(2) + "|" + " a\n  b".stripIndent() + "|" + "a\\tb".translateEscapes());
        StringBuilder sb = new StringBuilder("Hello World");
        sb.insert(0, 123).insert(3, '-').append(4.5).append('c').append(true).append((Object) null).append(new char[]{'!', '?'});
        System.out.println(sb + " " + sb.length());
        sb.delete(0, 4).deleteCharAt(0).reverse();
        System.out.println(sb);
        sb.setLength(5); System.out.println("[" + sb + "]");
        sb.setLength(8); System.out.println("[" + sb.toString().replace('\0', '0') + "]");
        sb.setCharAt(0, 'Z'); sb.replace(1, 3, "REPLACED");
        System.out.println(sb.toString().replace('\0', '.') + " " + sb.indexOf("PL") + " " + sb.charAt(2) + " " + sb.substring(3) + " " + sb.capacity());
        StringBuilder pal = new StringBuilder("racecar");
        System.out.println(pal.reverse().toString().equals("racecar") + " " + new StringBuilder("ab\uD83D\uDE00cd").reverse() + " " + new StringBuilder("abc").compareTo(new StringBuilder("abd")));
        try { sb.insert(100, "x"); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { sb.delete(5, 2); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { sb.setLength(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { sb.charAt(100); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { sb.deleteCharAt(100); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".getChars(0, 5, new char[5], 0); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "x".repeat(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { "abc".subSequence(-1, 2); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        char[] cs = {'a', 'Z', '5', ' ', '\t', '_', '$', 'é', '\u00A0', '\u2028', '中', '٣', 'ǅ', '\n', '\u0000', '\u001F', '-', '.'};
        for (char c : cs) {
            System.out.printf("%04x L%b D%b LD%b A%b W%b SW%b U%b Lo%b T%b JS%b JP%b I%b ISO%b t%d dv%d gnv%d %s%s%n", (int) c, Character.isLetter(c), Character.isDigit(c), Character.isLetterOrDigit(c), Character.isAlphabetic(c), Character.isWhitespace(c), Character.isSpaceChar(c), Character.isUpperCase(c), Character.isLowerCase(c), Character.isTitleCase(c), Character.isJavaIdentifierStart(c), Character.isJavaIdentifierPart(c), Character.isIdentifierIgnorable(c), Character.isISOControl(c), Character.getType(c), Character.digit(c, 10), Character.getNumericValue(c), Character.toUpperCase(c), Character.toLowerCase(c));
        }
        System.out.println(Character.toChars(0x1F600).length + " " + Character.isSurrogate('\uD83D') + " " + Character.forDigit(11, 16) + " " + Character.digit('f', 16) + " " + Character.MAX_RADIX + " " + (int) Character.toTitleCase('ǆ') + " " + Character.isDefined(0x10FFFF));
        Map<Character, Integer> freq = new TreeMap<>();
        for (char c : "the quick brown fox jumps over the lazy dog".toCharArray()) if (c != ' ') freq.merge(c, 1, Integer::sum);
        System.out.println(freq);
        String csv = "name,age,city\n\"Smith, John\",42,\"New \"\"York\"\"\"\nJane,,Paris\n";
        for (String line : csv.split("\n")) System.out.println(parseCsv(line));
        System.out.println("a\tb\n".length() + " " + "\u00e9".length() + " " + "😀".length() + " " + "😀".codePointCount(0, 2) + " " + "😀x".offsetByCodePoints(0, 1) + " " + "😀".codePointAt(0) + " " + Integer.toHexString("😀".charAt(1)));
        System.out.println(String.valueOf((Object) null) + " " + Objects.toString(null, "def") + " " + "null".equals(null) + " " + "abc".intern() + " " + "A".hashCode() + " " + "".hashCode());
        System.out.println("%s=%d".formatted("k", 3) + " " + "a,b;c".chars().filter(c -> c == ',' || c == ';').count() + " " + "hello world".toUpperCase(Locale.ROOT) + " " + "Ünïcödé".toLowerCase() + " " + "straße".toUpperCase() + " " + "ﬁ".toUpperCase());
    }
    static List<String> parseCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"') { if (i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; } else q = false; }
                else cur.append(c);
            } else if (c == '"') q = true;
            else if (c == ',') { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }
}
