package strings;

import java.util.Arrays;

public class StringApi {
    public static void main(String[] args) {
        String s = "  The quick brown fox jumps over the lazy dog  ";
        String t = s.trim();
        System.out.println("[" + t + "] len=" + t.length() + " orig=" + s.length());
        System.out.println(t.substring(4) + "|" + t.substring(4, 9) + "|" + t.substring(t.length()) + "|");
        System.out.println(t.indexOf('o') + " " + t.indexOf('o', 13) + " " + t.lastIndexOf('o') + " " + t.indexOf("the") + " " + t.indexOf("The") + " " + t.indexOf("cat") + " " + t.lastIndexOf("o", 20));
        System.out.println(t.charAt(0) + " " + t.charAt(t.length() - 1) + " " + t.startsWith("The") + " " + t.endsWith("dog") + " " + t.startsWith("quick", 4) + " " + t.contains("fox") + " " + t.contains("Fox"));
        System.out.println(t.toUpperCase());
        System.out.println(t.toLowerCase());
        System.out.println(t.replace('o', '0') + " | " + t.replace("the", "a") + " | " + t.replaceAll("[aeiou]", "*") + " | " + t.replaceFirst("\\s+", "_"));
        System.out.println("[" + s.strip() + "] [" + s.stripLeading() + "] [" + s.stripTrailing() + "] " + "   ".isBlank() + " " + "".isEmpty() + " " + " ".isEmpty());
        System.out.println("ab".repeat(3) + "|" + "x".repeat(0) + "|" + "-".repeat(10));
        System.out.println(String.join("/", "a", "b", "c") + " " + String.join(", ", Arrays.asList("x", "y")) + " " + String.join("", new String[0]) + "|");
        System.out.println("apple".compareTo("banana") + " " + "banana".compareTo("apple") + " " + "apple".compareTo("apple") + " " + "app".compareTo("apple") + " " + "Apple".compareTo("apple") + " " + "Apple".compareToIgnoreCase("apple"));
        System.out.println("Hello".equalsIgnoreCase("hELLO") + " " + "Hello".equals("hello") + " " + "straße".toUpperCase() + " " + "İ".toLowerCase().length());
        System.out.println(String.valueOf(3.5) + String.valueOf(true) + String.valueOf('c') + String.valueOf(12L) + String.valueOf(new char[]{'x', 'y'}) + String.valueOf((Object) null));
        System.out.println("a,b,,c,".split(",").length + " " + Arrays.toString("a,b,,c,".split(",")) + " " + Arrays.toString("a,b,,c,".split(",", -1)) + " " + Arrays.toString("one two  three".split(" ")) + " " + Arrays.toString("k=v=w".split("=", 2)));
        System.out.println(Arrays.toString("a1b22c333".split("\\d+")) + " " + Arrays.toString(" lead".split(" ")) + " " + Arrays.toString("".split(",")) + " " + Arrays.toString("x.y.z".split("\\.")));
        System.out.println("racecar".chars().filter(c -> c == 'r').count() + " " + "hello".chars().sum() + " " + "abc".chars().map(c -> c - 'a').boxed().toList());
        System.out.println("Mississippi".indexOf("ss", 3) + " " + "Mississippi".lastIndexOf("ss") + " " + "Mississippi".replace("ss", "SS") + " " + "Mississippi".matches("M(is+)+ippi"));
        System.out.println("%d items at %.2f".formatted(3, 9.5) + " " + "tab\there".length() + " " + "line1\nline2\nline3".lines().count());
        System.out.println("  indent".indent(2).replace("\n", "$") + " " + "a\u0000b".length() + " " + "concat".concat("enate") + " " + "x".compareTo("xyz"));
        char[] arr = new char[5];
        "abcdefgh".getChars(2, 7, arr, 0);
        System.out.println(new String(arr) + " " + new String(arr, 1, 3) + " " + String.copyValueOf(arr, 0, 2) + " " + "hello".toCharArray().length);
        System.out.println("abc".contentEquals(new StringBuilder("abc")) + " " + "Hello World".regionMatches(true, 6, "WORLD", 0, 5) + " " + "sub".subSequence(1, 3));
        System.out.println("a-b-c".replace("-", "") + " " + "aaa".replace("aa", "b") + " " + "".replace("", "x") + " " + "ab".replace("", "-"));
        String multi = "The rain in Spain";
        int count = 0, idx = 0;
        while ((idx = multi.indexOf("ain", idx)) >= 0) { count++; idx++; }
        System.out.println("ain x" + count + " " + multi.toUpperCase().toLowerCase().equals(multi.toLowerCase()) + " " + multi.strip().length());
    }
}
