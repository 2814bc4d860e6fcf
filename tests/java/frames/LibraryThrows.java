package frames;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Exceptions thrown inside the class library, printed whole: the library's frames must name
 * the methods and the line numbers HotSpot's JDK 17 prints (this area's tests compare every
 * stack frame, not only the program's own).
 */
public class LibraryThrows {
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

    public static void main(String[] args) throws Exception {
        show("parseInt letters", () -> Integer.parseInt("abc"));
        show("parseInt empty", () -> Integer.parseInt(""));
        show("parseInt sign only", () -> Integer.parseInt("-"));
        show("parseInt overflow", () -> Integer.parseInt("99999999999"));
        show("parseInt radix 16", () -> Integer.parseInt("zz", 16));
        show("Integer.valueOf", () -> Integer.valueOf("x"));
        show("parseLong", () -> Long.parseLong("abc"));
        show("Long.valueOf", () -> Long.valueOf("x"));
        show("ArrayList.get", () -> new ArrayList<>(List.of(1, 2)).get(5));
        show("ArrayList.get negative", () -> new ArrayList<>(List.of(1, 2)).get(-1));
        show("ArrayList.set", () -> new ArrayList<>(List.of(1, 2)).set(2, 0));
        show("ArrayList.remove", () -> new ArrayList<Integer>().remove(0));
        show("Objects.checkIndex", () -> Objects.checkIndex(3, 2));
        show("ArrayList iterator, modified", () -> {
            List<Integer> list = new ArrayList<>(List.of(1, 2, 3));
            for (int x : list) {
                list.remove(0);
            }
        });
        show("ArrayList iterator, exhausted", () -> new ArrayList<Integer>().iterator().next());
        show("HashMap iterator, modified", () -> {
            Map<String, Integer> map = new HashMap<>(Map.of("a", 1, "b", 2));
            for (String key : map.keySet()) {
                map.put(key + "x", 1);
            }
        });
        show("Map.of put", () -> Map.of("a", 1).put("b", 2));
        show("List.of add", () -> List.of(1).add(2));
        show("Optional.get", () -> Optional.empty().get());
        show("Optional.orElseThrow", () -> Optional.empty().orElseThrow());
        show("LinkedList.getFirst", () -> new LinkedList<Integer>().getFirst());
        show("ArrayDeque.pop", () -> new ArrayDeque<Integer>().pop());
        show("Objects.requireNonNull", () -> Objects.requireNonNull(null, "needed"));

        Thread worker = new Thread(() -> {
            throw new IllegalStateException("from a thread");
        });
        worker.start();
        worker.join();
        System.out.println("the thread ended");

        Integer.parseInt("uncaught");
    }
}
