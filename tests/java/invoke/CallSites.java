package invoke;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.invoke.VolatileCallSite;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;

public class CallSites {
    static String upper(String s) {
        return s.toUpperCase();
    }

    static String lower(String s) {
        return s.toLowerCase();
    }

    static int compareLength(String a, String b) {
        return Integer.compare(a.length(), b.length());
    }

    static void fail() throws Exception {
        throw new Exception("checked");
    }

    public interface Greeter {
        String greet(String name);

        default String twice(String name) {
            return greet(name) + " " + greet(name);
        }
    }

    public interface Failing {
        void run();
    }

    interface Hidden {
        void run();
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodType stringToString = MethodType.methodType(String.class, String.class);
        MethodHandle upper = lookup.findStatic(CallSites.class, "upper", stringToString);
        MethodHandle lower = lookup.findStatic(CallSites.class, "lower", stringToString);

        MutableCallSite mutable = new MutableCallSite(stringToString);
        System.out.println("mutable type " + mutable.type());
        MethodHandle dynamic = mutable.dynamicInvoker();
        System.out.println("dynamic " + dynamic);
        try {
            String s = (String) dynamic.invokeExact("x");
            System.out.println(s);
        } catch (IllegalStateException e) {
            System.out.println("uninitialized: " + e.getMessage());
        }
        mutable.setTarget(upper);
        System.out.println("upper " + (String) dynamic.invokeExact("Hello"));
        mutable.setTarget(lower);
        System.out.println("lower " + (String) dynamic.invokeExact("Hello"));
        System.out.println("target " + (mutable.getTarget() == lower));
        try {
            mutable.setTarget(MethodHandles.identity(int.class));
        } catch (Exception e) {
            System.out.println("setTarget: " + e);
        }
        MutableCallSite.syncAll(new MutableCallSite[] {mutable});

        VolatileCallSite volatileSite = new VolatileCallSite(upper);
        MethodHandle volatileInvoker = volatileSite.dynamicInvoker();
        System.out.println("volatile " + (String) volatileInvoker.invokeExact("abc"));
        volatileSite.setTarget(lower);
        System.out.println("volatile " + (String) volatileInvoker.invokeExact("ABC"));

        CallSite constant = new ConstantCallSite(upper);
        System.out.println("constant " + (constant.dynamicInvoker() == upper) + " "
                + (String) constant.getTarget().invokeExact("q") + " " + constant.type());
        try {
            constant.setTarget(lower);
        } catch (UnsupportedOperationException e) {
            System.out.println("constant setTarget: " + e);
        }

        Function<Object, Object> f = MethodHandleProxies.asInterfaceInstance(Function.class,
                upper);
        System.out.println("function " + f.apply("proxied"));
        System.out.println("wrapper " + MethodHandleProxies.isWrapperInstance(f) + " "
                + (MethodHandleProxies.wrapperInstanceTarget(f) == upper) + " "
                + MethodHandleProxies.wrapperInstanceType(f).getName() + " "
                + MethodHandleProxies.isWrapperInstance("no"));
        Greeter greeter = MethodHandleProxies.asInterfaceInstance(Greeter.class, upper);
        System.out.println("greeter " + greeter.greet("bob") + " / " + greeter.twice("al"));
        System.out.println("equals " + greeter.equals(greeter) + " " + greeter.equals(f));
        MethodHandle compare = lookup.findStatic(CallSites.class, "compareLength",
                MethodType.methodType(int.class, String.class, String.class));
        @SuppressWarnings("unchecked")
        Comparator<String> byLength = MethodHandleProxies.asInterfaceInstance(Comparator.class,
                compare);
        java.util.List<String> words = new java.util.ArrayList<>(
                java.util.List.of("ccc", "a", "bb"));
        words.sort(byLength);
        System.out.println("sorted " + words);
        IntBinaryOperator add = MethodHandleProxies.asInterfaceInstance(IntBinaryOperator.class,
                lookup.findStatic(Integer.class, "sum", MethodType.methodType(int.class,
                        int.class, int.class)));
        System.out.println("sum " + add.applyAsInt(20, 22));
        Failing failing = MethodHandleProxies.asInterfaceInstance(Failing.class,
                lookup.findStatic(CallSites.class, "fail", MethodType.methodType(void.class)));
        try {
            failing.run();
        } catch (java.lang.reflect.UndeclaredThrowableException e) {
            System.out.println("undeclared " + e.getCause());
        }
        try {
            MethodHandleProxies.asInterfaceInstance(Runnable.class, upper);
        } catch (Exception e) {
            System.out.println("mismatch: " + e);
        }
        try {
            MethodHandleProxies.asInterfaceInstance(String.class, upper);
        } catch (Exception e) {
            System.out.println("not interface: " + e);
        }
        try {
            MethodHandleProxies.asInterfaceInstance(java.util.Iterator.class, upper);
        } catch (Exception e) {
            System.out.println("not single: " + e);
        }
        try {
            MethodHandleProxies.asInterfaceInstance(Hidden.class, upper);
        } catch (Exception e) {
            System.out.println("not public: " + e);
        }
    }
}
