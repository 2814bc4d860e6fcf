package modern25;

import java.util.*;
import java.util.function.*;

/** Switches over a generic sealed hierarchy with an enum member, boxed and wrapper selectors, switches in lambdas. */
public class SealedGenericPatterns {
    sealed interface Expr<T> permits Const, Add, Neg, Var {}
    record Const<T>(T value) implements Expr<T> {}
    record Add<T>(Expr<T> l, Expr<T> r) implements Expr<T> {}
    record Neg<T>(Expr<T> e) implements Expr<T> {}
    enum Var implements Expr<Integer> { X, Y }

    static int eval(Expr<Integer> e, Map<Var, Integer> env) {
        return switch (e) {
            case Const<Integer>(Integer v) -> v;
            case Add<Integer>(Const<Integer>(var a), Const<Integer>(var b)) -> a + b;
            case Add<Integer>(var l, var r) -> eval(l, env) + eval(r, env);
            case Neg<Integer>(Neg<Integer>(var inner)) -> eval(inner, env);
            case Neg<Integer>(var inner) -> -eval(inner, env);
            case Var.X -> env.getOrDefault(Var.X, 0) * 1;
            case Var v -> env.getOrDefault(v, -1);
        };
    }

    static String obj(Object o) {
        return switch (o) {
            case Long l when l > 5L -> "long>5";
            case Long l -> "long " + l;
            case Double d -> "double " + d;
            case Byte b -> "byte " + b;
            case Short s -> "short " + s;
            case Boolean b -> "bool " + b;
            case Character c -> "char " + c;
            case CharSequence cs when cs.length() == 0 -> "empty cs";
            case StringBuilder sb -> "sb " + sb;
            case CharSequence cs -> "cs " + cs;
            case Runnable r -> "runnable";
            case Object[] arr when arr.length > 1 -> "array>1";
            case Object x -> "object";
        };
    }

    static final Function<Object, String> LAMBDA = o -> switch (o) {
        case Integer i when i % 2 == 0 -> "even";
        case Integer i -> "odd";
        default -> "nan";
    };

    static String tryIt(Expr<Integer> e) {
        try {
            return String.valueOf(eval(e, Map.of(Var.X, 10)));
        } catch (NullPointerException ex) {
            return "NPE";
        }
    }

    public static void main(String[] args) {
        Expr<Integer> e = new Add<>(new Const<>(2), new Neg<>(new Neg<>(Var.X)));
        System.out.println(eval(e, Map.of(Var.X, 40)));
        System.out.println(eval(new Add<>(new Const<>(1), new Const<>(2)), Map.of()));
        System.out.println(eval(Var.Y, Map.of()));
        System.out.println(eval(new Neg<>(Var.Y), Map.of(Var.Y, 3)));
        System.out.println(tryIt(null));
        System.out.println(tryIt(new Const<>(null)));
        for (Object o : new Object[] {7L, 2L, 1.5, (byte) 3, (short) 4, true, 'c', "", new StringBuilder("x"), "str", (Runnable) () -> {}, new Object[2], new Object[1]}) {
            System.out.println(obj(o));
        }
        for (Object o : new Object[] {1, 2, "x"}) System.out.println(LAMBDA.apply(o));
        Object o = new Const<>(new Const<>("deep"));
        if (o instanceof Const<?>(Const<?>(String s)) && s.startsWith("d")) System.out.println("deep " + s);
        if (!(o instanceof Const<?>(Add<?> a))) System.out.println("not an add");
        try {
            Expr<Integer> bad = null;
            switch (bad) {
                case Const<Integer> c -> System.out.println("c");
                default -> System.out.println("d");
            }
        } catch (NullPointerException ex) {
            System.out.println("switch null: " + ex.getClass().getName());
        }
    }
}
