package conform;
import java.util.*;
import java.util.function.*;
public class Nest {
    private int secret = 42;
    private static String sstat() { return "private static"; }
    class Inner { private int innerSecret = 7; int peek() { return secret + innerSecret; } class Deeper { int all() { return secret + innerSecret + Nest.this.secret; } } }
    static class SNested { private String hidden() { return "hidden"; } }
    interface Shape { double area(); default String describe() { return name() + "[" + String.format("%.2f", area()) + "]"; } private String name() { return getClass().getSimpleName(); } static Shape unit() { return () -> 1.0; } }
    enum Color { RED, GREEN, BLUE; Color next() { return values()[(ordinal() + 1) % values().length]; } }
    enum Big { A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, C0, C1, C2, C3, C4, C5, C6, C7, C8, C9, D0, D1, D2, D3, D4, D5, D6, D7, D8, D9, E0, E1, E2, E3, E4, E5, E6, E7, E8, E9, F0, F1, F2, F3, F4, F5, F6, F7, F8, F9, G0, G1, G2, G3, G4, G5, G6, G7, G8, G9 }
    record Point(double x, double y) { static int count; Point { count++; } Point(double v) { this(v, v); } double dist() { return Math.hypot(x, y); } }
    record Arr(int[] data, List<String> names) {}
    record Gen<T extends Comparable<T>>(T a, T b) { T max() { return a.compareTo(b) >= 0 ? a : b; } }
    static abstract class Base<T> { abstract T make(int i); List<T> many(int n) { List<T> l = new ArrayList<>(); for (int i = 0; i < n; i++) l.add(make(i)); return l; } }
    static class StrMaker extends Base<String> { @Override String make(int i) { return "s" + i; } }
    static class Counter implements Iterable<Integer> { final int n; Counter(int n) { this.n = n; } public Iterator<Integer> iterator() { return new Iterator<>() { int i = 0; public boolean hasNext() { return i < n; } public Integer next() { return i++; } }; } }
    static String sw(Color c) { switch (c) { case RED: return "r"; case GREEN: return "g"; default: return "other"; } }
    static String sw2(Object o) { return o instanceof Color c ? "color " + c.ordinal() : "obj"; }
    @SafeVarargs static <T> List<T> listOf(T... xs) { return new ArrayList<>(Arrays.asList(xs)); }
    static <T, R> List<R> map(List<T> in, Function<? super T, ? extends R> f) { List<R> out = new ArrayList<>(); for (T t : in) out.add(f.apply(t)); return out; }
    public static void main(String[] args) {
        Nest n = new Nest(); Nest.Inner in = n.new Inner(); Nest.Inner.Deeper d = in.new Deeper();
        System.out.println(in.peek() + " " + d.all() + " " + in.innerSecret + " " + sstat() + " " + new SNested().hidden());
        Shape sq = () -> 4.0; System.out.println(sq.describe().startsWith("Nest$$") + " " + Shape.unit().area() + " " + new Shape() { public double area() { return 2; } }.describe());
        for (Color c : Color.values()) System.out.print(c + "->" + c.next() + ":" + sw(c) + ":" + sw2(c) + " "); System.out.println(sw2("x"));
        EnumSet<Big> es = EnumSet.noneOf(Big.class); es.add(Big.G9); es.add(Big.A0); es.addAll(EnumSet.range(Big.C5, Big.D2)); System.out.println(es + " " + es.size() + " " + es.contains(Big.D0) + " " + EnumSet.complementOf(es).size() + " " + EnumSet.allOf(Big.class).size());
        EnumMap<Color, Integer> em = new EnumMap<>(Color.class); em.put(Color.BLUE, 3); em.put(Color.RED, 1); System.out.println(em + " " + em.keySet());
        Point p = new Point(3, 4), q = new Point(2.5); System.out.println(p + " " + q + " " + p.dist() + " " + Point.count + " " + p.equals(new Point(3.0, 4.0)) + " " + new Point(0.0, 0).equals(new Point(-0.0, 0)) + " " + (p.hashCode() == new Point(3, 4).hashCode()));
        Arr a = new Arr(new int[]{1}, List.of("x")); System.out.println(a.toString().startsWith("Arr[data=[I@") + " " + a.names() + " " + a.equals(new Arr(a.data(), List.of("x"))) + " " + a.equals(new Arr(new int[]{1}, List.of("x"))));
        System.out.println(new Gen<>("pear", "apple").max() + " " + new Gen<>(3, 9).max() + " " + new Gen<>(1, 2));
        System.out.println(new StrMaker().many(3) + " " + map(listOf(1, 2, 3), x -> x * 1.5) + " " + listOf().size());
        int sum = 0; for (int i : new Counter(5)) sum += i; System.out.println(sum);
        Base<String> bs = new StrMaker(); System.out.println(bs.make(9));
        Supplier<Nest> ctor = Nest::new; Function<Nest, Integer> getter = x -> x.secret; System.out.println(getter.apply(ctor.get()));
        BiFunction<String, Integer, Character> charAt = String::charAt; Function<String, Integer> len = String::length; System.out.println(charAt.apply("hello", 1) + " " + len.apply("four"));
        Runnable[] rs = new Runnable[3]; StringBuilder sb = new StringBuilder(); for (int i = 0; i < 3; i++) { final int j = i; rs[i] = () -> sb.append(j); } for (Runnable r : rs) r.run(); System.out.println(sb);
        Object o = new Object() { int hidden = 5; @Override public String toString() { return "anon" + hidden; } }; System.out.println(o);
        var anonList = new ArrayList<Integer>() {{ add(1); add(2); }}; System.out.println(anonList + " " + anonList.getClass().getSuperclass().getSimpleName());
        class Local implements Comparable<Local> { final int v; Local(int v) { this.v = v; } public int compareTo(Local o) { return v - o.v; } public String toString() { return "L" + v; } }
        List<Local> locals = new ArrayList<>(List.of(new Local(3), new Local(1), new Local(2))); Collections.sort(locals); System.out.println(locals);
        Comparator<String> cmp = Comparator.comparing(String::length); cmp = cmp.reversed().thenComparing(Function.identity()); List<String> ws = new ArrayList<>(List.of("bb", "a", "ccc", "aa", "b")); ws.sort(cmp); System.out.println(ws);
        Optional<Point> op = Optional.of(p).filter(pt -> pt.x() > 1); System.out.println(op.map(Point::dist).orElse(-1.0));
        int[][] jag = new int[3][]; for (int i = 0; i < 3; i++) { jag[i] = new int[i + 1]; Arrays.fill(jag[i], i); } System.out.println(Arrays.deepToString(jag));
        long[][][] cube = new long[2][3][4]; cube[1][2][3] = 9; System.out.println(cube[1][2][3] + " " + cube[0].length + " " + cube[0][0].length + " " + cube.getClass().getName());
        char[][] grid = {"ab".toCharArray(), "cd".toCharArray()}; System.out.println(grid[1][0] + "" + grid[0][1] + " " + new String(grid[0]));
        Object[] objs = new Integer[]{1, 2}; System.out.println(objs.getClass().getSimpleName() + " " + (objs instanceof Integer[]) + " " + (objs instanceof Number[]));
        Integer[] boxes = {3, null, 1}; try { Arrays.sort(boxes); } catch (NullPointerException e) { System.out.println("npe in sort"); }
    }
}
