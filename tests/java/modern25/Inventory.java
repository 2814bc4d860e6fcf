package modern25;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Inventory {
    sealed interface Item permits Book, Gadget, Food {}
    record Book(String title, String author, int pages, int priceCents) implements Item {}
    record Gadget(String name, int warrantyMonths, int priceCents) implements Item {}
    record Food(String name, int calories, boolean vegan, int priceCents) implements Item {}

    record Line(Item item, int qty) {}

    static int price(Item item) {
        return switch (item) {
            case Book(_, _, _, var p) -> p;
            case Gadget(_, _, var p) -> p;
            case Food(_, _, _, var p) -> p;
        };
    }

    static String name(Item item) {
        return switch (item) {
            case Book b -> "\"" + b.title() + "\" by " + b.author();
            case Gadget g -> g.name();
            case Food f -> f.name() + (f.vegan() ? " (vegan)" : "");
        };
    }

    static String category(Item item) {
        return switch (item) {
            case Book(_, _, int pages, _) when pages > 500 -> "long book";
            case Book _ -> "book";
            case Gadget(_, int w, _) when w >= 24 -> "durable gadget";
            case Gadget _ -> "gadget";
            case Food(_, int cal, _, _) when cal > 400 -> "hearty food";
            case Food _ -> "snack";
        };
    }

    static String money(long cents) {
        return (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
    }

    public static void main(String[] args) {
        List<Line> order = new ArrayList<>(List.of(
            new Line(new Book("Dune", "Herbert", 612, 1899), 1),
            new Line(new Gadget("Milk frother", 12, 2450), 2),
            new Line(new Food("Croissant", 280, false, 325), 6),
            new Line(new Book("Siddhartha", "Hesse", 152, 999), 2),
            new Line(new Gadget("Grinder", 36, 8900), 1),
            new Line(new Food("Lentil stew", 520, true, 1150), 3)));
        order.sort(Comparator.comparingLong((Line l) -> (long) price(l.item()) * l.qty()).reversed());
        long total = 0;
        Map<String, Integer> perCategory = new TreeMap<>();
        for (Line l : order) {
            long sub = (long) price(l.item()) * l.qty();
            total += sub;
            perCategory.merge(category(l.item()), l.qty(), Integer::sum);
            System.out.printf("%-32s %2d x %8s = %9s  [%s]%n", name(l.item()), l.qty(), money(price(l.item())), money(sub), category(l.item()));
        }
        System.out.println("total: " + money(total));
        System.out.println("per category: " + perCategory);
        long discount = switch ((int) (total / 10_000)) {
            case 0 -> 0;
            case 1, 2 -> total * 5 / 100;
            default -> total / 10;
        };
        System.out.println("discount: " + money(discount) + ", to pay: " + money(total - discount));
        Object probe = order.get(0).item();
        if (probe instanceof Gadget(var n, var w, _) && w > 24) System.out.println("top line is a durable gadget: " + n);
        else if (probe instanceof Book(var t, _, _, _)) System.out.println("top line is a book: " + t);
    }
}
