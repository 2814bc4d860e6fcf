package desktop;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.beans.PropertyVetoException;
import java.beans.VetoableChangeSupport;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small business tool: an observable stock model, an audit log, an order table with SQL-style errors. */
public class Inventory {
    static class Item {
        private final PropertyChangeSupport changes = new PropertyChangeSupport(this);
        private final VetoableChangeSupport vetoes = new VetoableChangeSupport(this);
        final String sku;
        private int stock;
        private double price;

        Item(String sku, int stock, double price) {
            this.sku = sku;
            this.stock = stock;
            this.price = price;
        }

        void addPropertyChangeListener(PropertyChangeListener l) {
            changes.addPropertyChangeListener(l);
        }

        void setStock(int stock) throws PropertyVetoException {
            vetoes.fireVetoableChange("stock", this.stock, stock);
            int old = this.stock;
            this.stock = stock;
            changes.firePropertyChange("stock", old, stock);
        }

        void setPrice(double price) {
            double old = this.price;
            this.price = price;
            changes.firePropertyChange("price", old, price);
        }

        @Override
        public String toString() {
            return sku + "[" + stock + " @ " + price + "]";
        }
    }

    static class Order {
        final int id;
        final String sku;
        final int qty;
        final Timestamp placed;
        final Date due;

        Order(int id, String sku, int qty, Timestamp placed, Date due) {
            this.id = id;
            this.sku = sku;
            this.qty = qty;
            this.placed = placed;
            this.due = due;
        }
    }

    static final Map<String, Item> items = new LinkedHashMap<>();
    static final Map<Integer, Order> orders = new LinkedHashMap<>();
    static final List<String> audit = new ArrayList<>();

    static void insertOrder(Order o) throws SQLException {
        if (orders.containsKey(o.id)) {
            throw new SQLIntegrityConstraintViolationException(
                "Duplicate entry '" + o.id + "' for key 'PRIMARY'", "23000", 1062);
        }
        if (!items.containsKey(o.sku)) {
            throw new SQLException("Cannot add or update a child row: unknown sku " + o.sku, "23000", 1452);
        }
        orders.put(o.id, o);
    }

    public static void main(String[] args) throws Exception {
        PropertyChangeListener auditor = (PropertyChangeEvent e) ->
            audit.add(((Item) e.getSource()).sku + "." + e.getPropertyName() + ": " + e.getOldValue() + " -> " + e.getNewValue());
        String[][] rows = {{"A-100", "12", "9.99"}, {"B-200", "0", "24.5"}, {"C-300", "150", "0.75"}};
        for (String[] r : rows) {
            Item it = new Item(r[0], Integer.parseInt(r[1]), Double.parseDouble(r[2]));
            it.addPropertyChangeListener(auditor);
            it.vetoes.addVetoableChangeListener("stock", e -> {
                if ((Integer) e.getNewValue() < 0) {
                    throw new PropertyVetoException("stock of " + it.sku + " cannot go below zero", e);
                }
            });
            items.put(it.sku, it);
        }
        LocalDateTime start = LocalDateTime.of(2024, 3, 1, 9, 0);
        Object[][] incoming = {{1, "A-100", 5}, {2, "C-300", 100}, {3, "B-200", 1}, {2, "A-100", 1}, {4, "Z-999", 3},
            {5, "C-300", 60}, {6, "A-100", 7}};
        for (int i = 0; i < incoming.length; i++) {
            int id = (Integer) incoming[i][0];
            String sku = (String) incoming[i][1];
            int qty = (Integer) incoming[i][2];
            Timestamp placed = Timestamp.valueOf(start.plusMinutes(37L * i).plusNanos(1000L * i));
            Date due = Date.valueOf(start.toLocalDate().plusDays(3 + i));
            try {
                insertOrder(new Order(id, sku, qty, placed, due));
                Item item = items.get(sku);
                item.setStock(item.stock - qty);
                System.out.println("order " + id + " ok at " + placed + " due " + due + ": " + item);
            } catch (SQLException e) {
                System.out.println("order " + id + " rejected: " + e.getClass().getSimpleName() + " [" + e.getSQLState()
                    + "/" + e.getErrorCode() + "] " + e.getMessage());
            } catch (PropertyVetoException e) {
                orders.remove(id);
                PropertyChangeEvent ev = e.getPropertyChangeEvent();
                System.out.println("order " + id + " vetoed: " + e.getMessage() + " (" + ev.getOldValue() + " -> " + ev.getNewValue() + ")");
            }
        }
        items.get("C-300").setPrice(0.8);
        items.get("C-300").setPrice(0.8);
        items.get("B-200").setPrice(22.0);
        System.out.println("audit:");
        for (String line : audit) {
            System.out.println("  " + line);
        }
        System.out.println("stock " + items.values());
        Timestamp first = null;
        Timestamp last = null;
        for (Order o : orders.values()) {
            if (first == null || o.placed.before(first)) {
                first = o.placed;
            }
            if (last == null || o.placed.after(last)) {
                last = o.placed;
            }
        }
        System.out.println("orders " + orders.keySet() + " from " + first + " to " + last + " span "
            + (last.getTime() - first.getTime()) / 60000 + " min, last nanos " + last.getNanos());
        System.out.println("late after 2024-03-07: " + orders.values().stream()
            .filter(o -> o.due.after(Date.valueOf("2024-03-07"))).map(o -> o.id + "@" + o.due).toList());
    }
}
