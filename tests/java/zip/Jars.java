package zip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public class Jars {
    static String show(Attributes a) {
        if (a == null) {
            return "null";
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<Object, Object> e : a.entrySet()) {
            sorted.put(e.getKey().toString(), (String) e.getValue());
        }
        return sorted.toString();
    }

    static Manifest manifest() {
        Manifest m = new Manifest();
        Attributes main = m.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "com.example.Main");
        main.putValue("Created-By", "cortado test");
        main.putValue("Long-Value", "x".repeat(150) + "é".repeat(40));
        Attributes a = new Attributes();
        a.putValue("Sealed", "true");
        m.getEntries().put("com/example/", a);
        Attributes b = new Attributes();
        b.putValue("Digest", "abc");
        m.getEntries().put("com/example/" + "Deep".repeat(30) + ".class", b);
        return m;
    }

    public static void main(String[] args) throws IOException {
        Manifest m = manifest();
        ByteArrayOutputStream mb = new ByteArrayOutputStream();
        m.write(mb);
        System.out.print(mb.toString("UTF-8").replace("\r\n", "|\n"));
        Manifest back = new Manifest(new ByteArrayInputStream(mb.toByteArray()));
        System.out.println("read back equal " + back.equals(m) + " main " + show(back.getMainAttributes()));
        System.out.println("value " + back.getMainAttributes().getValue("main-class") + " "
                + back.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS) + " missing "
                + back.getMainAttributes().getValue("Nope"));
        System.out.println("sealed " + show(back.getAttributes("com/example/")));
        // no version: the JDK writes no main attributes at all
        Manifest nov = new Manifest();
        nov.getMainAttributes().putValue("Foo", "bar");
        ByteArrayOutputStream nb = new ByteArrayOutputStream();
        nov.write(nb);
        System.out.println("without version: " + nb.size() + " bytes");
        for (String bad : new String[] { "Manifest-Version 1.0\n", " cont\n", "Manifest-Version: 1.0\n\nfoo: bar\n",
                "Manifest-Version: 1.0\nBad Name: x\n", "Manifest-Version: 1.0\nName:x\n", "A: b\r\nC: d\r\n\r\nName: e\r\nF: g\r\n" }) {
            try {
                Manifest x = new Manifest(new ByteArrayInputStream(bad.getBytes()));
                System.out.println("parsed " + show(x.getMainAttributes()) + " entries " + new TreeMap<>(x.getEntries()).keySet());
            } catch (IOException e) {
                System.out.println("IOException: " + e.getMessage());
            }
        }
        try {
            new Attributes.Name("bad name");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        System.out.println("names equal " + new Attributes.Name("main-CLASS").equals(Attributes.Name.MAIN_CLASS) + " hash "
                + (new Attributes.Name("MAIN-class").hashCode() == Attributes.Name.MAIN_CLASS.hashCode()));

        // a jar in memory
        ByteArrayOutputStream jb = new ByteArrayOutputStream();
        try (JarOutputStream jos = new JarOutputStream(jb, m)) {
            for (String name : new String[] { "com/example/", "com/example/Main.class", "data.txt" }) {
                JarEntry e = new JarEntry(name);
                e.setTime(1600000000000L);
                jos.putNextEntry(e);
                if (!name.endsWith("/")) {
                    jos.write(("contents of " + name).getBytes());
                }
                jos.closeEntry();
            }
        }
        byte[] jar = jb.toByteArray();
        try (ZipInputStream zis = new ZipInputStream(new ByteArrayInputStream(jar))) {
            ZipEntry e;
            while ((e = zis.getNextEntry()) != null) {
                byte[] extra = e.getExtra();
                System.out.println("zip entry " + e.getName() + " extra " + (extra == null ? "null" : extra.length + " bytes " + Integer.toHexString(extra[0] & 0xff) + Integer.toHexString(extra[1] & 0xff)));
            }
        }
        try (JarInputStream jis = new JarInputStream(new ByteArrayInputStream(jar))) {
            System.out.println("manifest equal " + m.equals(jis.getManifest()));
            JarEntry e;
            while ((e = jis.getNextJarEntry()) != null) {
                System.out.println("jar entry " + e.getName() + " attrs " + show(e.getAttributes()) + " data "
                        + new String(jis.readAllBytes()));
            }
        }
        File f = File.createTempFile("cortado-jar", ".jar");
        try {
            try (FileOutputStream out = new FileOutputStream(f)) {
                out.write(jar);
            }
            try (JarFile jf = new JarFile(f)) {
                System.out.println("jar file manifest " + show(jf.getManifest().getMainAttributes()) + " multi-release "
                        + jf.isMultiRelease());
                List<String> names = new ArrayList<>();
                for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements();) {
                    JarEntry je = en.nextElement();
                    names.add(je.getName() + (je.getAttributes() != null ? "*" : ""));
                }
                System.out.println("entries " + names);
                JarEntry je = jf.getJarEntry("data.txt");
                try (InputStream in = jf.getInputStream(je)) {
                    System.out.println("data.txt: " + new String(in.readAllBytes()) + " class " + je.getClass().getSimpleName());
                }
                System.out.println("stream " + jf.stream().map(JarEntry::getName).count());
            }
        } finally {
            f.delete();
        }
        // a jar without a manifest
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (JarOutputStream jos = new JarOutputStream(plain)) {
            JarEntry e = new JarEntry("only.txt");
            e.setTime(1600000000000L);
            jos.putNextEntry(e);
            jos.write('x');
        }
        byte[] pb = plain.toByteArray();
        System.out.println("plain jar " + pb.length + " bytes");
        try (JarInputStream jis = new JarInputStream(new ByteArrayInputStream(pb))) {
            System.out.println("manifest " + jis.getManifest() + " first " + jis.getNextEntry() + " then " + jis.getNextEntry());
        }
    }
}
