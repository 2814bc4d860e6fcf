package lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Identity hashes after lambdas: HotSpot's lambda bootstrap takes one identity hash per call
 * site (two for the first lambda, one more for a serializable one), so the hashes of objects
 * and enum constants created afterwards (Object.toString, the order of hash maps keyed by
 * them) depend on it. No string concatenation before the last hash, and only lambda shapes
 * whose count is known (HotSpot takes more for some others, see runtime/src/indy.rs).
 */
public class LambdaIdentityHashes {
    enum Color { RED, GREEN, BLUE, YELLOW, BLACK, WHITE }

    interface SerialAction extends Runnable, java.io.Serializable { }

    static final class Helper {
        static Runnable make() {
            return () -> { };
        }
    }

    static final class Box {
    }

    static void show(Object o) {
        System.out.println(Integer.toHexString(o.hashCode()));
    }

    public static void main(String[] args) {
        show(new Object());
        Function<String, Integer> length = String::length;
        System.out.println(length.apply("four"));
        show(new Object());
        for (int i = 0; i < 3; i++) {
            Runnable r = () -> { };
            r.run();
        }
        show(new Object());
        Helper.make().run();
        Helper.make().run();
        show(new Object());
        SerialAction serial = () -> { };
        serial.run();
        show(new Object());
        Box box = new Box();
        show(box);
        Map<Color, Integer> counts = new HashMap<>();
        for (Color c : Color.values()) {
            counts.put(c, c.ordinal());
        }
        System.out.println(counts);
        Set<Box> boxes = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            boxes.add(new Box());
        }
        System.out.println(boxes.size());
        System.out.println(new Object());
    }
}
