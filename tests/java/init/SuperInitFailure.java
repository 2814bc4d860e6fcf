package init;

/** A class whose superclass or superinterface fails to initialize is erroneous too, and
 *  keeps that failure as the cause of its later NoClassDefFoundErrors. Errors (not
 *  Exceptions) thrown by static initializers pass through unwrapped. */
public class SuperInitFailure {
    static int depth;

    static void rec() {
        depth++;
        rec();
    }

    static class SoeInit {
        static {
            rec();
        }

        static void hi() {}
    }

    static class MyError extends Error {
        MyError(String m) {
            super(m);
        }
    }

    static class ErrInit {
        static {
            if (depth >= 0) {
                throw new MyError("custom error in clinit");
            }
        }

        static void hi() {}
    }

    static class NullMsg {
        static int x;

        static {
            if (depth >= 0) {
                throw new RuntimeException();
            }
        }
    }

    static class Chained {
        static int v = NullMsg.x;
    }

    interface WithInit {
        int V = SuperInitFailure.boom();

        default void d() {}
    }

    static class Impl implements WithInit {}

    static int boom() {
        throw new IllegalStateException("interface boom");
    }

    static class Base {
        static int v;

        static {
            v = 1;
            if (v == 1) {
                throw new IllegalStateException("base failed");
            }
        }
    }

    static class Sub extends Base {
        static int w = 2;
    }

    static class SubSub extends Sub {
        static int z = 3;
    }

    static class Other extends Base {
        static int q = 4;
    }

    interface Run {
        int run();
    }

    static void attempt(String label, Run r) {
        try {
            System.out.println(label + ": " + r.run());
        } catch (Throwable t) {
            System.out.println(label + ": " + t);
            for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
                System.out.println("    caused by " + c);
            }
        }
    }

    public static void main(String[] args) {
        attempt("soe 1", () -> { SoeInit.hi(); return 0; });
        attempt("soe 2", () -> { SoeInit.hi(); return 0; });
        attempt("error 1", () -> { ErrInit.hi(); return 0; });
        attempt("error 2", () -> { ErrInit.hi(); return 0; });
        attempt("chained 1", () -> Chained.v);
        attempt("chained 2", () -> Chained.v);
        attempt("no message", () -> NullMsg.x);
        attempt("impl 1", () -> new Impl().hashCode() * 0);
        attempt("impl 2", () -> new Impl().hashCode() * 0);
        attempt("interface", () -> WithInit.V);
        attempt("subsub 1", () -> SubSub.z);
        attempt("subsub 2", () -> SubSub.z);
        attempt("sub", () -> Sub.w);
        attempt("base", () -> Base.v);
        attempt("other 1", () -> Other.q);
        attempt("other 2", () -> Other.q);
        try {
            System.out.println(Other.q);
        } catch (NoClassDefFoundError e) {
            e.getCause().printStackTrace();
        }
        System.out.println(new Sub());
    }
}
