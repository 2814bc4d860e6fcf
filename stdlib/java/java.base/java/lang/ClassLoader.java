package java.lang;

/**
 * A minimal class loader: the VM has one built-in loader for application classes, represented
 * by the system class loader; java.base classes report a null loader.
 */
public abstract class ClassLoader {
    private final ClassLoader parent;
    private final String name;

    protected ClassLoader() {
        this(null, getSystemClassLoaderOrNull());
    }

    protected ClassLoader(ClassLoader parent) {
        this(null, parent);
    }

    protected ClassLoader(String name, ClassLoader parent) {
        this.name = name;
        this.parent = parent;
    }

    private static ClassLoader getSystemClassLoaderOrNull() {
        return AppClassLoader.INSTANCE;
    }

    public String getName() {
        return name;
    }

    public final ClassLoader getParent() {
        return parent;
    }

    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return loadClass(name, false);
    }

    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        return Class.forName(name, false, this);
    }

    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    public java.io.InputStream getResourceAsStream(String name) {
        return null;
    }

    public static ClassLoader getSystemClassLoader() {
        return AppClassLoader.INSTANCE;
    }

    public static ClassLoader getPlatformClassLoader() {
        return AppClassLoader.INSTANCE;
    }

    public void setDefaultAssertionStatus(boolean enabled) {}

    public void setPackageAssertionStatus(String packageName, boolean enabled) {}

    public void setClassAssertionStatus(String className, boolean enabled) {}

    public void clearAssertionStatus() {}

    /** The VM's application class loader, named "app" as in the JDK. */
    private static final class AppClassLoader extends ClassLoader {
        static final AppClassLoader INSTANCE = new AppClassLoader();

        private AppClassLoader() {
            super("app", null);
        }

        @Override
        public String toString() {
            return "jdk.internal.loader.ClassLoaders$AppClassLoader@" + Integer.toHexString(hashCode());
        }
    }
}
