package apps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.*;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Bank ledger simulation: accounts, transfers, interest, audit log, failures. */
public class Ledger {

    // ---------------------------------------------------------------- exceptions
    static class BankException extends Exception {
        BankException(String msg) { super(msg); }
        BankException(String msg, Throwable cause) { super(msg, cause); }
    }

    static class InsufficientFunds extends BankException {
        final BigDecimal missing;
        InsufficientFunds(String id, BigDecimal missing) {
            super("insufficient funds in " + id + ": missing " + missing.toPlainString());
            this.missing = missing;
        }
    }

    static class AccountLocked extends BankException {
        AccountLocked(String id) { super("account " + id + " is locked"); }
    }

    static class UnknownAccount extends BankException {
        UnknownAccount(String id) { super("unknown account " + id); }
    }

    static class LedgerCorrupted extends RuntimeException {
        LedgerCorrupted(String msg, Throwable cause) { super(msg, cause); }
    }

    // ---------------------------------------------------------------- model
    enum TxKind { DEPOSIT, WITHDRAW, TRANSFER_IN, TRANSFER_OUT, INTEREST, FEE }

    record Tx(int seq, String account, TxKind kind, BigDecimal amount, BigDecimal balanceAfter, String memo) {
        String line() {
            return String.format("#%03d %-6s %-12s %10s -> %10s  %s", seq, account, kind, amount.toPlainString(),
                    balanceAfter.toPlainString(), memo);
        }
    }

    interface Auditable {
        List<Tx> history();
        default BigDecimal total(TxKind kind) {
            return history().stream().filter(t -> t.kind() == kind).map(Tx::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        default long count(Predicate<Tx> p) { return history().stream().filter(p).count(); }
    }

    static abstract class Account implements Auditable, Comparable<Account> {
        private static int nextSeq = 1;
        final String id;
        final String owner;
        protected BigDecimal balance = BigDecimal.ZERO.setScale(2);
        private final List<Tx> history = new ArrayList<>();
        boolean locked;

        Account(String id, String owner) { this.id = id; this.owner = owner; }

        abstract String type();
        abstract BigDecimal overdraftLimit();
        BigDecimal monthlyFee() { return BigDecimal.ZERO; }
        abstract BigDecimal interestRate();

        public List<Tx> history() { return Collections.unmodifiableList(history); }

        protected void record(TxKind kind, BigDecimal amt, String memo) {
            history.add(new Tx(nextSeq++, id, kind, amt, balance, memo));
        }

        void deposit(BigDecimal amt, String memo) throws BankException {
            checkUsable();
            if (amt.signum() <= 0) throw new BankException("deposit must be positive: " + amt);
            balance = balance.add(amt);
            record(TxKind.DEPOSIT, amt, memo);
        }

        void withdraw(BigDecimal amt, String memo) throws BankException {
            withdrawAs(TxKind.WITHDRAW, amt, memo);
        }

        protected void withdrawAs(TxKind kind, BigDecimal amt, String memo) throws BankException {
            checkUsable();
            BigDecimal after = balance.subtract(amt);
            if (after.compareTo(overdraftLimit().negate()) < 0) {
                throw new InsufficientFunds(id, overdraftLimit().negate().subtract(after));
            }
            balance = after;
            record(kind, amt, memo);
        }

        void checkUsable() throws AccountLocked {
            if (locked) throw new AccountLocked(id);
        }

        void endOfMonth() throws BankException {
            BigDecimal rate = interestRate();
            if (balance.signum() > 0 && rate.signum() > 0) {
                BigDecimal interest = balance.multiply(rate).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN);
                if (interest.signum() > 0) {
                    balance = balance.add(interest);
                    record(TxKind.INTEREST, interest, "monthly interest " + rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
                }
            }
            BigDecimal fee = monthlyFee();
            if (fee.signum() > 0) {
                balance = balance.subtract(fee);
                record(TxKind.FEE, fee, "monthly fee");
            }
        }

        @Override public int compareTo(Account o) { return id.compareTo(o.id); }
        @Override public String toString() {
            return String.format("%s[%s, %s, %s%s]", type(), id, owner, balance.toPlainString(), locked ? ", LOCKED" : "");
        }
    }

    static class Checking extends Account {
        Checking(String id, String owner) { super(id, owner); }
        String type() { return "Checking"; }
        BigDecimal overdraftLimit() { return new BigDecimal("200.00"); }
        BigDecimal interestRate() { return BigDecimal.ZERO; }
        @Override BigDecimal monthlyFee() {
            return balance.compareTo(new BigDecimal("1000")) >= 0 ? BigDecimal.ZERO : new BigDecimal("4.50");
        }
    }

    static class Savings extends Account {
        private int withdrawalsThisMonth;
        Savings(String id, String owner) { super(id, owner); }
        String type() { return "Savings"; }
        BigDecimal overdraftLimit() { return BigDecimal.ZERO; }
        BigDecimal interestRate() {
            return balance.compareTo(new BigDecimal("5000")) > 0 ? new BigDecimal("0.035") : new BigDecimal("0.02");
        }
        @Override void withdraw(BigDecimal amt, String memo) throws BankException {
            if (withdrawalsThisMonth >= 3) throw new BankException("savings " + id + ": withdrawal limit reached");
            super.withdraw(amt, memo);
            withdrawalsThisMonth++;
        }
        @Override void endOfMonth() throws BankException {
            super.endOfMonth();
            withdrawalsThisMonth = 0;
        }
    }

    static final class Business extends Checking {
        Business(String id, String owner) { super(id, owner); }
        @Override String type() { return "Business"; }
        @Override BigDecimal overdraftLimit() { return new BigDecimal("5000.00"); }
        @Override BigDecimal monthlyFee() { return new BigDecimal("15.00"); }
    }

    // ---------------------------------------------------------------- bank
    static final class Session implements AutoCloseable {
        private final String name;
        private final List<String> journal;
        private final boolean failOnClose;
        Session(String name, List<String> journal, boolean failOnClose) {
            this.name = name;
            this.journal = journal;
            this.failOnClose = failOnClose;
            journal.add("open " + name);
        }
        @Override public void close() throws BankException {
            journal.add("close " + name);
            if (failOnClose) throw new BankException("could not close session " + name);
        }
    }

    static final class Bank {
        final Map<String, Account> accounts = new TreeMap<>();
        final List<String> journal = new ArrayList<>();
        int failures;

        <A extends Account> A open(A acct) {
            accounts.put(acct.id, acct);
            journal.add("opened " + acct);
            return acct;
        }

        Account get(String id) throws UnknownAccount {
            Account a = accounts.get(id);
            if (a == null) throw new UnknownAccount(id);
            return a;
        }

        void transfer(String from, String to, String amount) throws BankException {
            BigDecimal amt = new BigDecimal(amount);
            Account src = get(from), dst = get(to);
            if (src == dst) throw new BankException("cannot transfer to same account " + from);
            src.withdrawAs(TxKind.TRANSFER_OUT, amt, "to " + to);
            try {
                dst.checkUsable();
            } catch (AccountLocked e) {
                // roll back
                src.balance = src.balance.add(amt);
                src.record(TxKind.DEPOSIT, amt, "rollback of transfer to " + to);
                throw new BankException("transfer " + from + "->" + to + " rolled back", e);
            }
            dst.balance = dst.balance.add(amt);
            dst.record(TxKind.TRANSFER_IN, amt, "from " + from);
        }

        void attempt(String label, BankAction action) {
            try (Session s = new Session(label, journal, label.contains("flaky"))) {
                action.run(this);
                System.out.println("ok    " + label);
            } catch (InsufficientFunds e) {
                failures++;
                System.out.println("FAIL  " + label + ": " + e.getMessage() + " (missing " + e.missing + ")"
                        + (e.getSuppressed().length > 0 ? " suppressed=" + e.getSuppressed()[0].getMessage() : ""));
            } catch (BankException e) {
                failures++;
                StringBuilder sb = new StringBuilder("FAIL  " + label + ": " + e.getMessage());
                for (Throwable c = e.getCause(); c != null; c = c.getCause()) sb.append(" <- ").append(c.getMessage());
                for (Throwable s : e.getSuppressed()) sb.append(" [suppressed: ").append(s.getMessage()).append(']');
                System.out.println(sb);
            } catch (NumberFormatException e) {
                failures++;
                System.out.println("FAIL  " + label + ": bad amount (" + e.getClass().getSimpleName() + ")");
            }
        }

        void monthEnd(int month) {
            System.out.println("== end of month " + month + " ==");
            for (Account a : accounts.values()) {
                try {
                    a.endOfMonth();
                } catch (BankException e) {
                    System.out.println("  month-end failed for " + a.id + ": " + e.getMessage());
                }
                System.out.println("  " + a);
            }
        }

        BigDecimal totalDeposits() {
            return accounts.values().stream().map(a -> a.balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        void verify() {
            for (Account a : accounts.values()) {
                BigDecimal running = BigDecimal.ZERO;
                for (Tx t : a.history()) {
                    running = switch (t.kind()) {
                        case DEPOSIT, TRANSFER_IN, INTEREST -> running.add(t.amount());
                        case WITHDRAW, TRANSFER_OUT, FEE -> running.subtract(t.amount());
                    };
                    if (running.compareTo(t.balanceAfter()) != 0) {
                        throw new LedgerCorrupted("ledger mismatch in " + a.id + " at tx #" + t.seq(),
                                new IllegalStateException("expected " + running + " but log says " + t.balanceAfter()));
                    }
                }
                if (running.compareTo(a.balance) != 0) {
                    throw new LedgerCorrupted("balance mismatch in " + a.id,
                            new IllegalStateException("replayed " + running + " vs actual " + a.balance));
                }
            }
            System.out.println("ledger verified: " + accounts.size() + " accounts, total " + totalDeposits());
        }
    }

    @FunctionalInterface
    interface BankAction {
        void run(Bank b) throws BankException;
    }

    public static void main(String[] args) {
        Bank bank = new Bank();
        bank.open(new Checking("C-100", "alice"));
        bank.open(new Savings("S-100", "alice"));
        bank.open(new Checking("C-200", "bob"));
        bank.open(new Business("B-300", "carol"));
        bank.open(new Savings("S-400", "dave"));
        for (String j : bank.journal) System.out.println(j);
        bank.journal.clear();

        bank.attempt("seed alice", b -> b.get("C-100").deposit(new BigDecimal("1250.00"), "salary"));
        bank.attempt("seed alice savings", b -> b.get("S-100").deposit(new BigDecimal("4800"), "inheritance"));
        bank.attempt("seed bob", b -> b.get("C-200").deposit(new BigDecimal("310.55"), "salary"));
        bank.attempt("seed carol", b -> b.get("B-300").deposit(new BigDecimal("20000"), "investment"));
        bank.attempt("seed dave", b -> b.get("S-400").deposit(new BigDecimal("99.99"), "gift"));
        bank.attempt("negative deposit", b -> b.get("C-200").deposit(new BigDecimal("-5"), "oops"));
        bank.attempt("bad amount", b -> b.transfer("C-100", "C-200", "12,50"));
        bank.attempt("rent", b -> b.transfer("C-100", "B-300", "950.00"));
        bank.attempt("overdraft ok", b -> b.get("C-200").withdraw(new BigDecimal("480.00"), "laptop"));
        bank.attempt("overdraft too far", b -> b.get("C-200").withdraw(new BigDecimal("100.00"), "phone"));
        bank.attempt("unknown", b -> b.transfer("C-100", "X-999", "1"));
        bank.attempt("self transfer", b -> b.transfer("S-100", "S-100", "1"));
        for (int i = 1; i <= 4; i++) {
            final int n = i;
            bank.attempt("savings withdrawal " + n, b -> b.get("S-100").withdraw(new BigDecimal(n * 100), "cash " + n));
        }
        bank.attempt("flaky session", b -> b.get("C-100").deposit(new BigDecimal("1"), "test"));
        bank.attempt("flaky and failing", b -> b.get("S-400").withdraw(new BigDecimal("1000"), "car"));
        bank.monthEnd(1);

        bank.accounts.get("S-400").locked = true;
        bank.attempt("to locked", b -> b.transfer("B-300", "S-400", "500"));
        bank.attempt("from locked", b -> b.transfer("S-400", "B-300", "5"));
        bank.accounts.get("S-400").locked = false;
        bank.attempt("payroll", b -> {
            for (String id : List.of("C-100", "C-200")) b.transfer("B-300", id, "2100.00");
        });
        bank.attempt("big spend", b -> b.get("B-300").withdraw(new BigDecimal("19000"), "equipment"));
        bank.attempt("bigger spend", b -> b.get("B-300").withdraw(new BigDecimal("4000"), "more equipment"));
        bank.monthEnd(2);
        bank.monthEnd(3);

        System.out.println("== journal ==");
        System.out.println(String.join(" | ", bank.journal));
        System.out.println("== statements ==");
        for (Account a : bank.accounts.values()) {
            System.out.println(a.type() + " " + a.id + " (" + a.owner + ")");
            for (Tx t : a.history()) System.out.println("  " + t.line());
            System.out.printf("  deposits=%s withdrawals=%s interest=%s fees=%s big=%d%n",
                    a.total(TxKind.DEPOSIT), a.total(TxKind.WITHDRAW), a.total(TxKind.INTEREST), a.total(TxKind.FEE),
                    a.count(t -> t.amount().compareTo(new BigDecimal("1000")) >= 0));
        }
        System.out.println("== by owner ==");
        Map<String, BigDecimal> byOwner = bank.accounts.values().stream()
                .collect(Collectors.groupingBy(a -> a.owner, TreeMap::new,
                        Collectors.reducing(BigDecimal.ZERO, a -> a.balance, BigDecimal::add)));
        byOwner.forEach((o, bal) -> System.out.println("  " + o + ": " + bal));
        Map<String, List<String>> byType = bank.accounts.values().stream()
                .collect(Collectors.groupingBy(Account::type, TreeMap::new, Collectors.mapping(a -> a.id, Collectors.toList())));
        System.out.println("  types: " + byType);
        Optional<Account> richest = bank.accounts.values().stream().max(Comparator.comparing(a -> a.balance));
        System.out.println("  richest: " + richest.map(a -> a.id).orElse("none"));
        List<Account> sorted = new ArrayList<>(bank.accounts.values());
        sorted.sort(Comparator.comparing(Account::type).thenComparing(a -> a.balance, Comparator.reverseOrder()));
        sorted.forEach(a -> System.out.println("  " + a));
        System.out.println("failures: " + bank.failures);
        bank.verify();

        // tamper with the books and verify again: this ends the program with an uncaught exception
        Account victim = bank.accounts.get("C-200");
        victim.balance = victim.balance.add(new BigDecimal("0.01"));
        System.out.println("tampered with " + victim.id);
        bank.verify();
        System.out.println("not reached");
    }
}
