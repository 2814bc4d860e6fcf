package lambdas;

public class CustomFunctional {
    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
        default <V> TriFunction<A, B, C, V> andThen(java.util.function.Function<? super R, ? extends V> after) {
            return (a, b, c) -> after.apply(apply(a, b, c));
        }
    }

    @FunctionalInterface
    interface IntOp {
        int apply(int a, int b);
        static IntOp of(char symbol) {
            switch (symbol) {
                case '+': return (a, b) -> a + b;
                case '-': return (a, b) -> a - b;
                case '*': return (a, b) -> a * b;
                case '/': return (a, b) -> a / b;
                default: throw new IllegalArgumentException("unknown op " + symbol);
            }
        }
        default IntOp flipped() { return (a, b) -> apply(b, a); }
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    interface Validator<T> {
        boolean validate(T t);
        default Validator<T> and(Validator<T> other) { return t -> validate(t) && other.validate(t); }
        String toString(); // Object methods don't count as abstract
    }

    interface ShortMaker { short make(int x); }
    interface CharMaker { char make(int x); }
    interface ObjToPrim { double convert(Integer i); }
    interface PrimToObj { Object convert(long l); }
    interface Widening { long widen(int x); }

    static <T> T attempt(ThrowingSupplier<T> s, T fallback) {
        try {
            return s.get();
        } catch (Exception e) {
            System.out.println("  attempt failed: " + e.getMessage());
            return fallback;
        }
    }

    public static void main(String[] args) {
        TriFunction<Integer, Integer, Integer, Integer> volume = (a, b, c) -> a * b * c;
        System.out.println(volume.apply(2, 3, 4) + " " + volume.andThen(v -> "vol=" + v).apply(1, 2, 3));
        for (char op : "+-*/".toCharArray()) System.out.println("20 " + op + " 4 = " + IntOp.of(op).apply(20, 4) + ", flipped = " + IntOp.of(op).flipped().apply(20, 4));
        System.out.println(attempt(() -> Integer.parseInt("123"), -1));
        System.out.println(attempt(() -> { throw new Exception("nope"); }, "fallback"));
        Validator<String> nonEmpty = s -> !s.isEmpty();
        Validator<String> shortish = s -> s.length() < 6;
        Validator<String> both = nonEmpty.and(shortish);
        for (String s : new String[]{"", "abc", "abcdefgh"}) System.out.println("'" + s + "' valid=" + both.validate(s));
        ShortMaker sm = x -> (short) x;
        CharMaker cm = x -> (char) x;
        ObjToPrim otp = i -> i;            // unbox + widen
        PrimToObj pto = l -> l;            // box to Long
        Widening w = x -> x;               // int -> long
        System.out.println(sm.make(70000) + " " + cm.make(66) + " " + otp.convert(5) + " " + pto.convert(8L).getClass().getSimpleName() + " " + w.widen(Integer.MAX_VALUE));
    }
}
