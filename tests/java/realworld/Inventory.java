package realworld;

import java.util.*;
import java.util.stream.*;

public class Inventory {
    enum Category {
        FOOD(0.05) {
            @Override String label() { return "Food & Drink"; }
        },
        ELECTRONICS(0.20) {
            @Override String label() { return "Electronics"; }
            @Override boolean fragile() { return true; }
        },
        BOOKS(0.0) {
            @Override String label() { return "Books"; }
        };

        final double taxRate;
        Category(double taxRate) { this.taxRate = taxRate; }
        abstract String label();
        boolean fragile() { return false; }
    }

    record Item(String sku, String name, Category category, long priceCents, int qty) {
        Item {
            Objects.requireNonNull(sku, "sku");
            if (qty < 0) throw new IllegalArgumentException("negative quantity for " + sku + ": " + qty);
        }
        Item withQty(int q) { return new Item(sku, name, category, priceCents, q); }
        long totalCents() { return priceCents * qty; }
        static Item of(String csv) {
            String[] p = csv.split(";");
            return new Item(p[0], p[1], Category.valueOf(p[2]), Math.round(Double.parseDouble(p[3]) * 100), Integer.parseInt(p[4].trim()));
        }
    }

    static class InventoryException extends Exception {
        final String sku;
        InventoryException(String msg, String sku) { super(msg); this.sku = sku; }
        InventoryException(String msg, String sku, Throwable cause) { super(msg, cause); this.sku = sku; }
    }

    static final class OutOfStock extends InventoryException {
        OutOfStock(String sku, int wanted, int have) { super("out of stock: " + sku + " wanted " + wanted + " have " + have, sku); }
    }

    interface Event { String describe(); }
    record Sale(String sku, int qty) implements Event { public String describe() { return "sold " + qty + " x " + sku; } }
    record Restock(String sku, int qty) implements Event { public String describe() { return "restocked " + qty + " x " + sku; } }
    record PriceChange(String sku, long newCents) implements Event { public String describe() { return "price of " + sku + " -> " + newCents; } }

    static class AuditLog implements AutoCloseable {
        final String name;
        final List<String> lines = new ArrayList<>();
        final boolean failOnClose;
        AuditLog(String name, boolean failOnClose) { this.name = name; this.failOnClose = failOnClose; System.out.println("open log " + name); }
        void log(String s) { lines.add(s); }
        @Override public void close() {
            System.out.println("close log " + name + " (" + lines.size() + " lines)");
            if (failOnClose) throw new IllegalStateException("log " + name + " failed to flush");
        }
    }

    final Map<String, Item> stock = new TreeMap<>();
    final EnumMap<Category, Long> revenue = new EnumMap<>(Category.class);

    void apply(Event e, AuditLog log) throws InventoryException {
        if (e instanceof Sale s) {
            Item it = find(s.sku());
            if (it.qty() < s.qty()) throw new OutOfStock(s.sku(), s.qty(), it.qty());
            stock.put(it.sku(), it.withQty(it.qty() - s.qty()));
            long gross = it.priceCents() * s.qty();
            revenue.merge(it.category(), gross, Long::sum);
        } else if (e instanceof Restock r) {
            Item it = find(r.sku());
            stock.put(it.sku(), it.withQty(it.qty() + r.qty()));
        } else if (e instanceof PriceChange p) {
            Item it = find(p.sku());
            stock.put(it.sku(), new Item(it.sku(), it.name(), it.category(), p.newCents(), it.qty()));
        } else {
            throw new InventoryException("unknown event " + e.describe(), null);
        }
        log.log(e.describe());
    }

    Item find(String sku) throws InventoryException {
        Item it = stock.get(sku);
        if (it == null) throw new InventoryException("no such sku", sku, new NoSuchElementException(sku));
        return it;
    }

    static String money(long cents) {
        return String.format("%s$%,d.%02d", cents < 0 ? "-" : "", Math.abs(cents) / 100, Math.abs(cents) % 100);
    }

    static Event parse(String cmd) {
        String[] p = cmd.split("\\s+");
        switch (p[0]) {
            case "sell": return new Sale(p[1], Integer.parseInt(p[2]));
            case "restock": return new Restock(p[1], Integer.parseInt(p[2]));
            case "price": return new PriceChange(p[1], Long.parseLong(p[2]));
            default: return () -> "bogus(" + cmd + ")";
        }
    }

    public static void main(String[] args) {
        Inventory inv = new Inventory();
        String data = "A100;Apple juice;FOOD;2.49;40\nE200;USB cable;ELECTRONICS;9.99;12\nB300;Java book;BOOKS;45.00;3\n"
            + "E201;Headphones;ELECTRONICS;129.95;2\nF101;Bread;FOOD;3.10; 15";
        data.lines().map(Item::of).forEach(i -> inv.stock.put(i.sku(), i));
        inv.stock.values().forEach(System.out::println);
        for (Category c : Category.values()) {
            System.out.printf("%-12s %-13s tax=%4.1f%% fragile=%b ordinal=%d class=%s%n", c, c.label(), c.taxRate * 100, c.fragile(), c.ordinal(),
                c.getDeclaringClass().getSimpleName());
        }
        System.out.println("valueOf BOOKS: " + Category.valueOf("BOOKS").compareTo(Category.FOOD));
        try {
            Category.valueOf("TOYS");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }

        String[] commands = { "sell A100 5", "sell E201 3", "restock E201 10", "sell E201 3", "price B300 3999", "sell B300 2",
            "sell X999 1", "dance now", "sell F101 15", "sell E200 1" };
        try (AuditLog log = new AuditLog("main", false); AuditLog shadow = new AuditLog("shadow", true)) {
            for (String cmd : commands) {
                try {
                    Event e = parse(cmd);
                    inv.apply(e, log);
                    shadow.log(cmd);
                    System.out.println("ok: " + e.describe());
                } catch (OutOfStock e) {
                    System.out.println("OOS: " + e.getMessage() + " [sku=" + e.sku + "]");
                } catch (InventoryException e) {
                    System.out.println("ERR: " + e.getMessage() + " sku=" + e.sku + " cause=" + e.getCause());
                }
            }
            System.out.println("log: " + log.lines);
        } catch (IllegalStateException e) {
            System.out.println("caught on close: " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
        }

        try (AuditLog failing = new AuditLog("body", true)) {
            throw new UnsupportedOperationException("body failed");
        } catch (RuntimeException e) {
            System.out.println("primary: " + e + "; suppressed: " + Arrays.toString(e.getSuppressed()));
        }

        try {
            new Item("Z1", "bad", Category.FOOD, 1, -4);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new Item(null, "bad", Category.FOOD, 1, 4);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }

        System.out.println("--- stock ---");
        long total = 0;
        for (Item it : inv.stock.values()) {
            long tax = Math.round(it.totalCents() * it.category().taxRate);
            total += it.totalCents() + tax;
            System.out.printf("%-5s|%-12.12s|%4d|%12s|%9s%n", it.sku(), it.name(), it.qty(), money(it.totalCents()), money(tax));
        }
        System.out.println("total incl. tax: " + money(total));
        System.out.println("revenue: " + inv.revenue);
        Map<Category, List<String>> byCat = inv.stock.values().stream()
            .collect(Collectors.groupingBy(Item::category, () -> new EnumMap<>(Category.class), Collectors.mapping(Item::name, Collectors.toList())));
        System.out.println("byCat: " + byCat);
        EnumSet<Category> fragile = EnumSet.noneOf(Category.class);
        for (Category c : Category.values()) if (c.fragile()) fragile.add(c);
        System.out.println("fragile: " + fragile + " complement: " + EnumSet.complementOf(fragile) + " range: " + EnumSet.range(Category.FOOD, Category.ELECTRONICS));
        Item a = inv.stock.get("A100");
        Item a2 = new Item("A100", "Apple juice", Category.FOOD, 249, 35);
        System.out.println("record equals: " + a.equals(a2) + " hash equal: " + (a.hashCode() == a2.hashCode()) + " toString: " + a2);
        System.out.println("low stock: " + inv.stock.values().stream().filter(i -> i.qty() < 5).map(Item::sku).collect(Collectors.joining(",")));
        for (Category c : Category.values()) {
            String verdict = switch (c) {
                case FOOD -> "perishable";
                case ELECTRONICS -> {
                    String s = "handle with care";
                    yield s.toUpperCase();
                }
                default -> "durable";
            };
            System.out.println(c.name().toLowerCase() + ": " + verdict);
        }
    }
}
