package npe;

public class NpeCases {
    static class Node {
        int value;
        Node next;
        String label;
        Node(int v) { value = v; }
        int sum() { return value + (next == null ? 0 : next.sum()); }
    }

    static String[] NAMES;

    interface Action { void run(); }

    static void attempt(String what, Action a) {
        try {
            a.run();
            System.out.println(what + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(what + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        Node n = new Node(1);
        n.next = new Node(2);
        System.out.println("sum=" + n.sum());
        attempt("getfield", () -> System.out.println(n.next.next.value));
        attempt("putfield", () -> n.next.next.value = 3);
        attempt("invokevirtual", () -> n.next.next.sum());
        attempt("string method", () -> n.label.length());
        attempt("array load", () -> System.out.println(NAMES[0]));
        attempt("array store", () -> NAMES[0] = "x");
        attempt("arraylength", () -> System.out.println(NAMES.length));
        attempt("unboxing", () -> { Integer i = null; int j = i + 1; System.out.println(j); });
        attempt("throw null", () -> { RuntimeException e = null; throw e; });
        attempt("monitor", () -> { synchronized (n.label) { System.out.println("x"); } });
        attempt("string concat ok", () -> System.out.println("null concat: " + n.label));
        attempt("String.valueOf ok", () -> System.out.println(String.valueOf((Object) null)));
        attempt("equals with null arg ok", () -> System.out.println("a".equals(null)));
        attempt("switch on null string", () -> { switch (n.label) { case "a": break; default: break; } });
        attempt("explicit requireNonNull", () -> java.util.Objects.requireNonNull(n.label));
    }
}
