package lang;

import java.util.*;

// Identity hashes after formatting: HotSpot's class library draws some from the thread's
// sequence the first time it formats, localizes a number or formats a double; programs that
// print objects without toString, or iterate hash sets of objects without hashCode, see them.
public class FormatIdentityHashes {
    static final class Item {
        final String name;
        Item(String name) { this.name = name; }
        String label() { return name; }
    }

    static int h() { return System.identityHashCode(new Object()); }

    public static void main(String[] args) {
        System.out.println(h());
        System.out.println(String.format("%s", "plain spec"));
        System.out.println(h());
        System.out.println(String.format("literal text"));
        System.out.println(h());
        System.out.printf("%x %c %b %%%n", 255, 'q', true);
        System.out.println(h());
        System.out.printf(Locale.US, "%d items%n", 42);
        System.out.println(h());
        System.out.printf("%5d|%,d%n", 7, 1234567);
        System.out.println(h());
        System.out.printf("%a%n", 1.5);
        System.out.println(h());
        System.out.printf("%.2f%n", Double.NaN);
        System.out.println(h());
        System.out.printf("%.2f %e %g%n", 3.14159, 2.5, 1e-5);
        System.out.println(h());
        System.out.println("%08.3f".formatted(-2.5));
        System.out.println(h());
        Set<Item> items = new HashSet<>();
        for (String n : List.of("apple", "pear", "fig", "kiwi", "plum", "lime", "date")) items.add(new Item(n));
        StringBuilder sb = new StringBuilder();
        for (Item it : items) sb.append(it.label()).append(' ');
        System.out.println(sb.toString().trim());
        Map<Item, Integer> counts = new HashMap<>();
        for (Item it : items) counts.put(it, it.name.length());
        for (Map.Entry<Item, Integer> e : counts.entrySet()) System.out.printf("%-6s %2d%n", e.getKey().label(), e.getValue());
        System.out.println(h());
    }
}
