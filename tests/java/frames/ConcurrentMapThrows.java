package frames;

import java.util.concurrent.*;
/** ConcurrentHashMap refusing null keys and values: HotSpot's frames. */
public class ConcurrentMapThrows {
    public static void main(String[] a) {
        ConcurrentHashMap<String, String> m = new ConcurrentHashMap<>();
        try { m.get(null); } catch (NullPointerException e) { e.printStackTrace(); }
        try { m.containsKey(null); } catch (NullPointerException e) { e.printStackTrace(); }
        try { m.put("a", null); } catch (NullPointerException e) { e.printStackTrace(); }
        try { m.putIfAbsent(null, "a"); } catch (NullPointerException e) { e.printStackTrace(); }
        try { m.remove(null); } catch (NullPointerException e) { e.printStackTrace(); }
        try { m.getOrDefault(null, "x"); } catch (NullPointerException e) { e.printStackTrace(); }
        try { m.merge("a", null, (x, y) -> x); } catch (NullPointerException e) { e.printStackTrace(); }
        try { m.computeIfAbsent(null, k -> "v"); } catch (NullPointerException e) { e.printStackTrace(); }
        try { m.computeIfPresent(null, (k, v) -> v); } catch (NullPointerException e) { e.printStackTrace(); }
        try { m.compute(null, (k, v) -> v); } catch (NullPointerException e) { e.printStackTrace(); }
        try { m.remove(null, "x"); } catch (NullPointerException e) { e.printStackTrace(); }
        try { m.containsValue(null); } catch (NullPointerException e) { e.printStackTrace(); }
        m.put("k", "v");
        System.out.println(m.get("k") + " " + m.containsKey("k") + " " + m.getOrDefault("z", "d") + " " + m.remove("k") + " " + m);
    }
}
