package lambdas;

import java.io.Serializable;
import java.util.Comparator;
import java.util.function.Function;

public class SerializableLambda {
    interface SerFunction<T, R> extends Function<T, R>, Serializable {}

    public static void main(String[] args) {
        int base = 40;
        Runnable r = (Runnable & Serializable) () -> System.out.println("serializable runnable, base=" + base);
        r.run();
        System.out.println("is Serializable: " + (r instanceof Serializable));
        SerFunction<String, Integer> f = s -> s.length() + base;
        System.out.println(f.apply("xy") + " " + (f instanceof Serializable));
        Comparator<String> c = (Comparator<String> & Serializable) (a, b) -> a.length() - b.length();
        System.out.println(c.compare("aaa", "b") + " " + (c instanceof Serializable));
        Function<Integer, Integer> plain = x -> x + 1;
        System.out.println(plain.apply(1) + " " + (plain instanceof Serializable));
        SerFunction<Integer, String> ref = Integer::toBinaryString;
        System.out.println(ref.apply(10));
    }
}
