package conform;
public class InitOrder2 {
    static void log(String s) { System.out.println("  " + s); }
    interface NoDefault { int X = InitOrder2.v("NoDefault.X", 1); void m(); }
    interface WithDefault { int Y = InitOrder2.v("WithDefault.Y", 2); default void d() {} }
    interface SubOfWithDefault extends WithDefault { int Z = InitOrder2.v("SubOfWithDefault.Z", 3); }
    static class Impl implements NoDefault, SubOfWithDefault { static { log("Impl.<clinit>"); } public void m() {} }
    static class Parent { static int P = v("Parent.P", 10); static void sm() { log("Parent.sm"); } }
    static class Child extends Parent { static int C = v("Child.C", 20); }
    static class ArrHolder { static { log("ArrHolder.<clinit>"); } }
    static class ConstHolder { static final String S = "const"; static final int I = 5; static final Integer BOXED = v("ConstHolder.BOXED", 6); static { log("ConstHolder.<clinit>"); } }
    static class Lazy { static { log("Lazy.<clinit>"); } static int get() { return 1; } }
    static class Thrower { static { log("Thrower.<clinit>"); if (true) throw new RuntimeException("boom in clinit"); } static int x; }
    static class SelfRef { static SelfRef INSTANCE = new SelfRef(); static int counter = 10; final int seen; SelfRef() { seen = counter; log("SelfRef() counter=" + counter); } }
    enum E { A, B; static { log("E.<clinit> values=" + values().length); } E() { log("E() " + name()); } }
    interface IA { int A = v("IA", 1); default void a() {} }
    interface IB extends IA { int B = v("IB", 2); }
    interface IC extends IB { int C = v("IC", 3); default void c() {} }
    interface ID { int D = v("ID", 4); default void d() {} }
    interface IE extends ID, IA { int E = v("IE", 5); default void e() {} }
    static class Diamond implements IC, IE { static { log("Diamond.<clinit>"); } }
    static class DiamondChild extends Diamond implements ID { static { log("DiamondChild.<clinit>"); } }
    static int v(String n, int x) { log("init " + n); return x; }
    public static void main(String[] args) throws Exception {
        System.out.println("1 new Impl"); new Impl();
        System.out.println("2 NoDefault.X"); System.out.println(NoDefault.X);
        System.out.println("3 Child.P"); System.out.println(Child.P);
        System.out.println("4 Child.sm"); Child.sm();
        System.out.println("5 Child.C"); System.out.println(Child.C);
        System.out.println("6 array"); ArrHolder[] arr = new ArrHolder[2]; System.out.println(arr.length + " " + ArrHolder.class.getSimpleName());
        System.out.println("7 const"); System.out.println(ConstHolder.S + ConstHolder.I); System.out.println(ConstHolder.BOXED);
        System.out.println("8 forName no-init"); Class<?> c = Class.forName("conform.InitOrder2$Lazy", false, InitOrder2.class.getClassLoader()); System.out.println(c.getSimpleName());
        System.out.println("9 forName init"); Class.forName("conform.InitOrder2$Lazy"); System.out.println(Lazy.get());
        System.out.println("10 thrower"); for (int i = 0; i < 2; i++) { try { System.out.println(Thrower.x); } catch (Throwable t) { System.out.println(t.getClass().getName() + ": " + t.getMessage() + " / cause " + t.getCause()); } }
        System.out.println("11 selfref"); System.out.println(SelfRef.INSTANCE.seen + " " + SelfRef.counter);
        System.out.println("12 enum"); System.out.println(E.B.ordinal());
        System.out.println("13 WithDefault.Y"); System.out.println(SubOfWithDefault.Z + WithDefault.Y);
        System.out.println("15 diamond"); new DiamondChild(); System.out.println(IB.B);
        System.out.println("14 class literal"); Class<?> k = Parent.class; System.out.println(k.getName());
    }
}
