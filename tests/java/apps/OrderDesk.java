package apps;

import java.util.*;
import java.util.function.*;
import java.util.stream.*;

/** Inventory and order processing with records, enums with behaviour, streams and collectors. */
public class OrderDesk {

    enum Category {
        ELECTRONICS(0.20) {
            @Override long shippingCents(int weightGrams) { return 999 + weightGrams / 100; }
        },
        BOOKS(0.05) {
            @Override long shippingCents(int weightGrams) { return 299; }
        },
        GROCERY(0.0) {
            @Override long shippingCents(int weightGrams) { return weightGrams > 5000 ? 1500 : 500; }
            @Override boolean perishable() { return true; }
        },
        TOYS(0.10) {
            @Override long shippingCents(int weightGrams) { return 450 + (weightGrams / 500) * 50; }
        };

        final double taxRate;
        Category(double taxRate) { this.taxRate = taxRate; }
        abstract long shippingCents(int weightGrams);
        boolean perishable() { return false; }
    }

    enum Status {
        NEW, PAID, SHIPPED, DELIVERED, CANCELLED;
        Status next() {
            return switch (this) {
                case NEW -> PAID;
                case PAID -> SHIPPED;
                case SHIPPED -> DELIVERED;
                case DELIVERED, CANCELLED -> throw new IllegalStateException("no transition from " + this);
            };
        }
    }

    enum Tier { BRONZE, SILVER, GOLD }

    record Product(String sku, String name, Category category, long priceCents, int weightGrams) {
        Product {
            Objects.requireNonNull(sku);
            if (priceCents < 0) throw new IllegalArgumentException("negative price for " + sku);
        }
    }

    record Customer(String id, String name, String city, Tier tier) {}

    record Line(Product product, int qty) {
        long subtotal() { return product.priceCents() * qty; }
    }

    record Order(int id, Customer customer, List<Line> lines, Status status, int day) {
        long subtotal() { return lines.stream().mapToLong(Line::subtotal).sum(); }
        long tax() {
            return lines.stream().mapToLong(l -> Math.round(l.subtotal() * l.product().category().taxRate)).sum();
        }
        long shipping() {
            if (customer.tier() == Tier.GOLD) return 0;
            return lines.stream().map(l -> l.product().category()).distinct()
                    .mapToLong(c -> c.shippingCents(lines.stream().filter(l -> l.product().category() == c)
                            .mapToInt(l -> l.product().weightGrams() * l.qty()).sum()))
                    .sum();
        }
        long discount() {
            long base = subtotal();
            return switch (customer.tier()) {
                case BRONZE -> 0;
                case SILVER -> base / 20;
                case GOLD -> base / 10;
            };
        }
        long total() { return subtotal() + tax() + shipping() - discount(); }
        Order advance() { return new Order(id, customer, lines, status.next(), day); }
        Order cancel() { return new Order(id, customer, lines, Status.CANCELLED, day); }
    }

    static final class Inventory {
        private final Map<String, Integer> stock = new TreeMap<>();
        private final Map<String, Product> catalog = new LinkedHashMap<>();

        void add(Product p, int qty) {
            catalog.put(p.sku(), p);
            stock.merge(p.sku(), qty, Integer::sum);
        }
        Optional<Product> find(String sku) { return Optional.ofNullable(catalog.get(sku)); }
        int available(String sku) { return stock.getOrDefault(sku, 0); }
        boolean reserve(List<Line> lines) {
            for (Line l : lines) if (available(l.product().sku()) < l.qty()) return false;
            lines.forEach(l -> stock.computeIfPresent(l.product().sku(), (k, v) -> v - l.qty()));
            return true;
        }
        void release(List<Line> lines) { lines.forEach(l -> stock.merge(l.product().sku(), l.qty(), Integer::sum)); }
    }

    static String money(long cents) {
        return (cents < 0 ? "-" : "") + String.format("$%d.%02d", Math.abs(cents) / 100, Math.abs(cents) % 100);
    }

    public static void main(String[] args) {
        Inventory inv = new Inventory();
        List<Product> products = List.of(
                new Product("E-100", "Headphones", Category.ELECTRONICS, 5999, 350),
                new Product("E-200", "Phone charger", Category.ELECTRONICS, 1999, 120),
                new Product("E-300", "Monitor", Category.ELECTRONICS, 18999, 5200),
                new Product("B-100", "Cookbook", Category.BOOKS, 2450, 900),
                new Product("B-200", "Novel", Category.BOOKS, 1299, 400),
                new Product("B-300", "Atlas", Category.BOOKS, 4500, 2100),
                new Product("G-100", "Coffee beans", Category.GROCERY, 1599, 1000),
                new Product("G-200", "Olive oil", Category.GROCERY, 1250, 1100),
                new Product("G-300", "Rice 10kg", Category.GROCERY, 2199, 10000),
                new Product("T-100", "Puzzle", Category.TOYS, 1899, 800),
                new Product("T-200", "Kite", Category.TOYS, 2999, 600));
        int[] initial = {10, 25, 3, 7, 40, 2, 30, 15, 5, 12, 4};
        for (int i = 0; i < products.size(); i++) inv.add(products.get(i), initial[i]);
        try {
            new Product("X", "bad", Category.TOYS, -1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }

        List<Customer> customers = List.of(
                new Customer("c1", "Ada", "London", Tier.GOLD),
                new Customer("c2", "Brian", "Leeds", Tier.BRONZE),
                new Customer("c3", "Chen", "London", Tier.SILVER),
                new Customer("c4", "Dana", "York", Tier.BRONZE),
                new Customer("c5", "Eve", "Leeds", Tier.SILVER));
        Map<String, Customer> byId = customers.stream().collect(Collectors.toMap(Customer::id, Function.identity()));

        String orderSpec = """
                c1: E-100x1, B-200x2
                c2: G-300x2, G-100x3
                c3: E-300x1
                c4: T-100x2, T-200x1, B-100x1
                c5: E-200x5, G-200x2
                c2: E-300x3
                c1: B-300x2, G-100x1
                c3: T-200x4
                c4: B-200x10, B-100x2
                c5: Z-999x1
                c1: E-300x2
                c2: G-100x10, G-200x5
                c3: B-200x1
                c4: E-100x4
                c5: T-100x3, T-200x1
                """;
        List<Order> orders = new ArrayList<>();
        int nextId = 1000;
        int day = 1;
        for (String row : orderSpec.strip().split("\n")) {
            String[] parts = row.split(":\\s*");
            Customer c = byId.get(parts[0]);
            List<Line> lines = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (String item : parts[1].split(",\\s*")) {
                String[] si = item.split("x");
                Optional<Product> p = inv.find(si[0]);
                p.ifPresentOrElse(pr -> lines.add(new Line(pr, Integer.parseInt(si[1]))),
                        () -> problems.add("unknown sku " + si[0]));
            }
            if (!problems.isEmpty()) {
                System.out.println("order for " + c.name() + " rejected: " + problems);
                continue;
            }
            if (!inv.reserve(lines)) {
                String shortBy = lines.stream().filter(l -> inv.available(l.product().sku()) < l.qty())
                        .map(l -> l.product().sku() + " (want " + l.qty() + ", have " + inv.available(l.product().sku()) + ")")
                        .collect(Collectors.joining("; "));
                System.out.println("order for " + c.name() + " out of stock: " + shortBy);
                continue;
            }
            Order o = new Order(nextId++, c, List.copyOf(lines), Status.NEW, day);
            day += (o.id() % 3 == 0) ? 2 : 1;
            orders.add(o);
            System.out.printf("order %d %-6s items=%d subtotal=%s tax=%s ship=%s disc=%s total=%s%n", o.id(), c.name(),
                    o.lines().stream().mapToInt(Line::qty).sum(), money(o.subtotal()), money(o.tax()),
                    money(o.shipping()), money(o.discount()), money(o.total()));
        }

        // lifecycle: advance orders depending on id, cancel some
        ListIterator<Order> it = orders.listIterator();
        while (it.hasNext()) {
            Order o = it.next();
            int steps = o.id() % 4;
            if (o.id() % 5 == 0) {
                inv.release(o.lines());
                it.set(o.cancel());
                continue;
            }
            for (int s = 0; s < steps; s++) o = o.advance();
            it.set(o);
        }
        try {
            orders.get(0).cancel().advance();
        } catch (IllegalStateException e) {
            System.out.println("lifecycle: " + e.getMessage());
        }

        System.out.println("== orders by status ==");
        Map<Status, List<Integer>> byStatus = orders.stream().collect(Collectors.groupingBy(Order::status,
                () -> new EnumMap<>(Status.class), Collectors.mapping(Order::id, Collectors.toList())));
        byStatus.forEach((s, ids) -> System.out.println(s + " " + ids));

        List<Order> live = orders.stream().filter(o -> o.status() != Status.CANCELLED).toList();
        System.out.println("== revenue by customer ==");
        Map<String, Long> revenue = live.stream().collect(Collectors.groupingBy(o -> o.customer().name(), TreeMap::new,
                Collectors.summingLong(Order::total)));
        revenue.forEach((n, r) -> System.out.println(n + " " + money(r)));

        System.out.println("== units by category ==");
        Map<Category, Integer> units = live.stream().flatMap(o -> o.lines().stream())
                .collect(Collectors.groupingBy(l -> l.product().category(), () -> new EnumMap<>(Category.class),
                        Collectors.summingInt(Line::qty)));
        units.forEach((c, u) -> System.out.println(c + " " + u + (c.perishable() ? " (perishable)" : "")));

        System.out.println("== city stats ==");
        Map<String, LongSummaryStatistics> cityStats = live.stream().collect(Collectors.groupingBy(
                o -> o.customer().city(), TreeMap::new, Collectors.summarizingLong(Order::total)));
        cityStats.forEach((city, st) -> System.out.printf("%-7s n=%d min=%s max=%s avg=%.2f sum=%s%n", city,
                st.getCount(), money(st.getMin()), money(st.getMax()), st.getAverage() / 100.0, money(st.getSum())));

        Map<Boolean, Long> bigSmall = live.stream().collect(Collectors.partitioningBy(o -> o.total() >= 10000, Collectors.counting()));
        System.out.println("big orders: " + bigSmall.get(true) + ", small orders: " + bigSmall.get(false));

        System.out.println("== best sellers ==");
        Map<String, Integer> soldBySku = live.stream().flatMap(o -> o.lines().stream())
                .collect(Collectors.toMap(l -> l.product().sku(), Line::qty, Integer::sum, TreeMap::new));
        soldBySku.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5)
                .forEach(e -> System.out.println(e.getKey() + " x" + e.getValue() + " " + inv.find(e.getKey()).map(Product::name).orElse("?")));

        System.out.println("== stock report ==");
        inv.stock.forEach((sku, q) -> System.out.printf("%-6s %-14s %3d %s%n", sku, inv.find(sku).orElseThrow().name(), q,
                q == 0 ? "SOLD OUT" : q < 3 ? "LOW" : ""));
        String reorder = inv.stock.entrySet().stream().filter(e -> e.getValue() < 3).map(Map.Entry::getKey)
                .collect(Collectors.joining(", ", "reorder: [", "]"));
        System.out.println(reorder);

        Optional<Order> biggest = live.stream().max(Comparator.comparingLong(Order::total).thenComparing(Order::id));
        System.out.println("biggest: " + biggest.map(o -> o.id() + " " + money(o.total())).orElse("-"));
        Optional<Order> firstGrocery = live.stream()
                .filter(o -> o.lines().stream().anyMatch(l -> l.product().category() == Category.GROCERY)).findFirst();
        System.out.println("first grocery order: " + firstGrocery.map(Order::id).map(String::valueOf).orElse("none"));
        OptionalDouble avgLines = live.stream().mapToInt(o -> o.lines().size()).average();
        System.out.printf("avg lines per order: %.3f%n", avgLines.orElse(0));
        IntSummaryStatistics days = orders.stream().mapToInt(Order::day).summaryStatistics();
        System.out.println("days: " + days);
        String tiers = Arrays.stream(Tier.values())
                .map(t -> t + "=" + customers.stream().filter(c -> c.tier() == t).map(Customer::name).sorted().collect(Collectors.joining("/")))
                .collect(Collectors.joining(" "));
        System.out.println("tiers: " + tiers);
        List<List<Integer>> chunks = IntStream.range(0, (orders.size() + 3) / 4)
                .mapToObj(i -> orders.subList(i * 4, Math.min(orders.size(), i * 4 + 4)).stream().map(Order::id).toList())
                .collect(Collectors.toList());
        System.out.println("batches: " + chunks);
        System.out.println("sample order: " + orders.get(0).lines().get(0));
        System.out.println("record equality: " + new Line(products.get(0), 1).equals(new Line(products.get(0), 1)));
        System.out.println("record hash stable: " + (new Customer("a", "b", "c", Tier.GOLD).hashCode()
                == new Customer("a", "b", "c", Tier.GOLD).hashCode()));
        String nums = Stream.iterate(1, x -> x <= 100, x -> x * 3).map(String::valueOf).collect(Collectors.joining("->"));
        System.out.println("iterate: " + nums);

        long outOfStock = inv.stock.values().stream().filter(q -> q == 0).count();
        if (outOfStock > 0) {
            System.out.println("exiting with status 3: " + outOfStock + " product(s) sold out");
            System.exit(3);
        }
        System.out.println("all good");
    }
}
