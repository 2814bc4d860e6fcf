package conform;
import java.util.*;
public class Casts {
    static class A { String f = "A.f"; static String s() { return "A.s"; } String m() { return "A.m"; } String viaF() { return f; } }
    static class B extends A { String f = "B.f"; static String s() { return "B.s"; } String m() { return "B.m"; } }
    interface I {} static class C implements I {}
    static void o(Object x) { System.out.println("o(Object)"); } static void o(String x) { System.out.println("o(String)"); } static void o(Integer x) { System.out.println("o(Integer)"); }
    static void p(long x) { System.out.println("p(long)"); } static void p(Integer x) { System.out.println("p(Integer)"); } static void p(int... x) { System.out.println("p(int...)"); }
    static void q(double x) { System.out.println("q(double)"); } static void q(Object x) { System.out.println("q(Object)"); }
    static void r(char c) { System.out.println("r(char)"); } static void r(int c) { System.out.println("r(int)"); }
    static void t(Object... xs) { System.out.println("t(Object...) " + xs.length); } static void t(String a, Object... xs) { System.out.println("t(String,Object...) " + xs.length); }
    static void cc(Runnable r) { r.run(); }
    static void tryCast(String label, Runnable r) { try { r.run(); System.out.println(label + " ok"); } catch (RuntimeException e) { System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage()); } }
    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        A ab = new B(); B b = (B) ab;
        System.out.println(ab.f + " " + b.f + " " + ((A) b).f + " " + ab.m() + " " + ab.viaF() + " " + A.s() + " " + B.s());
        o(null == null ? "s" : null); o((Object) "x"); o(5); p(5); p((short) 5); q(5); q('c'); q("s"); r('c'); r(99); r((char) 99); byte by = 1; r(by); t(); t("a"); t("a", "b"); t(1, 2);
        Object s = "str", i = 42, arr = new int[3], sarr = new String[2], c = new C(), a = new A(), list = new ArrayList<>(), lam = (Runnable) () -> {};
        tryCast("s->Integer", () -> { Integer x = (Integer) s; });
        tryCast("a->B", () -> { B x = (B) a; });
        tryCast("c->A", () -> { A x = (A) c; });
        tryCast("a->I", () -> { I x = (I) a; });
        tryCast("arr->Object[]", () -> { Object[] x = (Object[]) arr; });
        tryCast("sarr->Integer[]", () -> { Integer[] x = (Integer[]) sarr; });
        tryCast("sarr->Object[]", () -> { Object[] x = (Object[]) sarr; x[0] = 1; });
        tryCast("list->Map", () -> { Map<?, ?> x = (Map<?, ?>) list; });
        tryCast("i->String", () -> { String x = (String) i; });
        tryCast("heap-pollution", () -> { List raw = new ArrayList(); raw.add(1); List<String> ls = raw; String x = ls.get(0); });
        tryCast("aioobe", () -> { int[] x = new int[2]; x[2] = 1; });
        tryCast("aioobe-neg", () -> { long[] x = new long[0]; x[-1] = 1; });
        tryCast("neg-size", () -> { Object x = new String[-5]; });
        tryCast("neg-multi", () -> { Object x = new int[2][-3]; });
        tryCast("div0", () -> { int z = 0; System.out.println(1 % z); });
        tryCast("sioobe", () -> "abc".substring(2, 1));
        tryCast("sioobe2", () -> new StringBuilder("ab").charAt(5));
        tryCast("sioobe3", () -> "abc".subSequence(-1, 2));
        tryCast("sb-insert", () -> new StringBuilder("ab").insert(5, "x"));
        tryCast("sb-delete", () -> new StringBuilder("ab").deleteCharAt(2));
        tryCast("list-get", () -> new ArrayList<>(List.of(1, 2)).get(-1));
        tryCast("list-set", () -> new LinkedList<>().set(0, 1));
        tryCast("arrays-aslist", () -> Arrays.asList(1, 2).add(3));
        tryCast("list-of-null", () -> List.of(1, null));
        tryCast("map-of-dup", () -> Map.of("k", 1, "k", 2));
        tryCast("set-of-dup", () -> Set.of(1, 1));
        tryCast("iter-remove", () -> new ArrayList<>(List.of(1)).iterator().remove());
        tryCast("copyOf-neg", () -> Arrays.copyOf(new int[1], -1));
        tryCast("sublist", () -> List.of(1, 2, 3).subList(2, 1));
        tryCast("arraydeque-null", () -> new ArrayDeque<>().add(null));
        tryCast("treemap-null", () -> new TreeMap<String, Integer>().put(null, 1));
        tryCast("treemap-cce", () -> { TreeMap<Object, Integer> t = new TreeMap<>(); t.put("a", 1); t.put(1, 2); });
        tryCast("pq-cce", () -> { PriorityQueue<Object> pq = new PriorityQueue<>(); pq.add(new A()); pq.add(new A()); });
        tryCast("optional-get", () -> Optional.empty().get());
        tryCast("optional-of-null", () -> Optional.of(null));
        tryCast("enum-valueof", () -> Thread.State.valueOf("nope"));
        tryCast("parse", () -> Integer.parseInt("12a"));
        tryCast("parse-radix", () -> Integer.parseInt("1", 99));
        tryCast("parse-long", () -> Long.parseLong(""));
        tryCast("parse-double-null", () -> Double.parseDouble(null));
        tryCast("char-digit", () -> Character.toChars(-1));
        tryCast("repeat-neg", () -> "a".repeat(-1));
        tryCast("collectors-dup", () -> java.util.stream.Stream.of("a", "a").collect(java.util.stream.Collectors.toMap(x -> x, x -> 1)));
        tryCast("stream-reuse", () -> { var st = java.util.stream.Stream.of(1); st.count(); st.count(); });
        tryCast("unmod", () -> Collections.unmodifiableList(new ArrayList<>()).add(1));
        tryCast("iterator-next", () -> List.of().iterator().next());
        tryCast("scanner", () -> new Scanner("x").nextInt());
        tryCast("string-null-concat-ok", () -> { String x = null; x = x + null; });
        tryCast("format-arg", () -> String.format("%d", 1.5));
        tryCast("valueOf-char", () -> String.valueOf((char[]) null));
        tryCast("switch-null", () -> { String x = null; switch (x) { default: } });
        tryCast("unbox-null", () -> { Map<String, Integer> m = new HashMap<>(); int x = m.get("k"); });
        tryCast("assert-class", () -> { Class<?> k = Integer.class; k.cast("s"); });
        tryCast("array-store-user", () -> { Object[] x = new A[1]; x[0] = new C(); });
        tryCast("clone-cast", () -> { int[][] x = new int[2][2]; Object y = x.clone(); long[][] z = (long[][]) y; });
    }
}
