package java.security;

/** A computation that may throw checked exceptions, run with privileges enabled. */
public interface PrivilegedExceptionAction<T> {
    T run() throws Exception;
}
