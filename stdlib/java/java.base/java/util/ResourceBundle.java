package java.util;

import java.io.IOException;
import java.io.InputStream;

/**
 * Locale-specific resources. getBundle looks for the candidate bundle names
 * base_language_COUNTRY_variant, base_language_COUNTRY, base_language and base, each first as a
 * ResourceBundle class and then as a properties file, chains the ones found as parents, and
 * falls back to the default locale's candidates when only the base bundle (or nothing) exists
 * for the requested locale. Bundles are cached per base name, locale and class loader. Classes
 * and properties come from the application class loader unless a loader is given. Controls
 * (ResourceBundle.Control) are not supported.
 */
public abstract class ResourceBundle {
    protected ResourceBundle parent = null;

    private volatile Locale locale = null;
    private String name;

    /** Per class loader (compared by identity, without identity hashes), bundles by key. */
    private static final List<Object[]> caches = new ArrayList<>();
    /** Marks bundle names known to have neither a class nor a properties file. */
    private static final ResourceBundle NONE = new ResourceBundle() {
        protected Object handleGetObject(String key) {
            return null;
        }

        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    public ResourceBundle() {
    }

    public String getBaseBundleName() {
        return name;
    }

    public final String getString(String key) {
        return (String) getObject(key);
    }

    public final String[] getStringArray(String key) {
        return (String[]) getObject(key);
    }

    public final Object getObject(String key) {
        Object obj = handleGetObject(key);
        if (obj == null) {
            if (parent != null) {
                obj = parent.getObjectOrNull(key);
            }
            if (obj == null) {
                throw new MissingResourceException("Can't find resource for bundle " + this.getClass().getName() + ", key " + key,
                        this.getClass().getName(), key);
            }
        }
        return obj;
    }

    private Object getObjectOrNull(String key) {
        for (ResourceBundle rb = this; rb != null; rb = rb.parent) {
            Object obj = rb.handleGetObject(key);
            if (obj != null) {
                return obj;
            }
        }
        return null;
    }

    public Locale getLocale() {
        return locale;
    }

    protected void setParent(ResourceBundle parent) {
        this.parent = parent;
    }

    public static final ResourceBundle getBundle(String baseName) {
        return getBundle(baseName, Locale.getDefault(), ClassLoader.getSystemClassLoader());
    }

    public static final ResourceBundle getBundle(String baseName, Locale locale) {
        return getBundle(baseName, locale, ClassLoader.getSystemClassLoader());
    }

    public static ResourceBundle getBundle(String baseName, Locale targetLocale, ClassLoader loader) {
        if (baseName == null || targetLocale == null || loader == null) {
            throw new NullPointerException();
        }
        synchronized (caches) {
            Map<String, ResourceBundle> cache = cacheOf(loader);
            String cacheKey = baseName + "\u0000" + targetLocale;
            ResourceBundle cached = cache.get(cacheKey);
            if (cached != null) {
                return cached;
            }
            ResourceBundle bundle = find(baseName, targetLocale, loader, cache);
            Locale fallback = Locale.getDefault();
            if ((bundle == null || (bundle.locale == Locale.ROOT && !targetLocale.equals(Locale.ROOT)))
                    && !fallback.equals(targetLocale)) {
                ResourceBundle fb = find(baseName, fallback, loader, cache);
                if (fb != null && (bundle == null || fb.locale != Locale.ROOT)) {
                    bundle = fb;
                }
            }
            if (bundle == null) {
                throw new MissingResourceException("Can't find bundle for base name " + baseName + ", locale " + targetLocale,
                        baseName + "_" + targetLocale, "");
            }
            cache.put(cacheKey, bundle);
            return bundle;
        }
    }

    /** The bundle of the most specific candidate found, with the less specific ones as its parents. */
    @SuppressWarnings("unchecked")
    private static Map<String, ResourceBundle> cacheOf(ClassLoader loader) {
        for (Object[] entry : caches) {
            if (entry[0] == loader) {
                return (Map<String, ResourceBundle>) entry[1];
            }
        }
        Map<String, ResourceBundle> cache = new HashMap<>();
        caches.add(new Object[] {loader, cache});
        return cache;
    }

    private static ResourceBundle find(String baseName, Locale locale, ClassLoader loader, Map<String, ResourceBundle> cache) {
        List<Locale> candidates = new ArrayList<>();
        String language = locale.getLanguage();
        String country = locale.getCountry();
        String variant = locale.getVariant();
        if (!variant.isEmpty()) {
            candidates.add(locale);
        }
        if (!country.isEmpty()) {
            candidates.add(new Locale(language, country));
        }
        if (!language.isEmpty()) {
            candidates.add(new Locale(language));
        }
        candidates.add(Locale.ROOT);
        ResourceBundle first = null;
        ResourceBundle last = null;
        for (Locale candidate : candidates) {
            ResourceBundle rb = load(baseName, candidate, loader, cache);
            if (rb == null) {
                continue;
            }
            if (first == null) {
                first = rb;
            } else if (last.parent == null) {
                last.setParent(rb);
            }
            last = rb;
        }
        return first;
    }

    private static ResourceBundle load(String baseName, Locale locale, ClassLoader loader, Map<String, ResourceBundle> cache) {
        String bundleName = bundleName(baseName, locale);
        String key = bundleName + "\u0000bundle";
        ResourceBundle rb = cache.get(key);
        if (rb != null) {
            return rb == NONE ? null : rb;
        }
        rb = newBundle(bundleName, loader);
        if (rb != null) {
            rb.name = baseName;
            rb.locale = locale;
        }
        cache.put(key, rb == null ? NONE : rb);
        return rb;
    }

    private static ResourceBundle newBundle(String bundleName, ClassLoader loader) {
        try {
            Class<?> c = loader.loadClass(bundleName);
            if (ResourceBundle.class.isAssignableFrom(c)) {
                return (ResourceBundle) c.getDeclaredConstructor().newInstance();
            }
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            // no class: try a properties file
        } catch (ReflectiveOperationException e) {
            // not instantiable: try a properties file
        }
        String resourceName = bundleName.replace('.', '/') + ".properties";
        InputStream in = loader.getResourceAsStream(resourceName);
        if (in == null) {
            return null;
        }
        try (InputStream stream = in) {
            return new PropertyResourceBundle(stream);
        } catch (IOException e) {
            return null;
        }
    }

    private static String bundleName(String baseName, Locale locale) {
        if (locale == Locale.ROOT || locale.equals(Locale.ROOT)) {
            return baseName;
        }
        String language = locale.getLanguage();
        String country = locale.getCountry();
        String variant = locale.getVariant();
        StringBuilder sb = new StringBuilder(baseName).append('_');
        if (!variant.isEmpty()) {
            sb.append(language).append('_').append(country).append('_').append(variant);
        } else if (!country.isEmpty()) {
            sb.append(language).append('_').append(country);
        } else {
            sb.append(language);
        }
        return sb.toString();
    }

    public static final void clearCache() {
        synchronized (caches) {
            caches.clear();
        }
    }

    public static final void clearCache(ClassLoader loader) {
        synchronized (caches) {
            caches.removeIf(entry -> entry[0] == loader);
        }
    }

    protected abstract Object handleGetObject(String key);

    public abstract Enumeration<String> getKeys();

    public boolean containsKey(String key) {
        if (key == null) {
            throw new NullPointerException();
        }
        for (ResourceBundle rb = this; rb != null; rb = rb.parent) {
            if (rb.handleKeySet().contains(key)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> keySet() {
        Set<String> keys = new HashSet<>();
        for (ResourceBundle rb = this; rb != null; rb = rb.parent) {
            keys.addAll(rb.handleKeySet());
        }
        return keys;
    }

    protected Set<String> handleKeySet() {
        Set<String> keys = new HashSet<>();
        Enumeration<String> enumKeys = getKeys();
        while (enumKeys.hasMoreElements()) {
            String key = enumKeys.nextElement();
            if (handleGetObject(key) != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** A bundle's own keys, then the keys of its parent chain that it does not have itself. */
    static final class KeyEnumeration implements Enumeration<String> {
        private final Set<String> set;
        private final Iterator<String> iterator;
        private final Enumeration<String> enumeration;
        private String next = null;

        KeyEnumeration(Set<String> set, ResourceBundle parent) {
            this.set = set;
            this.iterator = set.iterator();
            this.enumeration = parent == null ? null : parent.getKeys();
        }

        public boolean hasMoreElements() {
            if (next == null) {
                if (iterator.hasNext()) {
                    next = iterator.next();
                } else if (enumeration != null) {
                    while (next == null && enumeration.hasMoreElements()) {
                        next = enumeration.nextElement();
                        if (set.contains(next)) {
                            next = null;
                        }
                    }
                }
            }
            return next != null;
        }

        public String nextElement() {
            if (hasMoreElements()) {
                String result = next;
                next = null;
                return result;
            }
            throw new NoSuchElementException();
        }
    }
}
