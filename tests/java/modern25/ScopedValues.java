package modern25;

import java.util.NoSuchElementException;
import java.util.function.Supplier;

public class ScopedValues {
    static final ScopedValue<String> USER = ScopedValue.newInstance();
    static final ScopedValue<Integer> DEPTH = ScopedValue.newInstance();

    static void t(String label, Supplier<?> action) {
        try {
            System.out.println(label + " -> " + action.get());
        } catch (RuntimeException e) {
            // NullPointerException messages are the JDK's helpful ones: only the class is checked
            boolean showMessage = e.getMessage() != null && !(e instanceof NullPointerException);
            System.out.println(label + " !! " + e.getClass().getName() + (showMessage ? ": " + e.getMessage() : ""));
        }
    }

    static String describe() {
        return USER.orElse("anonymous") + "@" + (DEPTH.isBound() ? DEPTH.get() : -1);
    }

    static void recurse(int n) {
        System.out.println("  depth " + n + ": " + describe());
        if (n < 3) ScopedValue.where(DEPTH, n + 1).run(() -> recurse(n + 1));
        System.out.println("  back at " + n + ": " + describe());
    }

    public static void main(String[] args) throws Exception {
        t("unbound get", USER::get);
        t("unbound isBound", USER::isBound);
        t("unbound orElse", () -> USER.orElse("dflt"));
        t("unbound orElseThrow", () -> USER.orElseThrow(() -> new IllegalStateException("no user")));
        ScopedValue.where(USER, "alice").run(() -> {
            System.out.println("in run: " + describe());
            ScopedValue.where(DEPTH, 0).run(() -> recurse(0));
            ScopedValue.where(USER, "bob").where(DEPTH, 42).run(() -> System.out.println("rebound: " + describe()));
            System.out.println("after rebinding: " + describe());
        });
        System.out.println("outside: " + describe());
        String r = ScopedValue.where(USER, "carol").call(() -> USER.get().toUpperCase());
        System.out.println("call result " + r);
        try {
            ScopedValue.where(USER, "dave").call(() -> {
                throw new java.io.IOException("checked from call");
            });
        } catch (java.io.IOException e) {
            System.out.println("caught " + e.getMessage() + ", bound after: " + USER.isBound());
        }
        try {
            ScopedValue.where(USER, "erin").run(() -> {
                throw new IllegalStateException("from run");
            });
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + ", bound after: " + USER.isBound());
        }
        ScopedValue.Carrier carrier = ScopedValue.where(USER, "frank").where(DEPTH, 7);
        System.out.println("carrier get " + carrier.get(USER) + " " + carrier.get(DEPTH));
        ScopedValue<String> other = ScopedValue.newInstance();
        t("carrier get unbound key", () -> carrier.get(other));
        t("same key twice", () -> ScopedValue.where(USER, "first").where(USER, "second").call(USER::get));
        t("null value", () -> ScopedValue.where(USER, null).call(() -> USER.isBound() + " " + USER.get()));
        t("null key", () -> ScopedValue.where(null, "x"));
        carrier.run(() -> {
            Thread th = new Thread(() -> System.out.println("other thread sees bound=" + USER.isBound()));
            th.start();
            try {
                th.join();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            System.out.println("carrier run: " + describe());
        });
    }
}
