package java.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * A resource bundle read from a properties file. As in JDK 9 and later, a stream is read as
 * UTF-8 unless it is not valid UTF-8, in which case it is read as ISO 8859-1.
 */
public class PropertyResourceBundle extends ResourceBundle {
    private final Map<String, Object> lookup;

    public PropertyResourceBundle(InputStream stream) throws IOException {
        byte[] bytes = stream.readAllBytes();
        String text = isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8)
                : new String(bytes, StandardCharsets.ISO_8859_1);
        this.lookup = load(new StringReader(text));
    }

    public PropertyResourceBundle(Reader reader) throws IOException {
        this.lookup = load(reader);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Object> load(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        return new HashMap(properties);
    }

    private static boolean isUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }

    @Override
    public Object handleGetObject(String key) {
        if (key == null) {
            throw new NullPointerException();
        }
        return lookup.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return new ResourceBundle.KeyEnumeration(lookup.keySet(), parent);
    }

    @Override
    protected Set<String> handleKeySet() {
        return lookup.keySet();
    }
}
