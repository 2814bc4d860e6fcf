package javax.management;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The name of a managed object: a domain and key properties, {@code domain:key=value,...}.
 * A trailing {@code *} in the properties makes a property-list pattern; wildcards in the
 * domain make a domain pattern (matching is not supported).
 */
public class ObjectName implements Comparable<ObjectName> {
    private static final long serialVersionUID = 1081892073854801359L;

    private final String domain;
    /** The key properties in the order given. */
    private final List<String[]> properties;
    private final boolean propertyListPattern;
    private final String canonicalName;

    public ObjectName(String name) throws MalformedObjectNameException {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        int colon = name.indexOf(':');
        domain = colon < 0 ? name : name.substring(0, colon);
        String rest = colon < 0 ? "" : name.substring(colon + 1);
        properties = new ArrayList<>();
        boolean pattern = false;
        if (rest.isEmpty()) {
            throw new MalformedObjectNameException("Key properties cannot be empty");
        }
        int i = 0;
        while (i < rest.length()) {
            if (rest.charAt(i) == '*' && (i + 1 == rest.length())) {
                pattern = true;
                break;
            }
            int eq = rest.indexOf('=', i);
            int comma = rest.indexOf(',', i);
            if (eq < 0 || (comma >= 0 && comma < eq)) {
                throw new MalformedObjectNameException("Unterminated key property part");
            }
            String key = rest.substring(i, eq);
            if (key.isEmpty()) {
                throw new MalformedObjectNameException("Invalid key (empty)");
            }
            int end;
            String value;
            if (eq + 1 < rest.length() && rest.charAt(eq + 1) == '"') {
                int close = eq + 2;
                while (close < rest.length() && rest.charAt(close) != '"') {
                    close += rest.charAt(close) == '\\' ? 2 : 1;
                }
                if (close >= rest.length()) {
                    throw new MalformedObjectNameException("Missing termination quote");
                }
                end = close + 1;
                value = rest.substring(eq + 1, end);
            } else {
                end = comma < 0 ? rest.length() : comma;
                value = rest.substring(eq + 1, end);
                for (int c = 0; c < value.length(); c++) {
                    char ch = value.charAt(c);
                    if (ch == '=' || ch == ':' || ch == '"' || ch == '\n') {
                        throw new MalformedObjectNameException("Invalid character '" + ch
                                + "' in value part of property");
                    }
                }
            }
            for (String[] p : properties) {
                if (p[0].equals(key)) {
                    throw new MalformedObjectNameException("key `" + key + "' already defined");
                }
            }
            properties.add(new String[] {key, value});
            if (end < rest.length()) {
                if (rest.charAt(end) != ',') {
                    throw new MalformedObjectNameException("Invalid character '"
                            + rest.charAt(end) + "' in value part of property");
                }
                if (end + 1 == rest.length()) {
                    throw new MalformedObjectNameException("Invalid ending comma");
                }
            }
            i = end + 1;
        }
        propertyListPattern = pattern;
        canonicalName = domain + ":" + canonicalProperties();
    }

    public ObjectName(String domain, String key, String value) throws MalformedObjectNameException {
        this(domain + ":" + key + "=" + value);
    }

    public ObjectName(String domain, Hashtable<String, String> table)
            throws MalformedObjectNameException {
        this(domain + ":" + joined(new TreeMap<>(table)));
    }

    private static String joined(Map<String, String> table) throws MalformedObjectNameException {
        if (table.isEmpty()) {
            throw new MalformedObjectNameException("key property list cannot be empty");
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : table.entrySet()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    public static ObjectName getInstance(String name) throws MalformedObjectNameException {
        return new ObjectName(name);
    }

    public static ObjectName getInstance(ObjectName name) {
        return name;
    }

    public static ObjectName getInstance(String domain, String key, String value)
            throws MalformedObjectNameException {
        return new ObjectName(domain, key, value);
    }

    private String canonicalProperties() {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (String[] p : properties) {
            sorted.put(p[0], p[1]);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        if (propertyListPattern) {
            sb.append(sb.length() > 0 ? ",*" : "*");
        }
        return sb.toString();
    }

    public String getDomain() {
        return domain;
    }

    public String getKeyProperty(String property) {
        for (String[] p : properties) {
            if (p[0].equals(property)) {
                return p[1];
            }
        }
        return null;
    }

    public Hashtable<String, String> getKeyPropertyList() {
        Hashtable<String, String> table = new Hashtable<>();
        for (String[] p : properties) {
            table.put(p[0], p[1]);
        }
        return table;
    }

    public String getKeyPropertyListString() {
        StringBuilder sb = new StringBuilder();
        for (String[] p : properties) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(p[0]).append('=').append(p[1]);
        }
        return sb.toString();
    }

    public String getCanonicalKeyPropertyListString() {
        String canonical = canonicalProperties();
        if (propertyListPattern) {
            canonical = canonical.endsWith(",*")
                    ? canonical.substring(0, canonical.length() - 2)
                    : canonical.substring(0, canonical.length() - 1);
        }
        return canonical;
    }

    public String getCanonicalName() {
        return canonicalName;
    }

    public boolean isDomainPattern() {
        return domain.indexOf('*') >= 0 || domain.indexOf('?') >= 0;
    }

    public boolean isPropertyListPattern() {
        return propertyListPattern;
    }

    public boolean isPropertyPattern() {
        return propertyListPattern;
    }

    public boolean isPattern() {
        return isDomainPattern() || propertyListPattern;
    }

    @Override
    public boolean equals(Object object) {
        return object instanceof ObjectName other && canonicalName.equals(other.canonicalName);
    }

    @Override
    public int hashCode() {
        return canonicalName.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(domain).append(':').append(getKeyPropertyListString());
        if (propertyListPattern) {
            sb.append(properties.isEmpty() ? "*" : ",*");
        }
        return sb.toString();
    }

    @Override
    public int compareTo(ObjectName name) {
        int byDomain = domain.compareTo(name.domain);
        if (byDomain != 0) {
            return byDomain;
        }
        return getCanonicalKeyPropertyListString().compareTo(name.getCanonicalKeyPropertyListString());
    }
}
