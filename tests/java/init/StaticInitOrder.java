package init;

public class StaticInitOrder {
    static { System.out.println("StaticInitOrder.<clinit>"); }

    static class Super {
        static int superField = log("Super.superField", 1);
        static { System.out.println("Super static block"); }
        static void hello() { System.out.println("Super.hello()"); }
    }

    static class Sub extends Super {
        static int subField = log("Sub.subField", 2);
        static { System.out.println("Sub static block"); }
        static final int CONST = 99;               // compile-time constant: inlined, no init
        static final Integer BOXED = log("Sub.BOXED", 3); // not a constant
        static void subHello() { System.out.println("Sub.subHello()"); }
    }

    static class ViaNew {
        static { System.out.println("ViaNew static block"); }
        ViaNew() { System.out.println("ViaNew()"); }
    }

    static class ViaArray {
        static { System.out.println("ViaArray static block (should not run)"); }
    }

    static class ViaClassLiteral {
        static { System.out.println("ViaClassLiteral static block (should not run)"); }
    }

    static class ViaPut {
        static int target;
        static { System.out.println("ViaPut static block"); }
    }

    static class Forward {
        static int a = b();       // b() sees c == 0 before c's initializer
        static int c = 10;
        static int b() { return c + 1; }
    }

    static int log(String what, int v) {
        System.out.println("  init " + what + " = " + v);
        return v;
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("Sub.CONST = " + Sub.CONST);
        System.out.println("-- accessing Sub.superField through Sub");
        System.out.println(Sub.superField);   // initializes only Super
        System.out.println("-- calling Sub.subHello()");
        Sub.subHello();
        System.out.println("Sub.BOXED = " + Sub.BOXED);
        Super.hello();
        System.out.println("-- arrays");
        ViaArray[] arr = new ViaArray[3];
        ViaArray[][] arr2 = new ViaArray[2][2];
        System.out.println("arrays created: " + arr.length + arr2.length);
        System.out.println("-- class literal");
        Class<?> c = ViaClassLiteral.class;
        System.out.println("literal: " + c.getSimpleName());
        System.out.println("-- new");
        new ViaNew();
        new ViaNew();
        System.out.println("-- putstatic");
        ViaPut.target = 5;
        System.out.println("ViaPut.target = " + ViaPut.target);
        System.out.println("-- forward reference");
        System.out.println("Forward.a = " + Forward.a + ", Forward.c = " + Forward.c);
        System.out.println("main ends");
    }
}
