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
    // Versioning information: from the manifest of the jar the package's classes come from
    // (the class path's jars), or given to ClassLoader.definePackage.
    private String specTitle;
    private String specVersion;
    private String specVendor;
    private String implTitle;
    private String implVersion;
    private String implVendor;
    private java.net.URL sealBase;
    /** Whether the versioning information is set (or known to be absent). */
    private boolean versioned;

    private Package(String name) {
        this.name = name;
    }

    /** Sets the versioning information, unless it has been set already. */
    synchronized void setVersioning(String specTitle, String specVersion, String specVendor,
            String implTitle, String implVersion, String implVendor, java.net.URL sealBase) {
        if (versioned) {
            return;
        }
        versioned = true;
        this.specTitle = specTitle;
        this.specVersion = specVersion;
        this.specVendor = specVendor;
        this.implTitle = implTitle;
        this.implVersion = implVersion;
        this.implVendor = implVendor;
        this.sealBase = sealBase;
    }

    /**
     * For a class the application class loader loaded from a jar: the versioning attributes
     * of the jar's manifest, those of the package's own section overriding the main ones.
     */
    void versionFrom(Class<?> c) {
        synchronized (this) {
            if (versioned) {
                return;
            }
        }
        ClassLoader loader = c.getClassLoader();
        if (loader == null || loader != ClassLoader.getSystemClassLoader()) {
            return;
        }
        String classFile = c.getName().replace('.', '/') + ".class";
        java.net.URL url = loader.getResource(classFile);
        String text = url == null ? null : url.toString();
        if (text == null || !text.startsWith("jar:") || !text.endsWith("!/" + classFile)) {
            setVersioning(null, null, null, null, null, null, null);
            return;
        }
        String jar = text.substring(0, text.length() - classFile.length());
        java.util.jar.Manifest manifest = null;
        try (java.io.InputStream in = new java.net.URL(jar + "META-INF/MANIFEST.MF").openStream()) {
            manifest = new java.util.jar.Manifest(in);
        } catch (java.io.IOException | RuntimeException e) {
            // no manifest: no versioning information
        }
        if (manifest == null) {
            setVersioning(null, null, null, null, null, null, null);
            return;
        }
        java.util.jar.Attributes main = manifest.getMainAttributes();
        java.util.jar.Attributes own = manifest.getAttributes(name.replace('.', '/') + "/");
        java.net.URL base = null;
        if ("true".equalsIgnoreCase(attribute(own, main, java.util.jar.Attributes.Name.SEALED))) {
            try {
                base = new java.net.URL(jar.substring(4, jar.length() - 2));
            } catch (java.net.MalformedURLException e) {
                base = null;
            }
        }
        setVersioning(attribute(own, main, java.util.jar.Attributes.Name.SPECIFICATION_TITLE),
                attribute(own, main, java.util.jar.Attributes.Name.SPECIFICATION_VERSION),
                attribute(own, main, java.util.jar.Attributes.Name.SPECIFICATION_VENDOR),
                attribute(own, main, java.util.jar.Attributes.Name.IMPLEMENTATION_TITLE),
                attribute(own, main, java.util.jar.Attributes.Name.IMPLEMENTATION_VERSION),
                attribute(own, main, java.util.jar.Attributes.Name.IMPLEMENTATION_VENDOR),
                base);
    }

    private static String attribute(java.util.jar.Attributes own, java.util.jar.Attributes main,
            java.util.jar.Attributes.Name key) {
        String v = own == null ? null : own.getValue(key);
        return v != null ? v : main.getValue(key);
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

    public synchronized String getSpecificationTitle() {
        return specTitle;
    }

    public synchronized String getSpecificationVersion() {
        return specVersion;
    }

    public synchronized String getSpecificationVendor() {
        return specVendor;
    }

    public synchronized String getImplementationTitle() {
        return implTitle;
    }

    public synchronized String getImplementationVersion() {
        return implVersion;
    }

    public synchronized String getImplementationVendor() {
        return implVendor;
    }

    public synchronized boolean isSealed() {
        return sealBase != null;
    }

    public synchronized boolean isSealed(java.net.URL url) {
        if (url == null) {
            throw new NullPointerException("URL is null");
        }
        return sealBase != null && sealBase.toString().equals(url.toString());
    }

    /**
     * Whether the specification version is at least {@code desired} (dot-separated
     * non-negative integers compared component by component).
     */
    public boolean isCompatibleWith(String desired) throws NumberFormatException {
        String version = getSpecificationVersion();
        if (version == null || version.isEmpty()) {
            throw new NumberFormatException("Empty version string");
        }
        String[] have = version.split("\\.", -1);
        String[] want = desired.split("\\.", -1);
        int n = Math.max(have.length, want.length);
        for (int i = 0; i < n; i++) {
            int h = i < have.length ? Integer.parseInt(have[i]) : 0;
            int w = i < want.length ? Integer.parseInt(want[i]) : 0;
            if (h < 0 || w < 0) {
                throw NumberFormatException.forInputString("" + (h < 0 ? h : w), 10);
            }
            if (h != w) {
                return h > w;
            }
        }
        return true;
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
