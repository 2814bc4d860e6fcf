package java.lang;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.HashMap;

/**
 * A run-time package: its name plus the optional specification and implementation versioning
 * information (which Cortado's packages never carry; every such attribute is null).
 */
public class Package implements AnnotatedElement {
    private static final HashMap<String, Package> PACKAGES = new HashMap<>();

    private final String name;

    private Package(String name) {
        this.name = name;
    }

    /** The unique Package object of the named package. */
    static Package of(String name) {
        synchronized (PACKAGES) {
            return PACKAGES.computeIfAbsent(name, Package::new);
        }
    }

    public String getName() {
        return name;
    }

    public String getSpecificationTitle() {
        return null;
    }

    public String getSpecificationVersion() {
        return null;
    }

    public String getSpecificationVendor() {
        return null;
    }

    public String getImplementationTitle() {
        return null;
    }

    public String getImplementationVersion() {
        return null;
    }

    public String getImplementationVendor() {
        return null;
    }

    public boolean isSealed() {
        return false;
    }

    public boolean isSealed(java.net.URL url) {
        if (url == null) {
            throw new NullPointerException("URL is null");
        }
        return false;
    }

    public boolean isCompatibleWith(String desired) throws NumberFormatException {
        throw new NumberFormatException("Empty version string");
    }

    @Deprecated(since = "9")
    public static Package getPackage(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        synchronized (PACKAGES) {
            return PACKAGES.get(name);
        }
    }

    public static Package[] getPackages() {
        synchronized (PACKAGES) {
            return PACKAGES.values().toArray(new Package[0]);
        }
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "package " + name;
    }

    @Override
    public <A extends Annotation> A getAnnotation(Class<A> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        return null;
    }

    @Override
    public boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }

    @Override
    public Annotation[] getAnnotations() {
        return new Annotation[0];
    }

    @Override
    public Annotation[] getDeclaredAnnotations() {
        return new Annotation[0];
    }
}
