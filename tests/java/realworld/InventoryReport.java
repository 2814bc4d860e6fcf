package realworld;

import java.util.*;
import java.util.stream.*;

public class InventoryReport {
    interface Item { String sku(); double price(); }
    record Product(String sku, String name, double price, int qty, String category) implements Item {}
    static abstract class Discount { abstract double apply(double p); static Discount percent(double pc) { return new Discount() { double apply(double p) { return p * (1 - pc / 100); } public String toString() { return pc + "%"; } }; } }
    static class Inventory<T extends Item> implements Iterable<T> {
        private final Map<String, T> items = new LinkedHashMap<>();
        private final List<String> audit = new ArrayList<>();
        void add(T t) { if (items.putIfAbsent(t.sku(), t) != null) throw new IllegalStateException("duplicate sku " + t.sku()); audit.add("add " + t.sku()); }
        Optional<T> find(String sku) { return Optional.ofNullable(items.get(sku)); }
        T remove(String sku) { T t = items.remove(sku); if (t == null) throw new NoSuchElementException("no such sku: " + sku); audit.add("remove " + sku); return t; }
        public Iterator<T> iterator() { return Collections.unmodifiableCollection(items.values()).iterator(); }
        double total(java.util.function.ToDoubleFunction<? super T> f) { double s = 0; for (T t : this) s += f.applyAsDouble(t); return s; }
        List<String> audit() { return audit; }
    }
    public static void main(String[] args) {
        Inventory<Product> inv = new Inventory<>();
        String data = """
            A100,Widget,2.50,100,tools
            B200,Gadget,12.99,15,electronics
            C300,Doohickey,0.99,1000,misc
            D400,Thingamajig,149.00,2,electronics
            E500,Whatsit,7.25,40,tools
            F600,Gizmo,19.95,0,electronics
            """;
        data.lines().map(l -> l.split(",")).map(p -> new Product(p[0], p[1], Double.parseDouble(p[2]), Integer.parseInt(p[3]), p[4])).forEach(inv::add);
        try { inv.add(new Product("A100", "Dup", 1, 1, "x")); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        System.out.printf("%-6s|%-12s|%8s|%5s|%-12s%n", "SKU", "Name", "Price", "Qty", "Category");
        System.out.println("-".repeat(48));
        for (Product p : inv) System.out.printf("%-6s|%-12s|%8.2f|%5d|%-12s%n", p.sku(), p.name(), p.price(), p.qty(), p.category());
        System.out.printf("Total value: %,.2f%n", inv.total(p -> p.price() * p.qty()));
        Map<String, DoubleSummaryStatistics> stats = StreamSupport.stream(inv.spliterator(), false).collect(Collectors.groupingBy(Product::category, TreeMap::new, Collectors.summarizingDouble(Product::price)));
        stats.forEach((k, v) -> System.out.printf("%s: n=%d min=%.2f max=%.2f avg=%.3f sum=%.2f%n", k, v.getCount(), v.getMin(), v.getMax(), v.getAverage(), v.getSum()));
        Discount d = Discount.percent(15);
        System.out.println(d + " -> " + String.format("%.4f", d.apply(19.95)));
        System.out.println(inv.find("B200").map(Product::name).orElse("?") + " " + inv.find("Z999").isPresent());
        try { inv.remove("Z999"); } catch (NoSuchElementException e) { System.out.println(e.getMessage()); }
        inv.remove("C300");
        try { Iterator<Product> it = inv.iterator(); it.next(); it.remove(); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        System.out.println(inv.audit());
        List<Product> sorted = StreamSupport.stream(inv.spliterator(), false).sorted(Comparator.comparing(Product::category).thenComparing(Comparator.comparingDouble(Product::price).reversed())).toList();
        sorted.forEach(p -> System.out.println("  " + p));
        System.out.println(sorted.stream().filter(p -> p.qty() == 0).findAny().map(p -> "out of stock: " + p.name()).orElse("all stocked"));
        Map<Boolean, Long> cheap = sorted.stream().collect(Collectors.partitioningBy(p -> p.price() < 10, Collectors.counting()));
        System.out.println(cheap);
        String report = sorted.stream().map(p -> String.format("%s=%s", p.sku(), p.price() >= 100 ? "HIGH" : p.price() >= 10 ? "MID" : "LOW")).collect(Collectors.joining(", ", "{", "}"));
        System.out.println(report);
        IntSummaryStatistics qs = sorted.stream().mapToInt(Product::qty).summaryStatistics();
        System.out.println(qs.getMin() + " " + qs.getMax() + " " + qs.getAverage() + " " + qs);
        double[] prices = sorted.stream().mapToDouble(Product::price).toArray();
        System.out.println(Arrays.toString(prices) + " " + Arrays.stream(prices).map(Math::log).map(x -> Math.round(x * 1000) / 1000.0).boxed().toList());
        System.out.println(String.format("%10.3e|%-10.1f|%+.0f|%(.2f|%x|%c|%S", 12345.6789, 2.25, 2.5, -3.14159, 48879, 0x1F600, "done"));
        System.out.println(String.format("%.1f %.1f %.1f %.1f %.2f %.2f %.0f %.0f %.3f", 0.05, 0.15, 0.25, 0.35, 1.005, 2.675, 0.5, 1.5, 1.0005));
        System.out.println((0.1 + 0.7) * 10 + " " + (int) ((0.1 + 0.7) * 10) + " " + 3 * 0.1 + " " + 100.0 / 3 + " " + (float) (100.0 / 3) + " " + 1e16 + " " + 1.0e-5 + " " + 123456789012L * 1.0 + " " + 0.001 + " " + 9007199254740993L + " " + (double) 9007199254740993L);
    }
}
