package java.lang;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.Objects;

/**
 * A run-time module, minimal and honest about Cortado's class library: every library class
 * is in the named module {@code java.base} (Cortado's library is one module), application
 * classes are in their loader's unnamed module, and proxy classes of public interfaces are in
 * named dynamic modules {@code jdk.proxyN}, as on HotSpot. Module descriptors hold only the
 * name; layers (getLayer) and package sets (getPackages) are not modelled.
 */
public final class Module implements java.lang.reflect.AnnotatedElement {
    private final String name;
    private final ClassLoader loader;

    static final Module JAVA_BASE = new Module("java.base", null);
    private static final HashMap<String, Module> DYNAMIC = new HashMap<>();

    private Module(String name, ClassLoader loader) {
        this.name = name;
        this.loader = loader;
    }

    /** The unnamed module of a class loader (ClassLoader.getUnnamedModule). */
    Module(ClassLoader loader) {
        this(null, loader);
    }

    /** The dynamic module of proxy classes named {@code name} (jdk.proxyN). */
    static Module dynamic(String name, ClassLoader loader) {
        synchronized (DYNAMIC) {
            return DYNAMIC.computeIfAbsent(name, n -> new Module(n, loader));
        }
    }

    public boolean isNamed() {
        return name != null;
    }

    public String getName() {
        return name;
    }

    public ClassLoader getClassLoader() {
        return loader;
    }

    /** Null for an unnamed module; for a named one a descriptor that has only the name. */
    public java.lang.module.ModuleDescriptor getDescriptor() {
        return isNamed() ? java.lang.module.ModuleDescriptor.ofName(name) : null;
    }

    public boolean canRead(Module other) {
        Objects.requireNonNull(other);
        return !isNamed() || other == this || other == JAVA_BASE || other.isNamed();
    }

    public Module addReads(Module other) {
        Objects.requireNonNull(other);
        return this;
    }

    private boolean exportsAll(String pn) {
        return !isNamed() || this != JAVA_BASE
                || !(pn.startsWith("jdk.internal") || pn.startsWith("sun."));
    }

    public boolean isExported(String pn, Module other) {
        Objects.requireNonNull(pn);
        Objects.requireNonNull(other);
        return exportsAll(pn);
    }

    public boolean isExported(String pn) {
        Objects.requireNonNull(pn);
        return exportsAll(pn);
    }

    public boolean isOpen(String pn, Module other) {
        Objects.requireNonNull(pn);
        Objects.requireNonNull(other);
        return !isNamed();
    }

    public boolean isOpen(String pn) {
        Objects.requireNonNull(pn);
        return !isNamed();
    }

    public Module addExports(String pn, Module other) {
        Objects.requireNonNull(pn);
        Objects.requireNonNull(other);
        return this;
    }

    public Module addOpens(String pn, Module other) {
        Objects.requireNonNull(pn);
        Objects.requireNonNull(other);
        return this;
    }

    public Module addUses(Class<?> service) {
        Objects.requireNonNull(service);
        return this;
    }

    public boolean canUse(Class<?> service) {
        Objects.requireNonNull(service);
        return true;
    }

    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        Objects.requireNonNull(annotationClass);
        return null;
    }

    public Annotation[] getAnnotations() {
        return new Annotation[0];
    }

    public Annotation[] getDeclaredAnnotations() {
        return new Annotation[0];
    }

    public InputStream getResourceAsStream(String name) throws IOException {
        if (name.startsWith("/")) {
            name = name.substring(1);
        }
        if (isNamed()) {
            return null;
        }
        ClassLoader l = loader != null ? loader : ClassLoader.getSystemClassLoader();
        return l.getResourceAsStream(name);
    }

    @Override
    public String toString() {
        if (isNamed()) {
            return "module " + name;
        }
        return "unnamed module @" + Integer.toHexString(hashCode());
    }
}
