package java.util.jar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The attributes of a manifest section: Attributes.Name keys (case-insensitive), String values. */
public class Attributes implements Map<Object, Object>, Cloneable {
    protected Map<Object, Object> map;

    public Attributes() {
        this(11);
    }

    public Attributes(int size) {
        map = new LinkedHashMap<>(size);
    }

    public Attributes(Attributes attr) {
        map = new LinkedHashMap<>(attr);
    }

    @Override
    public Object get(Object name) {
        return map.get(name);
    }

    public String getValue(String name) {
        return (String) get(Name.of(name));
    }

    public String getValue(Name name) {
        return (String) get(name);
    }

    @Override
    public Object put(Object name, Object value) {
        return map.put((Attributes.Name) name, (String) value);
    }

    public String putValue(String name, String value) {
        return (String) put(Name.of(name), value);
    }

    @Override
    public Object remove(Object name) {
        return map.remove(name);
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(value);
    }

    @Override
    public boolean containsKey(Object name) {
        return map.containsKey(name);
    }

    @Override
    public void putAll(Map<?, ?> attr) {
        if (!Attributes.class.isInstance(attr)) {
            throw new ClassCastException();
        }
        for (Map.Entry<?, ?> me : (attr).entrySet()) {
            put(me.getKey(), me.getValue());
        }
    }

    @Override
    public void clear() {
        map.clear();
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public Set<Object> keySet() {
        return map.keySet();
    }

    @Override
    public Collection<Object> values() {
        return map.values();
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return map.entrySet();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attributes && map.equals(((Attributes) o).map);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public Object clone() {
        return new Attributes(this);
    }

    /** A section's lines, each wrapped at 72 bytes, then an empty line. */
    void write(OutputStream out) throws IOException {
        for (Map.Entry<Object, Object> e : entrySet()) {
            Manifest.println72(out, e.getKey().toString() + ": " + e.getValue());
        }
        Manifest.println(out);
    }

    /** The main section: the version first; nothing else without a version (as the JDK's). */
    void writeMain(OutputStream out) throws IOException {
        String vername = Name.MANIFEST_VERSION.toString();
        String version = getValue(vername);
        if (version == null) {
            vername = Name.SIGNATURE_VERSION.toString();
            version = getValue(vername);
        }
        if (version != null) {
            out.write((vername + ": " + version).getBytes(StandardCharsets.UTF_8));
            Manifest.println(out);
        }
        for (Map.Entry<Object, Object> e : entrySet()) {
            String name = e.getKey().toString();
            if (version != null && !name.equalsIgnoreCase(vername)) {
                Manifest.println72(out, name + ": " + e.getValue());
            }
        }
        Manifest.println(out);
    }

    /** Reads header lines up to an empty line or the end; returns the line number reached. */
    int read(Manifest.Lines is, int lineNumber) throws IOException {
        String name = null;
        ByteArrayOutputStream fullLine = new ByteArrayOutputStream();
        byte[] lbuf;
        while ((lbuf = is.readLine()) != null) {
            boolean lineContinued = false;
            lineNumber++;
            int len = lbuf.length;
            if (len == 0) {
                break;
            }
            String value;
            int i = 0;
            if (lbuf[0] == ' ') {
                if (name == null) {
                    throw new IOException("misplaced continuation line (line " + lineNumber + ")");
                }
                lineContinued = true;
                fullLine.write(lbuf, 1, len - 1);
                if (is.peek() == ' ') {
                    continue;
                }
                value = new String(fullLine.toByteArray(), StandardCharsets.UTF_8);
                fullLine.reset();
            } else {
                while (lbuf[i++] != ':') {
                    if (i >= len) {
                        throw new IOException("invalid header field (line " + lineNumber + ")");
                    }
                }
                if (i >= len || lbuf[i++] != ' ') {
                    throw new IOException("invalid header field (line " + lineNumber + ")");
                }
                name = new String(lbuf, 0, i - 2, StandardCharsets.UTF_8);
                if (is.peek() == ' ') {
                    fullLine.reset();
                    fullLine.write(lbuf, i, len - i);
                    continue;
                }
                value = new String(lbuf, i, len - i, StandardCharsets.UTF_8);
            }
            try {
                putValue(name, value);
            } catch (IllegalArgumentException e) {
                throw new IOException("invalid header field name: " + name + " (line " + lineNumber + ")");
            }
        }
        return lineNumber;
    }

    /** An attribute name: 1 to 70 of [A-Za-z0-9_-], compared without case. */
    public static class Name {
        private final String name;
        private final int hashCode;

        public static final Name MANIFEST_VERSION = new Name("Manifest-Version");
        public static final Name SIGNATURE_VERSION = new Name("Signature-Version");
        public static final Name CONTENT_TYPE = new Name("Content-Type");
        public static final Name CLASS_PATH = new Name("Class-Path");
        public static final Name MAIN_CLASS = new Name("Main-Class");
        public static final Name SEALED = new Name("Sealed");
        public static final Name EXTENSION_LIST = new Name("Extension-List");
        public static final Name EXTENSION_NAME = new Name("Extension-Name");
        @Deprecated
        public static final Name EXTENSION_INSTALLATION = new Name("Extension-Installation");
        public static final Name IMPLEMENTATION_TITLE = new Name("Implementation-Title");
        public static final Name IMPLEMENTATION_VERSION = new Name("Implementation-Version");
        public static final Name IMPLEMENTATION_VENDOR = new Name("Implementation-Vendor");
        @Deprecated
        public static final Name IMPLEMENTATION_VENDOR_ID = new Name("Implementation-Vendor-Id");
        @Deprecated
        public static final Name IMPLEMENTATION_URL = new Name("Implementation-URL");
        public static final Name SPECIFICATION_TITLE = new Name("Specification-Title");
        public static final Name SPECIFICATION_VERSION = new Name("Specification-Version");
        public static final Name SPECIFICATION_VENDOR = new Name("Specification-Vendor");
        public static final Name MULTI_RELEASE = new Name("Multi-Release");

        static Name of(String name) {
            return new Name(name);
        }

        public Name(String name) {
            this.hashCode = hash(name);
            this.name = name.intern();
        }

        private static int hash(String name) {
            java.util.Objects.requireNonNull(name, "name");
            int len = name.length();
            if (len > 70 || len == 0) {
                throw new IllegalArgumentException(name);
            }
            int h = 0;
            for (int i = 0; i < len; i++) {
                char c = name.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    // lower case already
                } else if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                } else if (!((c >= '0' && c <= '9') || c == '_' || c == '-')) {
                    throw new IllegalArgumentException(name);
                }
                h = h * 31 + c;
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            return o instanceof Name && hashCode == ((Name) o).hashCode && name.equalsIgnoreCase(((Name) o).name);
        }

        @Override
        public int hashCode() {
            return hashCode;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
