package oop;

import java.beans.*;
import java.util.*;

/** The observer pattern with java.beans' bound properties, as textbooks teach it. */
public class BeanObservers {
    static class Product {
        private final PropertyChangeSupport pcs = new PropertyChangeSupport(this);
        private String name;
        private double price;
        private int stock;
        private boolean active = true;
        private final String[] tags = new String[3];

        Product(String name, double price) { this.name = name; this.price = price; }
        void addListener(PropertyChangeListener l) { pcs.addPropertyChangeListener(l); }
        void addListener(String prop, PropertyChangeListener l) { pcs.addPropertyChangeListener(prop, l); }
        void removeListener(PropertyChangeListener l) { pcs.removePropertyChangeListener(l); }
        void setName(String n) { String old = name; name = n; pcs.firePropertyChange("name", old, n); }
        void setPrice(double p) { double old = price; price = p; pcs.firePropertyChange("price", old, p); }
        void setStock(int s) { int old = stock; stock = s; pcs.firePropertyChange("stock", old, s); }
        void setActive(boolean a) { boolean old = active; active = a; pcs.firePropertyChange("active", old, a); }
        void setTag(int i, String t) { String old = tags[i]; tags[i] = t; pcs.fireIndexedPropertyChange("tags", i, old, t); }
        @Override public String toString() { return "Product(" + name + ")"; }
    }

    public static void main(String[] args) {
        Product p = new Product("Widget", 9.99);
        List<String> audit = new ArrayList<>();
        PropertyChangeListener logger = e -> System.out.println("log: " + e.getPropertyName() + " " + e.getOldValue() + " -> " + e.getNewValue() + " on " + e.getSource());
        PropertyChangeListener auditor = e -> audit.add(e.getPropertyName());
        PropertyChangeListener priceWatch = new PropertyChangeListener() {
            public void propertyChange(PropertyChangeEvent e) {
                double o = (Double) e.getOldValue(), n = (Double) e.getNewValue();
                System.out.printf("price %s by %.2f%%%n", n > o ? "up" : "down", Math.abs(n - o) / o * 100);
            }
        };
        p.addListener("price", priceWatch);
        p.addListener(logger);
        p.addListener(auditor);
        p.addListener("stock", e -> { if ((Integer) e.getNewValue() < 5) System.out.println("low stock: " + e.getNewValue()); });
        p.setPrice(12.49);
        p.setPrice(12.49);
        p.setStock(10);
        p.setStock(3);
        p.setStock(3);
        p.setName("Gadget");
        p.setName("Gadget");
        p.setName(null);
        p.setName(null);
        p.setActive(false);
        p.setTag(1, "sale");
        p.setTag(1, "sale");
        p.removeListener(logger);
        p.setPrice(10.0);
        System.out.println("audit " + audit);
        PropertyChangeSupport s = new PropertyChangeSupport("src");
        System.out.println(s.hasListeners("x") + " " + s.getPropertyChangeListeners().length);
        PropertyChangeListener a = e -> System.out.println("a " + e);
        s.addPropertyChangeListener("alpha", a);
        s.addPropertyChangeListener("beta", a);
        s.addPropertyChangeListener(new PropertyChangeListenerProxy("gamma", a));
        s.addPropertyChangeListener(null);
        System.out.println(s.hasListeners("alpha") + " " + s.hasListeners("delta") + " " + s.getPropertyChangeListeners("alpha").length + " " + s.getPropertyChangeListeners("none").length);
        for (PropertyChangeListener l : s.getPropertyChangeListeners())
            System.out.println("listener for " + ((PropertyChangeListenerProxy) l).getPropertyName() + " same=" + (((PropertyChangeListenerProxy) l).getListener() == a));
        s.firePropertyChange("gamma", 1, 2);
        PropertyChangeEvent ev = new PropertyChangeEvent("bean", "beta", "x", "y");
        ev.setPropagationId("pid");
        s.firePropertyChange(ev);
        s.fireIndexedPropertyChange("alpha", 4, true, false);
        s.removePropertyChangeListener("alpha", a);
        s.removePropertyChangeListener(new PropertyChangeListenerProxy("beta", a));
        System.out.println(s.getPropertyChangeListeners().length + " " + s.hasListeners("beta"));
        IndexedPropertyChangeEvent ie = new IndexedPropertyChangeEvent("b", "list", null, 7, 2);
        System.out.println(ie.getIndex() + " " + ie);
        try { new PropertyChangeSupport(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        try { new PropertyChangeEvent(null, "x", 1, 2); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}
