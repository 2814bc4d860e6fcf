package java.lang.invoke;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;

/** Single-method interface instances that call a method handle, as java.lang.reflect proxies. */
public class MethodHandleProxies {
    private MethodHandleProxies() {}

    /** Marks the proxies and gives their target and interface. */
    private static final class Wrapper implements InvocationHandler {
        final MethodHandle target;
        final Class<?> intfc;
        final Method sam;
        final MethodHandle checked;

        Wrapper(MethodHandle target, Class<?> intfc, Method sam, MethodHandle checked) {
            this.target = target;
            this.intfc = intfc;
            this.sam = sam;
            this.checked = checked;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object[] a = args == null ? new Object[0] : args;
            if (method.getName().equals(sam.getName())
                    && java.util.Arrays.equals(method.getParameterTypes(),
                            sam.getParameterTypes())) {
                return checked.invokeBoxed(a);
            }
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "equals":
                        return proxy == a[0];
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "toString":
                        return intfc.getName() + "@" + Integer.toHexString(proxy.hashCode());
                    default:
                        break;
                }
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new AbstractMethodError(method.toString());
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> T asInterfaceInstance(Class<T> intfc, MethodHandle target) {
        if (!intfc.isInterface() || !Modifier.isPublic(intfc.getModifiers())) {
            throw new IllegalArgumentException("not a public interface: " + intfc.getName());
        }
        Method sam = null;
        for (Method m : intfc.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (sam != null && !(sam.getName().equals(m.getName())
                    && java.util.Arrays.equals(sam.getParameterTypes(), m.getParameterTypes()))) {
                throw new IllegalArgumentException("not a single-method interface: "
                        + intfc.getName());
            }
            sam = m;
        }
        if (sam == null) {
            throw new IllegalArgumentException("not a single-method interface: "
                    + intfc.getName());
        }
        MethodType samType = MethodType.methodType(sam.getReturnType(), sam.getParameterTypes());
        MethodHandle checked = target.asTypeForInvoke(samType);
        Wrapper wrapper = new Wrapper(target, intfc, sam, checked);
        return (T) Proxy.newProxyInstance(intfc.getClassLoader(), new Class<?>[] {intfc},
                wrapper);
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Method o = Object.class.getMethod(m.getName(), m.getParameterTypes());
            return o.getReturnType() == m.getReturnType();
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Wrapper wrapper(Object x) {
        if (x != null && Proxy.isProxyClass(x.getClass())) {
            InvocationHandler h = Proxy.getInvocationHandler(x);
            if (h instanceof Wrapper) {
                return (Wrapper) h;
            }
        }
        return null;
    }

    public static boolean isWrapperInstance(Object x) {
        return wrapper(x) != null;
    }

    public static MethodHandle wrapperInstanceTarget(Object x) {
        Wrapper w = wrapper(x);
        if (w == null) {
            throw new IllegalArgumentException("not a wrapper instance");
        }
        return w.target;
    }

    public static Class<?> wrapperInstanceType(Object x) {
        Wrapper w = wrapper(x);
        if (w == null) {
            throw new IllegalArgumentException("not a wrapper instance");
        }
        return w.intfc;
    }
}
