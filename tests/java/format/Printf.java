package format;

public class Printf {
    record Item(String name, int qty, double price) {}

    public static void main(String[] args) {
        Item[] items = {new Item("Coffee beans", 2, 12.5), new Item("Milk", 10, 0.99), new Item("Sugar", 1, 3.0), new Item("Espresso machine", 1, 1299.99), new Item("Cups", 144, 0.35)};
        System.out.printf("%-20s %5s %10s %12s%n", "Item", "Qty", "Price", "Total");
        System.out.printf("%s%n", "-".repeat(50));
        double grand = 0;
        for (Item it : items) {
            double total = it.qty() * it.price();
            grand += total;
            System.out.printf("%-20s %5d %10.2f %,12.2f%n", it.name(), it.qty(), it.price(), total);
        }
        System.out.printf("%s%n", "=".repeat(50));
        System.out.printf("%-20s %5s %10s %,12.2f%n", "TOTAL", "", "", grand);
        System.out.printf("Tax (%.1f%%): %.2f%n", 8.25, grand * 0.0825);
        System.out.printf("%d items, average %.3f, max %s%n", items.length, grand / items.length, items[3].name());
        System.out.format("%c%c%c%n", 'a', 'b', 'c');
        System.out.printf("%5.1f%%|%-6b|%6B|%n", 99.5, true, false);
        System.out.printf("hex dump: ");
        for (byte b : "Cortado".getBytes()) System.out.printf("%02x ", b);
        System.out.println();
        System.out.printf("%3d|%-3d|%03d%n", 5, 5, 5);
        System.out.printf("no args%n");
        System.out.println(String.format("%s", (Object) null) + " " + String.format("%10s|", (String) null));
        for (int row = 1; row <= 5; row++) {
            for (int col = 1; col <= 5; col++) System.out.printf("%4d", row * col);
            System.out.println();
        }
    }
}
