package resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeMap;

/** getResource / getResourceAsStream on Class and ClassLoader, through the class path. */
public class ResourceStreams {
    static String read(InputStream in) throws IOException {
        if (in == null) {
            return "null";
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder sb = new StringBuilder();
            String line;
            while ((line = reader.readLine()) != null) {
                sb.append('[').append(line).append(']');
            }
            return sb.toString();
        }
    }

    static String describe(URL url) {
        if (url == null) {
            return "null";
        }
        String s = url.toString();
        return url.getProtocol() + " ..." + s.substring(s.lastIndexOf("resources/"));
    }

    /** A loader that serves one resource itself and delegates the rest. */
    static final class OwnResources extends ClassLoader {
        OwnResources() {
            super("own", ClassLoader.getSystemClassLoader());
        }

        @Override
        protected URL findResource(String name) {
            if (name.equals("virtual.txt")) {
                return getParent().getResource("resources/greeting.txt");
            }
            return null;
        }
    }

    public static void main(String[] args) throws IOException {
        Class<?> self = ResourceStreams.class;
        System.out.println("relative: " + read(self.getResourceAsStream("greeting.txt")));
        System.out.println("absolute: " + read(self.getResourceAsStream("/resources/greeting.txt")));
        System.out.println("loader: " + read(self.getClassLoader().getResourceAsStream("resources/greeting.txt")));
        System.out.println("loader, leading slash: " + self.getClassLoader().getResourceAsStream("/resources/greeting.txt"));
        System.out.println("system: " + read(ClassLoader.getSystemResourceAsStream("resources/greeting.txt")));
        System.out.println("missing: " + self.getResourceAsStream("missing.txt"));
        System.out.println("wrong package: " + self.getResourceAsStream("resources/greeting.txt"));
        System.out.println("own class file: " + (self.getResourceAsStream("ResourceStreams.class") != null));
        System.out.println("array class: " + read(ResourceStreams[].class.getResourceAsStream("greeting.txt")));
        System.out.println("java.base: " + String.class.getResourceAsStream("greeting.txt"));
        System.out.println("url: " + describe(self.getResource("greeting.txt")));
        System.out.println("url stream: " + read(self.getResource("greeting.txt").openStream()));
        System.out.println("missing url: " + self.getResource("nothing.txt"));

        Properties properties = new Properties();
        try (InputStream in = self.getResourceAsStream("settings.properties")) {
            properties.load(in);
        }
        System.out.println("properties: " + new TreeMap<>(properties));

        byte[] bytes;
        try (InputStream in = self.getResourceAsStream("greeting.txt")) {
            bytes = in.readAllBytes();
        }
        System.out.println("bytes: " + bytes.length);

        OwnResources own = new OwnResources();
        System.out.println("own: " + read(own.getResourceAsStream("virtual.txt")));
        System.out.println("own, delegated: " + read(own.getResourceAsStream("resources/settings.properties")));
        System.out.println("own, missing: " + own.getResource("resources/none.txt"));
        try {
            own.getResource(null);
        } catch (NullPointerException e) {
            System.out.println("null name: NullPointerException");
        }
    }
}
