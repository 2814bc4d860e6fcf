package java.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Finds the providers of a service named in {@code META-INF/services/<service name>} files on
 * the class path (the class loader's resources, in order, each name once). Cortado's class
 * library provides no services itself, and there are no named modules.
 */
public final class ServiceLoader<S> implements Iterable<S> {
    /** A located provider, not yet instantiated. */
    public interface Provider<S> extends Supplier<S> {
        Class<? extends S> type();

        @Override
        S get();
    }

    private final Class<S> service;
    private final ClassLoader loader;
    /** Provider class names, in order; null until first read. */
    private List<String> names;
    private final List<S> instances = new ArrayList<>();

    private ServiceLoader(Class<S> service, ClassLoader loader) {
        this.service = Objects.requireNonNull(service);
        this.loader = loader;
    }

    public static <S> ServiceLoader<S> load(Class<S> service, ClassLoader loader) {
        return new ServiceLoader<>(service, loader == null ? ClassLoader.getSystemClassLoader() : loader);
    }

    public static <S> ServiceLoader<S> load(Class<S> service) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return load(service, context);
    }

    /** The platform's providers: Cortado's library has none. */
    public static <S> ServiceLoader<S> loadInstalled(Class<S> service) {
        ServiceLoader<S> none = new ServiceLoader<>(service, null);
        none.names = new ArrayList<>();
        return none;
    }

    public void reload() {
        names = null;
        instances.clear();
    }

    private ServiceConfigurationError fail(String message, Throwable cause) {
        return new ServiceConfigurationError(service.getName() + ": " + message, cause);
    }

    private List<String> names() {
        if (names != null) {
            return names;
        }
        LinkedHashSet<String> found = new LinkedHashSet<>();
        String file = "META-INF/services/" + service.getName();
        try {
            Enumeration<URL> urls = loader.getResources(file);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                try (InputStream in = url.openStream();
                        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    String line;
                    int number = 0;
                    while ((line = reader.readLine()) != null) {
                        number++;
                        int hash = line.indexOf('#');
                        if (hash >= 0) {
                            line = line.substring(0, hash);
                        }
                        line = line.trim();
                        if (line.isEmpty()) {
                            continue;
                        }
                        if (line.indexOf(' ') >= 0 || line.indexOf('\t') >= 0) {
                            throw fail(url + ":" + number + ": Illegal configuration-file syntax", null);
                        }
                        if (!validName(line)) {
                            throw fail(url + ":" + number + ": Illegal provider-class name: " + line, null);
                        }
                        found.add(line);
                    }
                }
            }
        } catch (IOException e) {
            throw fail("Error reading configuration file", e);
        }
        names = new ArrayList<>(found);
        return names;
    }

    private static boolean validName(String name) {
        int cp = name.codePointAt(0);
        if (!Character.isJavaIdentifierStart(cp)) {
            return false;
        }
        for (int i = Character.charCount(cp); i < name.length(); i += Character.charCount(cp)) {
            cp = name.codePointAt(i);
            if (!Character.isJavaIdentifierPart(cp) && cp != '.') {
                return false;
            }
        }
        return true;
    }

    private Provider<S> provider(String name) {
        Class<?> type;
        try {
            type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw fail("Provider " + name + " not found", null);
        }
        if (!service.isAssignableFrom(type)) {
            throw fail(name + " not a subtype", null);
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw fail("Provider " + name + " could not be instantiated", new InstantiationException());
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw fail(name + " Unable to get public no-arg constructor", e);
        }
        @SuppressWarnings("unchecked")
        Class<? extends S> subtype = (Class<? extends S>) type;
        return new Provider<S>() {
            @Override
            public Class<? extends S> type() {
                return subtype;
            }

            @Override
            public S get() {
                try {
                    return service.cast(constructor.newInstance());
                } catch (InvocationTargetException e) {
                    throw fail("Provider " + name + " could not be instantiated", e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw fail("Provider " + name + " could not be instantiated", e);
                }
            }
        };
    }

    @Override
    public Iterator<S> iterator() {
        return new Iterator<S>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < instances.size() || index < names().size();
            }

            @Override
            public S next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (index < instances.size()) {
                    return instances.get(index++);
                }
                S instance = provider(names().get(index)).get();
                instances.add(instance);
                index++;
                return instance;
            }
        };
    }

    public Stream<Provider<S>> stream() {
        Iterator<Provider<S>> providers = new Iterator<Provider<S>>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < names().size();
            }

            @Override
            public Provider<S> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return provider(names().get(index++));
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(providers, Spliterator.ORDERED), false);
    }

    public Optional<S> findFirst() {
        Iterator<S> iterator = iterator();
        return iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "java.util.ServiceLoader[" + service.getName() + "]";
    }
}
