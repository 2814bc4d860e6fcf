package util;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** ServiceLoader over provider-configuration files in a directory on a class loader's path. */
public class ServiceLoaders {
    public interface Greeter {
        String greet(String name);
    }

    public static class English implements Greeter {
        public String greet(String name) {
            return "Hello, " + name;
        }
    }

    public static class French implements Greeter {
        public String greet(String name) {
            return "Bonjour, " + name;
        }
    }

    public interface Broken {}

    public interface Unbuildable {}

    public interface Throwing {}

    public interface BadName {}

    public interface Abstracted {}

    public static class NoDefault implements Unbuildable {
        public NoDefault(int x) {}
    }

    public static class Thrower implements Throwing {
        public Thrower() {
            throw new IllegalStateException("nope");
        }
    }

    public abstract static class Partial implements Abstracted {}

    static Path dir;

    static void services(Class<?> service, String text) throws Exception {
        Files.writeString(dir.resolve("META-INF/services/" + service.getName()), text);
    }

    static void tryLoad(Class<?> service, ClassLoader loader) {
        try {
            for (Object o : ServiceLoader.load(service, loader)) {
                System.out.println("  " + o.getClass().getName());
            }
            System.out.println(service.getSimpleName() + ": loaded");
        } catch (ServiceConfigurationError e) {
            System.out.println(e.getMessage().replace(dir.toString(), "<dir>")
                    + " | cause " + e.getCause());
        }
    }

    public static void main(String[] args) throws Exception {
        dir = Files.createTempDirectory("services");
        Files.createDirectories(dir.resolve("META-INF/services"));
        services(Greeter.class, "# greeters, in order\nutil.ServiceLoaders$English   # the default\n\n"
                + "util.ServiceLoaders$French\nutil.ServiceLoaders$English\n");
        services(Broken.class, "util.Missing\n");
        services(Unbuildable.class, "util.ServiceLoaders$NoDefault\n");
        services(Throwing.class, "util.ServiceLoaders$Thrower\n");
        services(BadName.class, "util.Bad-Name\n");
        services(Abstracted.class, "util.ServiceLoaders$Partial\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ServiceLoaders.class.getClassLoader())) {
            ServiceLoader<Greeter> greeters = ServiceLoader.load(Greeter.class, loader);
            for (Greeter g : greeters) {
                System.out.println(g.greet("World") + " " + g.getClass().getSimpleName());
            }
            Iterator<Greeter> again = greeters.iterator();
            Greeter first = again.next();
            System.out.println(first == greeters.iterator().next());
            System.out.println(greeters.stream().map(p -> p.type().getSimpleName()).toList());
            System.out.println(greeters.stream().map(p -> p.get() == first).toList());
            System.out.println(greeters.findFirst().map(g -> g.greet("first")).orElse("none"));
            System.out.println(greeters);
            greeters.reload();
            System.out.println(greeters.iterator().next() == first);
            System.out.println(ServiceLoader.load(Runnable.class, loader).findFirst().isPresent());
            System.out.println(ServiceLoader.load(Greeter.class).findFirst().isPresent());
            System.out.println(ServiceLoader.loadInstalled(Greeter.class).iterator().hasNext());
            for (Class<?> service : new Class<?>[] {Broken.class, Greeter.class, Unbuildable.class,
                Throwing.class, BadName.class, Abstracted.class}) {
                tryLoad(service, loader);
            }
            try {
                ServiceLoader.load(null, loader);
            } catch (NullPointerException e) {
                System.out.println("NPE " + e.getMessage());
            }
        }
    }
}
