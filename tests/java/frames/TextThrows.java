package frames;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Scanner;
import java.util.TreeMap;

/**
 * Exceptions thrown by the class library's text, number and collection methods that programs
 * die of most (String and StringBuilder indices, Double and Integer parsing, Scanner, lists),
 * printed whole: the library's frames must be the ones HotSpot's JDK 17 prints, including
 * the JDK's per-coding StringLatin1/StringUTF16 frames.
 */
public class TextThrows {
    interface Action {
        Object run() throws Exception;
    }

    static void show(String what, Action action) {
        try {
            System.out.println(what + ": no exception, " + action.run());
        } catch (Exception e) {
            System.out.println(what + ": " + e.getClass().getName());
            e.printStackTrace();
        }
    }

    public static void main(String[] args) {
        String latin = args.length > 5 ? "x" : "abc";
        String wide = "h\u4e2d";
        show("charAt latin-1", () -> latin.charAt(5));
        show("charAt negative", () -> latin.charAt(-1));
        show("charAt utf-16", () -> wide.charAt(9));
        show("substring(begin, end)", () -> latin.substring(2, 7));
        show("substring(begin)", () -> latin.substring(4));
        show("substring utf-16", () -> wide.substring(5));
        show("subSequence", () -> latin.subSequence(-1, 2));
        show("codePointAt latin-1", () -> latin.codePointAt(7));
        show("codePointAt utf-16", () -> wide.codePointAt(5));
        show("codePointBefore", () -> latin.codePointBefore(0));
        show("getChars", () -> {
            latin.getChars(0, 5, new char[5], 0);
            return null;
        });
        show("repeat", () -> latin.repeat(-1));
        show("String.valueOf(char[], int, int)", () -> String.valueOf(new char[2], 1, 5));
        show("new String(char[], int, int)", () -> new String(new char[2], 1, 5));
        show("StringBuilder.charAt", () -> new StringBuilder("ab").charAt(5));
        show("StringBuilder.deleteCharAt", () -> new StringBuilder("ab").deleteCharAt(5));
        show("StringBuilder.setCharAt", () -> {
            new StringBuilder("ab").setCharAt(5, 'x');
            return null;
        });
        show("StringBuilder.insert String", () -> new StringBuilder("ab").insert(5, "x"));
        show("StringBuilder.insert char", () -> new StringBuilder("ab").insert(5, 'c'));
        show("StringBuilder.insert int", () -> new StringBuilder("ab").insert(5, 1));
        show("StringBuilder.delete", () -> new StringBuilder("ab").delete(3, 1));
        show("StringBuilder.substring", () -> new StringBuilder("ab").substring(3));
        show("StringBuilder.replace", () -> new StringBuilder("ab").replace(3, 4, "x"));
        show("StringBuilder.setLength", () -> {
            new StringBuilder("ab").setLength(-1);
            return null;
        });
        show("StringBuilder.append range", () -> new StringBuilder("ab").append("xyz", 2, 7));
        show("StringBuilder.codePointAt", () -> new StringBuilder("ab").codePointAt(5));
        show("parseDouble empty", () -> Double.parseDouble(""));
        show("parseDouble letters", () -> Double.parseDouble("zz"));
        show("parseDouble two points", () -> Double.parseDouble("1.2.3"));
        show("parseDouble no exponent", () -> Double.parseDouble("1e"));
        show("parseDouble null", () -> Double.parseDouble(null));
        show("Double.valueOf", () -> Double.valueOf("q"));
        show("parseFloat", () -> Float.parseFloat("abc"));
        show("Float.valueOf", () -> Float.valueOf("q"));
        show("parseInt null", () -> Integer.parseInt(null));
        show("parseInt radix", () -> Integer.parseInt("1", 99));
        show("Integer.valueOf null", () -> Integer.valueOf(null));
        show("parseLong null", () -> Long.parseLong(null));
        show("Character.toChars", () -> Character.toChars(-1));
        show("Enum.valueOf", () -> Thread.State.valueOf("X"));
        show("Scanner.nextInt mismatch", () -> new Scanner("abc").nextInt());
        show("Scanner.nextInt empty", () -> new Scanner("").nextInt());
        show("Scanner.nextInt overflow", () -> new Scanner("99999999999").nextInt());
        show("Scanner.nextInt radix", () -> new Scanner("zz").nextInt(16));
        show("Scanner.nextLong", () -> new Scanner("x").nextLong());
        show("Scanner.nextLong overflow", () -> new Scanner("99999999999999999999").nextLong());
        show("Scanner.nextShort", () -> new Scanner("x").nextShort());
        show("Scanner.nextByte", () -> new Scanner("x").nextByte());
        show("Scanner.nextDouble", () -> new Scanner("x").nextDouble());
        show("Scanner.nextDouble empty", () -> new Scanner("").nextDouble());
        show("Scanner.nextBoolean", () -> new Scanner("x").nextBoolean());
        show("Scanner.next empty", () -> new Scanner("").next());
        show("Scanner.nextLine empty", () -> new Scanner("").nextLine());
        show("Scanner.next closed", () -> {
            Scanner scanner = new Scanner("a");
            scanner.close();
            return scanner.next();
        });
        show("List.of(1, 2).get", () -> List.of(1, 2).get(3));
        show("List.of(1..5).get", () -> List.of(1, 2, 3, 4, 5).get(7));
        show("List.of().get", () -> List.of().get(0));
        show("List.of subList", () -> List.of(1).subList(0, 3));
        show("Collections.emptyList iterator", () -> Collections.emptyList().iterator().next());
        show("Arrays.asList get", () -> Arrays.asList(1, 2).get(3));
        show("Arrays.copyOfRange", () -> Arrays.copyOfRange(new int[2], 3, 1));
        show("LinkedList.get", () -> new LinkedList<>(List.of(1)).get(3));
        show("LinkedList.removeFirst", () -> new LinkedList<Integer>().removeFirst());
        show("ArrayList.add(index)", () -> {
            new ArrayList<>(List.of(1)).add(3, 1);
            return null;
        });
        show("ArrayList.subList", () -> new ArrayList<>(List.of(1)).subList(0, 3));
        show("ArrayList iterator remove", () -> {
            new ArrayList<>(List.of(1)).iterator().remove();
            return null;
        });
        show("HashSet iterator", () -> new HashSet<Integer>().iterator().next());
        show("TreeMap.firstKey", () -> new TreeMap<String, Integer>().firstKey());
        show("PriorityQueue.remove", () -> new PriorityQueue<Integer>().remove());
        show("PriorityQueue.element", () -> new PriorityQueue<Integer>().element());
        show("ArrayDeque.removeFirst", () -> new ArrayDeque<Integer>().removeFirst());
        show("Collections.max", () -> Collections.max(new ArrayList<Integer>()));

        System.out.println(latin.substring(1) + latin.charAt(9));
    }
}
