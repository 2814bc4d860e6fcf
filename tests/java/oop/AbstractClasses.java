package oop;

public class AbstractClasses {
    static abstract class Account {
        private static int nextId = 1;
        protected final int id;
        protected long balanceCents;

        Account(long initial) { id = nextId++; balanceCents = initial; }

        abstract double interestRate();
        abstract String type();

        void applyInterest() { balanceCents += Math.round(balanceCents * interestRate()); }

        final String statement() {
            return String.format("#%d %-8s %10s", id, type(), formatCents(balanceCents));
        }

        static String formatCents(long c) {
            String sign = c < 0 ? "-" : "";
            c = Math.abs(c);
            return sign + (c / 100) + "." + (c % 100 < 10 ? "0" : "") + (c % 100);
        }
    }

    static class Savings extends Account {
        Savings(long initial) { super(initial); }
        double interestRate() { return 0.025; }
        String type() { return "savings"; }
    }

    static class Checking extends Account {
        Checking(long initial) { super(initial); }
        double interestRate() { return balanceCents < 0 ? 0.18 : 0.0; }
        String type() { return "checking"; }
    }

    static abstract class Premium extends Savings {
        Premium(long initial) { super(initial); }
        @Override double interestRate() { return super.interestRate() + bonus(); }
        abstract double bonus();
    }

    static class Gold extends Premium {
        Gold(long initial) { super(initial); }
        double bonus() { return 0.01; }
        @Override String type() { return "gold"; }
    }

    public static void main(String[] args) {
        Account[] accounts = {new Savings(100_000), new Checking(-5_050), new Gold(250_075), new Checking(999)};
        for (int year = 1; year <= 3; year++) {
            System.out.println("year " + year);
            for (Account a : accounts) {
                a.applyInterest();
                System.out.println("  " + a.statement());
            }
        }
        System.out.println(java.lang.reflect.Modifier.isAbstract(Account.class.getModifiers()) + " " + java.lang.reflect.Modifier.isAbstract(Gold.class.getModifiers()));
    }
}
