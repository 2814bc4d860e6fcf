package conform;
import java.util.*;
public class NullMessages {
    static void t(String l, Runnable r) { try { r.run(); System.out.println(l + " ok"); } catch (Exception e) { System.out.println(l + ": " + e); } }
    public static void main(String[] args) {
        String n = null;
        t("compareTo", () -> "a".compareTo(n));
        t("equals", () -> "a".equals(n));
        t("contains", () -> "a".contains(n));
        t("indexOf", () -> "a".indexOf(n));
        t("startsWith", () -> "a".startsWith(n));
        t("concat", () -> "a".concat(n));
        t("split", () -> "a".split(n));
        t("replace", () -> "a".replace(n, "b"));
        t("join", () -> String.join(n, "a"));
        t("sb-append", () -> new StringBuilder().append(n).toString());
        t("sb-new", () -> new StringBuilder(n));
        t("string-new", () -> new String((String) n));
        t("list-addAll", () -> new ArrayList<>().addAll(null));
        t("list-new", () -> new ArrayList<>((Collection<?>) null));
        t("hashmap-new", () -> new HashMap<>((Map<?, ?>) null));
        t("treemap-get", () -> new TreeMap<String, Integer>().get(null));
        t("treeset-add", () -> new TreeSet<String>().add(null));
        t("list-of", () -> List.of((Object) null));
        t("map-of", () -> Map.of("a", null));
        t("sort-null", () -> { List<String> l = new ArrayList<>(Arrays.asList("b", null, "a")); Collections.sort(l); });
        t("arrays-sort", () -> Arrays.sort(new String[]{"b", null}));
        t("requireNonNull", () -> Objects.requireNonNull(null));
        t("chm-put", () -> new java.util.concurrent.ConcurrentHashMap<String, String>().put("a", null));
        t("valueOf", () -> Integer.valueOf(n));
        t("parseLong", () -> Long.parseLong(n));
        t("Boolean", () -> Boolean.parseBoolean(n));
        t("format", () -> String.format(n));
        t("matches", () -> "a".matches(n));
        t("charAt", () -> n.charAt(0));
        t("equalsIgnoreCase", () -> "a".equalsIgnoreCase(n));
        t("compareIgnore", () -> "a".compareToIgnoreCase(n));
        t("arraycopy", () -> System.arraycopy(new int[1], 0, null, 0, 1));
        t("deque-push", () -> new ArrayDeque<String>().push(null));
        t("lower", () -> n.toLowerCase());
        t("switch", () -> { switch (n) { case "a": break; } });
        t("foreach", () -> { for (String s : (List<String>) null) {} });
        t("arrlen", () -> { int[] a = null; for (int x : a) {} });
        t("sync", () -> { synchronized (n) {} });
        t("enum-switch", () -> { Thread.State s = null; switch (s) { case NEW: break; default: } });
        t("stream-map", () -> List.of(1).stream().map(x -> (String) null).map(String::length).count());
        t("method-ref", () -> { String s = null; Runnable r = s::length; });
        t("optional", () -> Optional.of(n));
        t("stringvalueof", () -> System.out.println(String.valueOf((Object) null).length()));
        t("integer-compare", () -> { Integer a = null; System.out.println(a < 5); });
        t("array-store", () -> { String[][] a = new String[1][]; a[0][0] = "x"; });
        t("thread-null", () -> new Thread((Runnable) null).run());
        t("regex", () -> java.util.regex.Pattern.compile(n));
    }
}
