package npe;

// Prints helpful NullPointerException messages (JEP 358, on by default since JDK 15).
public class HelpfulMessages {
    static class Order {
        Customer customer;
        int[] quantities;
        String id;
    }

    static class Customer {
        String name;
        Address address;
    }

    static class Address {
        String city;
    }

    static Order[] orders = new Order[2];
    static long[] totals;

    static void show(Runnable r) {
        try {
            r.run();
            System.out.println("no NPE");
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }

    public static void main(String[] args) {
        Order o = new Order();
        o.customer = new Customer();
        show(() -> System.out.println(o.customer.address.city.length()));
        show(() -> System.out.println(o.id.toUpperCase()));
        show(() -> o.quantities[0] = 5);
        show(() -> System.out.println(o.quantities.length));
        show(() -> System.out.println(orders[1].id));
        show(() -> totals[0]++);
        show(() -> { Integer boxed = null; int x = boxed; System.out.println(x); });
        show(() -> { String s = null; synchronized (s) { System.out.println(s); } });
        show(() -> { RuntimeException re = null; throw re; });
        show(() -> o.customer.address.city = "Paris");
    }
}
