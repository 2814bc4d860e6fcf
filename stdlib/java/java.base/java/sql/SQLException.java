package java.sql;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A database access error: a message, an SQLState, a vendor error code, a cause and a chain
 * of further exceptions (iterable together with their causes).
 */
public class SQLException extends Exception implements Iterable<Throwable> {
    private static final long serialVersionUID = 2135244094396331484L;

    private final String sqlState;
    private final int vendorCode;
    private volatile SQLException next;

    public SQLException(String reason, String sqlState, int vendorCode) {
        super(reason);
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
    }

    public SQLException(String reason, String sqlState) {
        this(reason, sqlState, 0);
    }

    public SQLException(String reason) {
        this(reason, null, 0);
    }

    public SQLException() {
        this((String) null, null, 0);
    }

    public SQLException(Throwable cause) {
        super(cause);
        this.sqlState = null;
        this.vendorCode = 0;
    }

    public SQLException(String reason, Throwable cause) {
        this(reason, null, 0, cause);
    }

    public SQLException(String reason, String sqlState, Throwable cause) {
        this(reason, sqlState, 0, cause);
    }

    public SQLException(String reason, String sqlState, int vendorCode, Throwable cause) {
        super(reason, cause);
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
    }

    public String getSQLState() {
        return sqlState;
    }

    public int getErrorCode() {
        return vendorCode;
    }

    public SQLException getNextException() {
        return next;
    }

    /** Appends ex at the end of the chain. */
    public void setNextException(SQLException ex) {
        SQLException current = this;
        synchronized (this) {
            while (current.next != null) {
                current = current.next;
            }
            current.next = ex;
        }
    }

    /** This exception, its causes, then each chained exception followed by its causes. */
    @Override
    public Iterator<Throwable> iterator() {
        return new Iterator<Throwable>() {
            private SQLException first = SQLException.this;
            private SQLException nextException = first.getNextException();
            private Throwable cause = first.getCause();

            @Override
            public boolean hasNext() {
                return first != null || nextException != null || cause != null;
            }

            @Override
            public Throwable next() {
                Throwable result;
                if (first != null) {
                    result = first;
                    first = null;
                } else if (cause != null) {
                    result = cause;
                    cause = cause.getCause();
                } else if (nextException != null) {
                    result = nextException;
                    cause = nextException.getCause();
                    nextException = nextException.getNextException();
                } else {
                    throw new NoSuchElementException();
                }
                return result;
            }
        };
    }
}
