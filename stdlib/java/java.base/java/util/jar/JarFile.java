package java.util.jar;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads a JAR file: a ZipFile whose entries are JarEntries, with the manifest. */
public class JarFile extends ZipFile {
    public static final String MANIFEST_NAME = "META-INF/MANIFEST.MF";

    private Manifest manifest;
    private boolean manifestRead;

    public JarFile(String name) throws IOException {
        this(new File(name), true, ZipFile.OPEN_READ);
    }

    public JarFile(String name, boolean verify) throws IOException {
        this(new File(name), verify, ZipFile.OPEN_READ);
    }

    public JarFile(File file) throws IOException {
        this(file, true, ZipFile.OPEN_READ);
    }

    public JarFile(File file, boolean verify) throws IOException {
        this(file, verify, ZipFile.OPEN_READ);
    }

    public JarFile(File file, boolean verify, int mode) throws IOException {
        super(file, mode);
    }

    public Manifest getManifest() throws IOException {
        synchronized (this) {
            if (!manifestRead) {
                ZipEntry e = super.getEntry(MANIFEST_NAME);
                if (e == null) {
                    for (Enumeration<? extends ZipEntry> en = super.entries(); en.hasMoreElements();) {
                        ZipEntry z = en.nextElement();
                        if (MANIFEST_NAME.equalsIgnoreCase(z.getName())) {
                            e = z;
                            break;
                        }
                    }
                }
                if (e != null) {
                    try (InputStream in = super.getInputStream(e)) {
                        manifest = new Manifest(in);
                    }
                }
                manifestRead = true;
            }
            return manifest;
        }
    }

    /** The JDK's class of JarFile's entries. */
    private static final class JarFileEntry extends JarEntry {
        JarFileEntry(ZipEntry ze) {
            super(ze);
        }
    }

    private JarEntry jarEntry(ZipEntry ze) {
        JarEntry je = new JarFileEntry(ze);
        try {
            Manifest man = getManifest();
            if (man != null) {
                je.attr = man.getAttributes(ze.getName());
            }
        } catch (IOException e) {
            // no attributes
        }
        return je;
    }

    public JarEntry getJarEntry(String name) {
        return (JarEntry) getEntry(name);
    }

    @Override
    public ZipEntry getEntry(String name) {
        ZipEntry ze = super.getEntry(name);
        return ze == null ? null : jarEntry(ze);
    }

    @Override
    public Enumeration<JarEntry> entries() {
        List<JarEntry> list = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> en = super.entries(); en.hasMoreElements();) {
            list.add(jarEntry(en.nextElement()));
        }
        return Collections.enumeration(list);
    }

    @Override
    public Stream<JarEntry> stream() {
        return Collections.list(entries()).stream();
    }

    @Override
    public InputStream getInputStream(ZipEntry ze) throws IOException {
        return super.getInputStream(ze);
    }

    public final boolean isMultiRelease() {
        try {
            Manifest man = getManifest();
            return man != null && "true".equalsIgnoreCase(man.getMainAttributes().getValue(Attributes.Name.MULTI_RELEASE));
        } catch (IOException e) {
            return false;
        }
    }
}
