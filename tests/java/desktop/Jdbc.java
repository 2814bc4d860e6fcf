package desktop;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Properties;
import java.util.logging.Logger;

/** A database program run without a JDBC driver, and with a toy driver that refuses to connect. */
public class Jdbc {
    static class ToyDriver implements Driver {
        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            if (!acceptsURL(url)) {
                return null;
            }
            throw new SQLException("toy database is offline (user=" + info.getProperty("user") + ")", "08006", 17);
        }

        @Override
        public boolean acceptsURL(String url) {
            return url.startsWith("jdbc:toy:");
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
            DriverPropertyInfo p = new DriverPropertyInfo("user", info.getProperty("user"));
            p.required = true;
            return new DriverPropertyInfo[] {p};
        }

        @Override
        public int getMajorVersion() {
            return 1;
        }

        @Override
        public int getMinorVersion() {
            return 2;
        }

        @Override
        public boolean jdbcCompliant() {
            return false;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no logger");
        }

        @Override
        public String toString() {
            return "ToyDriver";
        }
    }

    static int countRows(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "admin", "secret");
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM orders WHERE qty > ?")) {
            ps.setInt(1, 10);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:test.db"); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE t (id INT)");
            System.out.println("connected");
        } catch (SQLException e) {
            System.out.println(e + " | " + e.getSQLState() + " | " + e.getErrorCode());
        }
        String[] urls = {"jdbc:h2:mem:", "jdbc:toy:orders", "jdbc:postgresql://localhost/shop"};
        for (String url : urls) {
            try {
                System.out.println(countRows(url));
            } catch (SQLException e) {
                System.out.println(url + ": " + e.getMessage() + " [" + e.getSQLState() + "]");
            }
        }
        try {
            DriverManager.getConnection("jdbc:h2:mem:", new Properties());
        } catch (SQLException e) {
            System.out.println(e + " | " + e.getSQLState());
        }
        try {
            DriverManager.getConnection(null);
        } catch (SQLException e) {
            System.out.println(e + " | " + e.getSQLState());
        }
        try {
            DriverManager.getDriver("jdbc:toy:x");
        } catch (SQLException e) {
            System.out.println(e + " | " + e.getSQLState());
        }
        System.out.println(Collections.list(DriverManager.getDrivers()) + " " + DriverManager.drivers().count()
            + " " + DriverManager.getLoginTimeout() + " " + DriverManager.getLogWriter());
        DriverManager.setLoginTimeout(5);
        System.out.println(DriverManager.getLoginTimeout());

        ToyDriver toy = new ToyDriver();
        DriverManager.registerDriver(toy);
        DriverManager.registerDriver(toy);
        System.out.println(Collections.list(DriverManager.getDrivers()) + " " + DriverManager.getDriver("jdbc:toy:x"));
        for (String url : urls) {
            try {
                System.out.println(countRows(url));
            } catch (SQLException e) {
                System.out.println(url + ": " + e.getMessage() + " [" + e.getSQLState() + "/" + e.getErrorCode() + "]");
            }
        }
        try {
            DriverManager.getDriver("jdbc:h2:mem:");
        } catch (SQLException e) {
            System.out.println(e + " | " + e.getSQLState());
        }
        DriverPropertyInfo[] info = toy.getPropertyInfo("jdbc:toy:", new Properties());
        System.out.println(info.length + " " + info[0].name + " " + info[0].value + " " + info[0].required + " " + info[0].choices);
        try {
            toy.getParentLogger();
        } catch (SQLFeatureNotSupportedException e) {
            System.out.println(e);
        }
        DriverManager.deregisterDriver(toy);
        DriverManager.deregisterDriver(toy);
        DriverManager.deregisterDriver(null);
        System.out.println(Collections.list(DriverManager.getDrivers()));
        try {
            DriverManager.registerDriver(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        try {
            Class.forName("com.mysql.cj.jdbc.Driver");
        } catch (ClassNotFoundException e) {
            System.out.println(e);
        }
        System.out.println(Connection.TRANSACTION_SERIALIZABLE + " " + Statement.RETURN_GENERATED_KEYS + " "
            + ResultSet.TYPE_SCROLL_INSENSITIVE + " " + ResultSet.CONCUR_UPDATABLE);
    }
}
