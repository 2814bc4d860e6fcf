package lambdas;

import java.util.*;
import java.util.function.*;

/** Which evaluations of a lambda or method reference give the same object, as on HotSpot. */
public class LambdaIdentity {
    static Supplier<String> constant() {
        return () -> "constant";
    }

    static IntUnaryOperator adder(int k) {
        return x -> x + k;
    }

    static Comparator<String> byLength() {
        return Comparator.comparingInt(String::length);
    }

    static Function<String, Integer> parser() {
        return Integer::parseInt;
    }

    final int base;

    LambdaIdentity(int base) {
        this.base = base;
    }

    IntSupplier bound() {
        return () -> base;
    }

    public static void main(String[] args) {
        // The same non-capturing lambda, evaluated again: one object.
        System.out.println("constant == constant: " + (constant() == constant()));
        System.out.println("parser == parser: " + (parser() == parser()));
        List<Supplier<String>> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(() -> "loop");
        }
        System.out.println("distinct loop lambdas: " + new HashSet<>(made).size());
        // Different lambda expressions: different objects and classes.
        Supplier<String> other = () -> "constant";
        System.out.println("other == constant: " + (other == constant()));
        System.out.println("same class: " + (other.getClass() == constant().getClass()));
        System.out.println(other.get() + " " + constant().get() + " " + made.get(4).get());
        // Capturing lambdas: a new object each time.
        System.out.println("adder(1) == adder(1): " + (adder(1) == adder(1)));
        System.out.println("adder classes: " + (adder(1).getClass() == adder(2).getClass()));
        System.out.println(adder(3).applyAsInt(4) + " " + adder(-3).applyAsInt(4));
        LambdaIdentity a = new LambdaIdentity(7);
        System.out.println("bound == bound: " + (a.bound() == a.bound()));
        System.out.println(a.bound().getAsInt() + new LambdaIdentity(8).bound().getAsInt());
        // Comparators built around a non-capturing method reference capture it.
        System.out.println("byLength == byLength: " + (byLength() == byLength()));
        List<String> words = new ArrayList<>(List.of("pear", "fig", "banana", "kiwi"));
        words.sort(byLength());
        System.out.println(words);
        // A lambda used as a key of an identity map stays the same key.
        Map<Object, Integer> uses = new IdentityHashMap<>();
        for (int i = 0; i < 4; i++) {
            uses.merge(constant(), 1, Integer::sum);
        }
        System.out.println("identity map: " + uses.size() + " key, " + uses.get(constant()) + " uses");
        System.out.println("interfaces: " + (constant() instanceof Supplier) + " "
                + (parser() instanceof Function));
    }
}
