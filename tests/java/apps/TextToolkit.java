package apps;

import java.util.*;
import java.util.function.*;
import java.util.stream.*;

/** Text analysis utilities: word stats, n-grams, wrapping, ciphers, diff, string API tour. */
public class TextToolkit {

    static final String CORPUS = """
        It was the best of times, it was the worst of times, it was the age of wisdom,
        it was the age of foolishness, it was the epoch of belief, it was the epoch of
        incredulity, it was the season of Light, it was the season of Darkness, it was
        the spring of hope, it was the winter of despair, we had everything before us,
        we had nothing before us, we were all going direct to Heaven, we were all going
        direct the other way -- in short, the period was so far like the present period,
        that some of its noisiest authorities insisted on its being received, for good or
        for evil, in the superlative degree of comparison only.
        """;

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || (c == '\'' && cur.length() > 0)) cur.append(Character.toLowerCase(c));
            else if (cur.length() > 0) { out.add(cur.toString()); cur.setLength(0); }
        }
        return out;
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split("\\s+")) {
            if (w.isEmpty()) continue;
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(w);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    static String justify(String line, int width) {
        String[] ws = line.split(" ");
        if (ws.length == 1) return line;
        int letters = Arrays.stream(ws).mapToInt(String::length).sum();
        int gaps = ws.length - 1, spaces = width - letters;
        StringBuilder sb = new StringBuilder(ws[0]);
        for (int i = 1; i < ws.length; i++) {
            int n = spaces / gaps + (i <= spaces % gaps ? 1 : 0);
            sb.append(" ".repeat(n)).append(ws[i]);
        }
        return sb.toString();
    }

    static String caesar(String s, int shift) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c)) sb.append((char) ('A' + Math.floorMod(c - 'A' + shift, 26)));
            else if (Character.isLowerCase(c)) sb.append((char) ('a' + Math.floorMod(c - 'a' + shift, 26)));
            else sb.append(c);
        }
        return sb.toString();
    }

    static String vigenere(String s, String key, boolean decrypt) {
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (char c : s.toCharArray()) {
            if (!Character.isLetter(c)) { sb.append(c); continue; }
            int shift = Character.toLowerCase(key.charAt(k++ % key.length())) - 'a';
            sb.append(caesar(String.valueOf(c), decrypt ? -shift : shift));
        }
        return sb.toString();
    }

    static String rle(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            if (j - i > 1) sb.append(j - i);
            sb.append(s.charAt(i));
            i = j;
        }
        return sb.toString();
    }

    static String unrle(String s) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (char c : s.toCharArray()) {
            if (Character.isDigit(c)) n = n * 10 + Character.digit(c, 10);
            else { sb.append(String.valueOf(c).repeat(Math.max(1, n))); n = 0; }
        }
        return sb.toString();
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    /** Line diff via longest common subsequence. */
    static List<String> diff(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--)
            for (int j = b.size() - 1; j >= 0; j--)
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        List<String> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) { out.add("  " + a.get(i)); i++; j++; }
            else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.add("- " + a.get(i++));
            else out.add("+ " + b.get(j++));
        }
        while (i < a.size()) out.add("- " + a.get(i++));
        while (j < b.size()) out.add("+ " + b.get(j++));
        return out;
    }

    static boolean isPalindrome(String s) {
        String t = s.chars().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return new StringBuilder(t).reverse().toString().equals(t);
    }

    static String soundex(String s) {
        String codes = "01230120022455012623010202";
        StringBuilder sb = new StringBuilder().append(Character.toUpperCase(s.charAt(0)));
        char last = codes.charAt(Character.toUpperCase(s.charAt(0)) - 'A');
        for (int i = 1; i < s.length() && sb.length() < 4; i++) {
            char c = Character.toUpperCase(s.charAt(i));
            if (c < 'A' || c > 'Z') continue;
            char code = codes.charAt(c - 'A');
            if (code != '0' && code != last) sb.append(code);
            if (c != 'H' && c != 'W') last = code;
        }
        while (sb.length() < 4) sb.append('0');
        return sb.toString();
    }

    public static void main(String[] args) {
        List<String> ws = words(CORPUS);
        System.out.println("words=" + ws.size() + " distinct=" + new HashSet<>(ws).size()
                + " chars=" + CORPUS.length() + " lines=" + CORPUS.lines().count());
        Map<String, Long> freq = ws.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Map.Entry<String, Long>> top = freq.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(12).collect(Collectors.toList());
        for (Map.Entry<String, Long> e : top) System.out.printf("%-8s %3d %s%n", e.getKey(), e.getValue(), "=".repeat(e.getValue().intValue()));
        Map<Integer, List<String>> byLen = new TreeMap<>(freq.keySet().stream().collect(Collectors.groupingBy(String::length)));
        byLen.forEach((len, list) -> { Collections.sort(list); System.out.println(len + ": " + list); });
        Map<Character, Long> initials = ws.stream().collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.counting()));
        System.out.println("initials: " + initials);
        Map<String, Long> bigrams = IntStream.range(0, ws.size() - 1).mapToObj(i -> ws.get(i) + " " + ws.get(i + 1))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        System.out.println("repeated bigrams: " + bigrams.entrySet().stream().filter(e -> e.getValue() > 2)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        String longest = ws.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse("");
        System.out.println("longest word: " + longest + " (" + longest.length() + ")");
        double avg = ws.stream().mapToInt(String::length).average().orElse(0);
        System.out.printf("average word length: %.3f%n", avg);
        var stats = ws.stream().collect(Collectors.teeing(Collectors.counting(),
                Collectors.summingInt(String::length), (n, total) -> n + " words, " + total + " letters"));
        System.out.println(stats);
        Map<Boolean, List<String>> vowelStart = freq.keySet().stream().sorted()
                .collect(Collectors.partitioningBy(w -> "aeiou".indexOf(w.charAt(0)) >= 0));
        System.out.println("vowel-initial: " + vowelStart.get(true));

        System.out.println("--- wrapped to 38, justified ---");
        List<String> lines = wrap(CORPUS, 38);
        for (int i = 0; i < lines.size(); i++)
            System.out.println("|" + (i == lines.size() - 1 ? String.format("%-38s", lines.get(i)) : justify(lines.get(i), 38)) + "|");
        System.out.println("--- right aligned 30 ---");
        wrap("The quick brown fox jumps over the lazy dog near the riverbank at dawn", 30)
                .forEach(l -> System.out.println(String.format("%30s", l) + "|"));

        String secret = "Attack at Dawn! Meet at the old mill, 5 o'clock.";
        String c3 = caesar(secret, 3);
        System.out.println("caesar+3: " + c3 + " / back: " + caesar(c3, -3));
        String v = vigenere(secret, "Lemon", false);
        System.out.println("vigenere: " + v + " / back: " + vigenere(v, "Lemon", true));
        System.out.println("rot13 twice equal: " + caesar(caesar(secret, 13), 13).equals(secret));
        for (String s : List.of("aaabccddddde", "abc", "", "zzzzzzzzzzzzzzz", "aabbaa")) {
            String enc = rle(s);
            System.out.println("rle '" + s + "' -> '" + enc + "' -> ok=" + unrle(enc).equals(s));
        }
        String[][] pairs = {{"kitten", "sitting"}, {"flaw", "lawn"}, {"intention", "execution"}, {"", "abc"}, {"same", "same"}};
        for (String[] p : pairs) System.out.println("lev(" + p[0] + ", " + p[1] + ") = " + levenshtein(p[0], p[1]));
        for (String s : List.of("A man, a plan, a canal: Panama", "No lemon, no melon", "Hello", "Was it a car or a cat I saw?"))
            System.out.println("palindrome? " + isPalindrome(s) + " : " + s);
        for (String n : List.of("Robert", "Rupert", "Rubin", "Ashcraft", "Tymczak", "Pfister", "Honeyman"))
            System.out.println("soundex(" + n + ") = " + soundex(n));

        System.out.println("--- diff ---");
        List<String> before = List.of("apple", "banana", "cherry", "date", "elderberry", "fig");
        List<String> after = List.of("apple", "blueberry", "cherry", "date", "fig", "grape");
        diff(before, after).forEach(System.out::println);

        System.out.println("--- string API ---");
        String s = "  Hello, Wörld!\t";
        System.out.println("[" + s.strip() + "][" + s.trim() + "][" + s.stripLeading() + "][" + s.stripTrailing() + "]");
        System.out.println(s.isBlank() + " " + "   ".isBlank() + " " + "".isEmpty() + " " + s.length());
        System.out.println("abc".compareTo("abd") + " " + "b".compareTo("a") + " " + "Apple".compareToIgnoreCase("apple") + " " + "apple".compareTo("apples"));
        System.out.println(String.join("|", "a,b,,c,".split(",")) + " / " + "a,b,,c,".split(",", -1).length + " / " + Arrays.toString("a1b22c333".split("\\d+")));
        System.out.println("mississippi".indexOf("ss") + " " + "mississippi".lastIndexOf("ss") + " " + "mississippi".indexOf('s', 4)
                + " " + "mississippi".replace("ss", "SS") + " " + "mississippi".replaceFirst("i", "I") + " " + "mississippi".chars().distinct().count());
        System.out.println("x".repeat(5) + " " + "ab".concat("cd") + " " + String.valueOf(new char[]{'h', 'i'}) + " " + "Title".toUpperCase() + "Title".toLowerCase());
        System.out.println("tab\there".contains("\t") + " " + "hello".startsWith("ell", 1) + " " + "hello".endsWith("lo") + " " + "Hello".equalsIgnoreCase("hELLO"));
        System.out.println("line1\nline2\r\nline3".lines().map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println("  a\n    b\n".indent(2).replace(' ', '.') + "|" + "x\ny".indent(-1));
        System.out.println("%d items at %.2f".formatted(3, 9.5) + " " + "abc".transform(t -> t + t.length()));
        System.out.println(String.format("[%5s][%-5s][%05d][%x][%X][%o][%e][%10.3f][%-10.1f][%+d][%,d][%b][%c][%%]",
                "ab", "ab", 42, 255, 255, 8, 12345.678, Math.PI, -2.25, 7, 1234567, null, 'z'));
        System.out.println(String.format("%s %S %h %n", "mixed", "mixed", "hi").trim());
        System.out.println(String.format("%08.3f|%.0f|%.1f|%.2f|%g", -3.14159, 2.5, 0.05, 1.005, 0.0001234));
        StringBuilder sb = new StringBuilder("0123456789");
        sb.insert(5, "-mid-").reverse().setCharAt(0, 'X');
        sb.replace(1, 3, "__").deleteCharAt(sb.length() - 1).append(true).append(3.5f).append('c').append(12L);
        System.out.println(sb + " len=" + sb.length() + " idx=" + sb.indexOf("dim") + " charAt(4)=" + sb.charAt(4));
        char[] chars = {'a', 'Z', '5', ' ', '_', 'é', '\n', '$'};
        for (char ch : chars)
            System.out.printf("'%s' letter=%b digit=%b ws=%b upper=%b alnum=%b jstart=%b type=%d num=%d%n",
                    ch == '\n' ? "\\n" : String.valueOf(ch), Character.isLetter(ch), Character.isDigit(ch),
                    Character.isWhitespace(ch), Character.isUpperCase(ch), Character.isLetterOrDigit(ch),
                    Character.isJavaIdentifierStart(ch), Character.getType(ch), Character.getNumericValue(ch));
        String emoji = "a\uD83D\uDE00b";
        System.out.println(emoji.length() + " " + emoji.codePointCount(0, emoji.length()) + " " + Integer.toHexString(emoji.codePointAt(1))
                + " " + Character.isSurrogate(emoji.charAt(1)) + " " + Character.charCount(0x1F600));
        System.out.println(Integer.parseInt("-123") + Integer.parseInt("ff", 16) + Integer.parseInt("+7") + " " + Long.parseLong("123456789012")
                + " " + Integer.toBinaryString(42) + " " + Integer.toOctalString(64) + " " + Long.toHexString(-1L) + " " + Integer.toString(255, 36)
                + " " + Integer.valueOf(127).equals(127) + " " + Integer.compare(3, 7) + " " + Integer.bitCount(255) + " " + Integer.reverse(1)
                + " " + Long.numberOfTrailingZeros(64) + " " + Integer.highestOneBit(100) + " " + Character.forDigit(11, 16));
        for (String bad : List.of("12a", "", "99999999999", " 5")) {
            try {
                Integer.parseInt(bad);
            } catch (NumberFormatException e) {
                System.out.println("NFE: " + e.getMessage());
            }
        }
        String joined = Stream.of("x", "y", "z").collect(Collectors.joining(", ", "{", "}"));
        StringJoiner sj = new StringJoiner("/", "<", ">");
        sj.setEmptyValue("EMPTY");
        System.out.println(joined + " " + sj + " " + sj.add("p").add("q") + " " + sj.length());
        List<String> sorted = new ArrayList<>(List.of("banana", "Apple", "cherry", "apple", "Banana", "date10", "date9"));
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.println(sorted);
        sorted.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(sorted);
        System.out.println("hash of corpus: " + CORPUS.hashCode() + " " + "".hashCode() + " " + "Aa".hashCode() + "=" + "BB".hashCode());
    }
}
