package jdk.internal.reflect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.IdentityHashMap;

/**
 * What generated proxy classes call (see runtime/src/natives/proxy.rs): their static
 * initializer takes its method entries from here, and each proxy method dispatches through
 * {@link #invoke}, which wraps checked exceptions the method does not declare.
 */
public final class ProxySupport {
    private ProxySupport() {}

    /** A proxy method: the Method the handler sees and what each merged method may throw. */
    public static final class Entry {
        final Method method;
        final Class<?>[][] exceptions;

        public Entry(Method method, Class<?>[][] exceptions) {
            this.method = method;
            this.exceptions = exceptions;
        }
    }

    private static final IdentityHashMap<Class<?>, Entry[]> CLASSES = new IdentityHashMap<>();

    private static native Class<?> defineProxyClass0(ClassLoader loader, String name, int access,
            Class<?>[] interfaces, String[] names, String[] descriptors);

    public static Class<?> define(ClassLoader loader, String name, int access,
            Class<?>[] interfaces, String[] names, String[] descriptors, Entry[] entries) {
        Class<?> c = defineProxyClass0(loader, name, access, interfaces, names, descriptors);
        synchronized (CLASSES) {
            CLASSES.put(c, entries);
        }
        return c;
    }

    public static boolean isProxyClass(Class<?> c) {
        synchronized (CLASSES) {
            return CLASSES.containsKey(c);
        }
    }

    public static Entry[] entries(Class<?> c) {
        synchronized (CLASSES) {
            return CLASSES.get(c);
        }
    }

    public static Object invoke(InvocationHandler h, Object proxy, Entry entry, Object[] args) {
        try {
            return h.invoke(proxy, entry.method, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            if (declared(entry, t)) {
                throw ProxySupport.<RuntimeException>sneakyThrow(t);
            }
            throw new UndeclaredThrowableException(t);
        }
    }

    /** A checked exception is declared if every merged method declares a supertype of it. */
    private static boolean declared(Entry entry, Throwable t) {
        for (Class<?>[] types : entry.exceptions) {
            boolean found = false;
            for (Class<?> c : types) {
                if (c.isInstance(t)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneakyThrow(Throwable t) throws E {
        throw (E) t;
    }
}
