package conform;
public class InitOrder {
    static StringBuilder log = new StringBuilder();
    static void log(String s) { log.append(s).append(' '); System.out.println("init: " + s); }
    static class A { static { log("A.static"); } static int X = val("A.X", 1); int f = val("A.f", 10); { log("A.instance-block"); }
        A() { log("A()"); show(); } void show() { log("A.show"); } }
    static class B extends A { static { log("B.static"); } static final int CONST = 99; static int Y = val("B.Y", 2); int g = val("B.g", 20);
        B() { super(); log("B() g=" + g); } @Override void show() { log("B.show g=" + g); } }
    interface I { int Z = val("I.Z", 3); default void m() {} }
    static class C implements I { static { log("C.static"); } }
    static class Bad { static int v = 1 / zero(); static int zero() { return 0; } }
    static class Holder { static final Holder INSTANCE = new Holder(); static int counter = 5; int seen; Holder() { seen = counter; counter++; } }
    static class Cyc1 { static int a = Cyc2.b + 1; } static class Cyc2 { static int b = Cyc1.a + 10; }
    static int val(String n, int v) { log(n); return v; }
    public static void main(String[] args) {
        System.out.println("B.CONST=" + B.CONST);
        System.out.println("---");
        new B();
        System.out.println("---");
        new B();
        System.out.println("---");
        new C();
        System.out.println("C created; I.Z=" + I.Z);
        System.out.println(Holder.INSTANCE.seen + " " + Holder.counter);
        System.out.println(Cyc1.a + " " + Cyc2.b);
        try { System.out.println(Bad.v); } catch (ExceptionInInitializerError e) { System.out.println("EIIE cause=" + e.getCause()); }
        try { System.out.println(Bad.v); } catch (NoClassDefFoundError e) { System.out.println("NCDFE " + e.getMessage()); }
        Object[] arr = new A[3]; System.out.println(arr.length + " " + arr.getClass().getName() + " " + arr.getClass().getSimpleName());
        System.out.println(log.toString().trim());
    }
}
