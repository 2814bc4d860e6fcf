package lang;

import java.util.List;
import java.util.Map;

public class PatternInstanceof {
    static String classify(Object o) {
        if (o instanceof Integer i && i > 100) return "big int " + i;
        if (o instanceof Integer i) return "int " + (i + 1);
        if (o instanceof String s && !s.isEmpty()) return "string of " + s.length() + " starting " + s.charAt(0);
        if (o instanceof String) return "empty string";
        if (o instanceof int[] arr) return "int array sum " + java.util.Arrays.stream(arr).sum();
        if (o instanceof List<?> list && list.size() > 1) return "list with second " + list.get(1);
        if (o instanceof Map<?, ?> m) return "map of " + m.size();
        if (!(o instanceof Number n)) return "other " + (o == null ? "null" : o.getClass().getSimpleName());
        return "number " + n.doubleValue();
    }

    record Box(Object content) {}

    public static void main(String[] args) {
        Object[] things = {5, 500, "hello", "", new int[]{1, 2, 3}, List.of("a", "b"), List.of("x"), Map.of("k", 1), 2.5, 7L, null, 'c', new Box("inner")};
        for (Object o : things) System.out.println(classify(o));
        Object o = new Box(new Box(42));
        if (o instanceof Box b && b.content() instanceof Box inner && inner.content() instanceof Integer n) {
            System.out.println("nested box holds " + (n * 2));
        }
        Object s = "scoped";
        if (!(s instanceof String str)) {
            System.out.println("not a string");
            return;
        }
        System.out.println("flow scoping: " + str.toUpperCase());
        int total = 0;
        for (Object x : things) if (x instanceof Integer i) total += i;
        System.out.println("total=" + total);
    }
}
