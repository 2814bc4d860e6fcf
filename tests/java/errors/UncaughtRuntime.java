package errors;

import java.util.ArrayList;
import java.util.List;

public class UncaughtRuntime {
    static class Inventory {
        private final List<String> items = new ArrayList<>();

        void add(String item) {
            if (items.contains(item)) throw new IllegalStateException("duplicate item: " + item);
            items.add(item);
            System.out.println("added " + item + " (" + items.size() + ")");
        }
    }

    public static void main(String[] args) {
        Inventory inv = new Inventory();
        inv.add("apple");
        inv.add("pear");
        inv.add("apple");
        System.out.println("not reached");
    }
}
