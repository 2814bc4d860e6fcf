package reflection;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.concurrent.Callable;

public class ProxyTraces {
    public interface Service {
        String call(String arg) throws Exception;

        int count();

        void fail();
    }

    static Object make(InvocationHandler h, Class<?>... interfaces) {
        return Proxy.newProxyInstance(ProxyTraces.class.getClassLoader(), interfaces, h);
    }

    static Object handle(Object proxy, java.lang.reflect.Method m, Object[] args)
            throws Throwable {
        switch (m.getName()) {
            case "call":
                if ("checked".equals(args[0])) {
                    throw new Exception("checked from handler");
                }
                throw new IllegalArgumentException("bad " + args[0]);
            case "fail":
                throw new java.io.IOException("undeclared io");
            default:
                return null;
        }
    }

    public static void main(String[] args) throws Exception {
        Service s = (Service) make(ProxyTraces::handle, Service.class);
        try {
            s.call("x");
        } catch (IllegalArgumentException e) {
            e.printStackTrace(System.out);
        }
        try {
            s.call("checked");
        } catch (Exception e) {
            e.printStackTrace(System.out);
        }
        try {
            s.fail();
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
        }
        try {
            s.count();
        } catch (NullPointerException e) {
            System.out.println(e.getClass().getName());
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println(top + " | " + top.getModuleName() + " " + top.getClassName());
        }
        try {
            Object o = s;
            Comparable<?> c = (Comparable<?>) o;
            System.out.println(c);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            Callable<?> c = (Callable<?>) make((p, m, a) -> 5, Callable.class);
            String text = (String) c.call();
            System.out.println(text);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        Runnable r = (Runnable) make((p, m, a) -> {
            throw new IllegalStateException("uncaught through a proxy");
        }, Runnable.class);
        r.run();
    }
}
