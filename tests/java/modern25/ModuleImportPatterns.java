package modern25;

import module java.base;

/** Module imports, inferred record pattern types, unnamed variables and patterns. */
public class ModuleImportPatterns {
    record Box<T>(T value) {}
    record Pair<A, B>(A first, B second) {}
    sealed interface Opt<T> permits Some, None {}
    record Some<T>(T value) implements Opt<T> {}
    record None<T>() implements Opt<T> {}

    static <T> String show(Opt<T> o) {
        return switch (o) {
            case Some(var v) when v instanceof String s -> "some string " + s;
            case Some(var v) -> "some " + v;
            case None() -> "none";
        };
    }

    static String pair(Object o) {
        return switch (o) {
            case Pair(Box(String s), Box(Integer i)) -> "boxes " + s + i;
            case Pair(var a, Pair(var b, var c)) -> "chain " + a + b + c;
            case Pair(_, _) -> "pair";
            case Box(Box(Box(var x))) -> "triple " + x;
            default -> "other";
        };
    }

    public static void main(String[] args) {
        IO.println(show(new Some<>("x")));
        IO.println(show(new Some<>(3)));
        IO.println(show(new None<>()));
        IO.println(pair(new Pair<>(new Box<>("s"), new Box<>(1))));
        IO.println(pair(new Pair<>(1, new Pair<>(2, 3))));
        IO.println(pair(new Pair<>(1, 2)));
        IO.println(pair(new Box<>(new Box<>(new Box<>(9)))));
        IO.println(pair("z"));
        int total = 0;
        for (var _ : List.of(1, 2, 3)) total++;
        IO.println("count " + total);
        try {
            Integer.parseInt("nope");
        } catch (NumberFormatException _) {
            IO.println("caught");
        }
        BiFunction<Integer, Integer, Integer> first = (a, _) -> a;
        IO.println(first.apply(5, 6));
        Map<String, List<Integer>> m = new TreeMap<>();
        m.computeIfAbsent("k", _ -> new ArrayList<>()).add(1);
        IO.println(m);
        Object o = 42;
        String r = o instanceof Integer i && i > 40 ? "big" : "small";
        IO.println(r);
        var sb = new StringBuilder();
        switch (o) {
            case Integer i when i > 100 -> sb.append("huge");
            case Integer i -> { sb.append("int"); sb.append(i); }
            default -> {}
        }
        IO.println(sb);
        char c = 'q';
        IO.println(switch (c) { case 'a', 'e', 'i', 'o', 'u' -> "vowel"; default -> { String t = "cons"; yield t + "onant"; } });
        long big = 5_000_000_000L;
        IO.println(switch ((int) (big % 3)) { case 0 -> "zero"; case 1 -> "one"; default -> "two"; });
    }
}
