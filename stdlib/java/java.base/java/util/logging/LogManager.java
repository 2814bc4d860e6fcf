package java.util.logging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;

/**
 * The global logging state: the named loggers (kept strongly: a logger is never collected
 * and re-created) and the configuration, which is the JDK's default logging.properties (the
 * root logger at INFO with a ConsoleHandler at INFO and a SimpleFormatter).
 */
public class LogManager {
    private static final LogManager manager = new LogManager();

    public static final String LOGGING_MXBEAN_NAME = "java.util.logging:type=Logging";

    private final Properties props = new Properties();
    private final HashMap<String, Logger> loggers = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    final Logger rootLogger;
    private boolean rootHandlersInitialized;
    private boolean cleanerRegistered;

    protected LogManager() {
        props.setProperty("handlers", "java.util.logging.ConsoleHandler");
        props.setProperty(".level", "INFO");
        props.setProperty("java.util.logging.ConsoleHandler.level", "INFO");
        props.setProperty("java.util.logging.ConsoleHandler.formatter", "java.util.logging.SimpleFormatter");
        rootLogger = new Logger("", null, this, true);
        rootLogger.setLevelInternal(Level.INFO);
        register(rootLogger);
        // Logger's class initialization never uses LogManager, so whichever of the two is
        // initialized first, the global logger exists here.
        addLoggerInternal(Logger.global);
    }

    public static LogManager getLogManager() {
        return manager;
    }

    /** The root logger's handlers from the configuration, made on first use. */
    synchronized void initializeRootHandlers() {
        if (rootHandlersInitialized) {
            return;
        }
        rootHandlersInitialized = true;
        String handlers = props.getProperty("handlers");
        if (handlers != null) {
            for (String name : handlers.split("[,\\s]+")) {
                if (name.equals("java.util.logging.ConsoleHandler")) {
                    rootLogger.addHandlerInternal(new ConsoleHandler());
                }
            }
        }
        registerCleaner();
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
    synchronized Logger demandLogger(String name) {
        Logger result = loggers.get(name);
        if (result == null) {
            result = new Logger(name, null, this, false);
            addLoggerInternal(result);
        }
        return result;
    }

    public synchronized boolean addLogger(Logger logger) {
        final String name = logger.getName();
        if (name == null) {
            throw new NullPointerException();
        }
        if (loggers.containsKey(name)) {
            return false;
        }
        addLoggerInternal(logger);
        String levelName = props.getProperty(name + ".level");
        if (levelName != null) {
            try {
                logger.setLevel(Level.parse(levelName.trim()));
            } catch (IllegalArgumentException e) {
                // ignored, as the JDK does
            }
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

    /** Removes and closes every handler, clears every level but the root's (INFO). */
    public void reset() throws SecurityException {
        List<Logger> all;
        synchronized (this) {
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

    public void readConfiguration() throws java.io.IOException, SecurityException {
        // The default configuration is built in; no configuration file is read.
    }

    public void checkAccess() throws SecurityException {
    }
}
