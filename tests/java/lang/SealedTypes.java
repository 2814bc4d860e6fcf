package lang;

public class SealedTypes {
    sealed interface Expr permits Num, Add, Mul, Neg {}
    record Num(int value) implements Expr {}
    record Add(Expr left, Expr right) implements Expr {}
    record Mul(Expr left, Expr right) implements Expr {}
    static final class Neg implements Expr {
        final Expr inner;
        Neg(Expr inner) { this.inner = inner; }
    }

    sealed static abstract class Vehicle permits Car, Truck, Bike {}
    static final class Car extends Vehicle { int seats = 5; }
    static non-sealed class Truck extends Vehicle { int axles = 3; }
    static final class Bike extends Vehicle {}
    static class BigTruck extends Truck { { axles = 6; } }

    static int eval(Expr e) {
        if (e instanceof Num n) return n.value();
        if (e instanceof Add a) return eval(a.left()) + eval(a.right());
        if (e instanceof Mul m) return eval(m.left()) * eval(m.right());
        if (e instanceof Neg n) return -eval(n.inner);
        throw new AssertionError();
    }

    static String show(Expr e) {
        if (e instanceof Num n) return Integer.toString(n.value());
        if (e instanceof Add a) return "(" + show(a.left()) + " + " + show(a.right()) + ")";
        if (e instanceof Mul m) return show(m.left()) + " * " + show(m.right());
        if (e instanceof Neg n) return "-" + show(n.inner);
        return "?";
    }

    static String describe(Vehicle v) {
        if (v instanceof Car c) return "car with " + c.seats + " seats";
        else if (v instanceof Truck t && t.axles > 4) return "big truck with " + t.axles + " axles";
        else if (v instanceof Truck t) return "truck with " + t.axles + " axles";
        else return "bike";
    }

    public static void main(String[] args) {
        Expr e = new Add(new Mul(new Num(3), new Num(4)), new Neg(new Add(new Num(1), new Num(2))));
        System.out.println(show(e) + " = " + eval(e));
        for (Vehicle v : new Vehicle[]{new Car(), new Truck(), new BigTruck(), new Bike()}) System.out.println(describe(v));
        System.out.println(Expr.class.isSealed() + " " + Vehicle.class.isSealed() + " " + Truck.class.isSealed() + " " + Expr.class.getPermittedSubclasses().length);
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : Vehicle.class.getPermittedSubclasses()) sb.append(c.getSimpleName()).append(' ');
        System.out.println(sb.toString().trim());
    }
}
