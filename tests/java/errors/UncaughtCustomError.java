package errors;

public class UncaughtCustomError {
    static class InvariantViolation extends Error {
        InvariantViolation(String msg) { super(msg); }
    }

    static class Account {
        int balance = 100;
        void withdraw(int amount) {
            balance -= amount;
            if (balance < 0) throw new InvariantViolation("balance negative: " + balance);
            System.out.println("withdrew " + amount + ", balance " + balance);
        }
    }

    public static void main(String[] args) {
        Account a = new Account();
        Runnable r = new Runnable() {
            public void run() {
                try {
                    a.withdraw(30);
                    a.withdraw(50);
                    a.withdraw(40);
                } finally {
                    System.out.println("finally runs before the error escapes");
                }
            }
        };
        r.run();
    }
}
