package records;

import java.util.List;

public class CompactConstructors {
    record Range(int lo, int hi) {
        Range {
            if (lo > hi) throw new IllegalArgumentException("lo > hi: " + lo + " > " + hi);
        }
        Range(int single) { this(single, single); }
        int length() { return hi - lo; }
        boolean contains(int v) { return v >= lo && v <= hi; }
    }

    record Name(String first, String last) {
        Name {
            first = first.strip();
            last = last.strip().toUpperCase();
        }
        String full() { return first + " " + last; }
    }

    record Team(String name, List<String> members) {
        Team {
            members = List.copyOf(members); // defensive copy
        }
        int size() { return members.size(); }
    }

    record Temperature(double celsius) {
        static final double ABSOLUTE_ZERO = -273.15;
        static int created = 0;
        Temperature {
            if (celsius < ABSOLUTE_ZERO) throw new IllegalArgumentException("below absolute zero: " + celsius);
            created++;
        }
        static Temperature ofFahrenheit(double f) { return new Temperature((f - 32) * 5 / 9); }
        double fahrenheit() { return celsius * 9 / 5 + 32; }
        @Override public String toString() { return String.format("%.1f°C", celsius); }
    }

    record Money(long cents) {
        public Money(long cents) { // canonical, non-compact
            this.cents = Math.max(0, cents);
        }
        @Override public long cents() { return cents; }
        @Override public boolean equals(Object o) { return o instanceof Money m && m.cents / 100 == cents / 100; }
        @Override public int hashCode() { return Long.hashCode(cents / 100); }
    }

    public static void main(String[] args) {
        Range r = new Range(2, 9);
        System.out.println(r + " len=" + r.length() + " contains 5: " + r.contains(5) + " contains 10: " + r.contains(10) + " " + new Range(7));
        try {
            new Range(5, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        Name n = new Name("  ada ", " lovelace  ");
        System.out.println(n + " -> " + n.full() + " equals: " + n.equals(new Name("ada", "LOVELACE")));
        java.util.ArrayList<String> ms = new java.util.ArrayList<>(List.of("x", "y"));
        Team t = new Team("core", ms);
        ms.add("z");
        System.out.println(t + " size=" + t.size());
        try {
            t.members().add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("members immutable");
        }
        System.out.println(new Temperature(21.5) + " " + Temperature.ofFahrenheit(212) + " " + new Temperature(-40).fahrenheit() + " created=" + Temperature.created);
        try {
            new Temperature(-300);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage() + " created=" + Temperature.created);
        }
        Money a = new Money(1050), b = new Money(1099), c = new Money(-5);
        System.out.println(a + " " + b + " " + c + " " + a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + a.equals(c));
    }
}
