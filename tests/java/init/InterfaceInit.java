package init;

public class InterfaceInit {
    static int log(String s, int v) {
        System.out.println("  init " + s);
        return v;
    }

    interface Plain {
        int CONST = 5;                         // constant, inlined
        int COMPUTED = log("Plain.COMPUTED", 7); // forces <clinit> when read
        void m();
    }

    interface WithDefault {
        int X = log("WithDefault.X", 1);
        default String hello() { return "default hello"; }
    }

    static class Impl implements Plain {
        static { System.out.println("Impl static block"); }
        public void m() { System.out.println("Impl.m()"); }
    }

    static class ImplDefault implements WithDefault {
        static { System.out.println("ImplDefault static block"); }
    }

    interface Sub extends Plain {
        int SUBVAL = log("Sub.SUBVAL", 11);
    }

    public static void main(String[] args) {
        System.out.println("-- new Impl (does not initialize Plain)");
        Impl i = new Impl();
        i.m();
        System.out.println("Plain.CONST = " + Plain.CONST);
        System.out.println("-- read Plain.COMPUTED");
        System.out.println("Plain.COMPUTED = " + Plain.COMPUTED);
        System.out.println("-- new ImplDefault (interface with default method is initialized)");
        ImplDefault d = new ImplDefault();
        System.out.println(d.hello());
        System.out.println("-- read Sub.SUBVAL (does not re-init Plain)");
        System.out.println("Sub.SUBVAL = " + Sub.SUBVAL);
        System.out.println("WithDefault.X = " + WithDefault.X);
    }
}
