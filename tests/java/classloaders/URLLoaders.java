package classloaders;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** URLClassLoader over a directory and over a jar written at run time. */
public class URLLoaders {
    /** Loaded again by the URL loaders (it only uses java.base). */
    public static class Plugin implements Supplier<String> {
        static int loads;

        static {
            loads++;
        }

        @Override
        public String get() {
            return "plugin from " + (getClass().getClassLoader() instanceof URLClassLoader ? "a URL loader" : "the app")
                    + ", loads " + loads;
        }
    }

    static Path root;

    static String show(Object o) {
        return String.valueOf(o).replace(root.toString(), "<root>");
    }

    static byte[] pluginBytes() throws Exception {
        try (InputStream in = URLLoaders.class.getResourceAsStream("URLLoaders$Plugin.class")) {
            return in.readAllBytes();
        }
    }

    static void exercise(URLClassLoader loader) throws Exception {
        Class<?> c = loader.loadClass("classloaders.URLLoaders$Plugin");
        System.out.println((c == Plugin.class) + " " + (c.getClassLoader() == loader) + " " + c.getName());
        @SuppressWarnings("unchecked")
        Supplier<String> plugin = (Supplier<String>) c.getDeclaredConstructor().newInstance();
        System.out.println(plugin.get());
        System.out.println(loader.loadClass("classloaders.URLLoaders$Plugin") == c);
        URL data = loader.getResource("notes/data.txt");
        System.out.println(show(data));
        try (InputStream in = data.openStream()) {
            System.out.println(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
        try (InputStream in = loader.getResourceAsStream("notes/data.txt")) {
            System.out.println(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
        System.out.println(loader.getResource("notes/missing.txt") + " " + loader.getResourceAsStream("missing"));
        System.out.println(Collections.list(loader.getResources("notes/data.txt")).size());
        System.out.println(loader.loadClass("java.lang.String") == String.class);
        try {
            loader.loadClass("classloaders.Nowhere");
        } catch (ClassNotFoundException e) {
            System.out.println(e);
        }
    }

    public static void main(String[] args) throws Exception {
        root = Files.createTempDirectory("loaders");
        Path dir = root.resolve("classes");
        Files.createDirectories(dir.resolve("classloaders"));
        Files.createDirectories(dir.resolve("notes"));
        Files.write(dir.resolve("classloaders/URLLoaders$Plugin.class"), pluginBytes());
        Files.writeString(dir.resolve("notes/data.txt"), "from the directory\n");
        Path jar = root.resolve("plugin.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("classloaders/URLLoaders$Plugin.class"));
            out.write(pluginBytes());
            out.closeEntry();
            out.putNextEntry(new JarEntry("notes/data.txt"));
            out.write("from the jar\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ClassLoader platform = ClassLoader.getPlatformClassLoader();
        try (URLClassLoader fromDir = new URLClassLoader(new URL[] {dir.toUri().toURL()}, platform)) {
            System.out.println(show(java.util.Arrays.toString(fromDir.getURLs())) + " " + (fromDir.getParent() == platform));
            exercise(fromDir);
        }
        try (URLClassLoader fromJar = URLClassLoader.newInstance(new URL[] {jar.toUri().toURL()}, platform)) {
            exercise(fromJar);
        }
        // Both, jar first: the jar's resource comes first, both are listed.
        try (URLClassLoader both = new URLClassLoader("both", new URL[] {jar.toUri().toURL(), dir.toUri().toURL()}, platform)) {
            System.out.println(both.getName() + " " + show(Collections.list(both.getResources("notes/data.txt"))));
        }
        // Parent first: with the application loader as parent, the application's class.
        try (URLClassLoader delegating = new URLClassLoader(new URL[] {dir.toUri().toURL()})) {
            System.out.println(delegating.loadClass("classloaders.URLLoaders$Plugin") == Plugin.class);
            System.out.println(new Plugin().get());
        }
    }
}
