import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Supplier;

public class Lambdas {
    private int base = 3;

    static int apply(IntBinaryOperator op) {
        return op.applyAsInt(2, 5);
    }

    List<String> names(List<Integer> xs) {
        List<String> out = new ArrayList<>();
        xs.forEach(x -> out.add("item" + x + base));
        return out;
    }

    static <T, R> R map(T value, Function<? super T, ? extends R> f) {
        return f.apply(value);
    }

    public static void main(String[] args) {
        System.out.println(apply((a, b) -> a * b));
        System.out.println(apply(Math::max));
        Supplier<List<String>> s = ArrayList::new;
        Function<String, Integer> len = String::length;
        System.out.println(map("abc", len) + s.get().size());
        Runnable r = () -> System.out.println("run");
        r.run();
    }
}
