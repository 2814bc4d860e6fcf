package java.lang.reflect;

/** The handler a proxy instance dispatches its method calls to. */
public interface InvocationHandler {
    Object invoke(Object proxy, Method method, Object[] args) throws Throwable;

    /**
     * Invokes the default method {@code method} of a proxy interface on {@code proxy}, as
     * {@code I.super.m(args)} would, with the arguments converted as {@link Method#invoke} does.
     */
    public static Object invokeDefault(Object proxy, Method method, Object... args)
            throws Throwable {
        java.util.Objects.requireNonNull(proxy);
        java.util.Objects.requireNonNull(method);
        if (!Proxy.isProxyClass(proxy.getClass())) {
            throw new IllegalArgumentException("'proxy' is not a proxy instance");
        }
        if (!method.isDefault()) {
            throw new IllegalArgumentException("\"" + method + "\" is not a default method");
        }
        Class<?> intf = method.getDeclaringClass();
        if (!intf.isAssignableFrom(proxy.getClass())) {
            throw new IllegalArgumentException("\"" + method
                    + "\" is not a method declared in the proxy class");
        }
        try {
            return method.invokeSpecial(proxy, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
