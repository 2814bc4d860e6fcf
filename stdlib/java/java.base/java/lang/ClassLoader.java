package java.lang;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A class loader. The VM has two built-in loaders: the boot loader (java.base, represented by
 * null) and the application loader (the class path, {@link #getSystemClassLoader()}, named
 * "app"). Subclasses are user-defined loaders (JVMS 5.3.2): {@link #defineClass} makes a
 * runtime class distinct from every class of another loader, even of the same name, and the
 * symbolic references of a class are resolved through its defining loader's
 * {@link #loadClass(String)}. Classes are never unloaded: a loader that defined a class stays
 * alive with it.
 */
public abstract class ClassLoader {
    private final ClassLoader parent;
    private final String name;
    /** HotSpot's loader_name_and_id: 'name' @hash, or the class name @hash; 'app' for the app loader. */
    private final String nameAndId;
    /** The VM's id for this loader plus one (0: none yet); set by the VM. */
    private int vmLoaderId;
    private final Map<String, Package> packages = new HashMap<>();

    protected ClassLoader() {
        this(null, getSystemClassLoader());
    }

    protected ClassLoader(ClassLoader parent) {
        this(null, parent);
    }

    protected ClassLoader(String name, ClassLoader parent) {
        if (name != null && name.isEmpty()) {
            throw new IllegalArgumentException("name must be non-empty or null");
        }
        this.name = name;
        this.parent = parent;
        this.nameAndId = nameAndId(this);
    }

    private static String nameAndId(ClassLoader ld) {
        String nid = ld.getName() != null ? "'" + ld.getName() + "'" : ld.getClass().getName();
        if (!(ld instanceof AppClassLoader) && !(ld instanceof PlatformClassLoader)) {
            nid = nid + " @" + Integer.toHexString(System.identityHashCode(ld));
        }
        return nid;
    }

    public String getName() {
        return name;
    }

    private Module unnamedModule;

    /** This loader's unnamed module (created on first use). */
    public final Module getUnnamedModule() {
        synchronized (packages) {
            if (unnamedModule == null) {
                unnamedModule = new Module(this);
            }
            return unnamedModule;
        }
    }

    public final ClassLoader getParent() {
        return parent;
    }

    // ---- loading ----

    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return loadClass(name, false);
    }

    /**
     * Parent-first delegation: a class this loader already loaded, else the parent's (the boot
     * loader's when the parent is null), else {@link #findClass}.
     */
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                try {
                    if (parent != null) {
                        c = parent.loadClass(name, false);
                    } else {
                        c = findBootstrapClassOrNull(name);
                    }
                } catch (ClassNotFoundException e) {
                    // not found by the parent: find it here
                }
                if (c == null) {
                    c = findClass(name);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    protected Object getClassLoadingLock(String className) {
        return this;
    }

    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    protected Class<?> findClass(String moduleName, String name) {
        if (moduleName == null) {
            try {
                return findClass(name);
            } catch (ClassNotFoundException e) {
                return null;
            }
        }
        return null;
    }

    protected final Class<?> findLoadedClass(String name) {
        if (!checkName(name)) {
            return null;
        }
        return findLoadedClass0(this, name);
    }

    protected final Class<?> findSystemClass(String name) throws ClassNotFoundException {
        return getSystemClassLoader().loadClass(name);
    }

    private static Class<?> findBootstrapClassOrNull(String name) {
        if (!checkName(name)) {
            return null;
        }
        return findBootstrapClass0(name);
    }

    protected final void resolveClass(Class<?> c) {
        if (c == null) {
            throw new NullPointerException();
        }
    }

    // ---- defining ----

    @Deprecated(since = "1.1")
    protected final Class<?> defineClass(byte[] b, int off, int len) throws ClassFormatError {
        return defineClass(null, b, off, len, null);
    }

    protected final Class<?> defineClass(String name, byte[] b, int off, int len) throws ClassFormatError {
        return defineClass(name, b, off, len, null);
    }

    /** The protection domain is accepted and ignored (Cortado's security manager checks no code sources). */
    protected final Class<?> defineClass(String name, byte[] b, int off, int len,
                                         java.security.ProtectionDomain protectionDomain)
            throws ClassFormatError {
        preDefineClass(name);
        Class<?> c = defineClass0(this, name, b, off, len);
        definePackage(c);
        return c;
    }

    protected final Class<?> defineClass(String name, java.nio.ByteBuffer b,
                                         java.security.ProtectionDomain protectionDomain)
            throws ClassFormatError {
        int len = b.remaining();
        byte[] bytes = new byte[len];
        b.get(bytes);
        return defineClass(name, bytes, 0, len, protectionDomain);
    }

    /** The JDK's checks on the given name: its form, and no classes in java.* packages. */
    private void preDefineClass(String name) {
        if (!checkName(name)) {
            throw new NoClassDefFoundError("IllegalName: " + name);
        }
        if (name != null && name.startsWith("java.")) {
            throw new SecurityException("Prohibited package name: " + name.substring(0, name.lastIndexOf('.')));
        }
    }

    private static boolean checkName(String name) {
        if (name == null || name.isEmpty()) {
            return true;
        }
        return name.indexOf('/') < 0 && name.charAt(0) != '[';
    }

    private void definePackage(Class<?> c) {
        String pn = c.getPackageName();
        if (!pn.isEmpty()) {
            synchronized (packages) {
                if (!packages.containsKey(pn)) {
                    packages.put(pn, Package.of(pn));
                }
            }
        }
    }

    protected Package definePackage(String name, String specTitle, String specVersion, String specVendor,
                                    String implTitle, String implVersion, String implVendor, URL sealBase) {
        synchronized (packages) {
            if (packages.containsKey(name)) {
                throw new IllegalArgumentException(name);
            }
            Package p = Package.of(name);
            p.setVersioning(specTitle, specVersion, specVendor, implTitle, implVersion, implVendor, sealBase);
            packages.put(name, p);
            return p;
        }
    }

    public final Package getDefinedPackage(String name) {
        synchronized (packages) {
            return packages.get(name);
        }
    }

    public final Package[] getDefinedPackages() {
        synchronized (packages) {
            return packages.values().toArray(new Package[0]);
        }
    }

    @Deprecated(since = "9")
    protected Package getPackage(String name) {
        Package p = getDefinedPackage(name);
        if (p == null && parent != null) {
            p = parent.getPackage(name);
        }
        return p;
    }

    protected Package[] getPackages() {
        return getDefinedPackages();
    }

    protected final void setSigners(Class<?> c, Object[] signers) {
    }

    protected static boolean registerAsParallelCapable() {
        return true;
    }

    public final boolean isRegisteredAsParallelCapable() {
        return false;
    }

    // ---- resources ----

    /** Parent first (the boot loader has no resources), then {@link #findResource}. */
    public URL getResource(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        URL url = null;
        if (parent != null) {
            url = parent.getResource(name);
        }
        if (url == null) {
            url = findResource(name);
        }
        return url;
    }

    public Enumeration<URL> getResources(String name) throws IOException {
        if (name == null) {
            throw new NullPointerException();
        }
        List<URL> urls = new ArrayList<>();
        if (parent != null) {
            urls.addAll(Collections.list(parent.getResources(name)));
        }
        urls.addAll(Collections.list(findResources(name)));
        return Collections.enumeration(urls);
    }

    public java.util.stream.Stream<URL> resources(String name) {
        try {
            return Collections.list(getResources(name)).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected URL findResource(String name) {
        return null;
    }

    protected URL findResource(String moduleName, String name) throws IOException {
        return moduleName == null ? findResource(name) : null;
    }

    protected Enumeration<URL> findResources(String name) throws IOException {
        URL url = findResource(name);
        return Collections.enumeration(url == null ? List.of() : List.of(url));
    }

    public InputStream getResourceAsStream(String name) {
        URL url = getResource(name);
        try {
            return url != null ? url.openStream() : null;
        } catch (IOException e) {
            return null;
        }
    }

    public static URL getSystemResource(String name) {
        return getSystemClassLoader().getResource(name);
    }

    public static Enumeration<URL> getSystemResources(String name) throws IOException {
        return getSystemClassLoader().getResources(name);
    }

    public static InputStream getSystemResourceAsStream(String name) {
        return getSystemClassLoader().getResourceAsStream(name);
    }

    // ---- the system loader ----

    public static ClassLoader getSystemClassLoader() {
        return AppClassLoader.INSTANCE;
    }

    public static ClassLoader getPlatformClassLoader() {
        return PlatformClassLoader.INSTANCE;
    }

    // ---- assertions: the command line's switches, then this loader's own settings ----

    private final Object assertionLock = new Object();
    private boolean defaultAssertionStatus;
    /** Package name (null: the unnamed package) and class name to status; null until read. */
    private Map<String, Boolean> packageAssertionStatus;
    private Map<String, Boolean> classAssertionStatus;

    /** The `-ea`/`-da` switches as one list, read once: default status (user classes),
     * default status (class-library classes), then per-class and per-package settings. */
    private static final class Switches {
        static final boolean USER_DEFAULT;
        static final boolean SYSTEM_DEFAULT;
        static final Map<String, Boolean> PACKAGES = new HashMap<>();
        static final Map<String, Boolean> CLASSES = new HashMap<>();

        static {
            boolean user = false;
            boolean system = false;
            String all = assertionSwitches0();
            for (String option : all.isEmpty() ? new String[0] : all.split("\n")) {
                boolean enable = option.startsWith("-e");
                int colon = option.indexOf(':');
                if (colon < 0) {
                    if (option.endsWith("sa") || option.endsWith("systemassertions")) {
                        system = enable;
                    } else {
                        user = enable;
                    }
                    continue;
                }
                String target = option.substring(colon + 1);
                if (target.endsWith("...")) {
                    String name = target.substring(0, target.length() - 3);
                    PACKAGES.put(name.isEmpty() ? null : name, enable);
                } else if (!target.isEmpty()) {
                    CLASSES.put(target, enable);
                }
            }
            USER_DEFAULT = user;
            SYSTEM_DEFAULT = system;
        }

        /** For a class of the class library (which has no loader object). */
        static boolean systemStatus(String className) {
            return status(CLASSES, PACKAGES, SYSTEM_DEFAULT, className);
        }
    }

    /** The class's own setting, else its package's or an enclosing package's, else `dflt`. */
    static boolean status(Map<String, Boolean> classes, Map<String, Boolean> packages, boolean dflt,
            String className) {
        Boolean result = classes.get(className);
        if (result != null) {
            return result;
        }
        int dot = className.lastIndexOf('.');
        if (dot < 0) {
            result = packages.get(null);
            if (result != null) {
                return result;
            }
        }
        while (dot > 0) {
            className = className.substring(0, dot);
            result = packages.get(className);
            if (result != null) {
                return result;
            }
            dot = className.lastIndexOf('.', dot - 1);
        }
        return dflt;
    }

    static boolean systemAssertionStatus(String className) {
        return Switches.systemStatus(className);
    }

    private void initializeAssertionMaps() {
        // (Called with assertionLock held.)
        if (packageAssertionStatus == null) {
            packageAssertionStatus = new HashMap<>(Switches.PACKAGES);
            classAssertionStatus = new HashMap<>(Switches.CLASSES);
            defaultAssertionStatus = Switches.USER_DEFAULT;
        }
    }

    boolean desiredAssertionStatus(String className) {
        synchronized (assertionLock) {
            initializeAssertionMaps();
            return status(classAssertionStatus, packageAssertionStatus, defaultAssertionStatus,
                    className);
        }
    }

    public void setDefaultAssertionStatus(boolean enabled) {
        synchronized (assertionLock) {
            initializeAssertionMaps();
            defaultAssertionStatus = enabled;
        }
    }

    public void setPackageAssertionStatus(String packageName, boolean enabled) {
        synchronized (assertionLock) {
            initializeAssertionMaps();
            packageAssertionStatus.put(packageName, enabled);
        }
    }

    public void setClassAssertionStatus(String className, boolean enabled) {
        synchronized (assertionLock) {
            initializeAssertionMaps();
            classAssertionStatus.put(className, enabled);
        }
    }

    public void clearAssertionStatus() {
        synchronized (assertionLock) {
            classAssertionStatus = new HashMap<>();
            packageAssertionStatus = new HashMap<>();
            defaultAssertionStatus = false;
        }
    }

    private static native String assertionSwitches0();

    // ---- natives ----

    private static native Class<?> defineClass0(ClassLoader loader, String name, byte[] b, int off, int len);

    private static native Class<?> findLoadedClass0(ClassLoader loader, String name);

    private static native Class<?> findBootstrapClass0(String name);

    /** A class of the application class path (or java.base), or null. */
    private static native Class<?> findAppClass0(String name);

    /** The URL text of a resource on the application class path, or null. */
    private static native String findAppResource0(String name);

    /** The VM's application class loader, named "app" as in the JDK. */
    private static final class AppClassLoader extends ClassLoader {
        static final AppClassLoader INSTANCE = new AppClassLoader();

        private AppClassLoader() {
            super("app", PlatformClassLoader.INSTANCE);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            Class<?> c = checkName(name) ? findAppClass0(name) : null;
            if (c == null) {
                throw new ClassNotFoundException(name);
            }
            return c;
        }

        @Override
        protected URL findResource(String name) {
            String spec = findAppResource0(name);
            if (spec == null) {
                return null;
            }
            try {
                return new URL(spec);
            } catch (java.net.MalformedURLException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return "jdk.internal.loader.ClassLoaders$AppClassLoader@" + Integer.toHexString(hashCode());
        }
    }

    /**
     * The platform loader of the JDK, named "platform": the application loader's parent. All
     * of Cortado's library is in java.base, so it finds exactly the boot loader's classes.
     */
    private static final class PlatformClassLoader extends ClassLoader {
        static final PlatformClassLoader INSTANCE = new PlatformClassLoader();

        private PlatformClassLoader() {
            super("platform", null);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            Class<?> c = findBootstrapClassOrNull(name);
            if (c == null) {
                throw new ClassNotFoundException(name);
            }
            return c;
        }

        @Override
        public String toString() {
            return "jdk.internal.loader.ClassLoaders$PlatformClassLoader@" + Integer.toHexString(hashCode());
        }
    }
}
