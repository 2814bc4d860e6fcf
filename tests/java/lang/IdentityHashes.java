package lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Identity hashes as HotSpot 17 gives them on the main thread: Object.toString, and the
 * iteration order of hash sets and maps of objects and enum constants without hashCode.
 * (No string concatenation or lambda before the last hash: ConcatIdentityHashes and
 * LinkIdentityHashes test the identity hashes HotSpot's bootstrap methods take.)
 */
public class IdentityHashes {
    enum Color { RED, GREEN, BLUE, YELLOW, BLACK, WHITE }

    static final class Node {
        final String name;

        Node(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final class Plain {
    }

    public static void main(String[] args) {
        System.out.println(new Object());
        Map<Color, Integer> counts = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            Color c = Color.values()[(i * 7) % 6];
            Integer old = counts.get(c);
            counts.put(c, old == null ? 1 : old + 1);
        }
        System.out.println(counts);
        Set<Node> nodes = new HashSet<>();
        for (String s : "a b c d e f g h i j k l m n o p".split(" ")) {
            nodes.add(new Node(s));
        }
        System.out.println(nodes);
        StringBuilder line = new StringBuilder();
        line.append(new Plain()).append(' ').append(Integer.toHexString(System.identityHashCode(nodes)));
        System.out.println(line);
        Map<Object, Integer> byObject = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            byObject.put(new Plain(), i);
        }
        System.out.println(byObject.values());
        int[] array = new int[2];
        System.out.println(array.hashCode() == System.identityHashCode(array));
        System.out.println(Integer.toHexString(Color.RED.hashCode()));
    }
}
