package java.lang.reflect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import jdk.internal.reflect.ProxySupport;

/**
 * Dynamic proxy classes. A proxy class is generated (by the VM, from the list of methods this
 * class computes) once per class loader and list of interfaces, named as HotSpot names them:
 * {@code jdk.proxyN.$ProxyM} when every interface is public (N numbers the class loaders in the
 * order they first get a proxy class, M every proxy class), otherwise {@code pkg.$ProxyM} in
 * the package of the non-public interfaces.
 */
public class Proxy implements java.io.Serializable {
    private static final long serialVersionUID = -2222568056686623797L;

    protected InvocationHandler h;

    private Proxy() {}

    protected Proxy(InvocationHandler h) {
        Objects.requireNonNull(h);
        this.h = h;
    }

    private static final Object LOCK = new Object();
    private static int nextNumber;
    private static final IdentityHashMap<Object, Integer> MODULE_NUMBERS = new IdentityHashMap<>();
    private static final Object BOOT_KEY = new Object();
    private static final HashMap<List<Object>, Class<?>> CACHE = new HashMap<>();

    @Deprecated
    public static Class<?> getProxyClass(ClassLoader loader, Class<?>... interfaces)
            throws IllegalArgumentException {
        return proxyClass(loader, interfaces);
    }

    private static Class<?> proxyClass(ClassLoader loader, Class<?>[] interfaces) {
        Class<?>[] intfs = interfaces.clone();
        for (Class<?> c : intfs) {
            Objects.requireNonNull(c);
        }
        synchronized (LOCK) {
            List<Object> key = new ArrayList<>();
            key.add(loader == null ? BOOT_KEY : loader);
            key.addAll(Arrays.asList(intfs));
            Class<?> cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
            Class<?> created = generate(loader, intfs);
            CACHE.put(key, created);
            return created;
        }
    }

    private static Class<?> generate(ClassLoader loader, Class<?>[] intfs) {
        if (intfs.length > 65535) {
            throw new IllegalArgumentException("interface limit exceeded: " + intfs.length);
        }
        IdentityHashMap<Class<?>, Boolean> seen = new IdentityHashMap<>();
        String packageName = null;
        for (Class<?> intf : intfs) {
            if (!intf.isInterface()) {
                throw new IllegalArgumentException(intf.getName() + " is not an interface");
            }
            if (intf.isHidden()) {
                throw new IllegalArgumentException(intf.getName() + " is a hidden interface");
            }
            if (intf.isSealed()) {
                throw new IllegalArgumentException(intf.getName() + " is a sealed interface");
            }
            ensureVisible(loader, intf);
            if (seen.put(intf, Boolean.TRUE) != null) {
                throw new IllegalArgumentException("repeated interface: " + intf.getName());
            }
            if (!Modifier.isPublic(intf.getModifiers())) {
                String pkg = intf.getPackageName();
                if (packageName == null) {
                    packageName = pkg;
                } else if (!packageName.equals(pkg)) {
                    throw new IllegalArgumentException("non-public interfaces from different packages");
                }
                if (intf.getClassLoader() != loader) {
                    throw new IllegalArgumentException("non-public interface is not defined by the given loader");
                }
            }
        }
        // The methods: Object's hashCode, equals and toString first, then every public
        // non-static method of each interface; one proxy method per name and parameter types.
        LinkedHashMap<String, List<Method>> bySignature = new LinkedHashMap<>();
        try {
            add(bySignature, Object.class.getMethod("hashCode"));
            add(bySignature, Object.class.getMethod("equals", Object.class));
            add(bySignature, Object.class.getMethod("toString"));
        } catch (NoSuchMethodException e) {
            throw new InternalError(e);
        }
        for (Class<?> intf : intfs) {
            for (Method m : intf.getMethods()) {
                if (!Modifier.isStatic(m.getModifiers())) {
                    ensureReferencedVisible(loader, m);
                    add(bySignature, m);
                }
            }
        }
        List<String> names = new ArrayList<>();
        List<String> descriptors = new ArrayList<>();
        List<String> catches = new ArrayList<>();
        List<Method> methods = new ArrayList<>();
        for (List<Method> group : bySignature.values()) {
            // ProxyGenerator.addProxyMethod: one proxy method per distinct return type, which
            // dispatches the first method of that return type with the exceptions all of them
            // may throw (covariant returns of several interfaces each keep their own Method).
            boolean fromObject = group.get(0).getDeclaringClass() == Object.class;
            List<Method> representatives = new ArrayList<>();
            List<Class<?>[]> exceptions = new ArrayList<>();
            List<Class<?>> returns = new ArrayList<>();
            for (Method m : group) {
                int i = returns.indexOf(m.getReturnType());
                if (i >= 0) {
                    if (!fromObject) {
                        exceptions.set(i, compatibleTypes(m.getExceptionTypes(), exceptions.get(i)));
                    }
                } else {
                    representatives.add(m);
                    exceptions.add(m.getExceptionTypes());
                    returns.add(m.getReturnType());
                }
            }
            checkReturnTypes(group, returns);
            for (int i = 0; i < representatives.size(); i++) {
                Method m = representatives.get(i);
                names.add(m.getName());
                descriptors.add(descriptor(m.getParameterTypes(), returns.get(i)));
                catches.add(uniqueCatchList(exceptions.get(i)));
                methods.add(m);
            }
        }
        int number;
        String name;
        int access;
        synchronized (LOCK) {
            number = nextNumber++;
        }
        if (packageName == null) {
            Object key = loader == null ? BOOT_KEY : loader;
            Integer module = MODULE_NUMBERS.get(key);
            if (module == null) {
                module = MODULE_NUMBERS.size() + 1;
                MODULE_NUMBERS.put(key, module);
            }
            name = "jdk.proxy" + module + ".$Proxy" + number;
            access = Modifier.PUBLIC | Modifier.FINAL;
        } else {
            name = packageName.isEmpty() ? "$Proxy" + number : packageName + ".$Proxy" + number;
            access = Modifier.FINAL;
        }
        return ProxySupport.define(loader, name, access, intfs,
                names.toArray(new String[0]), descriptors.toArray(new String[0]),
                catches.toArray(new String[0]), methods.toArray(new Method[0]));
    }

    /** The exceptions both methods may throw (the JDK's collectCompatibleTypes, both ways). */
    private static Class<?>[] compatibleTypes(Class<?>[] a, Class<?>[] b) {
        List<Class<?>> legal = new ArrayList<>();
        collectCompatibleTypes(a, b, legal);
        collectCompatibleTypes(b, a, legal);
        return legal.toArray(new Class<?>[0]);
    }

    private static void collectCompatibleTypes(Class<?>[] from, Class<?>[] with,
            List<Class<?>> list) {
        for (Class<?> fc : from) {
            if (!list.contains(fc)) {
                for (Class<?> wc : with) {
                    if (wc.isAssignableFrom(fc)) {
                        list.add(fc);
                        break;
                    }
                }
            }
        }
    }

    /**
     * The throwables a proxy method rethrows unwrapped (the JDK's computeUniqueCatchList), as
     * space-separated internal names; empty when it declares Throwable (no handler at all).
     */
    private static String uniqueCatchList(Class<?>[] exceptions) {
        List<Class<?>> uniqueList = new ArrayList<>();
        uniqueList.add(Error.class);
        uniqueList.add(RuntimeException.class);
        nextException:
        for (Class<?> ex : exceptions) {
            if (ex.isAssignableFrom(Throwable.class)) {
                uniqueList.clear();
                break;
            } else if (!Throwable.class.isAssignableFrom(ex)) {
                continue;
            }
            for (int j = 0; j < uniqueList.size();) {
                Class<?> ex2 = uniqueList.get(j);
                if (ex2.isAssignableFrom(ex)) {
                    continue nextException;
                } else if (ex.isAssignableFrom(ex2)) {
                    uniqueList.remove(j);
                } else {
                    j++;
                }
            }
            uniqueList.add(ex);
        }
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : uniqueList) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(c.getName().replace('.', '/'));
        }
        return sb.toString();
    }

    private static void ensureVisible(ClassLoader loader, Class<?> c) {
        if (!visible(c, loader)) {
            throw new IllegalArgumentException(c.getName()
                    + " referenced from a method is not visible from class loader: " + loader);
        }
    }

    /** The classes a proxy method mentions, which must be visible from the loader too. */
    private static void ensureReferencedVisible(ClassLoader loader, Method m) {
        List<Class<?>> types = new ArrayList<>(Arrays.asList(m.getParameterTypes()));
        types.add(m.getReturnType());
        types.addAll(Arrays.asList(m.getExceptionTypes()));
        for (Class<?> t : types) {
            while (t.isArray()) {
                t = t.getComponentType();
            }
            if (!t.isPrimitive()) {
                ensureVisible(loader, t);
            }
        }
    }

    private static boolean visible(Class<?> c, ClassLoader loader) {
        if (c.getClassLoader() == loader || c.getClassLoader() == null) {
            return true;
        }
        try {
            return Class.forName(c.getName(), false, loader) == c;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** ProxyGenerator.checkReturnTypes: one return type must be assignable to all others. */
    private static void checkReturnTypes(List<Method> group, List<Class<?>> returns) {
        if (returns.size() < 2) {
            return;
        }
        java.util.LinkedList<Class<?>> uncovered = new java.util.LinkedList<>();
        nextNewReturnType:
        for (Class<?> newReturnType : returns) {
            if (newReturnType.isPrimitive()) {
                throw new IllegalArgumentException("methods with same signature "
                        + signatureText(group.get(0)) + " but incompatible return types: "
                        + newReturnType.getName() + " and others");
            }
            boolean added = false;
            java.util.ListIterator<Class<?>> liter = uncovered.listIterator();
            while (liter.hasNext()) {
                Class<?> uncoveredReturnType = liter.next();
                if (newReturnType.isAssignableFrom(uncoveredReturnType)) {
                    continue nextNewReturnType;
                }
                if (uncoveredReturnType.isAssignableFrom(newReturnType)) {
                    if (!added) {
                        liter.set(newReturnType);
                        added = true;
                    } else {
                        liter.remove();
                    }
                }
            }
            if (!added) {
                uncovered.add(newReturnType);
            }
        }
        if (uncovered.size() > 1) {
            throw new IllegalArgumentException("methods with same signature "
                    + signatureText(group.get(0)) + " but incompatible return types: " + uncovered);
        }
    }

    private static String signatureText(Method m) {
        StringBuilder sb = new StringBuilder(m.getName()).append('(');
        Class<?>[] p = m.getParameterTypes();
        for (int i = 0; i < p.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(p[i].getTypeName());
        }
        return sb.append(')').toString();
    }

    private static void add(LinkedHashMap<String, List<Method>> map, Method m) {
        String key = m.getName() + descriptor(m.getParameterTypes(), void.class);
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }

    private static String descriptor(Class<?>[] parameters, Class<?> result) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : parameters) {
            sb.append(p.descriptorString());
        }
        return sb.append(')').append(result.descriptorString()).toString();
    }

    public static Object newProxyInstance(ClassLoader loader, Class<?>[] interfaces,
            InvocationHandler h) {
        Objects.requireNonNull(h);
        Class<?> cl = proxyClass(loader, interfaces);
        try {
            Constructor<?> cons = cl.getConstructor(InvocationHandler.class);
            cons.setAccessible(true);
            return cons.newInstance(h);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            throw new InternalError(t.toString(), t);
        } catch (ReflectiveOperationException e) {
            throw new InternalError(e.toString(), e);
        }
    }

    public static boolean isProxyClass(Class<?> cl) {
        return ProxySupport.isProxyClass(Objects.requireNonNull(cl));
    }

    public static InvocationHandler getInvocationHandler(Object proxy)
            throws IllegalArgumentException {
        if (!isProxyClass(proxy.getClass())) {
            throw new IllegalArgumentException("not a proxy instance");
        }
        return ((Proxy) proxy).h;
    }
}
