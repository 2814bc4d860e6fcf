package realworld;

import java.util.*;

public class TextParsing {
    public static void main(String[] args) {
        Scanner sc = new Scanner("3 apples 4.5 true\n-17 0x1F line two here\n  final   line \n99");
        int n = sc.nextInt();
        String w = sc.next();
        double d = sc.nextDouble();
        boolean b = sc.nextBoolean();
        System.out.println(n + " " + w + " " + d + " " + b);
        System.out.println("hasNextInt=" + sc.hasNextInt() + " value=" + sc.nextInt());
        System.out.println("hasNextInt(0x1F)=" + sc.hasNextInt() + " hasNextInt(16)=" + sc.hasNextInt(16));
        String tok = sc.next();
        System.out.println("tok=" + tok + " rest of line='" + sc.nextLine() + "'");
        System.out.println("line='" + sc.nextLine() + "'");
        System.out.println("hasNextLong=" + sc.hasNextLong() + " " + sc.nextLong() + " hasNext=" + sc.hasNext());
        try {
            sc.next();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getClass().getSimpleName());
        }
        Scanner csv = new Scanner("a,b;;c, d").useDelimiter("[,;]\\s*");
        List<String> parts = new ArrayList<>();
        while (csv.hasNext()) parts.add("<" + csv.next() + ">");
        System.out.println("delimited: " + parts);
        Scanner bad = new Scanner("12 abc");
        bad.nextInt();
        try {
            bad.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("mismatch, token still there: " + bad.next());
        }
        Scanner lines = new Scanner("one\ntwo\n\nfour");
        int ln = 0;
        while (lines.hasNextLine()) System.out.println((++ln) + ": [" + lines.nextLine() + "]");

        // radix parsing
        System.out.println(Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Integer.valueOf("777", 8)
            + " " + Integer.parseInt("+42") + " " + Long.parseLong("zz", 36) + " " + Integer.parseUnsignedInt("4294967295"));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Long.toString(Long.MAX_VALUE, 36)
            + " " + Integer.toHexString(-256) + " " + Integer.toOctalString(64) + " " + Integer.toBinaryString(42));
        System.out.println(Long.toBinaryString(5L) + " " + Long.toBinaryString(-1L).length() + " " + Long.toHexString(Long.MIN_VALUE)
            + " " + Long.toOctalString(-1L) + " " + Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L));
        System.out.println(Integer.bitCount(255) + " " + Integer.reverse(1) + " " + Integer.highestOneBit(100) + " " + Integer.numberOfLeadingZeros(1)
            + " " + Long.numberOfTrailingZeros(64) + " " + Integer.rotateLeft(0x80000001, 1) + " " + Integer.reverseBytes(0x01020304)
            + " " + Integer.signum(-9) + " " + Integer.compareUnsigned(-1, 1) + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3));
        String[] bads = { "", " 1", "2147483648", "-2147483649", "1_000", "0x10", "12L", "+", "-", "٣" };
        for (String s : bads) {
            try {
                System.out.println("parsed '" + s + "' = " + Integer.parseInt(s));
            } catch (NumberFormatException e) {
                System.out.println("NFE: " + e.getMessage());
            }
        }
        try {
            Integer.parseInt("12", 37);
        } catch (NumberFormatException e) {
            System.out.println("NFE: " + e.getMessage());
        }
        try {
            Long.parseLong(null);
        } catch (NumberFormatException e) {
            System.out.println("NFE: " + e.getMessage());
        }
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-#10") + " " + Integer.decode("010") + " " + Long.decode("0X7fffffffffffffff"));
        String[] dbl = { "3.14", "-0", "1e3", ".5", "5.", "0x1p4", "Infinity", "-NaN", "NaN", "1e400", "4.9e-325", "  7.25  ", "1d", "2.5f", "abc", "1e", "" };
        for (String s : dbl) {
            try {
                System.out.println("double '" + s + "' = " + Double.parseDouble(s));
            } catch (NumberFormatException e) {
                System.out.println("NFE: " + e.getMessage());
            }
        }
        System.out.println(Float.parseFloat("3.4028236e38") + " " + Float.parseFloat("1.1") + " " + Double.valueOf("2").equals(2.0) + " " + Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes"));
        System.out.println(Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16));
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println("NFE: " + e.getMessage());
        }

        // StringBuilder ops
        StringBuilder sb = new StringBuilder("Hello World");
        sb.insert(5, ",").insert(0, '>').insert(sb.length(), 42).insert(1, 1.5).insert(2, new char[] { 'x', 'y' });
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb);
        sb.reverse().deleteCharAt(0).setCharAt(0, 'h');
        System.out.println(sb + " len=" + sb.length());
        sb.delete(0, 4).replace(0, 5, "HELLO").append(true).append('!').append(3L).append(2.5f).append((Object) null).append("end", 1, 3);
        System.out.println(sb + " indexOf(l)=" + sb.indexOf("l") + " lastIndexOf(L)=" + sb.lastIndexOf("L") + " charAt(1)=" + sb.charAt(1));
        sb.setLength(5);
        System.out.println("[" + sb + "] cmp=" + sb.compareTo(new StringBuilder("HELLO")) + " substr=" + sb.substring(1, 3) + " " + sb.chars().sum());
        sb.setLength(7);
        System.out.println("padded len=" + sb.length() + " has nul=" + (sb.charAt(6) == 0));
        StringBuilder pal = new StringBuilder();
        for (String cand : new String[] { "racecar", "Was it a car or a cat I saw", "hello" }) {
            String norm = cand.replaceAll("\\s", "").toLowerCase();
            pal.setLength(0);
            pal.append(norm).reverse();
            System.out.println(cand + " palindrome=" + pal.toString().equals(norm));
        }
        try {
            new StringBuilder("abc").deleteCharAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
        try {
            new StringBuilder("abc").insert(4, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
        try {
            "abc".charAt(3);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
        // string methods
        String s = "  The Quick Brown Fox  ";
        System.out.println("[" + s.trim() + "][" + s.strip() + "][" + s.stripLeading() + "][" + s.stripTrailing() + "] blank=" + "  ".isBlank());
        System.out.println(s.trim().toUpperCase() + " " + s.indexOf('Q') + " " + s.lastIndexOf("o") + " " + s.indexOf("o", 15) + " " + s.contains("Brown")
            + " " + s.trim().startsWith("Qu", 4) + " " + s.trim().endsWith("Fox") + " " + "b".compareTo("a") + " " + "apple".compareToIgnoreCase("APPLE")
            + " " + "Hello".equalsIgnoreCase("hELLO") + " " + "a-b-c".replace('-', '+') + " " + "x".concat("y") + " " + "abc".regionMatches(true, 1, "XBC", 1, 2));
        System.out.println(String.valueOf("tacocat".toCharArray(), 2, 3) + " " + "ab".compareTo("abc") + " " + "Mississippi".replace("ss", "SS") + " " + "  ".isEmpty()
            + " " + "a\tb\nc".length() + " " + "%d%%".formatted(5) + " " + "abc".indent(2).replace("\n", "$") + " " + " x \n  y".stripIndent().replace("\n", "$"));
        char[] arr = "dcba".toCharArray();
        Arrays.sort(arr);
        System.out.println(new String(arr) + " " + String.copyValueOf(arr, 1, 2) + " " + "a,b".split(",").length + " " + "AbC".chars().map(Character::toLowerCase).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
    }
}
