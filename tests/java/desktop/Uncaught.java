package desktop;

import java.beans.PropertyChangeSupport;
import java.sql.Timestamp;

/** An exception thrown inside a listener escapes firePropertyChange and main. */
public class Uncaught {
    static class Account {
        final PropertyChangeSupport pcs = new PropertyChangeSupport(this);
        int balance;

        void deposit(int amount) {
            int old = balance;
            balance += amount;
            pcs.firePropertyChange("balance", old, balance);
        }

        @Override
        public String toString() {
            return "Account(" + balance + ")";
        }
    }

    static void audit(Object source, Object value) {
        if ((Integer) value > 100) {
            throw new IllegalStateException("limit exceeded by " + source + ": " + Timestamp.valueOf("2024-05-06 07:08:09.5"));
        }
        System.out.println("ok " + value);
    }

    public static void main(String[] args) {
        Account a = new Account();
        a.pcs.addPropertyChangeListener(e -> audit(e.getSource(), e.getNewValue()));
        a.deposit(40);
        a.deposit(50);
        a.deposit(60);
        System.out.println("not reached");
    }
}
