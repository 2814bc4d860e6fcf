package enums;

import java.util.EnumMap;
import java.util.Map;

public class EnumAbstractMethods {
    enum Operation {
        PLUS("+") {
            long apply(long a, long b) { return a + b; }
        },
        MINUS("-") {
            long apply(long a, long b) { return a - b; }
        },
        TIMES("*") {
            long apply(long a, long b) { return a * b; }
        },
        DIVIDE("/") {
            long apply(long a, long b) { return a / b; }
            @Override boolean safe(long b) { return b != 0; }
        },
        POWER("^") {
            long apply(long a, long b) { long r = 1; for (int i = 0; i < b; i++) r *= a; return r; }
        };

        private final String symbol;
        Operation(String symbol) { this.symbol = symbol; }
        abstract long apply(long a, long b);
        boolean safe(long b) { return true; }
        @Override public String toString() { return symbol; }

        static Operation fromSymbol(String s) {
            for (Operation op : values()) if (op.symbol.equals(s)) return op;
            throw new IllegalArgumentException("no op " + s);
        }
    }

    interface Priced { int price(); }

    enum Coffee implements Priced {
        ESPRESSO(180), CORTADO(250), LATTE(320) { @Override public String label() { return "latte (large)"; } };
        private final int cents;
        private static final Map<String, Coffee> BY_LOWER = new java.util.HashMap<>();
        static { for (Coffee c : values()) BY_LOWER.put(c.name().toLowerCase(), c); }
        Coffee(int cents) { this.cents = cents; }
        public int price() { return cents; }
        public String label() { return name().toLowerCase(); }
        static Coffee lookup(String s) { return BY_LOWER.get(s); }
    }

    public static void main(String[] args) {
        long[][] pairs = {{7, 3}, {-8, 2}, {5, 0}, {2, 10}};
        for (long[] p : pairs) {
            StringBuilder sb = new StringBuilder();
            for (Operation op : Operation.values()) {
                sb.append(p[0]).append(op).append(p[1]).append('=');
                sb.append(op.safe(p[1]) ? String.valueOf(op.apply(p[0], p[1])) : "n/a").append("  ");
            }
            System.out.println(sb.toString().trim());
        }
        System.out.println(Operation.fromSymbol("*").name() + " " + Operation.PLUS.getClass() + " " + Operation.PLUS.getDeclaringClass() + " " + (Operation.PLUS.getClass() == Operation.class));
        Map<Coffee, Integer> orders = new EnumMap<>(Coffee.class);
        for (String s : "cortado latte cortado espresso cortado".split(" ")) orders.merge(Coffee.lookup(s), 1, Integer::sum);
        int total = 0;
        for (Map.Entry<Coffee, Integer> e : orders.entrySet()) {
            int line = e.getKey().price() * e.getValue();
            total += line;
            System.out.println(e.getKey().label() + " x" + e.getValue() + " = " + line);
        }
        System.out.println("total " + total);
        Priced p = Coffee.CORTADO;
        System.out.println(p.price() + " " + (p instanceof Enum<?>) + " " + ((Enum<?>) p).ordinal());
    }
}
