package jdk.internal.util;

import java.util.function.UnaryOperator;

/**
 * System properties as the class library reads them for itself: without the security
 * manager's check (the JDK reads these in privileged blocks).
 */
public final class StaticProperty {
    private StaticProperty() {}

    private static UnaryOperator<String> reader;

    /** Set once, by System at start-up. */
    public static synchronized void setReader(UnaryOperator<String> r) {
        if (reader == null) {
            reader = r;
        }
    }

    public static String get(String key) {
        UnaryOperator<String> r = reader;
        // Before System has set it (start-up), no security manager can be installed.
        return r == null ? System.getProperty(key) : r.apply(key);
    }

    public static String get(String key, String def) {
        String v = get(key);
        return v == null ? def : v;
    }
}
