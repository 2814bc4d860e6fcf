package programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class BankSimulation {
    static class InsufficientFundsException extends Exception {
        final long shortfall;
        InsufficientFundsException(String account, long shortfall) {
            super("account " + account + " is short by " + Money.format(shortfall));
            this.shortfall = shortfall;
        }
    }

    static class AccountNotFoundException extends Exception {
        AccountNotFoundException(String id) { super("no such account: " + id); }
    }

    static class FrozenAccountException extends RuntimeException {
        FrozenAccountException(String id) { super("account " + id + " is frozen"); }
    }

    static final class Money {
        static String format(long cents) {
            String sign = cents < 0 ? "-" : "";
            long abs = Math.abs(cents);
            return String.format("%s$%,d.%02d", sign, abs / 100, abs % 100);
        }
    }

    interface Account {
        String id();
        String owner();
        long balance();
        void deposit(long cents);
        void withdraw(long cents) throws InsufficientFundsException;
        default void endOfMonth() {}
        default String kind() { return getClass().getSimpleName(); }
    }

    static abstract class BaseAccount implements Account {
        private final String id, owner;
        protected long balance;
        protected boolean frozen;
        protected final List<String> history = new ArrayList<>();

        BaseAccount(String id, String owner, long opening) {
            this.id = id;
            this.owner = owner;
            this.balance = opening;
            history.add("open " + Money.format(opening));
        }

        public String id() { return id; }
        public String owner() { return owner; }
        public long balance() { return balance; }

        public void deposit(long cents) {
            if (frozen) throw new FrozenAccountException(id);
            if (cents <= 0) throw new IllegalArgumentException("deposit must be positive: " + cents);
            balance += cents;
            history.add("deposit " + Money.format(cents));
        }

        public void withdraw(long cents) throws InsufficientFundsException {
            if (frozen) throw new FrozenAccountException(id);
            long available = balance + overdraftLimit();
            if (cents > available) throw new InsufficientFundsException(id, cents - available);
            balance -= cents;
            history.add("withdraw " + Money.format(cents));
        }

        protected long overdraftLimit() { return 0; }
    }

    static class Checking extends BaseAccount {
        Checking(String id, String owner, long opening) { super(id, owner, opening); }
        @Override protected long overdraftLimit() { return 50_00; }
        @Override public void endOfMonth() {
            if (balance < 0) { balance -= 15_00; history.add("overdraft fee $15.00"); }
        }
    }

    static class Savings extends BaseAccount {
        private final int basisPoints;
        private int withdrawals;
        Savings(String id, String owner, long opening, int basisPoints) { super(id, owner, opening); this.basisPoints = basisPoints; }
        @Override public void withdraw(long cents) throws InsufficientFundsException {
            if (++withdrawals > 2) throw new IllegalStateException("savings withdrawal limit reached for " + id());
            super.withdraw(cents);
        }
        @Override public void endOfMonth() {
            long interest = balance * basisPoints / 10_000 / 12;
            balance += interest;
            withdrawals = 0;
            history.add("interest " + Money.format(interest));
        }
    }

    static class Bank {
        private final Map<String, Account> accounts = new TreeMap<>();
        private int failed;

        void open(Account a) { accounts.put(a.id(), a); }

        Account find(String id) throws AccountNotFoundException {
            Account a = accounts.get(id);
            if (a == null) throw new AccountNotFoundException(id);
            return a;
        }

        void transfer(String from, String to, long cents) throws AccountNotFoundException, InsufficientFundsException {
            Account src = find(from), dst = find(to);
            src.withdraw(cents);
            try {
                dst.deposit(cents);
            } catch (RuntimeException e) {
                src.deposit(cents); // roll back
                throw e;
            }
        }

        void execute(String command) {
            String[] p = command.split(" ");
            try {
                switch (p[0]) {
                    case "deposit": find(p[1]).deposit(Long.parseLong(p[2])); break;
                    case "withdraw": find(p[1]).withdraw(Long.parseLong(p[2])); break;
                    case "transfer": transfer(p[1], p[2], Long.parseLong(p[3])); break;
                    case "freeze": ((BaseAccount) find(p[1])).frozen = true; break;
                    case "month": for (Account a : accounts.values()) a.endOfMonth(); break;
                    default: throw new IllegalArgumentException("unknown command " + p[0]);
                }
                System.out.println("ok      " + command);
            } catch (InsufficientFundsException e) {
                failed++;
                System.out.println("DENIED  " + command + " -> " + e.getMessage() + " (shortfall " + e.shortfall + ")");
            } catch (AccountNotFoundException | IllegalArgumentException | IllegalStateException | FrozenAccountException e) {
                failed++;
                System.out.println("ERROR   " + command + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }

        void report() {
            long total = 0;
            for (Account a : accounts.values()) {
                System.out.printf("  %-4s %-9s %-6s %14s%n", a.id(), a.kind(), a.owner(), Money.format(a.balance()));
                total += a.balance();
            }
            System.out.println("  total " + Money.format(total) + ", failed operations " + failed);
        }
    }

    public static void main(String[] args) {
        Bank bank = new Bank();
        bank.open(new Checking("C1", "ada", 120_00));
        bank.open(new Checking("C2", "bob", 5_00));
        bank.open(new Savings("S1", "ada", 10_000_00, 300));
        bank.open(new Savings("S2", "cy", 250_00, 150));
        String[] script = {
            "deposit C1 2550", "withdraw C2 5400", "withdraw C2 1", "transfer S1 C2 100000", "transfer S1 C1 5000",
            "transfer S1 C1 5000", "withdraw X9 100", "deposit C1 -5", "month", "withdraw S2 25001", "withdraw C2 999999999",
            "freeze C1", "transfer C2 C1 100", "deposit C1 100", "audit", "month", "transfer S2 C2 1234", "withdraw S1 1",
        };
        for (String cmd : script) bank.execute(cmd);
        bank.report();
        for (Account a : bank.accounts.values()) System.out.println(a.id() + " history: " + ((BaseAccount) a).history);
    }
}
