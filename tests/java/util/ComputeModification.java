package util;

import java.util.*;
import java.util.function.*;
/**
 * Map compute functions and forEach whose function changes the map: HashMap, LinkedHashMap,
 * TreeMap, Hashtable, WeakHashMap and IdentityHashMap throw ConcurrentModificationException
 * where the JDK does (a structural change; replacing a value is not one).
 */
public class ComputeModification {
    static void t(String w, Supplier<Object> s) { try { System.out.println(w + " -> " + s.get()); } catch (Throwable e) { System.out.println(w + " !! " + e); } }
    static <M extends Map<Integer, Integer>> void all(String name, Supplier<M> mk) {
        t(name + " cia other", () -> { M m = mk.get(); return m.computeIfAbsent(1, k -> m.computeIfAbsent(2, j -> 2)) + " " + new TreeMap<>(m); });
        t(name + " cia put", () -> { M m = mk.get(); return m.computeIfAbsent(1, k -> { m.put(2, 2); return 1; }) + " " + new TreeMap<>(m); });
        t(name + " cia put existing", () -> { M m = mk.get(); m.put(2, 0); return m.computeIfAbsent(1, k -> { m.put(2, 2); return 1; }) + " " + new TreeMap<>(m); });
        t(name + " cia remove", () -> { M m = mk.get(); m.put(2, 0); return m.computeIfAbsent(1, k -> { m.remove(2); return 1; }) + " " + new TreeMap<>(m); });
        t(name + " cia null", () -> { M m = mk.get(); return m.computeIfAbsent(1, k -> { m.put(2, 2); return null; }) + " " + new TreeMap<>(m); });
        t(name + " compute", () -> { M m = mk.get(); return m.compute(1, (k, v) -> { m.put(2, 2); return 1; }) + " " + new TreeMap<>(m); });
        t(name + " compute present", () -> { M m = mk.get(); m.put(1, 0); return m.compute(1, (k, v) -> { m.put(2, 2); return 1; }) + " " + new TreeMap<>(m); });
        t(name + " cip", () -> { M m = mk.get(); m.put(1, 0); return m.computeIfPresent(1, (k, v) -> { m.put(2, 2); return 1; }) + " " + new TreeMap<>(m); });
        t(name + " merge", () -> { M m = mk.get(); m.put(1, 0); return m.merge(1, 5, (a, b) -> { m.put(2, 2); return a + b; }) + " " + new TreeMap<>(m); });
        t(name + " replaceAll", () -> { M m = mk.get(); m.put(1, 0); m.put(3, 3); m.replaceAll((k, v) -> { if (k < 5) m.put(k + 10, 1); return v; }); return new TreeMap<>(m); });
        t(name + " forEach put", () -> { M m = mk.get(); m.put(1, 0); m.forEach((k, v) -> { if (k < 5) m.put(k + 10, 1); }); return new TreeMap<>(m); });
        t(name + " forEach put existing", () -> { M m = mk.get(); m.put(1, 0); m.forEach((k, v) -> m.put(1, 1)); return new TreeMap<>(m); });
    }
    public static void main(String[] args) {
        all("HashMap", HashMap::new);
        all("LinkedHashMap", LinkedHashMap::new);
        all("TreeMap", TreeMap::new);
        all("Hashtable", Hashtable::new);
        all("WeakHashMap", WeakHashMap::new);
        all("IdentityHashMap", IdentityHashMap::new);
    }
}
