package classloaders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** User-defined class loaders: defineClass, delegation, distinct runtime classes per loader. */
public class CustomLoaders {
    static byte[] classBytes(String name) throws IOException {
        String resource = name.replace('.', '/') + ".class";
        try (InputStream in = ClassLoader.getSystemResourceAsStream(resource)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[512];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    static Object count(Class<?> c) throws ReflectiveOperationException {
        java.lang.reflect.Field f = c.getField("count");
        f.setAccessible(true);
        return f.get(null);
    }

    /** Identity hashes differ between runs: hide them. */
    static String clean(String message) {
        return message == null ? null : message.replaceAll("@[0-9a-f]+", "@<id>");
    }

    /** Child-first for the classes it owns, parent-first for everything else. */
    static final class IsolatingLoader extends ClassLoader {
        final List<String> own;
        final List<String> log = new ArrayList<>();

        IsolatingLoader(String name, List<String> own) {
            super(name, ClassLoader.getSystemClassLoader());
            this.own = own;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!own.contains(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    log.add(name);
                    try {
                        byte[] b = classBytes(name);
                        c = defineClass(name, b, 0, b.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        Class<?> define(String name, byte[] b) {
            return defineClass(name, b, 0, b.length);
        }

        Class<?> define(byte[] b, int off, int len) {
            return defineClass(null, b, off, len);
        }

        Class<?> loaded(String name) {
            return findLoadedClass(name);
        }
    }

    /** Parent-first, with findClass for what the parent lacks. */
    static final class FindingLoader extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        FindingLoader() {
            super(ClassLoader.getSystemClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            asked.add(name);
            if (name.equals("generated.Made")) {
                try {
                    byte[] b = classBytes("classloaders.Counter");
                    return defineClass("classloaders.Counter", b, 0, b.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
            return super.findClass(name);
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> own = List.of("classloaders.Counter", "classloaders.CounterHelper");
        IsolatingLoader a = new IsolatingLoader("A", own);
        IsolatingLoader b = new IsolatingLoader("B", own);
        Class<?> ca = a.loadClass("classloaders.Counter");
        Class<?> cb = Class.forName("classloaders.Counter", true, b);
        System.out.println("names: " + ca.getName() + " " + cb.getName());
        System.out.println("same class: " + (ca == cb) + ", same as app's: " + (ca == Counter.class));
        System.out.println("loaders: " + ca.getClassLoader().getName() + " " + cb.getClassLoader().getName()
                + " " + Counter.class.getClassLoader().getName());
        System.out.println("loader of String: " + String.class.getClassLoader());
        System.out.println("loader of int[]: " + int[].class.getClassLoader());
        System.out.println("loader of Counter[]: "
                + java.lang.reflect.Array.newInstance(ca, 0).getClass().getClassLoader().getName());
        System.out.println("parent is system: " + (a.getParent() == ClassLoader.getSystemClassLoader()));
        ClassLoader platform = ClassLoader.getSystemClassLoader().getParent();
        System.out.println("system parent: " + platform.getName() + " " + (platform == ClassLoader.getPlatformClassLoader())
                + ", its parent: " + platform.getParent());
        System.out.println("findLoadedClass: " + (a.loaded("classloaders.Counter") == ca)
                + " " + a.loaded("classloaders.Nothing"));
        System.out.println("context loader is system: "
                + (Thread.currentThread().getContextClassLoader() == ClassLoader.getSystemClassLoader()));
        System.out.println("forName again: " + (Class.forName("classloaders.Counter", false, a) == ca));

        // Separate statics, and the helper resolved through each class's own loader.
        Method bump = ca.getMethod("bump", int.class);
        Method bumpB = cb.getMethod("bump", int.class);
        bump.setAccessible(true);
        bumpB.setAccessible(true);
        for (int i = 0; i < 2000; i++) {
            bump.invoke(null, 1);
        }
        bumpB.invoke(null, 5);
        System.out.println("statics: " + count(ca) + " " + count(cb) + " " + Counter.count);
        Method helperA = ca.getMethod("helperLoader");
        Method helperB = cb.getMethod("helperLoader");
        helperA.setAccessible(true);
        helperB.setAccessible(true);
        System.out.println("helper loaders: " + helperA.invoke(null) + " " + helperB.invoke(null));
        System.out.println("A loaded: " + a.log + ", B loaded: " + b.log);

        // Instances: a shared interface works, the class itself does not.
        java.lang.reflect.Constructor<?> constructor = ca.getConstructor(String.class);
        constructor.setAccessible(true);
        Object instance = constructor.newInstance("from A");
        ((Runnable) instance).run();
        try {
            Counter c = (Counter) instance;
            System.out.println("cast succeeded?! " + c);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + clean(e.getMessage()));
        }
        System.out.println("isInstance: " + ca.isInstance(instance) + " " + cb.isInstance(instance)
                + " " + Counter.class.isInstance(instance));
        List<Object> garbage = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            garbage.add(new int[8]);
            if (garbage.size() > 100) {
                garbage.clear();
            }
        }
        System.out.println("after allocation: " + instance + " " + count(ca));

        // Stack frames name a named user loader; annotations are read through the class's loader.
        Method fail = ca.getMethod("fail");
        fail.setAccessible(true);
        try {
            fail.invoke(null);
        } catch (java.lang.reflect.InvocationTargetException e) {
            System.out.println(e.getCause() + " at " + e.getCause().getStackTrace()[0]);
        }
        System.out.println("annotation: " + ca.getAnnotation(Deprecated.class) + " "
                + (ca.getAnnotation(Deprecated.class).equals(Counter.class.getAnnotation(Deprecated.class))));

        // Delegation: parent first, findClass for the rest.
        FindingLoader f = new FindingLoader();
        System.out.println("String via loader: " + (f.loadClass("java.lang.String") == String.class));
        System.out.println("Shape via loader: " + (f.loadClass("classloaders.Shape") == Shape.class));
        Class<?> made = f.loadClass("generated.Made");
        System.out.println("made: " + made.getName() + " by " + (made.getClassLoader() == f));
        try {
            f.loadClass("classloaders.Missing");
        } catch (ClassNotFoundException e) {
            System.out.println("ClassNotFoundException: " + e.getMessage());
        }
        System.out.println("findClass asked: " + f.asked);
        try {
            Class.forName("classloaders.Missing2", false, f);
        } catch (ClassNotFoundException e) {
            System.out.println("forName: ClassNotFoundException: " + e.getMessage());
        }

        // Errors of defineClass.
        byte[] bytes = classBytes("classloaders.Counter");
        try {
            a.define("classloaders.Counter", bytes);
        } catch (LinkageError e) {
            System.out.println(e.getClass().getName() + ": " + clean(e.getMessage()));
        }
        IsolatingLoader c = new IsolatingLoader(null, List.of());
        Class<?> cc = c.define(bytes, 0, bytes.length);
        System.out.println("defined without a name: " + cc.getName() + " " + (cc != ca));
        Method failC = cc.getMethod("fail");
        failC.setAccessible(true);
        try {
            failC.invoke(null);
        } catch (java.lang.reflect.InvocationTargetException e) {
            System.out.println(e.getCause() + " at " + e.getCause().getStackTrace()[0]);
        }
        try {
            c.define(bytes, 0, bytes.length);
        } catch (LinkageError e) {
            System.out.println(e.getClass().getName() + ": " + clean(e.getMessage()));
        }
        try {
            c.define("classloaders.Other", bytes);
        } catch (NoClassDefFoundError e) {
            System.out.println("NoClassDefFoundError: " + e.getMessage());
        }
        try {
            c.define("java.lang.Sneaky", bytes);
        } catch (SecurityException e) {
            System.out.println("SecurityException: " + e.getMessage());
        }
        try {
            c.define("bad/name", bytes);
        } catch (NoClassDefFoundError e) {
            System.out.println("NoClassDefFoundError: " + e.getMessage());
        }
        try {
            c.define(bytes, 4, bytes.length);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        byte[] junk = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 5, 1, 2, 3};
        try {
            c.define("classloaders.Junk", junk);
        } catch (ClassFormatError e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        byte[] notAClass = "not a class file at all".getBytes();
        try {
            c.define(null, notAClass);
        } catch (ClassFormatError e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            c.define(bytes, 0, 20);
        } catch (ClassFormatError e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}

@Deprecated(since = "test")
class Counter implements Runnable {
    public static int count;
    private final String label;

    public Counter(String label) {
        this.label = label;
    }

    public static int bump(int by) {
        for (int i = 0; i < by; i++) {
            count++;
        }
        return count;
    }

    public static void fail() {
        throw new IllegalStateException("failing in " + Counter.class.getClassLoader().getName());
    }

    public static String helperLoader() {
        ClassLoader loader = CounterHelper.class.getClassLoader();
        return CounterHelper.tag() + "@" + loader.getName();
    }

    @Override
    public void run() {
        System.out.println("run: " + label + " " + getClass().getClassLoader().getName());
    }

    @Override
    public String toString() {
        return "Counter(" + label + ")";
    }
}

class CounterHelper {
    static String tag() {
        return "helper";
    }
}

class Shape {
}
