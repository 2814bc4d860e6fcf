import java.util.List;
import java.util.Map;

public interface Greeter<T extends CharSequence & Comparable<T>> extends Comparable<Greeter<T>> {
    String PREFIX = "Hi ";

    String greet(T name);

    default String greetAll(List<? extends T> names, Map<String, ? super Integer> counts) {
        StringBuilder sb = new StringBuilder();
        for (T n : names) sb.append(greet(n));
        return sb.toString();
    }

    static <E extends Exception> void fail(E e) throws E {
        throw e;
    }

    private String helper() { return PREFIX; }

    static Greeter<String> simple() {
        return new Greeter<>() {
            public String greet(String n) { return PREFIX + n; }
            public int compareTo(Greeter<String> o) { return 0; }
        };
    }
}
