package sun.util.logging;

import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * {@link System.Logger} on java.util.logging: the logger of the same name, with the levels
 * mapped as the JDK maps them. It overrides every method of the interface, so that the
 * caller java.util.logging infers (the first frame after its own and this class's) is the
 * program's.
 */
public final class PlatformLogger implements System.Logger {
    private final Logger logger;
    private final ResourceBundle bundle;

    private PlatformLogger(Logger logger, ResourceBundle bundle) {
        this.logger = logger;
        this.bundle = bundle;
    }

    public static System.Logger of(String name, ResourceBundle bundle) {
        return new PlatformLogger(Logger.getLogger(name), bundle);
    }

    private static java.util.logging.Level julLevel(System.Logger.Level level) {
        switch (Objects.requireNonNull(level)) {
            case ALL:
                return java.util.logging.Level.ALL;
            case TRACE:
                return java.util.logging.Level.FINER;
            case DEBUG:
                return java.util.logging.Level.FINE;
            case INFO:
                return java.util.logging.Level.INFO;
            case WARNING:
                return java.util.logging.Level.WARNING;
            case ERROR:
                return java.util.logging.Level.SEVERE;
            default:
                return java.util.logging.Level.OFF;
        }
    }

    private String localize(ResourceBundle b, String msg) {
        ResourceBundle rb = b != null ? b : bundle;
        if (rb == null || msg == null) {
            return msg;
        }
        try {
            return rb.getString(msg);
        } catch (MissingResourceException e) {
            return msg;
        }
    }

    @Override
    public String getName() {
        return logger.getName();
    }

    @Override
    public boolean isLoggable(System.Logger.Level level) {
        return logger.isLoggable(julLevel(level));
    }

    @Override
    public void log(System.Logger.Level level, String msg) {
        java.util.logging.Level l = julLevel(level);
        if (logger.isLoggable(l)) {
            logger.log(l, localize(null, msg));
        }
    }

    @Override
    public void log(System.Logger.Level level, Supplier<String> msgSupplier) {
        Objects.requireNonNull(msgSupplier);
        java.util.logging.Level l = julLevel(level);
        if (logger.isLoggable(l)) {
            logger.log(l, msgSupplier.get());
        }
    }

    @Override
    public void log(System.Logger.Level level, Object obj) {
        Objects.requireNonNull(obj);
        java.util.logging.Level l = julLevel(level);
        if (logger.isLoggable(l)) {
            logger.log(l, obj.toString());
        }
    }

    @Override
    public void log(System.Logger.Level level, String msg, Throwable thrown) {
        java.util.logging.Level l = julLevel(level);
        if (logger.isLoggable(l)) {
            logger.log(l, localize(null, msg), thrown);
        }
    }

    @Override
    public void log(System.Logger.Level level, Supplier<String> msgSupplier, Throwable thrown) {
        Objects.requireNonNull(msgSupplier);
        java.util.logging.Level l = julLevel(level);
        if (logger.isLoggable(l)) {
            logger.log(l, msgSupplier.get(), thrown);
        }
    }

    @Override
    public void log(System.Logger.Level level, String format, Object... params) {
        java.util.logging.Level l = julLevel(level);
        if (logger.isLoggable(l)) {
            logger.log(l, localize(null, format), params);
        }
    }

    @Override
    public void log(System.Logger.Level level, ResourceBundle b, String msg, Throwable thrown) {
        java.util.logging.Level l = julLevel(level);
        if (logger.isLoggable(l)) {
            logger.log(l, localize(b, msg), thrown);
        }
    }

    @Override
    public void log(System.Logger.Level level, ResourceBundle b, String format, Object... params) {
        java.util.logging.Level l = julLevel(level);
        if (logger.isLoggable(l)) {
            logger.log(l, localize(b, format), params);
        }
    }
}
