package reflection;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

public class Proxies {
    public interface Prims {
        int i(int a);
        long l(long a, int b);
        double d(double a, float b);
        boolean z(boolean a);
        char c(char a);
        byte b(byte a);
        short s(short a);
        float f(float a);
        void v(String s, long[] arr);
        String str();
        Object obj(Object... xs);
    }

    public interface Thrower {
        void declared() throws IOException;
        void undeclared();
        int prim();
        String text();
    }

    public interface Base {
        String name();
    }

    public interface Derived extends Base {
        int size();
        default String describe() {
            return "Derived " + name() + " of " + size();
        }
    }

    public interface Other {
        String name();
        default String hello(String who, int times) {
            return ("hi " + who + " ").repeat(times).trim();
        }
    }

    interface PackagePrivate {
        int value();
    }

    static final List<String> log = new ArrayList<>();

    static String show(Object[] args) {
        if (args == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < args.length; i++) {
            if (i > 0) sb.append(", ");
            Object a = args[i];
            if (a == null) sb.append("null");
            else if (a instanceof long[]) sb.append(Arrays.toString((long[]) a));
            else if (a instanceof Object[]) sb.append(Arrays.toString((Object[]) a));
            else sb.append(a.getClass().getSimpleName()).append(':').append(a);
        }
        return sb.append(']').toString();
    }

    public static void main(String[] args) throws Throwable {
        InvocationHandler echo = (proxy, m, a) -> {
            System.out.println("  call " + m.getName() + " " + show(a) + " declared by "
                    + m.getDeclaringClass().getSimpleName());
            switch (m.getName()) {
                case "i": return (Integer) a[0] * 2;
                case "l": return (Long) a[0] + (Integer) a[1];
                case "d": return (Double) a[0] * (Float) a[1];
                case "z": return !(Boolean) a[0];
                case "c": return (char) ((Character) a[0] + 1);
                case "b": return (byte) ((Byte) a[0] - 1);
                case "s": return (short) ((Short) a[0] * 3);
                case "f": return (Float) a[0] / 2;
                case "v": return "ignored";
                case "str": return "string!";
                case "obj": return a[0];
                case "hashCode": return 42;
                case "equals": return a[0] == proxy;
                case "toString": return "Proxy[" + m.getDeclaringClass().getName() + "]";
                default: return null;
            }
        };
        Prims p = (Prims) Proxy.newProxyInstance(Proxies.class.getClassLoader(),
                new Class<?>[] {Prims.class}, echo);
        System.out.println(p.i(21));
        System.out.println(p.l(1L << 40, 5));
        System.out.println(p.d(1.5, 4f));
        System.out.println(p.z(false));
        System.out.println(p.c('a'));
        System.out.println(p.b((byte) -128));
        System.out.println(p.s((short) 11));
        System.out.println(p.f(5f));
        p.v("x", new long[] {1, 2});
        System.out.println(p.str());
        System.out.println(show((Object[]) p.obj(1, "two", null)));
        System.out.println(p.hashCode());
        System.out.println(p.equals(p) + " " + p.equals("x"));
        System.out.println(p.toString());
        System.out.println(p);

        Class<?> pc = p.getClass();
        System.out.println(pc.getName());
        System.out.println(Modifier.toString(pc.getModifiers()));
        System.out.println(pc.getSuperclass().getName());
        System.out.println(Arrays.toString(pc.getInterfaces()));
        System.out.println(Proxy.isProxyClass(pc) + " " + Proxy.isProxyClass(Proxies.class)
                + " " + Proxy.isProxyClass(Proxy.class));
        System.out.println(Proxy.getInvocationHandler(p) == echo);
        System.out.println((p instanceof Proxy) + " " + (p instanceof Prims) + " "
                + (p instanceof Runnable));
        Object again = Proxy.newProxyInstance(Proxies.class.getClassLoader(),
                new Class<?>[] {Prims.class}, echo);
        System.out.println("same class: " + (again.getClass() == pc));

        // Methods: the Method objects the handler receives.
        List<String> seen = new ArrayList<>();
        InvocationHandler recorder = (proxy, m, a) -> {
            seen.add(m.toString());
            if (m.getReturnType() == int.class) return 3;
            if (m.getReturnType() == String.class) return "n";
            if (m.getReturnType() == boolean.class) return true;
            return null;
        };
        Object multi = Proxy.newProxyInstance(Proxies.class.getClassLoader(),
                new Class<?>[] {Derived.class, Other.class}, recorder);
        System.out.println(multi.getClass().getName());
        System.out.println(((Derived) multi).name() + ((Other) multi).name()
                + ((Derived) multi).size());
        System.out.println(((Derived) multi).describe());
        System.out.println(((Other) multi).hello("bob", 2));
        multi.hashCode();
        multi.equals(null);
        multi.toString();
        for (String s : seen) System.out.println("  " + s);

        // Default methods through InvocationHandler.invokeDefault.
        InvocationHandler defaults = (proxy, m, a) -> {
            if (m.isDefault()) return InvocationHandler.invokeDefault(proxy, m, a);
            if (m.getName().equals("name")) return "dflt";
            if (m.getName().equals("size")) return 7;
            return null;
        };
        Object d = Proxy.newProxyInstance(Proxies.class.getClassLoader(),
                new Class<?>[] {Derived.class, Other.class}, defaults);
        System.out.println(d.getClass() == multi.getClass());
        System.out.println(((Derived) d).describe());
        System.out.println(((Other) d).hello("ann", 3));
        try {
            InvocationHandler.invokeDefault(d, Base.class.getMethod("name"));
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            InvocationHandler.invokeDefault("nope", Derived.class.getMethod("describe"));
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            InvocationHandler.invokeDefault(p, Derived.class.getMethod("describe"));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName());
        }

        // Exceptions.
        InvocationHandler throwing = (proxy, m, a) -> {
            switch (m.getName()) {
                case "declared": throw new IOException("io");
                case "undeclared": throw new Exception("checked");
                case "prim": return log.isEmpty() ? null : "not an int";
                case "text": return 12;
                case "toString": throw new IllegalStateException("ise");
                case "hashCode": throw new AssertionError("err");
                default: throw new InterruptedException("intr");
            }
        };
        Thrower t = (Thrower) Proxy.newProxyInstance(Thrower.class.getClassLoader(),
                new Class<?>[] {Thrower.class}, throwing);
        try {
            t.declared();
        } catch (IOException e) {
            System.out.println("declared: " + e);
        }
        try {
            t.undeclared();
        } catch (UndeclaredThrowableException e) {
            System.out.println("undeclared: " + e + " cause " + e.getCause() + " / "
                    + e.getUndeclaredThrowable());
        }
        try {
            t.prim();
        } catch (NullPointerException e) {
            System.out.println("prim null: " + e.getClass().getName());
        }
        log.add("x");
        try {
            t.prim();
        } catch (ClassCastException e) {
            System.out.println("prim wrong: " + e.getMessage());
        }
        try {
            t.text();
        } catch (ClassCastException e) {
            System.out.println("text wrong: " + e.getMessage());
        }
        try {
            t.toString();
        } catch (IllegalStateException e) {
            System.out.println("toString: " + e);
        }
        try {
            t.hashCode();
        } catch (AssertionError e) {
            System.out.println("hashCode: " + e);
        }
        try {
            t.equals(t);
        } catch (UndeclaredThrowableException e) {
            System.out.println("equals: " + e.getCause());
        }

        // A non-public interface: the proxy class is in its package.
        Object pp = Proxy.newProxyInstance(Proxies.class.getClassLoader(),
                new Class<?>[] {PackagePrivate.class}, (proxy, m, a) -> 99);
        System.out.println(pp.getClass().getName() + " "
                + Modifier.toString(pp.getClass().getModifiers()) + " "
                + ((PackagePrivate) pp).value());

        // Library code calling through a proxy.
        @SuppressWarnings("unchecked")
        Comparator<String> byLength = (Comparator<String>) Proxy.newProxyInstance(
                null, new Class<?>[] {Comparator.class}, (proxy, m, a) -> {
                    if (m.getName().equals("compare")) {
                        return ((String) a[0]).length() - ((String) a[1]).length();
                    }
                    if (m.isDefault()) return InvocationHandler.invokeDefault(proxy, m, a);
                    return null;
                });
        List<String> words = new ArrayList<>(List.of("ccc", "a", "dddd", "bb"));
        words.sort(byLength);
        System.out.println(words);
        words.sort(byLength.reversed());
        System.out.println(words);
        @SuppressWarnings("unchecked")
        Function<Integer, Integer> inc = (Function<Integer, Integer>) Proxy.newProxyInstance(
                Proxies.class.getClassLoader(), new Class<?>[] {Function.class},
                (proxy, m, a) -> m.getName().equals("apply") ? (Integer) a[0] + 1
                        : InvocationHandler.invokeDefault(proxy, m, a));
        System.out.println(inc.apply(1) + " " + inc.andThen(inc).apply(10));

        // Errors.
        try {
            Proxy.newProxyInstance(null, new Class<?>[] {String.class}, echo);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            Proxy.newProxyInstance(null, new Class<?>[] {Runnable.class, Runnable.class}, echo);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            Proxy.newProxyInstance(null, new Class<?>[] {Runnable.class}, null);
        } catch (NullPointerException e) {
            System.out.println(e.getClass().getName());
        }
        try {
            Proxy.newProxyInstance(null, new Class<?>[] {Runnable.class, null}, echo);
        } catch (NullPointerException e) {
            System.out.println(e.getClass().getName());
        }
        try {
            Proxy.newProxyInstance(null, new Class<?>[] {Prims.class}, echo);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            Proxy.newProxyInstance(null, new Class<?>[] {Proxies.class, Prims.class}, echo);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            Proxy.getInvocationHandler("not a proxy");
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        Runnable r = (Runnable) Proxy.newProxyInstance(null, new Class<?>[] {Runnable.class},
                (proxy, m, a) -> {
                    System.out.println("run " + show(a));
                    return null;
                });
        r.run();
        System.out.println(r.getClass().getName());
    }
}
