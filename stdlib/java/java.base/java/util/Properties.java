package java.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A persistent-style set of string properties. As in the JDK, the entries live in an internal
 * concurrent-hash-map-shaped table (not in the inherited Hashtable), so iteration order is that
 * of a ConcurrentHashMap: power-of-two buckets indexed by the spread hash, bins in insertion
 * order. The XML forms (loadFromXML, storeToXML) are in PropertiesXml.
 */
public class Properties extends Hashtable<Object, Object> {
    private static final long serialVersionUID = 4112578634029874840L;

    protected volatile Properties defaults;

    private final transient CHMap map;

    public Properties() {
        this(null, 8);
    }

    public Properties(int initialCapacity) {
        this(null, initialCapacity);
    }

    public Properties(Properties defaults) {
        this(defaults, 8);
    }

    private Properties(Properties defaults, int initialCapacity) {
        super((Void) null);
        map = new CHMap(initialCapacity);
        this.defaults = defaults;
    }

    public synchronized Object setProperty(String key, String value) {
        return put(key, value);
    }

    public String getProperty(String key) {
        Object oval = map.get(key);
        String sval = (oval instanceof String) ? (String) oval : null;
        Properties defaults;
        return ((sval == null) && ((defaults = this.defaults) != null)) ? defaults.getProperty(key) : sval;
    }

    public String getProperty(String key, String defaultValue) {
        String val = getProperty(key);
        return (val == null) ? defaultValue : val;
    }

    public Enumeration<?> propertyNames() {
        Hashtable<String, Object> h = new Hashtable<>();
        enumerate(h);
        return h.keys();
    }

    public Set<String> stringPropertyNames() {
        Map<String, String> h = new HashMap<>();
        enumerateStringProperties(h);
        return Collections.unmodifiableSet(h.keySet());
    }

    public void list(PrintStream out) {
        out.println("-- listing properties --");
        Map<String, Object> h = new HashMap<>();
        enumerate(h);
        for (Map.Entry<String, Object> e : h.entrySet()) {
            String key = e.getKey();
            String val = (String) e.getValue();
            if (val.length() > 40) {
                val = val.substring(0, 37) + "...";
            }
            out.println(key + "=" + val);
        }
    }

    public void list(PrintWriter out) {
        out.println("-- listing properties --");
        Map<String, Object> h = new HashMap<>();
        enumerate(h);
        for (Map.Entry<String, Object> e : h.entrySet()) {
            String key = e.getKey();
            String val = (String) e.getValue();
            if (val.length() > 40) {
                val = val.substring(0, 37) + "...";
            }
            out.println(key + "=" + val);
        }
    }

    private void enumerate(Map<String, Object> h) {
        if (defaults != null) {
            defaults.enumerate(h);
        }
        for (Map.Entry<Object, Object> e : entrySet()) {
            String key = (String) e.getKey();
            h.put(key, e.getValue());
        }
    }

    private void enumerateStringProperties(Map<String, String> h) {
        if (defaults != null) {
            defaults.enumerateStringProperties(h);
        }
        for (Map.Entry<Object, Object> e : entrySet()) {
            Object k = e.getKey();
            Object v = e.getValue();
            if (k instanceof String && v instanceof String) {
                h.put((String) k, (String) v);
            }
        }
    }

    // ---- load ----

    public synchronized void load(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader parameter is null");
        StringBuilder all = new StringBuilder();
        char[] buf = new char[1024];
        int n;
        while ((n = reader.read(buf, 0, buf.length)) > 0) {
            all.append(buf, 0, n);
        }
        loadText(all.toString());
    }

    public synchronized void load(InputStream inStream) throws IOException {
        Objects.requireNonNull(inStream, "inStream parameter is null");
        StringBuilder all = new StringBuilder();
        int b;
        while ((b = inStream.read()) >= 0) {
            all.append((char) b); // ISO 8859-1
        }
        loadText(all.toString());
    }

    private void loadText(String s) {
        int i = 0;
        int len = s.length();
        while (i < len) {
            // Gather one logical line (joining continuation lines).
            StringBuilder line = new StringBuilder();
            boolean skipWs = true;
            boolean comment = false;
            boolean first = true;
            while (i < len) {
                char c = s.charAt(i++);
                if (c == '\n' || c == '\r') {
                    if (c == '\r' && i < len && s.charAt(i) == '\n') {
                        i++;
                    }
                    if (comment || line.length() == 0) {
                        // blank or comment line ends here
                        if (comment || first) {
                            break;
                        }
                    }
                    // Continuation if an odd number of trailing backslashes.
                    int bs = 0;
                    for (int k = line.length() - 1; k >= 0 && line.charAt(k) == '\\'; k--) {
                        bs++;
                    }
                    if (bs % 2 == 1) {
                        line.setLength(line.length() - 1);
                        skipWs = true;
                        continue;
                    }
                    break;
                }
                if (skipWs && (c == ' ' || c == '\t' || c == '\f')) {
                    continue;
                }
                if (first && line.length() == 0 && (c == '#' || c == '!')) {
                    comment = true;
                }
                skipWs = false;
                first = false;
                if (!comment) {
                    line.append(c);
                }
            }
            if (comment || line.length() == 0) {
                continue;
            }
            // The file may end with a dangling continuation backslash: drop it.
            int bs = 0;
            for (int k = line.length() - 1; k >= 0 && line.charAt(k) == '\\'; k--) {
                bs++;
            }
            if (bs % 2 == 1) {
                line.setLength(line.length() - 1);
            }
            String l = line.toString();
            int keyLen = 0;
            int valueStart = l.length();
            boolean hasSep = false;
            boolean precedingBackslash = false;
            while (keyLen < l.length()) {
                char c = l.charAt(keyLen);
                if ((c == '=' || c == ':') && !precedingBackslash) {
                    valueStart = keyLen + 1;
                    hasSep = true;
                    break;
                } else if ((c == ' ' || c == '\t' || c == '\f') && !precedingBackslash) {
                    valueStart = keyLen + 1;
                    break;
                }
                precedingBackslash = c == '\\' && !precedingBackslash;
                keyLen++;
            }
            while (valueStart < l.length()) {
                char c = l.charAt(valueStart);
                if (c != ' ' && c != '\t' && c != '\f') {
                    if (!hasSep && (c == '=' || c == ':')) {
                        hasSep = true;
                    } else {
                        break;
                    }
                }
                valueStart++;
            }
            String key = unescape(l, 0, keyLen);
            String value = unescape(l, valueStart, l.length());
            put(key, value);
        }
    }

    private static String unescape(String s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i++);
            if (c == '\\' && i < to) {
                c = s.charAt(i++);
                if (c == 'u') {
                    int value = 0;
                    for (int k = 0; k < 4; k++) {
                        if (i >= to) {
                            throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                        }
                        int d = Character.digit(s.charAt(i++), 16);
                        if (d < 0) {
                            throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                        }
                        value = (value << 4) + d;
                    }
                    out.append((char) value);
                } else {
                    if (c == 't') {
                        c = '\t';
                    } else if (c == 'r') {
                        c = '\r';
                    } else if (c == 'n') {
                        c = '\n';
                    } else if (c == 'f') {
                        c = '\f';
                    }
                    out.append(c);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---- XML ----

    /** Reads the XML form (the properties DTD's document), then closes the stream, as the JDK. */
    public synchronized void loadFromXML(InputStream in) throws IOException, InvalidPropertiesFormatException {
        java.util.Objects.requireNonNull(in);
        PropertiesXml.load(this, in);
        in.close();
    }

    public void storeToXML(OutputStream os, String comment) throws IOException {
        storeToXML(os, comment, StandardCharsets.UTF_8);
    }

    public void storeToXML(OutputStream os, String comment, String encoding) throws IOException {
        java.util.Objects.requireNonNull(os);
        java.util.Objects.requireNonNull(encoding);
        java.nio.charset.Charset charset;
        try {
            charset = java.nio.charset.Charset.forName(encoding);
        } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            throw new java.io.UnsupportedEncodingException(encoding);
        }
        storeToXML(os, comment, charset);
    }

    /** Writes the XML form; the stream stays open. */
    public void storeToXML(OutputStream os, String comment, java.nio.charset.Charset charset) throws IOException {
        java.util.Objects.requireNonNull(os, "OutputStream");
        java.util.Objects.requireNonNull(charset, "Charset");
        PropertiesXml.store(this, os, comment, charset);
    }

    // ---- store ----

    @Deprecated
    public void save(OutputStream out, String comments) {
        try {
            store(out, comments);
        } catch (IOException e) {
        }
    }

    public void store(Writer writer, String comments) throws IOException {
        BufferedWriter bw = (writer instanceof BufferedWriter) ? (BufferedWriter) writer : new BufferedWriter(writer);
        storeTo(bw, comments, false);
    }

    /** Writes ISO 8859-1, every character outside printable ASCII as a \\uXXXX escape. */
    public void store(OutputStream out, String comments) throws IOException {
        storeTo(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.ISO_8859_1)), comments, true);
    }

    private void storeTo(BufferedWriter bw, String comments, boolean escUnicode) throws IOException {
        if (comments != null) {
            writeComments(bw, comments);
        }
        bw.write("#" + new Date().toString());
        bw.newLine();
        synchronized (this) {
            for (Map.Entry<Object, Object> e : entrySet()) {
                String key = (String) e.getKey();
                String val = (String) e.getValue();
                bw.write(escape(key, true, escUnicode));
                bw.write('=');
                bw.write(escape(val, false, escUnicode));
                bw.newLine();
            }
        }
        bw.flush();
    }

    /**
     * Each line of the comment starts with '#' unless it already starts with '#' or '!'; CR, LF
     * and CR LF end lines, and characters above U+00FF become uppercase \\uXXXX escapes.
     */
    private static void writeComments(BufferedWriter bw, String comments) throws IOException {
        StringBuilder sb = new StringBuilder("#");
        int len = comments.length();
        for (int i = 0; i < len; i++) {
            char c = comments.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < len && comments.charAt(i + 1) == '\n') {
                    i++;
                }
                bw.write(sb.toString());
                bw.newLine();
                sb.setLength(0);
                if (i + 1 == len || (comments.charAt(i + 1) != '#' && comments.charAt(i + 1) != '!')) {
                    sb.append('#');
                }
            } else if (c > '\u00ff') {
                appendUnicodeEscape(sb, c);
            } else {
                sb.append(c);
            }
        }
        bw.write(sb.toString());
        bw.newLine();
    }

    /** Escapes a key (every space) or a value (a leading space only) so that load reads it back. */
    private static String escape(String s, boolean isKey, boolean escUnicode) {
        int len = s.length();
        StringBuilder sb = new StringBuilder(len * 2);
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ':
                    if (i == 0 || isKey) {
                        sb.append('\\');
                    }
                    sb.append(' ');
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\f':
                    sb.append("\\f");
                    break;
                case '\\':
                case '=':
                case ':':
                case '#':
                case '!':
                    sb.append('\\').append(c);
                    break;
                default:
                    if (escUnicode && (c < 0x20 || c > 0x7e)) {
                        appendUnicodeEscape(sb, c);
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.toString();
    }

    private static void appendUnicodeEscape(StringBuilder sb, char c) {
        sb.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) {
            sb.append(Character.toUpperCase(Character.forDigit((c >> shift) & 0xF, 16)));
        }
    }

    // ---- Hashtable methods, all delegated to the internal map ----

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.size() == 0;
    }

    @Override
    public Enumeration<Object> keys() {
        return Collections.enumeration(map.keySet());
    }

    @Override
    public Enumeration<Object> elements() {
        return Collections.enumeration(map.values());
    }

    @Override
    public boolean contains(Object value) {
        return map.containsValue(value);
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(value);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public Object get(Object key) {
        return map.get(key);
    }

    @Override
    public synchronized Object put(Object key, Object value) {
        return map.put(key, value);
    }

    @Override
    public synchronized Object remove(Object key) {
        return map.remove(key);
    }

    @Override
    public synchronized void putAll(Map<?, ?> t) {
        map.putAll(t);
    }

    @Override
    public synchronized void clear() {
        map.clear();
    }

    @Override
    public synchronized String toString() {
        return map.toString();
    }

    @Override
    public Set<Object> keySet() {
        return Collections.synchronizedSet(map.keySet());
    }

    @Override
    public Collection<Object> values() {
        return Collections.synchronizedCollection(map.values());
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return Collections.synchronizedSet(map.entrySet());
    }

    @Override
    public synchronized boolean equals(Object o) {
        return map.equals(o);
    }

    @Override
    public synchronized int hashCode() {
        return map.hashCode();
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        return map.getOrDefault(key, defaultValue);
    }

    @Override
    public synchronized void forEach(BiConsumer<? super Object, ? super Object> action) {
        map.forEach(action);
    }

    @Override
    public synchronized void replaceAll(BiFunction<? super Object, ? super Object, ?> function) {
        map.replaceAll(function);
    }

    @Override
    public synchronized Object putIfAbsent(Object key, Object value) {
        return map.putIfAbsent(key, value);
    }

    @Override
    public synchronized boolean remove(Object key, Object value) {
        return map.remove(key, value);
    }

    @Override
    public synchronized boolean replace(Object key, Object oldValue, Object newValue) {
        return map.replace(key, oldValue, newValue);
    }

    @Override
    public synchronized Object replace(Object key, Object value) {
        return map.replace(key, value);
    }

    @Override
    public synchronized Object computeIfAbsent(Object key, Function<? super Object, ?> mappingFunction) {
        return map.computeIfAbsent(key, mappingFunction);
    }

    @Override
    public synchronized Object computeIfPresent(Object key, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        return map.computeIfPresent(key, remappingFunction);
    }

    @Override
    public synchronized Object compute(Object key, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        return map.compute(key, remappingFunction);
    }

    @Override
    public synchronized Object merge(Object key, Object value, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        return map.merge(key, value, remappingFunction);
    }

    @Override
    protected void rehash() {
        // nothing: the internal map resizes itself
    }

    @Override
    public synchronized Object clone() {
        Properties clone = new Properties(defaults, 8);
        clone.map.putAll(map);
        return clone;
    }

    /**
     * A single-threaded map laid out like java.util.concurrent.ConcurrentHashMap (so that
     * iteration order matches): no null keys or values.
     */
    private static final class CHMap extends AbstractMap<Object, Object> {
        private static final int MAXIMUM_CAPACITY = 1 << 30;
        private static final int TREEIFY_THRESHOLD = 8;
        private static final int MIN_TREEIFY_CAPACITY = 64;

        private static final class Node implements Map.Entry<Object, Object> {
            final int hash;
            final Object key;
            Object val;
            Node next;
            final CHMap owner;

            Node(CHMap owner, int hash, Object key, Object val, Node next) {
                this.owner = owner;
                this.hash = hash;
                this.key = key;
                this.val = val;
                this.next = next;
            }

            public Object getKey() {
                return key;
            }

            public Object getValue() {
                return val;
            }

            public Object setValue(Object value) {
                if (value == null) {
                    throw new NullPointerException();
                }
                Object v = val;
                val = value;
                owner.put(key, value);
                return v;
            }

            public int hashCode() {
                return key.hashCode() ^ val.hashCode();
            }

            public boolean equals(Object o) {
                Object k;
                Object v;
                Map.Entry<?, ?> e;
                return ((o instanceof Map.Entry)
                        && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                        && (v = e.getValue()) != null
                        && (k == key || k.equals(key))
                        && (v == val || v.equals(val)));
            }

            public String toString() {
                return key + "=" + val;
            }
        }

        private Node[] table;
        private int sizeCtl;
        private int count;

        CHMap(int initialCapacity) {
            if (initialCapacity < 0) {
                throw new IllegalArgumentException();
            }
            long size = (long) (1.0 + (long) initialCapacity / 0.75f);
            sizeCtl = (size >= (long) MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
        }

        private static int tableSizeFor(int c) {
            int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
            return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
        }

        private static int spread(int h) {
            return (h ^ (h >>> 16)) & 0x7fffffff;
        }

        private void initTable() {
            int n = (sizeCtl > 0) ? sizeCtl : 16;
            table = new Node[n];
            sizeCtl = n - (n >>> 2);
        }

        @Override
        public int size() {
            return count;
        }

        private Node find(Object key) {
            int h = spread(key.hashCode());
            Node[] tab = table;
            if (tab == null) {
                return null;
            }
            for (Node e = tab[(tab.length - 1) & h]; e != null; e = e.next) {
                if (e.hash == h && (e.key == key || e.key.equals(key))) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public Object get(Object key) {
            Node e = find(key);
            return e == null ? null : e.val;
        }

        @Override
        public boolean containsKey(Object key) {
            return find(key) != null;
        }

        @Override
        public boolean containsValue(Object value) {
            if (value == null) {
                throw new NullPointerException();
            }
            Node[] tab = table;
            if (tab != null) {
                for (Node b : tab) {
                    for (Node e = b; e != null; e = e.next) {
                        if (e.val == value || value.equals(e.val)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        @Override
        public Object put(Object key, Object value) {
            return putVal(key, value, false);
        }

        @Override
        public Object putIfAbsent(Object key, Object value) {
            return putVal(key, value, true);
        }

        private Object putVal(Object key, Object value, boolean onlyIfAbsent) {
            if (key == null || value == null) {
                throw new NullPointerException();
            }
            int hash = spread(key.hashCode());
            if (table == null) {
                initTable();
            }
            Node[] tab = table;
            int n = tab.length;
            int i = (n - 1) & hash;
            Node f = tab[i];
            int binCount = 0;
            if (f == null) {
                tab[i] = new Node(this, hash, key, value, null);
            } else {
                binCount = 1;
                for (Node e = f; ; ++binCount) {
                    if (e.hash == hash && (e.key == key || e.key.equals(key))) {
                        Object oldVal = e.val;
                        if (!onlyIfAbsent) {
                            e.val = value;
                        }
                        return oldVal;
                    }
                    if (e.next == null) {
                        e.next = new Node(this, hash, key, value, null);
                        break;
                    }
                    e = e.next;
                }
                if (binCount >= TREEIFY_THRESHOLD && n < MIN_TREEIFY_CAPACITY) {
                    tryPresize(n << 1);
                }
            }
            count++;
            while (count >= sizeCtl && table.length < MAXIMUM_CAPACITY) {
                transfer();
            }
            return null;
        }

        private void tryPresize(int size) {
            int c = (size >= (MAXIMUM_CAPACITY >>> 1)) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
            while (true) {
                int sc = sizeCtl;
                if (table == null) {
                    int n = (sc > c) ? sc : c;
                    table = new Node[n];
                    sizeCtl = n - (n >>> 2);
                } else if (c <= sc || table.length >= MAXIMUM_CAPACITY) {
                    break;
                } else {
                    transfer();
                }
            }
        }

        /** Doubles the table, splitting each bin as ConcurrentHashMap does. */
        private void transfer() {
            Node[] tab = table;
            int n = tab.length;
            Node[] nextTab = new Node[n << 1];
            for (int i = n - 1; i >= 0; i--) {
                Node f = tab[i];
                if (f == null) {
                    continue;
                }
                int runBit = f.hash & n;
                Node lastRun = f;
                for (Node p = f.next; p != null; p = p.next) {
                    int b = p.hash & n;
                    if (b != runBit) {
                        runBit = b;
                        lastRun = p;
                    }
                }
                Node ln;
                Node hn;
                if (runBit == 0) {
                    ln = lastRun;
                    hn = null;
                } else {
                    hn = lastRun;
                    ln = null;
                }
                for (Node p = f; p != lastRun; p = p.next) {
                    if ((p.hash & n) == 0) {
                        ln = new Node(this, p.hash, p.key, p.val, ln);
                    } else {
                        hn = new Node(this, p.hash, p.key, p.val, hn);
                    }
                }
                nextTab[i] = ln;
                nextTab[i + n] = hn;
            }
            table = nextTab;
            sizeCtl = (n << 1) - (n >>> 1);
        }

        @Override
        public Object remove(Object key) {
            return replaceNode(key, null, null);
        }

        @Override
        public boolean remove(Object key, Object value) {
            if (key == null) {
                throw new NullPointerException();
            }
            return value != null && replaceNode(key, null, value) != null;
        }

        @Override
        public boolean replace(Object key, Object oldValue, Object newValue) {
            if (key == null || oldValue == null || newValue == null) {
                throw new NullPointerException();
            }
            return replaceNode(key, newValue, oldValue) != null;
        }

        @Override
        public Object replace(Object key, Object value) {
            if (key == null || value == null) {
                throw new NullPointerException();
            }
            return replaceNode(key, value, null);
        }

        /** Replaces (value != null) or removes the mapping of key, if cv is null or matches. */
        private Object replaceNode(Object key, Object value, Object cv) {
            int hash = spread(key.hashCode());
            Node[] tab = table;
            if (tab == null) {
                return null;
            }
            int i = (tab.length - 1) & hash;
            Node pred = null;
            for (Node e = tab[i]; e != null; pred = e, e = e.next) {
                if (e.hash == hash && (e.key == key || e.key.equals(key))) {
                    Object ev = e.val;
                    if (cv == null || cv == ev || cv.equals(ev)) {
                        if (value != null) {
                            e.val = value;
                        } else {
                            if (pred != null) {
                                pred.next = e.next;
                            } else {
                                tab[i] = e.next;
                            }
                            count--;
                        }
                        return ev;
                    }
                    return null;
                }
            }
            return null;
        }

        @Override
        public void putAll(Map<?, ?> m) {
            tryPresize(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                putVal(e.getKey(), e.getValue(), false);
            }
        }

        @Override
        public void clear() {
            if (table != null) {
                Arrays.fill(table, null);
            }
            count = 0;
        }

        @Override
        public Object getOrDefault(Object key, Object defaultValue) {
            Object v = get(key);
            return v == null ? defaultValue : v;
        }

        @Override
        public Object computeIfAbsent(Object key, Function<? super Object, ?> f) {
            if (key == null || f == null) {
                throw new NullPointerException();
            }
            Object v = get(key);
            if (v != null) {
                return v;
            }
            v = f.apply(key);
            if (v != null) {
                put(key, v);
            }
            return v;
        }

        @Override
        public Object computeIfPresent(Object key, BiFunction<? super Object, ? super Object, ?> f) {
            if (key == null || f == null) {
                throw new NullPointerException();
            }
            Object old = get(key);
            if (old == null) {
                return null;
            }
            Object v = f.apply(key, old);
            if (v != null) {
                put(key, v);
            } else {
                remove(key);
            }
            return v;
        }

        @Override
        public Object compute(Object key, BiFunction<? super Object, ? super Object, ?> f) {
            if (key == null || f == null) {
                throw new NullPointerException();
            }
            Object old = get(key);
            Object v = f.apply(key, old);
            if (v != null) {
                put(key, v);
            } else if (old != null) {
                remove(key);
            }
            return v;
        }

        @Override
        public Object merge(Object key, Object value, BiFunction<? super Object, ? super Object, ?> f) {
            if (key == null || value == null || f == null) {
                throw new NullPointerException();
            }
            Object old = get(key);
            Object v = old == null ? value : f.apply(old, value);
            if (v != null) {
                put(key, v);
            } else {
                remove(key);
            }
            return v;
        }

        @Override
        public void forEach(BiConsumer<? super Object, ? super Object> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            Node[] tab = table;
            if (tab != null) {
                for (Node b : tab) {
                    for (Node e = b; e != null; e = e.next) {
                        action.accept(e.key, e.val);
                    }
                }
            }
        }

        @Override
        public void replaceAll(BiFunction<? super Object, ? super Object, ?> function) {
            if (function == null) {
                throw new NullPointerException();
            }
            Node[] tab = table;
            if (tab != null) {
                for (Node b : tab) {
                    for (Node e = b; e != null; e = e.next) {
                        Object v = function.apply(e.key, e.val);
                        if (v == null) {
                            throw new NullPointerException();
                        }
                        e.val = v;
                    }
                }
            }
        }

        /** Iterates the nodes in table order, tolerating removal through remove(). */
        private final class NodeIterator {
            private final Node[] tab = table;
            private int index;
            private Node next;
            private Node last;

            NodeIterator() {
                advance(null);
            }

            private void advance(Node from) {
                Node e = from == null ? null : from.next;
                while (e == null && tab != null && index < tab.length) {
                    e = tab[index++];
                }
                next = e;
            }

            boolean hasNext() {
                return next != null;
            }

            Node nextNode() {
                Node e = next;
                if (e == null) {
                    throw new NoSuchElementException();
                }
                last = e;
                advance(e);
                return e;
            }

            void remove() {
                if (last == null) {
                    throw new IllegalStateException();
                }
                CHMap.this.remove(last.key);
                last = null;
            }
        }

        private abstract class ViewIterator<T> implements Iterator<T> {
            final NodeIterator it = new NodeIterator();

            public boolean hasNext() {
                return it.hasNext();
            }

            public void remove() {
                it.remove();
            }
        }

        @Override
        public Set<Object> keySet() {
            return new AbstractSet<Object>() {
                public Iterator<Object> iterator() {
                    return new ViewIterator<Object>() {
                        public Object next() {
                            return it.nextNode().key;
                        }
                    };
                }

                public int size() {
                    return count;
                }

                public boolean contains(Object o) {
                    return containsKey(o);
                }

                public boolean remove(Object o) {
                    return CHMap.this.remove(o) != null;
                }

                public void clear() {
                    CHMap.this.clear();
                }
            };
        }

        @Override
        public Collection<Object> values() {
            return new AbstractCollection<Object>() {
                public Iterator<Object> iterator() {
                    return new ViewIterator<Object>() {
                        public Object next() {
                            return it.nextNode().val;
                        }
                    };
                }

                public int size() {
                    return count;
                }

                public boolean contains(Object o) {
                    return containsValue(o);
                }

                public void clear() {
                    CHMap.this.clear();
                }
            };
        }

        @Override
        public Set<Map.Entry<Object, Object>> entrySet() {
            return new AbstractSet<Map.Entry<Object, Object>>() {
                public Iterator<Map.Entry<Object, Object>> iterator() {
                    return new ViewIterator<Map.Entry<Object, Object>>() {
                        public Map.Entry<Object, Object> next() {
                            return it.nextNode();
                        }
                    };
                }

                public int size() {
                    return count;
                }

                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry)) {
                        return false;
                    }
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    Object k = e.getKey();
                    Object v = e.getValue();
                    Object r;
                    return k != null && v != null && (r = get(k)) != null && (v == r || v.equals(r));
                }

                public boolean remove(Object o) {
                    if (!(o instanceof Map.Entry)) {
                        return false;
                    }
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    Object k = e.getKey();
                    Object v = e.getValue();
                    return k != null && v != null && CHMap.this.remove(k, v);
                }

                public void clear() {
                    CHMap.this.clear();
                }
            };
        }
    }
}
