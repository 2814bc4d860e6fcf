package reflection;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;

/** A proxy of interfaces that declare one signature with different return types has one
 *  method per return type, each dispatching its own interface's Method; exceptions are
 *  merged only among methods of the same return type. */
public class ProxyCovariantReturns {
    public interface Source {
        Object get();

        CharSequence name() throws IOException;

        List<String> items();
    }

    public interface Named {
        String get();

        String name() throws IOException, InterruptedException;

        List<String> items() throws Exception;
    }

    public interface Labelled {
        CharSequence name();
    }

    static String describe(Method m) {
        StringBuilder sb = new StringBuilder(m.getDeclaringClass().getSimpleName() + "." + m.getName() + ":"
                + m.getReturnType().getSimpleName());
        for (Class<?> e : m.getExceptionTypes()) {
            sb.append(" throws ").append(e.getSimpleName());
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        InvocationHandler h = (proxy, m, a) -> {
            switch (m.getName()) {
                case "get":
                    return "get via " + describe(m);
                case "name":
                    if (m.getDeclaringClass() == Named.class) {
                        throw new InterruptedException("from " + describe(m));
                    }
                    throw new IOException("from " + describe(m));
                case "items":
                    throw new Exception("checked from " + describe(m));
                case "hashCode":
                    return 1;
                case "equals":
                    return proxy == a[0];
                case "toString":
                    return "proxy";
                default:
                    return null;
            }
        };
        Object p = Proxy.newProxyInstance(ProxyCovariantReturns.class.getClassLoader(),
                new Class<?>[] {Source.class, Named.class, Labelled.class}, h);
        System.out.println(((Source) p).get());
        System.out.println(((Named) p).get());
        for (Object target : new Object[] {"Source", "Named", "Labelled"}) {
            try {
                Object r = switch ((String) target) {
                    case "Source" -> ((Source) p).name();
                    case "Named" -> ((Named) p).name();
                    default -> ((Labelled) p).name();
                };
                System.out.println("returned " + r);
            } catch (UndeclaredThrowableException e) {
                System.out.println(target + ".name: undeclared " + e.getUndeclaredThrowable());
            } catch (IOException | InterruptedException e) {
                System.out.println(target + ".name: " + e);
            }
        }
        try {
            ((Source) p).items();
        } catch (UndeclaredThrowableException e) {
            System.out.println("Source.items: undeclared " + e.getUndeclaredThrowable());
        }
        try {
            ((Named) p).items();
        } catch (UndeclaredThrowableException e) {
            System.out.println("Named.items: undeclared " + e.getUndeclaredThrowable());
        }
        try {
            Proxy.newProxyInstance(ProxyCovariantReturns.class.getClassLoader(),
                    new Class<?>[] {Runnable.class, java.util.concurrent.Callable.class, IntCall.class}, h);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException");
        }
        System.out.println(p + " " + p.hashCode() + " " + p.equals(p));
    }

    public interface IntCall {
        int call();
    }
}
