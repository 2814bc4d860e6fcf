package frames;

import java.util.*;

/**
 * More exceptions thrown inside the class library (collections, optionals, constructors),
 * printed whole: the library's frames must carry the line numbers HotSpot's JDK 17 prints.
 */
public class CollectionThrows {
    interface Action {
        void run() throws Exception;
    }

    static void show(String what, Action action) {
        try {
            action.run();
            System.out.println(what + ": no exception");
        } catch (Exception e) {
            System.out.println(what + ": " + e.getClass().getName());
            e.printStackTrace();
        }
    }

    public static void main(String[] args) {
        show("unmodifiable add", () -> Collections.unmodifiableList(new ArrayList<Integer>()).add(1));
        show("unmodifiable set add", () -> Collections.unmodifiableSet(new HashSet<Integer>()).add(1));
        show("unmodifiable list set", () -> Collections.unmodifiableList(new ArrayList<Integer>()).set(0, 1));
        show("unmodifiable list remove", () -> Collections.unmodifiableList(new ArrayList<Integer>()).remove(0));
        show("unmodifiable map put", () -> Collections.unmodifiableMap(new HashMap<Integer, Integer>()).put(1, 1));
        show("Arrays.asList set", () -> Arrays.asList(1, 2).set(5, 1));
        show("Arrays.asList add", () -> Arrays.asList(1, 2).add(3));
        show("ArrayList capacity", () -> new ArrayList<Integer>(-1));
        show("ArrayList listIterator", () -> new ArrayList<>(List.of(1)).listIterator(5));
        show("HashMap capacity", () -> new HashMap<String, Integer>(-1));
        show("HashMap load factor", () -> new HashMap<String, Integer>(1, 0f));
        show("HashMap merge null", () -> new HashMap<String, Integer>().merge("a", null, Integer::sum));
        show("Stack pop", () -> new Stack<Integer>().pop());
        show("Stack peek", () -> new Stack<Integer>().peek());
        show("Vector get", () -> new Vector<Integer>().get(2));
        show("Vector elementAt", () -> new Vector<Integer>().elementAt(3));
        show("Vector firstElement", () -> new Vector<Integer>().firstElement());
        show("OptionalInt", () -> OptionalInt.empty().getAsInt());
        show("OptionalLong", () -> OptionalLong.empty().getAsLong());
        show("OptionalDouble", () -> OptionalDouble.empty().getAsDouble());
        show("Optional.of null", () -> Optional.of(null));
        show("requireNonNull", () -> Objects.requireNonNull(null));
        show("ArrayDeque element", () -> new ArrayDeque<Integer>().element());
        show("ArrayDeque getLast", () -> new ArrayDeque<Integer>().getLast());
        show("String.valueOf null chars", () -> String.valueOf((char[]) null));
        show("List.of iterator remove", () -> List.of(1, 2).iterator().remove());
        show("TreeSet first", () -> new TreeSet<Integer>().first());
        show("TreeSet last", () -> new TreeSet<Integer>().last());
        show("AbstractMap put", () -> Collections.emptyMap().put("a", 1));
        show("Map.of duplicate", () -> Map.of("a", 1, "a", 2));
    }
}
