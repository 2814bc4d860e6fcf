package java.util.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Logging levels: a name and an integer value. */
public class Level implements java.io.Serializable {
    private static final long serialVersionUID = -8176160795706313070L;
    private static final String DEFAULT_BUNDLE = "sun.util.logging.resources.logging";
    /** Every level constructed, for parse (the JDK's KnownLevel). */
    private static final List<Level> KNOWN = new ArrayList<>();

    private final String name;
    private final int value;
    private final String resourceBundleName;

    public static final Level OFF = new Level("OFF", Integer.MAX_VALUE, DEFAULT_BUNDLE);
    public static final Level SEVERE = new Level("SEVERE", 1000, DEFAULT_BUNDLE);
    public static final Level WARNING = new Level("WARNING", 900, DEFAULT_BUNDLE);
    public static final Level INFO = new Level("INFO", 800, DEFAULT_BUNDLE);
    public static final Level CONFIG = new Level("CONFIG", 700, DEFAULT_BUNDLE);
    public static final Level FINE = new Level("FINE", 500, DEFAULT_BUNDLE);
    public static final Level FINER = new Level("FINER", 400, DEFAULT_BUNDLE);
    public static final Level FINEST = new Level("FINEST", 300, DEFAULT_BUNDLE);
    public static final Level ALL = new Level("ALL", Integer.MIN_VALUE, DEFAULT_BUNDLE);

    protected Level(String name, int value) {
        this(name, value, null);
    }

    protected Level(String name, int value, String resourceBundleName) {
        this.name = Objects.requireNonNull(name);
        this.value = value;
        this.resourceBundleName = resourceBundleName;
        synchronized (KNOWN) {
            KNOWN.add(this);
        }
    }

    public String getResourceBundleName() {
        return resourceBundleName;
    }

    public String getName() {
        return name;
    }

    /** The English names are the standard levels' localized names. */
    public String getLocalizedName() {
        return name;
    }

    final String getLevelName() {
        return name;
    }

    final String getLocalizedLevelName() {
        return getLocalizedName();
    }

    @Override
    public final String toString() {
        return name;
    }

    public final int intValue() {
        return value;
    }

    public static synchronized Level parse(String name) throws IllegalArgumentException {
        name.length();
        synchronized (KNOWN) {
            for (Level l : KNOWN) {
                if (l.name.equals(name)) {
                    return l;
                }
            }
        }
        try {
            int x = Integer.parseInt(name);
            synchronized (KNOWN) {
                for (Level l : KNOWN) {
                    if (l.value == x) {
                        return l;
                    }
                }
            }
            return new Level(name, x);
        } catch (NumberFormatException ex) {
            // not an integer
        }
        throw new IllegalArgumentException("Bad level \"" + name + "\"");
    }

    @Override
    public boolean equals(Object ox) {
        return ox instanceof Level && ((Level) ox).value == this.value;
    }

    @Override
    public int hashCode() {
        return this.value;
    }
}
