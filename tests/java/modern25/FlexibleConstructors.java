package modern25;

public class FlexibleConstructors {
    static class Account {
        final String id;
        final long balance;

        Account(String id, long balance) {
            System.out.println("  Account(" + id + ", " + balance + ")");
            this.id = id;
            this.balance = balance;
        }
    }

    static class Savings extends Account {
        final int rateBasisPoints;

        Savings(String id, long balance, int rate) {
            if (rate < 0 || rate > 2_000) throw new IllegalArgumentException("rate out of range: " + rate);
            String normalized = id.strip().toUpperCase();
            System.out.println("  validated before super(): " + normalized);
            super(normalized, balance);
            this.rateBasisPoints = rate;
        }

        Savings(String spec) {
            String[] parts = spec.split(":");
            this(parts[0], Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
        }
    }

    static class Base {
        Base() {
            System.out.println("  Base() calls describe(): " + describe());
        }
        String describe() { return "base"; }
    }

    static class Derived extends Base {
        private final String label;

        Derived(String label) {
            this.label = label; // early field assignment before super()
            super();
        }

        @Override String describe() { return "derived with label " + label; }
    }

    public static void main(String[] args) {
        Savings s = new Savings("  ab-12 ", 1000, 250);
        System.out.println(s.id + " " + s.balance + " " + s.rateBasisPoints);
        Savings t = new Savings("xy:500:125");
        System.out.println(t.id + " " + t.balance + " " + t.rateBasisPoints);
        try {
            new Savings("bad", 1, 5000);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        Derived d = new Derived("early");
        System.out.println(d.describe());
    }
}
