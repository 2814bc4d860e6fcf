package sweep;

import java.util.*;
import java.util.stream.*;
public class UnicodeStringEdges {
    static void t(String label, java.util.function.Supplier<Object> r) {
        try { System.out.println(label + ": " + r.get()); }
        catch (RuntimeException e) { System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage()); }
    }
    public static void main(String[] args) {
        t("arabic", () -> Integer.parseInt("\u0661\u0662\u0663"));
        t("fullwidth", () -> Long.parseLong("\uff11\uff10"));
        t("devanagari", () -> Integer.valueOf("-\u0967\u0968"));
        t("dbl-arabic", () -> Double.parseDouble("\u0661.5"));
        t("bigint-arabic", () -> new java.math.BigInteger("\u0661\u0662"));
        t("bigdec-arabic", () -> new java.math.BigDecimal("\u0661.\u0662"));
        t("digit", () -> Character.digit('\uff21', 16) + " " + Character.digit('Z', 36) + " " + Character.digit('\u0663', 10) + " " + Character.getNumericValue('\u216b') + " " + Character.getNumericValue('\u00bd') + " " + Character.isDigit('\u0f20'));
        String s = "a\uD83D\uDE00b\u00e9\u0301c\uD800x";
        t("len", () -> s.length() + " " + s.codePointCount(0, s.length()) + " " + s.codePoints().mapToObj(Integer::toHexString).toList() + " " + s.offsetByCodePoints(0, 2) + " " + s.codePointAt(1) + " " + s.codePointBefore(3) + " " + Character.isSurrogate(s.charAt(7)) + " " + new StringBuilder(s).reverse().codePoints().mapToObj(Integer::toHexString).toList());
        t("upper", () -> "ǆ ß ŉ ﬃ İ ı".toUpperCase() + "|" + "ǅ ΣΑΣ İ".toLowerCase() + "|" + "ΟΔΟΣ".toLowerCase() + "|" + "σς".toUpperCase() + "|" + Character.toUpperCase(0x10428) + " " + Character.toLowerCase('İ') + " " + Character.toTitleCase('a') + " " + "ǳ".equalsIgnoreCase("Ǳ") + " " + "ß".equalsIgnoreCase("SS"));
        t("types", () -> IntStream.of('A', 'a', '1', ' ', '\n', '_', '$', '\u00e9', '\u4e2d', '\u2028', '\u0300', '\ud800', '\uffff', 0x1F600, '\u00ad', '(', '+', '\u20ac').mapToObj(c -> Character.getType(c) + ":" + Character.isJavaIdentifierPart(c) + Character.isUnicodeIdentifierStart(c) + Character.isISOControl(c) + Character.isDefined(c) + Character.isMirrored(c) + Character.getDirectionality(c)).collect(Collectors.joining(" ")));
        t("names", () -> Character.getName('\u20ac') + "|" + Character.getName(0x1F600) + "|" + Character.getName('\u4e2d') + "|" + Character.getName(0xE000) + "|" + Character.codePointOf("LATIN SMALL LETTER A") + "|" + Character.UnicodeBlock.of('\u4e2d') + "|" + Character.UnicodeScript.of(0x0410));
        t("tochars", () -> Arrays.toString(Character.toChars(0x10FFFF)) .length() + " " + Character.highSurrogate(0x1F600) + Character.lowSurrogate(0x1F600) + " " + Character.toCodePoint('\uD83D', '\uDE00') + " " + Character.isValidCodePoint(0x110000) + " " + Character.isBmpCodePoint(0xFFFF) + " " + Character.reverseBytes('\u1234') + " " + Character.compare('a', 'b') + " " + Character.toString(0x1F600).length() + " " + Character.valueOf('x').compareTo('z'));
        t("tochars-bad", () -> Character.toChars(-1));
        t("cpa-bad", () -> "abc".codePointAt(3));
        t("fmt-c", () -> String.format("%c%c", 0x1F600, (int) 'x'));
        t("fmt-c-bad", () -> String.format("%c", 0x110000));
        t("fmt-c-str", () -> String.format("%c", "x"));
        t("fmt-c-byte", () -> String.format("%c%c", (byte) 65, (short) 66));
        t("strip-unicode", () -> "[" + "\u2002\u3000 x \u00a0".strip() + "][" + "\u2002\u3000 x \u00a0".trim() + "][" + "\u001f x\u007f".trim() + "]" + "\u00a0".isBlank() + "\u2007".isBlank());
        t("compare", () -> "Zebra".compareTo("apple") + " " + "é".compareTo("f") + " " + "a".compareTo("ab") + " " + "\uD83D\uDE00".compareTo("\uFFFF") + " " + String.CASE_INSENSITIVE_ORDER.compare("ǅ", "ǆ"));
        t("getBytes", () -> Arrays.toString("é€😀".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + " " + Arrays.toString("é€".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) + " " + Arrays.toString("é".getBytes(java.nio.charset.StandardCharsets.UTF_16)) + " " + new String(new byte[]{(byte) 0xff, 0x41, (byte) 0xc3}, java.nio.charset.StandardCharsets.UTF_8).codePoints().boxed().toList() + " " + new String(new byte[]{(byte)0xe2, (byte)0x82}, java.nio.charset.StandardCharsets.UTF_8).length() + " " + "\uD800".getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " " + new String(new byte[]{(byte)0xed, (byte)0xa0, (byte)0x80}, java.nio.charset.StandardCharsets.UTF_8).length());
        t("chars-surrogate", () -> new StringBuilder("x\uD83D\uDE00y").deleteCharAt(1).toString().length() + " " + new StringBuilder("ab").appendCodePoint(0x1F600).insert(0, 1.5).codePointCount(0, 7));
        t("regionMatches", () -> "İstanbul".regionMatches(true, 0, "istanbul", 0, 8) + " " + "ΣΑΣ".equalsIgnoreCase("σας") + " " + "\u0130".toLowerCase(Locale.ROOT).length() + " " + "I".toLowerCase(new Locale("tr")) + " " + "i".toUpperCase(new Locale("tr")) + " " + "ı".toUpperCase() + " " + "ῼ".toLowerCase() + " " + "ῳ".toUpperCase());
        t("repeat-bad", () -> "a".repeat(-1));
        t("join-null", () -> String.join(",", "a", null, "b"));
        t("valueOf-char-arr", () -> String.valueOf(new char[]{'a', 'b', 'c'}, 1, 5));
        t("substring-neg", () -> "hello".substring(-1));
        t("subSequence", () -> "hello".subSequence(1, 9));
        t("sb-setLength-neg", () -> { StringBuilder b = new StringBuilder(); b.setLength(-1); return b; });
        t("sb-replace-bad", () -> new StringBuilder("abc").replace(4, 5, "x"));
        t("sb-replace-inv", () -> new StringBuilder("abc").replace(2, 1, "x"));
        t("sb-substring", () -> new StringBuilder("abc").substring(2, 1));
        t("sb-delete", () -> new StringBuilder("abc").delete(1, 10) + "|" + new StringBuilder("abc").delete(3, 3));
        t("sb-delete-bad", () -> new StringBuilder("abc").delete(2, 1));
        t("sb-getChars", () -> { char[] d = new char[2]; new StringBuilder("abc").getChars(0, 3, d, 0); return d; });
        t("sb-setCharAt", () -> { StringBuilder b = new StringBuilder("a"); b.setCharAt(1, 'x'); return b; });
        t("sb-insert-arr", () -> new StringBuilder("abc").insert(1, new char[]{'x', 'y', 'z'}, 1, 5));
        t("sb-append-range", () -> new StringBuilder().append("abc", 2, 1));
        t("sb-cp", () -> new StringBuilder("abc").codePointAt(5));
        t("str-getChars", () -> { char[] d = new char[5]; "abc".getChars(1, 4, d, 0); return new String(d); });
        t("str-new-bad", () -> new String(new char[3], 2, 5));
        t("str-format-width", () -> String.format("%-3c|%3c|%05d|%5s|%-5b|", 'x', 'y', -42, 'z', true));
        t("indent-edge", () -> "a\r\nb\rc".indent(1).replace("\n", "\\n").replace("\r", "\\r") + " " + "".indent(2).isEmpty() + " " + "x".stripIndent() + " " + "  a\n  \n  b".stripIndent().replace("\n", "|"));
        t("translate-bad", () -> "\\q".translateEscapes());
        t("lines", () -> "a\n\nb\r\n\r\nc\n".lines().map(x -> "[" + x + "]").collect(Collectors.joining()));
        t("split-limit", () -> Arrays.toString("boo:and:foo".split("o", -2)) + Arrays.toString("boo:and:foo".split("o", 2)) + Arrays.toString("boo:and:foo".split("o", 0)) + Arrays.toString(":a:".split(":")) + Arrays.toString("a".split("a")));
        t("chars-stream", () -> "hello".chars().mapToObj(c -> (char) c).collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting())));
        t("contains-empty", () -> "abc".contains("") + " " + "abc".indexOf("") + " " + "abc".lastIndexOf("") + " " + "".indexOf("", 5) + " " + "abc".indexOf("c", 10) + " " + "abc".lastIndexOf('a', -1) + " " + "aaa".lastIndexOf("aa"));
        t("hash", () -> "".hashCode() + " " + "\u0000".hashCode() + " " + "polygenelubricants".hashCode() + " " + "Aa".hashCode() + " " + "BB".hashCode() + " " + "😀".hashCode());
    }
}
