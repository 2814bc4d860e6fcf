package java.sql;

/** Access to the vendor object behind a JDBC interface. */
public interface Wrapper {
    <T> T unwrap(Class<T> iface) throws SQLException;

    boolean isWrapperFor(Class<?> iface) throws SQLException;
}
