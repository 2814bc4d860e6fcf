package java.sql;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The registry of JDBC drivers. Cortado ships no driver and does not look for drivers as
 * services on the class path: only drivers registered with registerDriver (as a driver class
 * does when Class.forName initializes it) are asked for connections. The log writer receives
 * only what println is given (no trace of the manager's own steps).
 */
public class DriverManager {
    private static final List<Driver> DRIVERS = new CopyOnWriteArrayList<>();
    private static volatile int loginTimeout;
    private static volatile PrintWriter logWriter;

    private DriverManager() {
    }

    public static PrintWriter getLogWriter() {
        return logWriter;
    }

    public static void setLogWriter(PrintWriter out) {
        logWriter = out;
    }

    public static Connection getConnection(String url, Properties info) throws SQLException {
        return connect(url, info);
    }

    public static Connection getConnection(String url, String user, String password) throws SQLException {
        Properties info = new Properties();
        if (user != null) {
            info.put("user", user);
        }
        if (password != null) {
            info.put("password", password);
        }
        return connect(url, info);
    }

    public static Connection getConnection(String url) throws SQLException {
        return connect(url, new Properties());
    }

    /** The first connection a registered driver makes; else the first driver's failure. */
    private static Connection connect(String url, Properties info) throws SQLException {
        if (url == null) {
            throw new SQLException("The url cannot be null", "08001");
        }
        SQLException reason = null;
        for (Driver driver : DRIVERS) {
            try {
                Connection con = driver.connect(url, info);
                if (con != null) {
                    return con;
                }
            } catch (SQLException ex) {
                if (reason == null) {
                    reason = ex;
                }
            }
        }
        if (reason != null) {
            throw reason;
        }
        throw new SQLException("No suitable driver found for " + url, "08001");
    }

    public static Driver getDriver(String url) throws SQLException {
        for (Driver driver : DRIVERS) {
            try {
                if (driver.acceptsURL(url)) {
                    return driver;
                }
            } catch (SQLException ex) {
                // not this one
            }
        }
        throw new SQLException("No suitable driver", "08001");
    }

    public static void registerDriver(Driver driver) throws SQLException {
        if (driver == null) {
            throw new NullPointerException();
        }
        if (!DRIVERS.contains(driver)) {
            DRIVERS.add(driver);
        }
    }

    public static void deregisterDriver(Driver driver) throws SQLException {
        if (driver == null) {
            return;
        }
        DRIVERS.remove(driver);
    }

    public static Enumeration<Driver> getDrivers() {
        return Collections.enumeration(new ArrayList<>(DRIVERS));
    }

    public static Stream<Driver> drivers() {
        return new ArrayList<>(DRIVERS).stream();
    }

    public static void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    public static int getLoginTimeout() {
        return loginTimeout;
    }

    public static void println(String message) {
        PrintWriter out = logWriter;
        if (out != null) {
            out.println(message);
            out.flush();
        }
    }
}
