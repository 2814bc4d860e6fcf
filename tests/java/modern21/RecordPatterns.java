package modern21;

public class RecordPatterns {
    sealed interface Expr permits Const, Var, Add, Mul, Neg {}
    record Const(int value) implements Expr {}
    record Var(String name) implements Expr {}
    record Add(Expr left, Expr right) implements Expr {}
    record Mul(Expr left, Expr right) implements Expr {}
    record Neg(Expr operand) implements Expr {}

    static Expr simplify(Expr e) {
        return switch (e) {
            case Add(Const(int a), Const(int b)) -> new Const(a + b);
            case Mul(Const(int a), Const(int b)) -> new Const(a * b);
            case Add(Const(int z), Expr x) when z == 0 -> simplify(x);
            case Add(Expr x, Const(int z)) when z == 0 -> simplify(x);
            case Mul(Const(int one), Expr x) when one == 1 -> simplify(x);
            case Mul(Expr x, Const(int one)) when one == 1 -> simplify(x);
            case Mul(Const(int z), Expr x) when z == 0 -> new Const(0);
            case Mul(Expr x, Const(int z)) when z == 0 -> new Const(0);
            case Neg(Neg(Expr inner)) -> simplify(inner);
            case Neg(Const(int v)) -> new Const(-v);
            case Add(Expr l, Expr r) -> {
                Expr sl = simplify(l), sr = simplify(r);
                yield (sl.equals(l) && sr.equals(r)) ? e : simplify(new Add(sl, sr));
            }
            case Mul(Expr l, Expr r) -> {
                Expr sl = simplify(l), sr = simplify(r);
                yield (sl.equals(l) && sr.equals(r)) ? e : simplify(new Mul(sl, sr));
            }
            case Neg(Expr x) -> {
                Expr sx = simplify(x);
                yield sx.equals(x) ? e : simplify(new Neg(sx));
            }
            case Const c -> c;
            case Var v -> v;
        };
    }

    static String show(Expr e) {
        return switch (e) {
            case Const(int v) -> Integer.toString(v);
            case Var(String n) -> n;
            case Add(var l, var r) -> "(" + show(l) + " + " + show(r) + ")";
            case Mul(var l, var r) -> show(l) + "*" + show(r);
            case Neg(var x) -> "-" + show(x);
        };
    }

    static int eval(Expr e, int x) {
        return switch (e) {
            case Const(int v) -> v;
            case Var(String n) -> x;
            case Add(Expr l, Expr r) -> eval(l, x) + eval(r, x);
            case Mul(Expr l, Expr r) -> eval(l, x) * eval(r, x);
            case Neg(Expr o) -> -eval(o, x);
        };
    }

    record Pair<A, B>(A first, B second) {}

    static String pairInfo(Object o) {
        if (o instanceof Pair<?, ?>(String s, Integer i)) return "string/int pair " + s + "," + i;
        if (o instanceof Pair<?, ?>(Pair<?, ?>(var a, var b), var c)) return "nested pair " + a + "," + b + "," + c;
        if (o instanceof Pair<?, ?>(var a, var b)) return "generic pair " + a + "," + b;
        return "not a pair";
    }

    public static void main(String[] args) {
        Var x = new Var("x");
        Expr[] exprs = {
            new Add(new Const(2), new Const(3)),
            new Mul(new Const(1), new Add(x, new Const(0))),
            new Add(new Mul(new Const(0), x), new Neg(new Neg(x))),
            new Mul(new Add(new Const(1), new Const(1)), new Add(x, new Neg(new Const(4)))),
            new Neg(new Add(new Const(0), new Mul(x, new Const(1)))),
            new Add(new Mul(x, x), new Mul(new Const(3), x)),
        };
        for (Expr e : exprs) {
            Expr s = simplify(e);
            System.out.println(show(e) + "  =>  " + show(s) + "   [x=5: " + eval(e, 5) + " / " + eval(s, 5) + "]");
        }
        System.out.println(simplify(exprs[0]));
        System.out.println(pairInfo(new Pair<>("a", 1)));
        System.out.println(pairInfo(new Pair<>(new Pair<>(1, 2), 3)));
        System.out.println(pairInfo(new Pair<>(1.5f, 'c')));
        System.out.println(pairInfo("nope"));
    }
}
