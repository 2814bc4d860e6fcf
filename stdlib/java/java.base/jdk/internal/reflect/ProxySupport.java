package jdk.internal.reflect;

import java.lang.reflect.Method;
import java.util.IdentityHashMap;

/**
 * The registry of proxy classes (see runtime/src/natives/proxy.rs): the VM writes and defines
 * a proxy class, whose static initializer takes the Method objects its methods pass to the
 * handler from here.
 */
public final class ProxySupport {
    private ProxySupport() {}

    private static final IdentityHashMap<Class<?>, Method[]> CLASSES = new IdentityHashMap<>();

    private static native Class<?> defineProxyClass0(ClassLoader loader, String name, int access,
            Class<?>[] interfaces, String[] names, String[] descriptors, String[] catches);

    /**
     * Defines a proxy class: method i has name names[i] and descriptor descriptors[i], passes
     * methods[i] to the handler and rethrows the throwables catches[i] names (internal names,
     * space-separated; empty: no handler at all), wrapping any other throwable in
     * UndeclaredThrowableException.
     */
    public static Class<?> define(ClassLoader loader, String name, int access,
            Class<?>[] interfaces, String[] names, String[] descriptors, String[] catches,
            Method[] methods) {
        Class<?> c = defineProxyClass0(loader, name, access, interfaces, names, descriptors,
                catches);
        synchronized (CLASSES) {
            CLASSES.put(c, methods);
        }
        return c;
    }

    public static boolean isProxyClass(Class<?> c) {
        synchronized (CLASSES) {
            return CLASSES.containsKey(c);
        }
    }

    /** Called once by each proxy class's static initializer. */
    public static Method[] methods(Class<?> c) {
        synchronized (CLASSES) {
            return CLASSES.get(c);
        }
    }
}
