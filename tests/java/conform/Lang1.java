package conform;
import java.util.*;
import java.util.function.*;
public class Lang1 {
    enum Op implements IntBinaryOperator {
        ADD("+") { public int applyAsInt(int a, int b) { return a + b; } },
        SUB("-") { public int applyAsInt(int a, int b) { return a - b; } },
        MUL("*") { public int applyAsInt(int a, int b) { return a * b; } };
        final String sym; Op(String s) { sym = s; }
        @Override public String toString() { return name().toLowerCase() + "(" + sym + ")"; }
    }
    enum Planet { MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6);
        final double mass, radius; Planet(double m, double r) { mass = m; radius = r; }
        double gravity() { return 6.67300E-11 * mass / (radius * radius); } }
    sealed interface Shape permits Circle, Square, Rect {}
    record Circle(double r) implements Shape {}
    record Square(double s) implements Shape {}
    record Rect(double w, double h) implements Shape { Rect { if (w < 0) throw new IllegalArgumentException("neg"); } static Rect square(double s) { return new Rect(s, s); } }
    record Pair<A, B>(A first, B second) { }
    static double area(Shape s) {
        if (s instanceof Circle c) return Math.PI * c.r() * c.r();
        else if (s instanceof Square sq && sq.s() > 0) return sq.s() * sq.s();
        else if (s instanceof Rect rr) return rr.w() * rr.h();
        return 0;
    }
    interface Greeter { String name(); default String greet() { return "Hello, " + name() + helper(); } private String helper() { return "!"; } static Greeter of(String n) { return () -> n; } }
    static abstract class Animal { abstract String sound(); public String toString() { return getClass().getSimpleName() + " says " + sound(); } }
    static class Dog extends Animal { String sound() { return "woof"; } }
    static class Puppy extends Dog { String sound() { return super.sound() + "ish"; } }
    class Inner { int v = outerField * 2; }
    int outerField = 21;
    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s + xs.length * 1000; }
    static String kind(Object... os) { return os == null ? "null-array" : os.length + ":" + Arrays.toString(os); }
    static <T extends Comparable<? super T>> T maxOf(List<? extends T> l) { T m = l.get(0); for (T t : l) if (t.compareTo(m) > 0) m = t; return m; }
    static String sw(String s) {
        switch (s) { case "apple": case "pear": return "fruit"; case "carrot": return "veg"; case "Aa": return "Aa"; case "BB": return "BB"; default: return "unknown"; }
    }
    static int swExpr(Object o) {
        return switch (o.hashCode() % 4) { case 0 -> 10; case 1, 2 -> { int x = 5; yield x * 2 + 1; } default -> -1; };
    }
    public static void main(String[] args) {
        for (Op op : Op.values()) System.out.println(op + " " + op.ordinal() + " " + op.applyAsInt(7, 3) + " " + op.getClass() + " " + op.getDeclaringClass().getSimpleName() + " " + op.compareTo(Op.SUB));
        System.out.println(Op.valueOf("MUL").sym + " " + Arrays.toString(Planet.values()));
        for (Planet p : Planet.values()) System.out.printf("%s %.2f%n", p, p.gravity());
        Shape[] shapes = {new Circle(1), new Square(2), new Rect(2, 3), Rect.square(1.5)};
        for (Shape s : shapes) System.out.println(s + " area=" + area(s) + " hash-eq=" + (s.hashCode() == s.hashCode()) + " " + s.equals(s));
        try { new Rect(-1, 2); } catch (IllegalArgumentException e) { System.out.println("rect: " + e.getMessage()); }
        Pair<String, List<Integer>> p = new Pair<>("k", List.of(1, 2)); System.out.println(p + " " + p.equals(new Pair<>("k", List.of(1, 2))) + " " + (p.hashCode() == new Pair<>("k", List.of(1, 2)).hashCode()));
        System.out.println(new Circle(0.5).equals(new Circle(0.5)) + " " + new Circle(-0.0).equals(new Circle(0.0)) + " " + new Circle(Double.NaN).equals(new Circle(Double.NaN)));
        System.out.println(Greeter.of("World").greet());
        Animal[] as = {new Dog(), new Puppy(), new Animal() { String sound() { return "???"; } }};
        for (Animal a : as) System.out.println(a + " | " + a.getClass().getName() + " | " + a.getClass().getSuperclass().getSimpleName() + " anon=" + a.getClass().isAnonymousClass());
        Lang1 outer = new Lang1(); Lang1.Inner in = outer.new Inner(); System.out.println(in.v);
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[]{4, 5}) + " " + kind() + " " + kind((Object[]) null) + " " + kind((Object) null) + " " + kind(1, "a", null));
        System.out.println(maxOf(List.of(3, 9, 2)) + " " + maxOf(List.of("pear", "apple", "zoo")));
        for (String s : new String[]{"apple", "pear", "carrot", "Aa", "BB", "x"}) System.out.print(sw(s) + " "); System.out.println();
        for (Object o : new Object[]{0, 1, 2, 3, "a", 'b'}) System.out.print(swExpr(o) + " "); System.out.println();
        Integer a1 = 127, a2 = 127, b1 = 128, b2 = 128; Long l1 = 127L, l2 = 127L; Character c1 = 'x', c2 = 'x';
        System.out.println((a1 == a2) + " " + (b1 == b2) + " " + b1.equals(b2) + " " + (l1 == l2) + " " + (c1 == c2) + " " + Integer.valueOf(-128).equals(-128) + " " + (Integer.valueOf(-129) == Integer.valueOf(-129)) + " " + (Boolean.valueOf(true) == Boolean.TRUE));
        Object ob = 1; System.out.println(ob.getClass().getName() + " " + ((Object) 1L).getClass().getSimpleName() + " " + ((Object) 'c').getClass() + " " + ((Object) 1.0f).getClass());
        long acc = 0; Integer boxedSum = 0; for (int i = 0; i < 1000; i++) { boxedSum += i; acc += boxedSum; } System.out.println(boxedSum + " " + acc);
        char c = 'a'; c += 2; c++; System.out.println(c + " " + (c + 1) + " " + (char) (c + 1) + " " + ('a' + 'b') + " " + (char) ('a' + 'b' - 'a') + " " + Character.getNumericValue('7') + " " + ('9' - '0'));
        System.out.println(Character.isLetter('é') + " " + Character.isDigit('٣') + " " + Character.isWhitespace('\t') + " " + Character.isUpperCase('Ä') + " " + Character.toUpperCase('ß') + " " + Character.isLetterOrDigit('_') + " " + Character.isJavaIdentifierStart('$') + " " + Character.getType('a') + " " + Character.isSpaceChar('\u00a0') + " " + Character.isAlphabetic('中') + " " + Character.digit('f', 16) + " " + Character.forDigit(11, 16) + " " + Character.toTitleCase('a') + " " + Character.isISOControl('\n') + " " + Character.isSurrogate('\uD800') + " " + Character.toString(65));
        Supplier<List<String>> sup = ArrayList::new; List<String> sl = sup.get(); sl.add("z");
        BiFunction<Integer, Integer, Integer> add = Integer::sum; Function<Integer, Integer> dbl = x -> x * 2; UnaryOperator<String> up = String::toUpperCase;
        System.out.println(add.andThen(dbl).apply(3, 4) + " " + dbl.compose(dbl).apply(5) + " " + up.apply("q") + " " + sl + " " + Function.<Integer>identity().apply(9));
        Predicate<String> empty = String::isEmpty; System.out.println(empty.negate().test("") + " " + empty.or(s -> s.startsWith("a")).test("abc") + " " + Predicate.not(empty).test("x") + " " + Predicate.isEqual("x").test("x"));
        int[] counter = {0}; Runnable r = () -> counter[0]++; for (int i = 0; i < 5; i++) r.run(); System.out.println(counter[0]);
        BinaryOperator<Integer> mx = BinaryOperator.maxBy(Comparator.naturalOrder()); System.out.println(mx.apply(3, 8));
        IntFunction<int[]> mk = int[]::new; System.out.println(mk.apply(4).length);
        Comparator<String> byLen = Comparator.comparingInt(String::length); System.out.println(byLen.thenComparing(Comparator.naturalOrder()).compare("ab", "aa") + " " + Comparator.nullsFirst(byLen).compare(null, "a"));
        Object[] objs = {new int[0], new String[0][0], "s", 1, null}; for (Object x : objs) System.out.print((x instanceof Object[]) + "/" + (x instanceof Comparable) + " "); System.out.println();
        System.out.println(int.class + " " + int[].class.getName() + " " + String[][].class.getName() + " " + String[].class.getSimpleName() + " " + void.class + " " + Integer.TYPE + " " + Map.Entry.class.getName() + " " + Map.Entry.class.getSimpleName() + " " + Op.ADD.getClass().getName() + " " + Lang1.Inner.class.getName());
    }
}
