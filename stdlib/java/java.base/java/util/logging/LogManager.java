package java.util.logging;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;

/**
 * The global logging state: the named loggers (kept strongly: a logger is never collected
 * and re-created) and the configuration, the JDK's default logging.properties unless the
 * `java.util.logging.config.file` system property names another file, or readConfiguration
 * reads one.
 */
public class LogManager {
    private static final LogManager manager = new LogManager();

    public static final String LOGGING_MXBEAN_NAME = "java.util.logging:type=Logging";

    private volatile Properties props = new Properties();
    private final HashMap<String, Logger> loggers = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    final Logger rootLogger;
    private boolean rootHandlersInitialized;
    private boolean cleanerRegistered;

    protected LogManager() {
        defaultProperties(props);
        rootLogger = new Logger("", null, this, true);
        rootLogger.setLevelInternal(Level.INFO);
        register(rootLogger);
        // Logger's class initialization never uses LogManager, so whichever of the two is
        // initialized first, the global logger exists here.
        addLoggerInternal(Logger.global);
        String file = jdk.internal.util.StaticProperty.get("java.util.logging.config.file");
        if (file != null) {
            try (InputStream in = new FileInputStream(file)) {
                readConfiguration(in);
            } catch (IOException | RuntimeException e) {
                System.err.println("Can't load log handler \"" + file + "\"");
                System.err.println("" + e);
            }
        }
    }

    /** The JDK's conf/logging.properties. */
    private static void defaultProperties(Properties p) {
        p.setProperty("handlers", "java.util.logging.ConsoleHandler");
        p.setProperty(".level", "INFO");
        p.setProperty("java.util.logging.FileHandler.pattern", "%h/java%u.log");
        p.setProperty("java.util.logging.FileHandler.limit", "50000");
        p.setProperty("java.util.logging.FileHandler.count", "1");
        p.setProperty("java.util.logging.FileHandler.maxLocks", "100");
        p.setProperty("java.util.logging.FileHandler.formatter", "java.util.logging.XMLFormatter");
        p.setProperty("java.util.logging.ConsoleHandler.level", "INFO");
        p.setProperty("java.util.logging.ConsoleHandler.formatter", "java.util.logging.SimpleFormatter");
    }

    public static LogManager getLogManager() {
        return manager;
    }

    /** The root logger's handlers from the configuration, made on first use. */
    void initializeRootHandlers() {
        synchronized (this) {
            if (rootHandlersInitialized) {
                return;
            }
            rootHandlersInitialized = true;
        }
        for (Handler h : newHandlers("handlers")) {
            rootLogger.addHandlerInternal(h);
        }
        registerCleaner();
    }

    /** Instances of the classes a property names (comma or blank separated), as the JDK's. */
    private List<Handler> newHandlers(String property) {
        List<Handler> result = new ArrayList<>();
        String value = getProperty(property);
        if (value == null) {
            return result;
        }
        for (String word : value.trim().split("[,\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            try {
                Class<?> clz = ClassLoader.getSystemClassLoader().loadClass(word);
                result.add((Handler) clz.getDeclaredConstructor().newInstance());
            } catch (Exception ex) {
                System.err.println("Can't load log handler \"" + word + "\"");
                System.err.println("" + ex);
                ex.printStackTrace();
            }
        }
        return result;
    }

    /** At exit, as the JDK's: reset, which flushes and closes every handler. */
    synchronized void registerCleaner() {
        if (cleanerRegistered) {
            return;
        }
        cleanerRegistered = true;
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    reset();
                } catch (Throwable t) {
                    // nothing to report to
                }
            }, "LogManager Cleaner"));
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    private void register(Logger logger) {
        loggers.put(logger.getName(), logger);
        names.add(logger.getName());
    }

    /** The logger of that name, created (and linked into the tree) if needed. */
    Logger demandLogger(String name) {
        Logger result;
        synchronized (this) {
            result = loggers.get(name);
            if (result != null) {
                return result;
            }
        }
        result = new Logger(name, null, this, false);
        if (!addLogger(result)) {
            synchronized (this) {
                result = loggers.get(name);
            }
        }
        return result;
    }

    public boolean addLogger(Logger logger) {
        final String name = logger.getName();
        if (name == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            if (loggers.containsKey(name)) {
                return false;
            }
            addLoggerInternal(logger);
        }
        // Ancestors with a configured level or handlers exist from now on.
        int ix = 1;
        for (;;) {
            int ix2 = name.indexOf('.', ix);
            if (ix2 < 0) {
                break;
            }
            String pname = name.substring(0, ix2);
            if (getProperty(pname + ".level") != null || getProperty(pname + ".handlers") != null) {
                demandLogger(pname);
            }
            ix = ix2 + 1;
        }
        String useParent = getProperty(name + ".useParentHandlers");
        if (useParent != null && !Boolean.parseBoolean(useParent.trim()) && !useParent.trim().equals("1")) {
            logger.setUseParentHandlers(false);
        }
        Level level = getLevelProperty(name + ".level", null);
        if (level != null && !logger.isLevelInitialized()) {
            logger.setLevel(level);
        }
        for (Handler h : newHandlers(name + ".handlers")) {
            logger.addHandlerInternal(h);
            registerCleaner();
        }
        return true;
    }

    private void addLoggerInternal(Logger logger) {
        String name = logger.getName();
        register(logger);
        // The parent: the nearest existing ancestor by name, else the root.
        Logger parent = rootLogger;
        String n = name;
        int ix;
        while ((ix = n.lastIndexOf('.')) > 0) {
            n = n.substring(0, ix);
            Logger p = loggers.get(n);
            if (p != null) {
                parent = p;
                break;
            }
        }
        logger.setParentInternal(parent);
        // Existing descendants whose parent is above the new logger now hang below it.
        String prefix = name + ".";
        for (Logger other : loggers.values()) {
            if (other != logger && other.getName().startsWith(prefix)) {
                Logger p = other.getParent();
                if (p == null || p.getName().length() < name.length()) {
                    other.setParentInternal(logger);
                }
            }
        }
    }

    public synchronized Logger getLogger(String name) {
        return loggers.get(name);
    }

    public synchronized Enumeration<String> getLoggerNames() {
        return Collections.enumeration(new ArrayList<>(names));
    }

    public String getProperty(String name) {
        return props.getProperty(name);
    }

    Level getLevelProperty(String name, Level defaultValue) {
        String val = getProperty(name);
        if (val == null) {
            return defaultValue;
        }
        try {
            return Level.parse(val.trim());
        } catch (IllegalArgumentException e) {
            return defaultValue;
        }
    }

    /** An instance of the class a property names, else the default (as the JDK's). */
    Formatter getFormatterProperty(String name, Formatter defaultValue) {
        String val = getProperty(name);
        try {
            if (val != null) {
                return (Formatter) ClassLoader.getSystemClassLoader().loadClass(val).getDeclaredConstructor()
                        .newInstance();
            }
        } catch (Exception ex) {
            // the default
        }
        return defaultValue;
    }

    Filter getFilterProperty(String name, Filter defaultValue) {
        String val = getProperty(name);
        try {
            if (val != null) {
                return (Filter) ClassLoader.getSystemClassLoader().loadClass(val).getDeclaredConstructor()
                        .newInstance();
            }
        } catch (Exception ex) {
            // the default
        }
        return defaultValue;
    }

    /**
     * Removes and closes every handler, clears every level but the root's (INFO) and the
     * properties.
     */
    public void reset() throws SecurityException {
        List<Logger> all;
        synchronized (this) {
            props = new Properties();
            rootHandlersInitialized = true;
            all = new ArrayList<>(loggers.values());
        }
        for (Logger logger : all) {
            for (Handler h : logger.getHandlers()) {
                logger.removeHandler(h);
                try {
                    h.close();
                } catch (Exception ex) {
                    // problems closing a handler are ignored
                }
            }
            if (logger == rootLogger) {
                logger.setLevel(Level.INFO);
            } else {
                logger.setLevel(null);
            }
        }
    }

    /** Re-reads the `java.util.logging.config.file` file, if the property is set. */
    public void readConfiguration() throws IOException, SecurityException {
        String file = jdk.internal.util.StaticProperty.get("java.util.logging.config.file");
        if (file == null) {
            reset();
            defaultProperties(props);
            synchronized (this) {
                rootHandlersInitialized = false;
            }
            return;
        }
        try (InputStream in = new FileInputStream(file)) {
            readConfiguration(in);
        }
    }

    /** Resets, then takes the properties read and sets the configured levels of existing loggers. */
    public void readConfiguration(InputStream ins) throws IOException, SecurityException {
        reset();
        Properties p = new Properties();
        try {
            p.load(ins);
        } catch (IllegalArgumentException x) {
            throw new IOException(x.getMessage(), x);
        }
        props = p;
        for (String key : p.stringPropertyNames()) {
            if (!key.endsWith(".level")) {
                continue;
            }
            String name = key.substring(0, key.length() - 6);
            Level level = getLevelProperty(key, null);
            if (level == null) {
                System.err.println("Bad level value for property: " + key);
                continue;
            }
            Logger l = getLogger(name);
            if (l != null) {
                l.setLevel(level);
            }
        }
        synchronized (this) {
            rootHandlersInitialized = false;
        }
    }

    public void checkAccess() throws SecurityException {
    }
}
