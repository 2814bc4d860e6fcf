package java.lang;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

public final class System {
    private System() {}

    // Not final (unlike the JDK) so that initPhase1 and setIn/setOut/setErr can assign them
    // without a native.
    public static InputStream in;
    public static PrintStream out;
    public static PrintStream err;

    /** System properties as parallel key/value arrays (small, so linear search is fine). */
    private static String[] propKeys = new String[0];
    private static String[] propValues = new String[0];
    private static int propCount;
    private static String lineSeparator = "\n";

    /** Called once by the VM after loading the core classes and before main. */
    private static void initPhase1() {
        String[] defaults = {
            "java.version", "17.0.15",
            "java.version.date", "2025-04-15",
            "java.vendor", "Cortado",
            "java.vendor.url", "https://github.com/cortado-jvm",
            "java.vm.name", "Cortado",
            "java.vm.vendor", "Cortado",
            "java.vm.version", "17",
            "java.vm.specification.name", "Java Virtual Machine Specification",
            "java.vm.specification.vendor", "Oracle Corporation",
            "java.vm.specification.version", "17",
            "java.runtime.name", "Cortado Runtime Environment",
            "java.runtime.version", "17.0.15+6",
            "java.specification.name", "Java Platform API Specification",
            "java.specification.vendor", "Oracle Corporation",
            "java.specification.version", "17",
            "java.class.version", "61.0",
            "java.class.path", "",
            "java.library.path", "",
            "java.io.tmpdir", "/tmp",
            "file.separator", "/",
            "path.separator", ":",
            "line.separator", "\n",
            "file.encoding", "UTF-8",
            "native.encoding", "UTF-8",
            "sun.jnu.encoding", "UTF-8",
            "sun.arch.data.model", "64",
        };
        for (int i = 0; i < defaults.length; i += 2) {
            putProperty(defaults[i], defaults[i + 1]);
        }
        String[] vmProps = initProperties0();
        if (vmProps != null) {
            for (int i = 0; i + 1 < vmProps.length; i += 2) {
                if (vmProps[i] != null && vmProps[i + 1] != null && !isPrivateProperty(vmProps[i])) {
                    putProperty(vmProps[i], vmProps[i + 1]);
                }
            }
        }
        lineSeparator = getProperty("line.separator");

        in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        // As the JDK: a 128-byte buffer under each autoflushing stream, so that bytes written
        // one at a time (write(int)) wait for a newline, a print or a flush, and are lost at
        // exit without one.
        out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 128), true);
        err = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 128), true);
        initialErr = err;
        // (An anonymous class, not a lambda: start-up links no call sites.)
        jdk.internal.util.StaticProperty.setReader(new java.util.function.UnaryOperator<String>() {
            @Override
            public String apply(String key) {
                return readProperty(key);
            }
        });
        securityManagerOption = getProperty("java.security.manager");
    }

    /** System.err as start-up made it, for the VM's own warnings. */
    private static PrintStream initialErr;
    /** -Djava.security.manager, as given at start-up. */
    private static String securityManagerOption;

    /** Properties the JDK keeps for its implementation only (System.createProperties). */
    private static boolean isPrivateProperty(String key) {
        switch (key) {
            case "sun.nio.MaxDirectMemorySize":
            case "sun.nio.PageAlignDirectMemory":
            case "java.lang.Integer.IntegerCache.high":
            case "sun.java.launcher.diag":
            case "jdk.boot.class.path.append":
                return true;
            default:
                return false;
        }
    }

    /** A property as the VM set it, private ones included (jdk.internal.misc.VM.getSavedProperty). */
    static String savedProperty(String key) {
        String[] vmProps = initProperties0();
        String value = null;
        if (vmProps != null) {
            for (int i = 0; i + 1 < vmProps.length; i += 2) {
                if (key.equals(vmProps[i])) {
                    value = vmProps[i + 1];
                }
            }
        }
        return value;
    }

    // ---- natives ----

    /** Properties from the VM and host as key, value, key, value... (overriding defaults). */
    private static native String[] initProperties0();

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native long currentTimeMillis();

    public static native long nanoTime();

    public static native int identityHashCode(Object x);

    private static native String getenv0(String name);

    /** The whole environment as name, value, name, value... */
    private static native String[] getenvAll0();

    // ---- streams ----

    public static void setIn(InputStream in) {
        System.in = in;
    }

    public static void setOut(PrintStream out) {
        System.out = out;
    }

    public static void setErr(PrintStream err) {
        System.err = err;
    }

    // ---- properties ----

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    private static int findProperty(String key) {
        for (int i = 0; i < propCount; i++) {
            if (propKeys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static synchronized String putProperty(String key, String value) {
        int i = findProperty(key);
        if (i >= 0) {
            String old = propValues[i];
            propValues[i] = value;
            return old;
        }
        if (propCount == propKeys.length) {
            int n = Math.max(16, propCount * 2);
            String[] nk = new String[n];
            String[] nv = new String[n];
            arraycopy(propKeys, 0, nk, 0, propCount);
            arraycopy(propValues, 0, nv, 0, propCount);
            propKeys = nk;
            propValues = nv;
        }
        propKeys[propCount] = key;
        propValues[propCount] = value;
        propCount++;
        return null;
    }

    // ---- security manager (deprecated; JDK 17 allows one to be installed) ----

    private static volatile SecurityManager security;
    /** The classes that called setSecurityManager, each warned about once. */
    private static java.util.Set<Class<?>> securityCallers;

    @Deprecated(since = "17", forRemoval = true)
    public static SecurityManager getSecurityManager() {
        return security;
    }

    /**
     * Installs (or, with null, removes) the security manager, after JDK 17's warning on the
     * initial standard error stream, once per calling class. With
     * {@code -Djava.security.manager=disallow}: UnsupportedOperationException.
     */
    @Deprecated(since = "17", forRemoval = true)
    public static void setSecurityManager(SecurityManager sm) {
        if ("disallow".equals(securityManagerOption)) {
            throw new UnsupportedOperationException(
                    "The Security Manager is deprecated and will be removed in a future release");
        }
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .getCallerClass();
        boolean first;
        synchronized (System.class) {
            if (securityCallers == null) {
                securityCallers = new java.util.HashSet<>();
            }
            first = securityCallers.add(caller);
        }
        if (first) {
            String source = caller.getName();
            String location = codeLocation(caller);
            if (location != null) {
                source = source + " (" + location + ")";
            }
            initialErr.print("WARNING: A terminally deprecated method in java.lang.System has been called\n"
                    + "WARNING: System::setSecurityManager has been called by " + source + "\n"
                    + "WARNING: Please consider reporting this to the maintainers of " + caller.getName() + "\n"
                    + "WARNING: System::setSecurityManager will be removed in a future release\n");
            initialErr.flush();
        }
        SecurityManager current = security;
        if (current != null) {
            current.checkPermission(new RuntimePermission("setSecurityManager"));
        }
        security = sm;
    }

    /**
     * Where a class was loaded from, as its code source's URL: the class-path directory
     * ({@code file:/dir/}) or jar ({@code file:/dir/app.jar}); null for the class library.
     */
    private static String codeLocation(Class<?> c) {
        ClassLoader loader = c.getClassLoader();
        if (loader == null) {
            return null;
        }
        String path = c.getName().replace('.', '/') + ".class";
        java.net.URL url = loader.getResource(path);
        if (url == null) {
            return null;
        }
        String text = url.toString();
        if (text.startsWith("jar:") && text.contains("!/")) {
            return text.substring(4, text.indexOf("!/"));
        }
        if (text.endsWith(path)) {
            return text.substring(0, text.length() - path.length());
        }
        return null;
    }

    // ---- System.Logger: the platform's loggers, backed by java.util.logging ----

    /** A logger of the platform logging API; {@link #getLogger} returns java.util.logging's. */
    public interface Logger {

        enum Level {
            ALL(Integer.MIN_VALUE),
            TRACE(400),
            DEBUG(500),
            INFO(800),
            WARNING(900),
            ERROR(1000),
            OFF(Integer.MAX_VALUE);

            private final int severity;

            Level(int severity) {
                this.severity = severity;
            }

            public final String getName() {
                return name();
            }

            public final int getSeverity() {
                return severity;
            }
        }

        String getName();

        boolean isLoggable(Level level);

        default void log(Level level, String msg) {
            log(level, (java.util.ResourceBundle) null, msg, (Object[]) null);
        }

        default void log(Level level, java.util.function.Supplier<String> msgSupplier) {
            Objects.requireNonNull(msgSupplier);
            if (isLoggable(Objects.requireNonNull(level))) {
                log(level, (java.util.ResourceBundle) null, msgSupplier.get(), (Object[]) null);
            }
        }

        default void log(Level level, Object obj) {
            Objects.requireNonNull(obj);
            if (isLoggable(Objects.requireNonNull(level))) {
                log(level, (java.util.ResourceBundle) null, obj.toString(), (Object[]) null);
            }
        }

        default void log(Level level, String msg, Throwable thrown) {
            log(level, null, msg, thrown);
        }

        default void log(Level level, java.util.function.Supplier<String> msgSupplier,
                Throwable thrown) {
            Objects.requireNonNull(msgSupplier);
            if (isLoggable(Objects.requireNonNull(level))) {
                log(level, null, msgSupplier.get(), thrown);
            }
        }

        default void log(Level level, String format, Object... params) {
            log(level, null, format, params);
        }

        void log(Level level, java.util.ResourceBundle bundle, String msg, Throwable thrown);

        void log(Level level, java.util.ResourceBundle bundle, String format, Object... params);
    }

    public static Logger getLogger(String name) {
        return sun.util.logging.PlatformLogger.of(Objects.requireNonNull(name), null);
    }

    public static Logger getLogger(String name, java.util.ResourceBundle bundle) {
        return sun.util.logging.PlatformLogger.of(Objects.requireNonNull(name), bundle);
    }

    public static String getProperty(String key) {
        checkKey(key);
        SecurityManager sm = security;
        if (sm != null) {
            sm.checkPropertyAccess(key);
        }
        return readProperty(key);
    }

    /** A property's value without the security manager's check. */
    private static String readProperty(String key) {
        synchronized (System.class) {
            if (props != null) {
                return props.getProperty(key);
            }
            int i = findProperty(key);
            return i >= 0 ? propValues[i] : null;
        }
    }

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        SecurityManager sm = security;
        if (sm != null) {
            sm.checkPermission(new java.util.PropertyPermission(key, "write"));
        }
        Objects.requireNonNull(value);
        synchronized (System.class) {
            if (props != null) {
                return (String) props.setProperty(key, value);
            }
        }
        return putProperty(key, value);
    }

    public static synchronized String clearProperty(String key) {
        checkKey(key);
        if (props != null) {
            return (String) props.remove(key);
        }
        int i = findProperty(key);
        if (i < 0) {
            return null;
        }
        String old = propValues[i];
        propCount--;
        propKeys[i] = propKeys[propCount];
        propValues[i] = propValues[propCount];
        propKeys[propCount] = null;
        propValues[propCount] = null;
        return old;
    }

    /** A snapshot of the system properties as an unmodifiable map. */
    static synchronized Map<String, String> propertiesSnapshot() {
        Map<String, String> m = new HashMap<>();
        if (props != null) {
            for (String k : props.stringPropertyNames()) {
                m.put(k, props.getProperty(k));
            }
            return Collections.unmodifiableMap(m);
        }
        for (int i = 0; i < propCount; i++) {
            m.put(propKeys[i], propValues[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The system properties as a Properties object. Created from the built-in table on first use;
     * from then on it is the system properties (getProperty/setProperty/clearProperty use it).
     */
    private static Properties props;

    public static synchronized Properties getProperties() {
        if (props == null) {
            Properties p = new Properties();
            for (int i = 0; i < propCount; i++) {
                p.setProperty(propKeys[i], propValues[i]);
            }
            props = p;
        }
        return props;
    }

    /** Replaces the system properties; null restores the initial ones (as at start-up). */
    public static synchronized void setProperties(Properties props) {
        if (props == null) {
            System.props = null;
            getProperties();
        } else {
            System.props = props;
        }
    }

    /** Always null: Cortado's standard streams are never treated as a terminal. */
    public static java.io.Console console() {
        return null;
    }

    public static String lineSeparator() {
        return lineSeparator;
    }

    // ---- environment ----

    public static String getenv(String name) {
        Objects.requireNonNull(name);
        SecurityManager sm = security;
        if (sm != null) {
            sm.checkPermission(new RuntimePermission("getenv." + name));
        }
        return getenv0(name);
    }

    public static Map<String, String> getenv() {
        String[] all = getenvAll0();
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < all.length; i += 2) {
            m.put(all[i], all[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    // ---- runtime ----

    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    public static void runFinalization() {}

    public static void load(String filename) {
        if (!new java.io.File(filename).isAbsolute()) {
            throw new UnsatisfiedLinkError("Expecting an absolute path of the library: " + filename);
        }
        throw new UnsatisfiedLinkError("Can't load library: " + filename);
    }

    public static void loadLibrary(String libname) {
        throw new UnsatisfiedLinkError("no " + libname + " in java.library.path: " + getProperty("java.library.path", ""));
    }

    public static String mapLibraryName(String libname) {
        Objects.requireNonNull(libname);
        return "lib" + libname + ".so";
    }
}
