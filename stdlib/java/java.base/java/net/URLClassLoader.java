package java.net;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Loads classes and resources from a search path of URLs: {@code file:} URLs ending in
 * {@code /} are directories, other {@code file:} URLs jar files (read through the host's files,
 * so the sandbox applies). Other protocols find nothing (Cortado opens no network connections).
 */
public class URLClassLoader extends java.security.SecureClassLoader implements Closeable {
    private final List<URL> path = new ArrayList<>();
    private final Map<URL, JarFile> jars = new HashMap<>();
    private boolean closed;

    public URLClassLoader(URL[] urls, ClassLoader parent) {
        super(parent);
        addAll(urls);
    }

    public URLClassLoader(URL[] urls) {
        super();
        addAll(urls);
    }

    public URLClassLoader(String name, URL[] urls, ClassLoader parent) {
        super(name, parent);
        addAll(urls);
    }

    private void addAll(URL[] urls) {
        for (URL url : urls) {
            if (url == null) {
                throw new NullPointerException();
            }
            path.add(url);
        }
    }

    public static URLClassLoader newInstance(URL[] urls, ClassLoader parent) {
        return new URLClassLoader(urls, parent);
    }

    public static URLClassLoader newInstance(URL[] urls) {
        return new URLClassLoader(urls);
    }

    protected void addURL(URL url) {
        synchronized (path) {
            if (url != null && !closed && !path.contains(url)) {
                path.add(url);
            }
        }
    }

    public URL[] getURLs() {
        synchronized (path) {
            return path.toArray(new URL[0]);
        }
    }

    private static boolean isDirectory(URL url) {
        return url.getFile().endsWith("/");
    }

    private static File fileOf(URL url) {
        return new File(UrlParsing.decodePath(url.getPath()));
    }

    private JarFile jar(URL url) throws IOException {
        synchronized (jars) {
            JarFile jar = jars.get(url);
            if (jar == null) {
                jar = new JarFile(fileOf(url));
                jars.put(url, jar);
            }
            return jar;
        }
    }

    /** The resource `name` in the entry `url` of the path, as a URL, or null. */
    private URL locate(URL url, String name) {
        if (!url.getProtocol().equals("file")) {
            return null;
        }
        try {
            if (isDirectory(url)) {
                File file = new File(fileOf(url), name);
                return file.isFile() ? file.toURI().toURL() : null;
            }
            JarFile jar = jar(url);
            ZipEntry entry = jar.getEntry(name);
            if (entry == null || entry.isDirectory()) {
                return null;
            }
            return new URL("jar:" + url.toExternalForm() + "!/" + name);
        } catch (IOException e) {
            return null;
        }
    }

    private byte[] read(URL url, String name) throws IOException {
        if (isDirectory(url)) {
            try (InputStream in = new FileInputStream(new File(fileOf(url), name))) {
                return in.readAllBytes();
            }
        }
        JarFile jar = jar(url);
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String file = name.replace('.', '/') + ".class";
        for (URL url : getURLs()) {
            if (locate(url, file) != null) {
                byte[] bytes;
                try {
                    bytes = read(url, file);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    public URL findResource(String name) {
        for (URL url : getURLs()) {
            URL found = locate(url, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
        List<URL> found = new ArrayList<>();
        for (URL url : getURLs()) {
            URL resource = locate(url, name);
            if (resource != null) {
                found.add(resource);
            }
        }
        return Collections.enumeration(found);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        URL url = getResource(name);
        if (url == null) {
            return null;
        }
        try {
            if (url.getProtocol().equals("jar")) {
                String spec = url.toExternalForm();
                int bang = spec.indexOf("!/");
                URL base = new URL(spec.substring(4, bang));
                if (path.contains(base)) {
                    return new ByteArrayInputStream(read(base, spec.substring(bang + 2)));
                }
            }
            return url.openStream();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        synchronized (jars) {
            closed = true;
            for (JarFile jar : jars.values()) {
                try {
                    jar.close();
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                }
            }
            jars.clear();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
